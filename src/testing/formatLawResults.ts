import type { LawResult } from './LawResult.js';

/**
 * Writes law results for people: one line per law, and for a failure its counterexample.
 *
 * @param results - the results of `checkRuleLaws` or `verifyScheme`
 * @returns the text
 */
export function formatLawResults(results: readonly LawResult[]): string {
  return results
    .map((result) => {
      const head = `${result.status === 'passed' ? '✓' : result.status === 'skipped' ? '–' : '✗'} ${result.law} — ${result.subject} (${result.runs} runs)`;
      if (result.status === 'skipped') return `${head}: ${result.reason ?? ''}`;
      if (result.counterexample === undefined) return head;
      const example = result.counterexample;
      return [
        head,
        `    ${example.message}`,
        ...(example.path === undefined ? [] : [`    path: ${example.path.join(' / ')}`]),
        ...(example.rule === undefined ? [] : [`    rule: ${JSON.stringify(example.rule)}`]),
        `    inputs: ${JSON.stringify(example.inputs)}`,
        `    values: ${JSON.stringify(example.values)}`,
        `    shrunk ${result.shrinks ?? 0} times; replay with seed ${result.seed ?? ''}`,
      ].join('\n');
    })
    .join('\n');
}
