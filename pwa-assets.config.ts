import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

// Generates the manifest and favicon PNGs from the committed source image (`npm run icons`).
export default defineConfig({
  preset: minimal2023Preset,
  images: ['public/loket-icon.svg'],
});
