import type { KioskConfig } from '../../domain/config.ts';

// TODO: placeholder until the status look-up page lands; replaced by the real page.
export function StatusPage(_props: { config: KioskConfig }) {
  return <div class="screen" />;
}
