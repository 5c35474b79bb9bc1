import { useEffect, useRef, useState } from 'preact/hooks';
import type { KioskConfig } from '../../domain/config.ts';
import { checkLookupInput, type LookupField, type LookupInputError } from '../status-lookup/lookup-input.ts';
import { fetchObjectionPrefill, type ObjectionPrefill } from './fetch-prefill.ts';

export type PrefillLookupValues = Record<LookupField, string>;

/** The reason the last look-up found nothing, as data, so a language switch re-renders its messages. */
export type PrefillProblem =
  | { kind: 'input'; errors: LookupInputError[] }
  | { kind: 'notFound' }
  /** No response. `connected` separates "this device is offline" from "the server is unreachable". */
  | { kind: 'offline'; connected: boolean }
  | { kind: 'tooManyAttempts' }
  | { kind: 'failed' };

/**
 * The look-up of an objection's request by registration number and tracking code. The typed
 * values survive every failure, so a visitor never types them twice. `focusSeq` changes after
 * each failed look-up, for the screen to move focus to the error summary.
 */
export function usePrefillLookup(config: KioskConfig, onFound: (prefill: ObjectionPrefill) => void, baseUrl?: string) {
  const [values, setValues] = useState<PrefillLookupValues>({ registrationNumber: '', trackingCode: '' });
  const [looking, setLooking] = useState(false);
  const [problem, setProblem] = useState<PrefillProblem | undefined>(undefined);
  const [focusSeq, setFocusSeq] = useState(0);
  // Ignores a response that arrives after the screen is gone.
  const active = useRef(true);
  useEffect(
    () => () => {
      active.current = false;
    },
    [],
  );

  const fail = (next: PrefillProblem) => {
    setProblem(next);
    setFocusSeq((seq) => seq + 1);
  };

  const submit = async () => {
    if (looking) return;
    const checked = checkLookupInput(values, config.registrationPattern, config.agencies);
    if (!checked.ok) {
      fail({ kind: 'input', errors: checked.errors });
      return;
    }
    setLooking(true);
    setProblem(undefined);
    const outcome = await fetchObjectionPrefill(checked.registrationNumber, checked.trackingCode, baseUrl === undefined ? {} : { baseUrl });
    if (!active.current) return;
    setLooking(false);
    if (outcome.kind === 'found') onFound(outcome.prefill);
    else if (outcome.kind === 'offline') fail({ kind: 'offline', connected: navigator.onLine });
    else fail({ kind: outcome.kind });
  };

  const setValue = (field: LookupField, value: string) => setValues((previous) => ({ ...previous, [field]: value }));

  return { values, looking, problem, focusSeq, setValue, submit };
}
