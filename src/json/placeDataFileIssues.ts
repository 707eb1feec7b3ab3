import { issueAt } from '../issues/issueAt.js';
import { invalidArgument } from '../issues/invalidArgument.js';
import { isRecord } from '../issues/isRecord.js';
import type { Issue, IssuePath } from '../issues/Issue.js';
import type { Issues } from '../issues/Result.js';
import type { DataFile } from './DataFile.js';

const aDataFile = {
  zh: '数据文件（parseDataFile 的结果）',
  en: 'a data file (what parseDataFile returns)',
};
const someIssues = {
  zh: '问题数组（evaluate 返回的 issues）',
  en: 'an array of issues (what evaluate returns)',
};

/** The field of a table row that holds each input field the row was read into. */
const rowFields: Readonly<Record<string, string>> = {
  actual: 'actual',
  level: 'actual',
  answer: 'actual',
  score: 'score',
  reason: 'deviationReason',
  evidence: 'evidence',
};

/** The field of `budget` that holds each field of the 预算执行率 input. */
const budgetFields: Readonly<Record<string, string>> = { actual: 'executed', target: 'fullYear' };

/** The place in the file of what an issue at `['inputs', id, field, …]` is about. */
function placeIn(place: IssuePath, rest: IssuePath): IssuePath {
  const budget = place[0] === 'budget' && place.length === 1;
  const [field] = rest;
  // No field (an input missing, say): the row's result, or the budget figures.
  if (field === undefined) return budget ? place : [...place, 'actual'];
  const written =
    typeof field === 'string' ? (budget ? budgetFields : rowFields)[field] : undefined;
  return written === undefined ? place : [...place, written];
}

/**
 * Puts issues `evaluate` found in a data file's inputs where the file writes them: a file that
 * gives its results in its table rows and budget has no `inputs`, so an issue at
 * `inputs.residents-satisfaction.reason` is at `indicators.satisfaction[0].deviationReason`, one
 * at `inputs.budget-execution-rate.actual` at `budget.executed`. Other issues are returned as
 * they are.
 *
 * @param data - the data file as read
 * @param issues - the issues of evaluating its scheme and inputs
 * @returns the issues, each at its place in the file
 *
 * @example
 * const result = evaluate(data.scheme, data.inputs);
 * if (!result.ok) placeDataFileIssues(data, result.issues);
 */
export function placeDataFileIssues(data: DataFile, issues: Issues): Issues {
  // A caller the compiler did not check may pass anything: only a data file and issues are read.
  const givenData: unknown = data;
  const givenIssues: unknown = issues;
  if (!isRecord(givenData)) throw invalidArgument('data', aDataFile, givenData);
  if (!Array.isArray(givenIssues) || givenIssues.length === 0)
    throw invalidArgument('issues', someIssues, givenIssues);
  const places = data.inputPlaces;
  if (!isRecord(places)) return issues;
  const placed = (found: Issue): Issue => {
    const given: unknown = found;
    if (!isRecord(given) || !Array.isArray(given['path'])) return found;
    const [root, id, ...rest] = found.path;
    if (root !== 'inputs' || typeof id !== 'string' || !Object.hasOwn(places, id)) return found;
    const place = places[id];
    if (!Array.isArray(place)) return found;
    return issueAt(found, placeIn(place, rest));
  };
  const [first, ...others] = issues;
  return [placed(first), ...others.map(placed)];
}
