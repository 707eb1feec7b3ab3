import { createEngine } from '../evaluate/createEngine.js';
import { findPreset } from '../presets/presets.js';
import { createIssue } from '../result/createIssue.js';
import { failure, failureOf, success, type Result } from '../result/Result.js';
import type { Inputs } from '../rules/LeafInput.js';
import type { Scheme } from '../scheme/Scheme.js';
import { dataFileJson, type DepartmentInfo } from './dataFileJson.js';
import { issuesFromZod } from './issuesFromZod.js';

/** A data file read and resolved: the scheme to score, its inputs, and whom they describe. */
export interface DataFile {
  readonly scheme: Scheme;
  readonly inputs: Inputs;
  /** The preset named, when the file named one. */
  readonly preset?: string;
  readonly department?: DepartmentInfo;
}

const engine = createEngine();

/**
 * Reads a data file (as `JSON.parse` returns it): resolves the named preset, fills its slots with
 * the department's own indicators, and checks everything a scheme and inputs are checked for.
 *
 * @param json - the parsed JSON value
 * @returns the scheme and inputs ready for `evaluate`, or every issue with its path in the file
 *
 * @example
 * const data = parseDataFile(JSON.parse(readFileSync('examples/nanzhou-2023.json', 'utf8')));
 * if (data.ok) evaluate(data.value.scheme, data.value.inputs);
 */
export function parseDataFile(json: unknown): Result<DataFile> {
  const parsed = dataFileJson.safeParse(json);
  if (!parsed.success) return failure(issuesFromZod(parsed.error));
  const { scheme: named, department, indicators, inputs } = parsed.data;
  const about = department === undefined ? {} : { department };
  if (typeof named !== 'string') {
    if (indicators !== undefined) {
      return failure([createIssue('unexpected_indicators', ['indicators'], { zh: '内联方案没有部门指标位置，indicators 应写入方案本身', en: 'An inline scheme has no department slots; put these indicators in the scheme itself' })]);
    }
    const invalid = failureOf(engine.validateScheme(named).map((found) => ({ ...found, path: ['scheme', ...found.path] })));
    return invalid ?? success({ scheme: named, inputs, ...about });
  }
  const preset = findPreset(named);
  if (!preset.ok) return preset;
  const built = preset.value.build(indicators ?? {});
  if (!built.ok) return built;
  const invalid = failureOf(engine.validateScheme(built.value));
  return invalid ?? success({ scheme: built.value, inputs, preset: preset.value.reference, ...about });
}
