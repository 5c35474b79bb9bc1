import type { FormDefinition } from '../../domain/forms/types.ts';

/**
 * Returns the index of the step after `index` that is shown, passing over the steps in
 * `skipped` (steps an objection filled in from its request), or undefined after the last step.
 */
export function nextStepIndex(definition: FormDefinition, index: number, skipped: readonly string[]): number | undefined {
  for (let candidate = index + 1; candidate < definition.steps.length; candidate += 1) {
    const step = definition.steps[candidate];
    if (step && !skipped.includes(step.id)) return candidate;
  }
  return undefined;
}

/** Returns the index of the step before `index` that the visitor saw, or undefined before the first one. */
export function previousStepIndex(definition: FormDefinition, index: number, skipped: readonly string[]): number | undefined {
  for (let candidate = index - 1; candidate >= 0; candidate -= 1) {
    const step = definition.steps[candidate];
    if (step && !skipped.includes(step.id)) return candidate;
  }
  return undefined;
}

/** Returns the first step shown. Every form has one, because skippedStepsFor never skips an attachments step. */
export function firstStepIndex(definition: FormDefinition, skipped: readonly string[]): number {
  return nextStepIndex(definition, -1, skipped) ?? 0;
}

/** Returns the last step shown, where Back from the review screen leads. */
export function lastStepIndex(definition: FormDefinition, skipped: readonly string[]): number {
  return previousStepIndex(definition, definition.steps.length, skipped) ?? definition.steps.length - 1;
}
