import { parseJsonWith } from '../json/parseJsonWith.js';
import { isRecord } from '../issues/isRecord.js';
import { typeOfValue, valueTypeNames } from '../issues/typeOfValue.js';
import { decimal } from '../decimal/decimal.js';
import { evaluate } from '../evaluate/evaluate.js';
import { createIssue } from '../issues/createIssue.js';
import { explainLeaf } from '../evaluation/explain.js';
import type { Language } from '../issues/Language.js';
import { indexNodes } from '../evaluation/indexNodes.js';
import { formatIssuePath } from '../issues/formatIssuePath.js';
import type { Issue } from '../issues/Issue.js';
import { failure, failureOf, success, type Issues, type Result } from '../issues/Result.js';
import { visibleText } from '../issues/visibleText.js';
import { issuesFromZod } from '../json/issuesFromZod.js';
import { parseDataFile, type DataFile } from '../json/parseDataFile.js';
import { parseJsonText } from '../json/parseJsonText.js';
import { caseFileJson, type CaseJson } from '../json/caseFileJson.js';
import type { CaseFailure, CaseReport, CaseResult } from './CaseReport.js';

/** How {@link runCases} reads the files a case file refers to. */
export interface CaseFileAccess {
  /**
   * Reads a file as text: its text, `undefined` when it does not exist, or a `Result` with the
   * text or the issues of reading it (the CLI's reader gives those: a directory, a device, a file
   * too large, an encoding it cannot read). It may throw; the error is reported as `unreadable`.
   */
  readonly readFile: (path: string) => string | undefined | Result<string>;
  /** Resolves a path written in the case file against the case file's own location. */
  readonly resolve: (path: string) => string;
  readonly lang?: Language;
}

/** An issue moved under `path` (the case field that names the file), its message prefixed. */
function underField(
  path: readonly (string | number)[],
  found: Issue,
  prefix?: { readonly zh: string; readonly en: string },
): Issue {
  return createIssue(
    found.code,
    [...path, ...found.path],
    prefix === undefined
      ? found.message
      : { zh: `${prefix.zh}${found.message.zh}`, en: `${prefix.en}${found.message.en}` },
    {
      ...(found.expected === undefined ? {} : { expected: found.expected }),
      ...(found.received === undefined ? {} : { received: found.received }),
    },
  );
}

/** The text of a file a case names, or the issues of reading it, at `issuePath`. */
function readTextFile(
  path: string,
  resolved: string,
  access: CaseFileAccess,
  issuePath: readonly (string | number)[],
): Result<string> {
  const shown = visibleText(path);
  let read: string | undefined | Result<string>;
  try {
    read = access.readFile(resolved);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return failure([
      createIssue('unreadable', issuePath, {
        zh: `无法读取文件 ${shown}：${detail}`,
        en: `Cannot read ${shown}: ${detail}`,
      }),
    ]);
  }
  if (read === undefined) {
    return failure([
      createIssue(
        'file_not_found',
        issuePath,
        { zh: `找不到文件：${shown}`, en: `File not found: ${shown}` },
        { received: resolved },
      ),
    ]);
  }
  if (typeof read === 'string') return success(read);
  if (read.ok) return read;
  return failure(within(issuePath, read.issues));
}

function readJsonFile(
  path: string,
  access: CaseFileAccess,
  issuePath: readonly (string | number)[],
): Result<unknown> {
  const text = readTextFile(path, access.resolve(path), access, issuePath);
  if (!text.ok) return text;
  const parsed = parseJsonText(text.value);
  if (parsed.ok) return parsed;
  const shown = visibleText(path);
  return failure(within(issuePath, parsed.issues, { zh: `${shown}：`, en: `${shown}: ` }));
}

/** The issue of a node expected with neither score nor 得分率. */
function nodeChecksNothing(entry: CaseJson, path: readonly (string | number)[], id: string): Issue {
  return createIssue('checks_nothing', path, {
    zh: `用例「${visibleText(entry.name)}」对指标「${visibleText(id)}」未核对任何内容：请给出 score 或 scoreRate`,
    en: `Case "${visibleText(entry.name)}" checks nothing for "${visibleText(id)}": give its score or scoreRate`,
  });
}

/**
 * The issues of a case whose expectations check nothing (`"expect": {}`, or a node given with
 * neither score nor 得分率): it would pass having checked nothing.
 */
