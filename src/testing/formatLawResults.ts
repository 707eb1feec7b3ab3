import { isRecord } from '../issues/isRecord.js';
import { invalidArgument } from '../issues/invalidArgument.js';
import type { LawResult } from './LawResult.js';

const aResultList = {
  zh: '定律结果数组（checkRuleLaws 或 verifyScheme 的结果）',
  en: 'an array of law results (from checkRuleLaws or verifyScheme)',
};

function isResult(value: unknown): boolean {
  return isRecord(value) && typeof value['law'] === 'string' && typeof value['status'] === 'string';
}

/**
 * Writes law results for people: one line per law, and for a failure its counterexample.
 *
 * @param results - the results of `checkRuleLaws` or `verifyScheme`
 * @returns the text
 * @throws JixiaoError with an `invalid_argument` issue when untyped code passes something other
 *   than a list of law results
 *
 * @example
 * console.log(formatLawResults(verifyScheme(scheme).results));
 */
export function formatLawResults(results: readonly LawResult[]): string {
  const given: unknown = results;
  if (!Array.isArray(given) || !given.every(isResult)) {
    throw invalidArgument('results', aResultList, given);
  }
  return results
    .map((result) => {
      const head = `${result.status === 'passed' ? '✓' : result.status === 'skipped' ? '–' : '✗'} ${result.law} — ${result.subject} (${result.runs} ${result.runs === 1 ? 'run' : 'runs'})`;
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
