import type { KioskConfig } from '../../domain/config.ts';

// TODO: placeholder until the device setup screen lands; replaced by the real screen.
export function SetupScreen(_props: { config: KioskConfig }) {
  return <div class="screen" />;
}