function checksNothing(entry: CaseJson, index: number): Issue[] {
  const path = ['cases', index, 'expect'];
  const { total, grade, nodes, issues } = entry.expect;
  const emptyNodes = Object.entries(nodes ?? {}).filter(
    ([, wanted]) => wanted.score === undefined && wanted.scoreRate === undefined,
  );
  const found = emptyNodes.map(([id]) => nodeChecksNothing(entry, [...path, 'nodes', id], id));
  const anything =
    total !== undefined ||
    grade !== undefined ||
    issues !== undefined ||
    Object.keys(nodes ?? {}).length > emptyNodes.length;
  if (!anything && found.length === 0)
    found.push(
      createIssue('checks_nothing', path, {
        zh: `用例「${visibleText(entry.name)}」未核对任何内容：expect 须给出 total、grade、nodes 或 issues`,
        en: `Case "${visibleText(entry.name)}" checks nothing: expect needs total, grade, nodes or issues`,
      }),
    );
  return found;
}

/** Issues moved under `path`, each message prefixed when a prefix is given. */
function within(
  path: readonly (string | number)[],
  issues: Issues,
  prefix?: { readonly zh: string; readonly en: string },
): Issues {
  const [first, ...rest] = issues;
  return [underField(path, first, prefix), ...rest.map((found) => underField(path, found, prefix))];
}

function dataOf(entry: CaseJson, index: number, access: CaseFileAccess): Result<DataFile> {
  const path = ['cases', index];
  if (entry.data !== undefined) {
    if (
      entry.scheme !== undefined ||
      entry.inputs !== undefined ||
      entry.indicators !== undefined
    ) {
      return failure([
        createIssue('conflicting_case_fields', [...path, 'data'], {
          zh: '用例已引用数据文件（data），不应再给出 scheme、indicators 或 inputs',
          en: 'A case that names a data file takes no scheme, indicators or inputs',
        }),
      ]);
    }
    const json = readJsonFile(entry.data, access, [...path, 'data']);
    if (!json.ok) return json;
    const data = parseDataFile(json.value);
    return data.ok ? data : failure(within([...path, 'data'], data.issues));
  }
  if (entry.scheme === undefined)
    return failure([
      createIssue('missing_key', [...path, 'scheme'], {
        zh: '用例须给出 data（数据文件）或 scheme（方案）',
        en: 'A case needs either "data" (a data file) or "scheme"',
      }),
    ]);
  let scheme: unknown = entry.scheme;
  if (typeof entry.scheme === 'string' && entry.scheme.endsWith('.json')) {
    const json = readJsonFile(entry.scheme, access, [...path, 'scheme']);
    if (!json.ok) return json;
    scheme = json.value;
  }
  const data = parseDataFile({
    scheme,
    ...(entry.indicators === undefined ? {} : { indicators: entry.indicators }),
    inputs: entry.inputs ?? {},
  });
  return data.ok ? data : failure(within(path, data.issues));
}

const sameDecimal = (expected: string, actual: string | null): boolean =>
  actual !== null && decimal(expected).equals(decimal(actual));

