import { parseScheme } from '../../json/parseScheme.js';
import { findPreset } from '../../presets/presets.js';
import type { Exit } from '../Exit.js';
import type { Invocation } from '../Invocation.js';
import { evaluateDataFile } from '../evaluateDataFile.js';
import { io } from '../io.js';
import { isSchemeFile } from '../isSchemeFile.js';

/**
 * Checks an audit batch's `--data` and `--scheme` once, before any report is read: a data file
 * that does not score, a scheme file that does not parse or a preset that does not exist is
 * reported once and stops the batch (every report would fail alike).
 *
 * @param invocation - the environment, language and options
 * @returns the exit code after reporting the problem, or undefined when both are usable
 *
 * @example
 * checkAuditOptions({ ...invocation, options: { scheme: 'nope@1' } }); // → 2, `[unknown_preset]` written
 */
export function checkAuditOptions({ environment, lang, options }: Invocation): Exit | undefined {
  if (options.data !== undefined) {
    const json = io.readJson(environment, lang, options.data);
    if (!json.ok) return json.exit;
    const scored = evaluateDataFile(environment, lang, options.data, json.value);
    if (!scored.ok) return scored.exit;
  }
  const given = options.scheme;
  if (given === undefined || options.data !== undefined) return undefined;
  if (isSchemeFile(given)) {
    const json = io.readJson(environment, lang, given);
    if (!json.ok) return json.exit;
    const parsed = parseScheme(json.value);
    return parsed.ok ? undefined : io.printIssues(environment, lang, given, parsed.issues);
  }
  const preset = findPreset(given);
  return preset.ok ? undefined : io.printIssues(environment, lang, '--scheme', preset.issues);
}
