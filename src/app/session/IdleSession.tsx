import { IdleWarningDialog } from './IdleWarningDialog.tsx';
import { useIdleTimer } from './use-idle-timer.ts';

interface IdleSessionProps {
  /** Quiet time before the reset on the screen now showing. */
  idleSeconds: number;
  /** How long before the reset the warning shows. */
  warningSeconds: number;
  onTimeout: () => void;
}

/** Runs the kiosk's time limit while a visitor is there, and shows its warning when due. */
export function IdleSession({ idleSeconds, warningSeconds, onTimeout }: IdleSessionProps) {
  const { resetAt, extend } = useIdleTimer({ idleSeconds, warningSeconds, onTimeout });
  return resetAt === null ? null : <IdleWarningDialog resetAt={resetAt} onExtend={extend} />;
}
