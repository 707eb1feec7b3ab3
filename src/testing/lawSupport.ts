// Internal: running a fast-check property and turning its outcome into a LawResult.
import fc from 'fast-check';
import type { Counterexample, LawResult } from './LawResult.js';

/** Thrown inside a property to say how a law broke; carries the counterexample. */
export class LawViolation extends Error {
  readonly counterexample: Counterexample;
  constructor(counterexample: Counterexample) {
    super(counterexample.message);
    this.name = 'LawViolation';
    this.counterexample = counterexample;
  }
}

export interface RunOptions {
  readonly numRuns?: number;
  readonly seed?: number;
}

export function runLaw<T>(
  law: string,
  subject: string,
  arbitrary: fc.Arbitrary<T>,
  check: (value: T) => void,
  options: RunOptions,
): LawResult {
  const details = fc.check(
    fc.property(arbitrary, (value) => {
      check(value);
    }),
    {
      numRuns: options.numRuns ?? 100,
      ...(options.seed === undefined ? {} : { seed: options.seed }),
    },
  );
  if (!details.failed) return { law, subject, status: 'passed', runs: details.numRuns };
  const error = details.errorInstance;
  const counterexample: Counterexample =
    error instanceof LawViolation
      ? error.counterexample
      : {
          message:
            error instanceof Error ? `${error.name}: ${error.message}` : 'the property failed',
          inputs: null,
          values: {},
        };
  return {
    law,
    subject,
    status: 'failed',
    runs: details.numRuns,
    counterexample,
    shrinks: details.numShrinks,
    seed: details.seed,
  };
}
