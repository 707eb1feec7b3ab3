// Internal: a claimed score sheet as the checks read it, after a cheap check of its shape (it may
// be built by hand, or come from untyped code): wrong types throw invalid_argument, never a
// TypeError from deep inside, and node ids are looked up as own keys only.
import { isRecord } from '../issues/isRecord.js';
import { invalidArgument } from '../issues/invalidArgument.js';
import { visibleText } from '../issues/visibleText.js';
import type {
  BudgetClaim,
  BudgetPart,
  Claim,
  NamedClaims,
  NamedForm,
  NodeClaims,
  ScoreBreakdown,
  ScorePart,
  SourceLocation,
  ThreePublicClaim,
} from './Claims.js';

/** A claimed score sheet with every list present, and its node claims by id. */
export interface ClaimedSheetView {
  readonly fullMarks: readonly Claim[];
  readonly total: readonly Claim[];
  readonly grade: readonly Claim[];
  /** The claims of an indicator (empty lists when the sheet has none for it). */
  readonly node: (id: string) => NodeClaims;
  readonly budget: readonly BudgetClaim[];
  readonly threePublic: readonly ThreePublicClaim[];
  readonly named: readonly NamedClaims[];
  readonly breakdowns: readonly ScoreBreakdown[];
}

const namedForms: readonly NamedForm[] = [
  'heading-paren-numeral',
  'heading-numeral',
  'heading-digit',
  'heading-paren-digit',
  'sentence',
  'list',
  'mark',
];

const noClaims: NodeClaims = Object.freeze({
  weight: Object.freeze([]),
  score: Object.freeze([]),
  scoreRate: Object.freeze([]),
  notApplicable: Object.freeze([]),
});

function isSourceLocation(value: unknown): value is SourceLocation {
  return isRecord(value) && typeof value['line'] === 'number' && typeof value['text'] === 'string';
}

function isClaim(value: unknown): value is Claim {
  if (!isRecord(value) || typeof value['value'] !== 'string') return false;
  const { source, derived } = value;
  if (source !== undefined && !isSourceLocation(source)) return false;
  if (derived === undefined) return true;
  const from = isRecord(derived) ? derived['from'] : undefined;
  return Array.isArray(from) && from.every(isSourceLocation);
}

const aClaim = {
  zh: '声称（value 为字符串的对象）',
  en: 'a claim (an object with a string value)',
};

function claimList(value: unknown, where: string): readonly Claim[] {
  if (value === undefined) return [];
  if (!Array.isArray(value))
    throw invalidArgument(where, { zh: '声称的数组', en: 'an array of claims' }, value);
  const items: readonly unknown[] = value;
  const claims = items.filter(isClaim);
  if (claims.length !== items.length) {
    const index = items.findIndex((item) => !isClaim(item));
    throw invalidArgument(`${where}[${index}]`, aClaim, items[index]);
  }
  return claims;
}

function claimAt(value: unknown, where: string): Claim {
  if (!isClaim(value)) throw invalidArgument(where, aClaim, value);
  return value;
}

function nodeClaims(value: unknown, where: string): NodeClaims {
  if (!isRecord(value))
    throw invalidArgument(
      where,
      { zh: '指标的声称（weight、score、scoreRate 数组）', en: "an indicator's claims" },
      value,
    );
  return {
    weight: claimList(value['weight'], `${where}.weight`),
    score: claimList(value['score'], `${where}.score`),
    scoreRate: claimList(value['scoreRate'], `${where}.scoreRate`),
    notApplicable: claimList(value['notApplicable'], `${where}.notApplicable`),
  };
}

function stringAt(value: unknown, where: string): string {
  if (typeof value !== 'string')
    throw invalidArgument(where, { zh: '字符串', en: 'a string' }, value);
  return value;
}

function optionalClaim(value: unknown, where: string): { readonly claim?: Claim } {
  return value === undefined ? {} : { claim: claimAt(value, where) };
}

function sentences<T>(
  value: unknown,
  where: string,
  read: (item: Readonly<Record<string, unknown>>, at: string) => T,
): readonly T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw invalidArgument(where, { zh: '数组', en: 'an array' }, value);
  const items: readonly unknown[] = value;
  return items.map((item, index) => {
    const at = `${where}[${index}]`;
    if (!isRecord(item)) throw invalidArgument(at, { zh: '对象', en: 'an object' }, item);
    return read(item, at);
  });
}

/**
 * Checks the shape of a claimed score sheet (an array of claims, each with a string `value`,
 * wherever the type says so; absent lists count as empty) and gives it as the checks read it.
 *
 * @param claims - the sheet given to checkClaims or auditEvaluation
 * @returns the view
 * @throws JixiaoError `invalid_argument` naming the first part of the wrong type
 */
