import type { Evaluation } from '../evaluation/Evaluation.js';
import type { Language } from '../issues/Language.js';
import { parseDataFile, type DataFile } from '../json/parseDataFile.js';
import type { CliEnvironment } from './CliEnvironment.js';
import type { Outcome } from './Outcome.js';
import { evaluateRead } from './evaluateRead.js';

/**
 * Reads a data file's parsed JSON and scores it, reporting the file's issues when it cannot be
 * read or scored. The commands that score data (validate, audit --data, diff) come here; `score`
 * reads the file with readDataFile, which loads zod only when it must, then as here.
 *
 * @param environment - where the issues are written
 * @param lang - the language of the issues
 * @param file - the file's name, shown above its issues
 * @param json - the file's content, as `JSON.parse` returns it
 * @returns the data file and its evaluation, or the exit code after the issues were written
 *
 * @example
 * evaluateDataFile(environment, 'zh', 'data.json', json); // → { ok: true, value: { data, evaluation } }
 */
export function evaluateDataFile(
  environment: CliEnvironment,
  lang: Language,
  file: string,
  json: unknown,
): Outcome<{ readonly data: DataFile; readonly evaluation: Evaluation }> {
  return evaluateRead(environment, lang, file, parseDataFile(json));
}
