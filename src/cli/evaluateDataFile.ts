import { evaluate } from '../evaluate/evaluate.js';
import type { Evaluation } from '../evaluation/Evaluation.js';
import type { Language } from '../issues/Language.js';
import { parseDataFile, type DataFile } from '../json/parseDataFile.js';
import type { CliEnvironment } from './CliEnvironment.js';
import type { Outcome } from './Outcome.js';
import { io } from './io.js';

/**
 * Reads a data file's parsed JSON and scores it, reporting the file's issues when it cannot be
 * read or scored. The commands that score data (score, validate, audit --data) all come here.
 *
 * @param environment - where the issues are written
 * @param lang - the language of the issues
 * @param file - the file's name, shown above its issues
 * @param json - the file's content, as `JSON.parse` returns it
 * @returns the data file and its evaluation, or the exit code after the issues were written
 */
export function evaluateDataFile(
  environment: CliEnvironment,
  lang: Language,
  file: string,
  json: unknown,
): Outcome<{ readonly data: DataFile; readonly evaluation: Evaluation }> {
  // parseDataFile validates and prepares the scheme with the default engine and returns it
  // deep-frozen, so evaluate finds it prepared: the scheme is validated once.
  const data = parseDataFile(json);
  if (!data.ok)
    return {
      ok: false,
      exit: io.printIssues(environment, lang, file, data.issues),
      issues: data.issues,
    };
  const result = evaluate(data.value.scheme, data.value.inputs);
  if (!result.ok) {
    return {
      ok: false,
      exit: io.printIssues(environment, lang, file, result.issues),
      issues: result.issues,
    };
  }
  return { ok: true, value: { data: data.value, evaluation: result.value } };
}