export function claimedSheetView(claims: unknown): ClaimedSheetView {
  if (!isRecord(claims))
    throw invalidArgument(
      'claims',
      {
        zh: '声称得分表（extractClaims 的结果）',
        en: 'a claimed score sheet (from extractClaims)',
      },
      claims,
    );
  const nodesGiven = claims['nodes'];
  if (nodesGiven !== undefined && !isRecord(nodesGiven))
    throw invalidArgument('claims.nodes', { zh: '对象', en: 'an object' }, nodesGiven);
  // Own keys only: a sheet built as a plain object has no claims for "constructor".
  const nodes = new Map<string, NodeClaims>(
    Object.entries(nodesGiven ?? {}).map(([id, value]): [string, NodeClaims] => [
      id,
      nodeClaims(value, `claims.nodes.${visibleText(id)}`),
    ]),
  );
  const budget = sentences(claims['budget'], 'claims.budget', (item, at): BudgetClaim => {
    const indicator = item['indicator'];
    if (indicator !== undefined && typeof indicator !== 'string')
      throw invalidArgument(`${at}.indicator`, { zh: '字符串', en: 'a string' }, indicator);
    const rate = optionalClaim(item['rate'], `${at}.rate`).claim;
    const initial = optionalClaim(item['initial'], `${at}.initial`).claim;
    const score = optionalClaim(item['score'], `${at}.score`).claim;
    const subject =
      item['subject'] === undefined ? undefined : stringAt(item['subject'], `${at}.subject`);
    const labels = item['labels'];
    const parts =
      item['parts'] === undefined
        ? undefined
        : sentences(item['parts'], `${at}.parts`, (part, partAt): BudgetPart => {
            const partBudget = optionalClaim(part['budget'], `${partAt}.budget`).claim;
            const partExecuted = optionalClaim(part['executed'], `${partAt}.executed`).claim;
            return {
              name: stringAt(part['name'], `${partAt}.name`),
              ...(partBudget === undefined ? {} : { budget: partBudget }),
              ...(partExecuted === undefined ? {} : { executed: partExecuted }),
            };
          });
    return {
      budget: claimAt(item['budget'], `${at}.budget`),
      executed: claimAt(item['executed'], `${at}.executed`),
      ...(rate === undefined ? {} : { rate }),
      ...(indicator === undefined ? {} : { indicator }),
      ...(initial === undefined ? {} : { initial }),
      ...(score === undefined ? {} : { score }),
      ...(parts === undefined ? {} : { parts }),
      ...(subject === undefined ? {} : { subject }),
      ...(isRecord(labels)
        ? {
            labels: {
              budget: stringAt(labels['budget'], `${at}.labels.budget`),
              executed: stringAt(labels['executed'], `${at}.labels.executed`),
            },
          }
        : {}),
    };
  });
  const named = sentences(claims['named'], 'claims.named', (item, at): NamedClaims => {
    const form = item['form'];
    if (typeof form !== 'string' || !namedForms.some((each) => each === form))
      throw invalidArgument(
        `${at}.form`,
        { zh: namedForms.join('、'), en: namedForms.join(', ') },
        form,
      );
    return {
      name: stringAt(item['name'], `${at}.name`),
      form: namedForms.find((each) => each === form) ?? 'mark',
      weight: claimList(item['weight'], `${at}.weight`),
      score: claimList(item['score'], `${at}.score`),
      scoreRate: claimList(item['scoreRate'], `${at}.scoreRate`),
      deduction: claimList(item['deduction'], `${at}.deduction`),
      fullMarks: claimList(item['fullMarks'], `${at}.fullMarks`),
    };
  });
  const breakdowns = sentences(
    claims['breakdowns'],
    'claims.breakdowns',
    (item, at): ScoreBreakdown => ({
      of: stringAt(item['of'], `${at}.of`),
      whole: claimAt(item['whole'], `${at}.whole`),
      parts: sentences(item['parts'], `${at}.parts`, (part, partAt): ScorePart => ({
        name: stringAt(part['name'], `${partAt}.name`),
        score: claimAt(part['score'], `${partAt}.score`),
      })),
    }),
  );
  const threePublic = sentences(
    claims['threePublic'],
    'claims.threePublic',
    (item, at): ThreePublicClaim => ({
      actual: claimAt(item['actual'], `${at}.actual`),
      decrease: claimAt(item['decrease'], `${at}.decrease`),
      rate: claimAt(item['rate'], `${at}.rate`),
    }),
  );
  return {
    fullMarks: claimList(claims['fullMarks'], 'claims.fullMarks'),
    total: claimList(claims['total'], 'claims.total'),
    grade: claimList(claims['grade'], 'claims.grade'),
    node: (id) => nodes.get(id) ?? noClaims,
    budget,
    threePublic,
    named,
    breakdowns,
  };
}
