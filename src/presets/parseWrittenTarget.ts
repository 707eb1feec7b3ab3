import type { Dec } from '../decimal/JixiaoDecimal.js';
import { parseDecimal } from '../decimal/parseDecimal.js';
import { createIssue } from '../issues/createIssue.js';
import type { Issue, IssuePath } from '../issues/Issue.js';
import { invalidArgument } from '../issues/invalidArgument.js';
import { failure, success, type Result } from '../issues/Result.js';
import { typeOfValue, valueTypeNames } from '../issues/typeOfValue.js';
import { visibleText } from '../issues/visibleText.js';
import type { DepartmentIndicator } from './Preset.js';

/** A 年度指标值 read from how a table writes it. */
export interface WrittenTarget {
  readonly comparison: DepartmentIndicator['comparison'];
  readonly target?: Dec;
  readonly unit?: string;
}

const comparators: Readonly<
  Record<string, Exclude<DepartmentIndicator['comparison'], 'qualitative'>>
> = {
  '≥': '>=',
  '>=': '>=',
  '≧': '>=',
  '>': '>',
  '＞': '>',
  '=': '=',
  '＝': '=',
  '≤': '<=',
  '<=': '<=',
  '≦': '<=',
  '<': '<',
  '＜': '<',
};

const anIssuePath = { zh: '路径数组（键与下标）', en: 'a path array (keys and indexes)' };

/** The issue for a written target that is not text at all. */
function notText(path: IssuePath, value: unknown): Issue {
  const found = valueTypeNames[typeOfValue(value)];
  return createIssue(
    'invalid_type',
    path,
    {
      zh: `年度指标值应为文字（如 ≥95%、达成），收到的是${found.zh}`,
      en: `The annual target must be text (such as ≥95% or 达成); it is ${found.en}`,
    },
    { expected: 'a string', received: typeOfValue(value) },
  );
}

const written = /^(≥|>=|≧|>|＞|=|＝|≤|<=|≦|<|＜)?\s*(\d[\d,]*(?:\.\d+)?)\s*([%％])?\s*([^\d\s]*)$/;

/**
 * Reads a 年度指标值 as a project table writes it: "≥95%" (≥ 0.95), "≤100万元" (≤ 100, unit 万元),
 * "=1个", "≥10个", "100%" (a bare value is a target to reach: ≥). Text with no number ("达成",
 * "按期完成", "进一步提升") is a qualitative target. Text with a number that is not in one of these
 * forms ("10个左右", "≥ 九成") is an issue at `path`, never a guess.
 *
 * @param text - the written target
 * @param path - where it stands in the input, for issues
 * @returns the comparison, target value and unit; an `invalid_type` issue when untyped code
 *   passes a text that is not a string
 * @throws JixiaoError with an `invalid_argument` issue when untyped code passes a path that is
 *   not an array
 *
 * @example
 * parseWrittenTarget('≤100万元'); // → ok: { comparison: '<=', target: 100, unit: '万元' }
 */
export function parseWrittenTarget(text: string, path: IssuePath = []): Result<WrittenTarget> {
  const givenPath: unknown = path;
  if (!Array.isArray(givenPath)) throw invalidArgument('path', anIssuePath, givenPath);
  const given: unknown = text;
  if (typeof given !== 'string') return failure([notText(path, given)]);
  const trimmed = text.trim().normalize('NFKC').replace(/\s+/g, '');
  const normalized = trimmed.replace(/^≧/, '≥').replace(/^≦/, '≤');
  if (!/\d/.test(normalized)) {
    if (normalized === '')
      return failure([
        createIssue(
          'unreadable_target',
          path,
          { zh: '年度指标值为空', en: 'The annual target is empty' },
          { received: '""' },
        ),
      ]);
    return success({ comparison: 'qualitative' });
  }
  const match = written.exec(normalized);
  const comparator = match?.[1];
  const digits = match?.[2];
  // A unit is a word such as 个, 万元, 人次; hedges such as 左右 or 以上 leave the target unclear.
  const unclear = /[<>=≤≥]|左右|约|以上|以下|以内|不低于|不高于|不少于|至|~/.test(match?.[4] ?? '');
  if (match === null || digits === undefined || unclear) {
    return failure([
      createIssue(
        'unreadable_target',
        path,
        {
          zh: `无法识别的年度指标值：「${visibleText(text)}」（应写作 ≥95%、≤100万元、=1个、≥10个，或定性文字如 达成）`,
          en: `Unreadable annual target: "${visibleText(text)}" (write it as ≥95%, ≤100万元, =1个, ≥10个, or words such as 达成)`,
        },
        { expected: '≥95% | ≤100万元 | =1个 | 达成', received: text },
      ),
    ]);
  }
  const value = parseDecimal(`${digits}${match[3] === undefined ? '' : '%'}`, path);
  if (!value.ok) return value;
  const unit = match[3] !== undefined ? '%' : match[4] === '' ? undefined : match[4];
  return success({
    comparison: comparator === undefined ? '>=' : (comparators[comparator] ?? '>='),
    target: value.value,
    ...(unit === undefined ? {} : { unit }),
  });
}
