import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { KioskConfig } from '../../domain/config.ts';
import { isProvisionalCode } from '../../domain/provisional-code.ts';
import type { StatusResponse } from '../../domain/submission.ts';
import { fetchStatus } from './fetch-status.ts';
import { checkLookupInput, type LookupField, type LookupInputError } from './lookup-input.ts';

export type LookupValues = Record<LookupField, string>;

/** Reason the last look-up showed no status, stored as data so that a language switch re-renders the messages. */
export type LookupProblem =
  | { kind: 'input'; errors: LookupInputError[] }
  /** `provisional` when the number looked up was a provisional code. */
  | { kind: 'notFound'; provisional: boolean }
  | { kind: 'offline' }
  | { kind: 'tooManyAttempts' }
  | { kind: 'serverError' };

export type LookupState =
  | { kind: 'editing'; problem?: LookupProblem }
  | { kind: 'looking' }
  /** `lookedUpNumber` is the number as looked up; it differs from the status's when that replaced it. */
  | { kind: 'found'; status: StatusResponse; lookedUpNumber: string };

/** Target of focus after the next render; a new seq marks a new request. */
export interface FocusRequest {
  seq: number;
  target: 'errorSummary' | 'result' | 'firstField';
}

export const EMPTY_VALUES: LookupValues = { registrationNumber: '', trackingCode: '' };

/**
 * The look-up's state: the typed values, the phase and where focus should go. The typed
 * values survive every failure, so a visitor never types the number twice.
 */
export function useStatusLookup(config: KioskConfig) {
  const [values, setValues] = useState<LookupValues>(EMPTY_VALUES);
  const [state, setState] = useState<LookupState>({ kind: 'editing' });
  const [focus, setFocus] = useState<FocusRequest>({ seq: 0, target: 'firstField' });
  // Ignores a response that arrives after the page is gone or after a newer look-up started.
  const currentLookup = useRef(0);
  useEffect(() => () => void (currentLookup.current = -1), []);

  const requestFocus = (target: FocusRequest['target']) => setFocus((previous) => ({ seq: previous.seq + 1, target }));

  const lookUp = useCallback(
    async (typed: LookupValues) => {
      const checked = checkLookupInput(typed, config.registrationPattern, config.agencies);
      if (!checked.ok) {
        setState({ kind: 'editing', problem: { kind: 'input', errors: checked.errors } });
        requestFocus('errorSummary');
        return;
      }

      const lookup = (currentLookup.current += 1);
      setState({ kind: 'looking' });
      const outcome = await fetchStatus(checked.registrationNumber, checked.trackingCode);
      if (lookup !== currentLookup.current) return;

      if (outcome.kind === 'found') {
        setState({ kind: 'found', status: outcome.status, lookedUpNumber: checked.registrationNumber });
        requestFocus('result');
      } else {
        const problem: LookupProblem =
          outcome.kind === 'notFound' ? { kind: 'notFound', provisional: isProvisionalCode(checked.registrationNumber) } : { kind: outcome.kind };
        setState({ kind: 'editing', problem });
        requestFocus('errorSummary');
      }
    },
    [config],
  );

  const submit = useCallback(() => {
    if (state.kind === 'looking') return;
    void lookUp(values);
  }, [state.kind, values, lookUp]);

  /** Fills both fields, as a QR link does, and looks up at once. */
  const fillAndLookUp = useCallback(
    (typed: LookupValues) => {
      setValues(typed);
      void lookUp(typed);
    },
    [lookUp],
  );

  const setValue = useCallback((field: LookupField, value: string) => setValues((previous) => ({ ...previous, [field]: value })), []);

  const checkAnother = useCallback(() => {
    setValues(EMPTY_VALUES);
    setState({ kind: 'editing' });
    requestFocus('firstField');
  }, []);

  return { values, state, focus, setValue, submit, fillAndLookUp, checkAnother };
}
