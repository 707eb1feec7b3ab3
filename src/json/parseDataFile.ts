import { failure, success, type Result } from '../issues/Result.js';
import { invalidArgument } from '../issues/invalidArgument.js';
import type { PresetRegistry } from '../presets/createPresetRegistry.js';
import { shippedPresets } from '../presets/presets.js';
import type { DataFile } from './DataFile.js';
import { dataFileJson, type DataFileFields } from './dataFileJson.js';
import { issuesFromZod } from './issuesFromZod.js';
import { nestingTooDeep } from './nestingTooDeep.js';
import { parseJsonWith } from './parseJsonWith.js';
import { quickDataFile } from './quickDataFile.js';
import { resolveDataFile } from './resolveDataFile.js';

export type { DataFile } from './DataFile.js';

/**
 * The file's fields: read without zod when every value is what the form accepts (the usual
 * document naming a preset), else checked for nesting and read by zod, with its issues.
 */
function readFields(json: unknown): Result<DataFileFields> {
  const quick = quickDataFile(json);
  if (quick !== undefined) return success(quick);
  const tooDeep = nestingTooDeep(json, []);
  if (tooDeep !== undefined) return failure([tooDeep]);
  const parsed = parseJsonWith(dataFileJson, json);
  return parsed.success ? success(parsed.data) : failure(issuesFromZod(parsed.error));
}

/** The error for options an untyped caller got wrong, or undefined. */
function invalidOptions(options: unknown): ReturnType<typeof invalidArgument> | undefined {
  const expected = { zh: '选项对象 { presets? }', en: 'an options object { presets? }' };
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    return invalidArgument('options', expected, options);
  const presets: unknown = Object.getOwnPropertyDescriptor(options, 'presets')?.value;
  if (
    presets !== undefined &&
    (typeof presets !== 'object' ||
      presets === null ||
      !('find' in presets) ||
      typeof presets.find !== 'function')
  )
    return invalidArgument(
      'presets',
      {
        zh: '预设方案注册表（createPresetRegistry）',
        en: 'a preset registry (createPresetRegistry)',
      },
      presets,
    );
  return undefined;
}

/**
 * Reads a data file (as `JSON.parse` returns it): resolves the named preset (by version, or by the
 * year evaluated), fills its slots with the department's or project's own indicators, turns table
 * rows and budget figures into inputs, and checks everything a scheme and inputs are checked for.
 *
 * @param json - the parsed JSON value
 * @param options - the presets to resolve names against (default: the shipped ones)
 * @returns the scheme and inputs ready for `evaluate`, or every issue with its path in the file
 *   (anything that is not a data file, from an untyped caller too, is an issue, never a throw)
 *
 * @example
 * const data = parseDataFile(JSON.parse(readFileSync('examples/nanzhou-2023.json', 'utf8')));
 * if (data.ok) evaluate(data.value.scheme, data.value.inputs);
 */
export function parseDataFile(
  json: unknown,
  options: { readonly presets?: PresetRegistry } = {},
): Result<DataFile> {
  const invalidOption = invalidOptions(options);
  if (invalidOption !== undefined) return failure(invalidOption.issues);
  const read = readFields(json);
  if (!read.ok) return read;
  return resolveDataFile(json, read.value, options.presets ?? shippedPresets);
}
