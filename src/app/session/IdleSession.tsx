import { IdleWarningDialog } from './IdleWarningDialog.tsx';
import { useIdleTimer } from './use-idle-timer.ts';

interface IdleSessionProps {
  /** Quiet time before the reset on the screen now showing. */
  idleSeconds: number;
  /** How long before the reset the warning shows. */
  warningSeconds: number;
  onTimeout: () => void;
}

/** The kiosk's time limit while a visitor is there: the timer, and its warning when due. */
export function IdleSession({ idleSeconds, warningSeconds, onTimeout }: IdleSessionProps) {
  const { resetAt, extend } = useIdleTimer({ idleSeconds, warningSeconds, onTimeout });
  return resetAt === null ? null : <IdleWarningDialog resetAt={resetAt} onExtend={extend} />;
}