function checkCase(entry: CaseJson, data: DataFile, lang: Language): CaseResult {
  const failures: CaseFailure[] = [];
  let checks = 0;
  const result = evaluate(data.scheme, data.inputs);
  const { expect } = entry;
  if (expect.issues !== undefined) {
    checks += 1;
    const actual = result.ok
      ? []
      : result.issues.map((found) => ({ code: found.code, path: formatIssuePath(found.path) }));
    const matches =
      actual.length === expect.issues.length &&
      expect.issues.every(
        (wanted, index) =>
          actual[index]?.code === wanted.code &&
          (wanted.path === undefined || actual[index].path === wanted.path),
      );
    if (!matches) {
      failures.push({
        subject: 'issues',
        expected: expect.issues
          .map((wanted) => `${wanted.code}${wanted.path === undefined ? '' : ` ${wanted.path}`}`)
          .join(', '),
        actual:
          actual.length === 0
            ? lang === 'zh'
              ? '（评分成功，无问题）'
              : '(scored, no issues)'
            : actual.map((found) => `${found.code} ${found.path}`).join(', '),
      });
    }
    return { name: entry.name, passed: failures.length === 0, checks, failures };
  }
  if (!result.ok) {
    return {
      name: entry.name,
      passed: false,
      checks: 1,
      failures: [
        {
          subject: 'issues',
          expected: lang === 'zh' ? '（评分成功）' : '(scored)',
          actual: result.issues
            .map((found) => `${found.code} ${formatIssuePath(found.path)}: ${found.message[lang]}`)
            .join('; '),
        },
      ],
    };
  }
  const evaluation = result.value;
  if (expect.total !== undefined) {
    checks += 1;
    if (!sameDecimal(expect.total, evaluation.total))
      failures.push({ subject: 'total', expected: expect.total, actual: evaluation.total });
  }
  if (expect.grade !== undefined) {
    checks += 1;
    if (expect.grade !== evaluation.grade.grade)
      failures.push({ subject: 'grade', expected: expect.grade, actual: evaluation.grade.grade });
  }
  const nodes = indexNodes(evaluation);
  for (const [id, wanted] of Object.entries(expect.nodes ?? {})) {
    const node = nodes.get(id);
    const explanation =
      node?.type === 'leaf'
        ? explainLeaf(node, lang)
        : node?.type === 'category'
          ? node.children.map((child) => `${child.id} ${child.score ?? '—'}`).join(' + ')
          : undefined;
    const detail = explanation === undefined ? {} : { explanation };
    if (node === undefined) {
      checks += 1;
      failures.push({
        subject: id,
        expected: lang === 'zh' ? '存在的指标' : 'an indicator of the scheme',
        actual: lang === 'zh' ? '方案中没有该指标' : 'no such indicator',
      });
      continue;
    }
    if (wanted.score !== undefined) {
      checks += 1;
      if (!sameDecimal(wanted.score, node.score))
        failures.push({
          subject: `${id} score`,
          expected: wanted.score,
          actual: node.score ?? 'null',
          ...detail,
        });
    }
    if (wanted.scoreRate !== undefined) {
      checks += 1;
      const actualRate =
        node.scoreRatePercent === null ? null : decimal(node.scoreRatePercent).dividedBy(100);
      if (actualRate === null || !decimal(wanted.scoreRate).equals(actualRate))
        failures.push({
          subject: `${id} scoreRate`,
          expected: wanted.scoreRate,
          actual: node.scoreRatePercent === null ? 'null' : `${node.scoreRatePercent}%`,
          ...detail,
        });
    }
  }
  return { name: entry.name, passed: failures.length === 0, checks, failures };
}

/** The issue with an access object untyped code passed, or undefined when it can be used. */
function accessIssue(access: unknown): Issue | undefined {
  const usable =
    isRecord(access) &&
    typeof access['readFile'] === 'function' &&
    typeof access['resolve'] === 'function' &&
    (access['lang'] === undefined || access['lang'] === 'zh' || access['lang'] === 'en');
  if (usable) return undefined;
  return createIssue('invalid_argument', ['access'], {
    zh: `参数「access」应为含 readFile 与 resolve 函数（及可选 lang：zh 或 en）的对象，收到的是${valueTypeNames[typeOfValue(access)].zh}`,
    en: `The argument "access" must be an object with readFile and resolve functions (and an optional lang, zh or en); it is ${valueTypeNames[typeOfValue(access)].en}`,
  });
}

/**
 * Runs a case file: each named case's scheme and inputs are scored and compared, exactly, with
 * what the case expects (total, grade, any node's score or 得分率, or the issues it must raise).
 *
 * @param json - the case file, as `JSON.parse` returns it
 * @param access - how to read and resolve the files it names
 * @returns the report, or the case file's own issues (unknown keys, a missing scheme, a malformed
 * number, a file it names that cannot be read, a case that checks nothing…), all of them
 *
 * @example
 * runCases(JSON.parse(text), { readFile, resolve: (path) => join(dirname(file), path) });
 */
export function runCases(json: unknown, access: CaseFileAccess): Result<CaseReport> {
  const refused = accessIssue(access);
  if (refused !== undefined) return failure([refused]);
  const parsed = parseJsonWith(caseFileJson, json);
  if (!parsed.success) return failure(issuesFromZod(parsed.error));
  const lang = access.lang ?? 'zh';
  const issues: Issue[] = [];
  const results: CaseResult[] = [];
  parsed.data.cases.forEach((entry, index) => {
    const nothing = checksNothing(entry, index);
    const data = dataOf(entry, index, access);
    issues.push(...nothing, ...(data.ok ? [] : data.issues));
    if (data.ok && nothing.length === 0) results.push(checkCase(entry, data.value, lang));
  });
  const invalid = failureOf(issues);
  if (invalid !== undefined) return invalid;
  return success({ passed: results.every((result) => result.passed), cases: results });
}
