// Internal: a claimed score sheet as the checks read it, after a cheap check of its shape (it may
// be built by hand, or come from untyped code): wrong types throw invalid_argument, never a
// TypeError from deep inside, and node ids are looked up as own keys only.
import { isRecord } from '../issues/isRecord.js';
import { invalidArgument } from '../issues/invalidArgument.js';
import { visibleText } from '../issues/visibleText.js';
import type { BudgetClaim, Claim, NodeClaims, SourceLocation, ThreePublicClaim } from './Claims.js';

/** A claimed score sheet with every list present, and its node claims by id. */
export interface ClaimedSheetView {
  readonly fullMarks: readonly Claim[];
  readonly total: readonly Claim[];
  readonly grade: readonly Claim[];
  /** The claims of an indicator (empty lists when the sheet has none for it). */
  readonly node: (id: string) => NodeClaims;
  readonly budget: readonly BudgetClaim[];
  readonly threePublic: readonly ThreePublicClaim[];
}

const noClaims: NodeClaims = Object.freeze({
  weight: Object.freeze([]),
  score: Object.freeze([]),
  scoreRate: Object.freeze([]),
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
  };
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
    return {
      budget: claimAt(item['budget'], `${at}.budget`),
      executed: claimAt(item['executed'], `${at}.executed`),
      rate: claimAt(item['rate'], `${at}.rate`),
      ...(indicator === undefined ? {} : { indicator }),
    };
  });
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
  };
}
