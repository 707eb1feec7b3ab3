import { evaluate } from '../evaluate/evaluate.js';
import type { Evaluation } from '../evaluation/Evaluation.js';
import type { Language } from '../issues/Language.js';
import type { Result } from '../issues/Result.js';
import type { DataFile } from '../json/DataFile.js';
import type { CliEnvironment } from './CliEnvironment.js';
import type { Outcome } from './Outcome.js';
import { io } from './io.js';
import { placeDataFileIssues } from '../json/placeDataFileIssues.js';

/**
 * Scores a data file once it is read, reporting its issues when it could not be read or scored:
 * the second half of {@link evaluateDataFile}, for `score`, which reads the file without zod
 * when it can.
 *
 * @param environment - where the issues are written
 * @param lang - the language of the issues
 * @param file - the file's name, shown above its issues
 * @param data - the file as parseDataFile read it
 * @returns the data file and its evaluation, or the exit code after the issues were written
 *
 * @example
 * evaluateRead(environment, 'zh', 'data.json', parseDataFile(json)); // → { ok: true, value: { data, evaluation } }
 */
export function evaluateRead(
  environment: CliEnvironment,
  lang: Language,
  file: string,
  data: Result<DataFile>,
): Outcome<{ readonly data: DataFile; readonly evaluation: Evaluation }> {
  if (!data.ok)
    return {
      ok: false,
      exit: io.printIssues(environment, lang, file, data.issues),
      issues: data.issues,
    };
  // parseDataFile validates and prepares the scheme with the default engine and returns it
  // deep-frozen, so evaluate finds it prepared: the scheme is validated once.
  const result = evaluate(data.value.scheme, data.value.inputs);
  if (!result.ok) {
    const issues = placeDataFileIssues(data.value, result.issues);
    return { ok: false, exit: io.printIssues(environment, lang, file, issues), issues };
  }
  return { ok: true, value: { data: data.value, evaluation: result.value } };
}
