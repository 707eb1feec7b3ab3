// Internal: a quantity a report states more than once, each later statement against the first.
import { formatDecimal } from '../decimal/formatDecimal.js';
import type { BilingualMessage } from '../issues/Issue.js';
import { visibleText } from '../issues/visibleText.js';
import type { AuditCheck } from './AuditCheck.js';
import type { Claim } from './Claims.js';
import { readClaim } from './claimValue.js';

/** What is stated more than once: the indicator (or the total) and which of its quantities. */
export interface ConflictSubject {
  readonly path: readonly string[];
  readonly name: string;
  /** The quantity, e.g. { zh: '得分', en: 'score' }. */
  readonly quantity: BilingualMessage;
}

const placeOf = (claim: Claim): BilingualMessage =>
  claim.source === undefined
    ? { zh: '未注明行号处', en: 'a place with no line number' }
    : { zh: `第 ${claim.source.line} 行`, en: `line ${claim.source.line}` };

/** Whether two statements agree (as decimals when both are numbers: 10 and 10.00 do), and by how much they differ. */
function compare(
  first: Claim,
  later: Claim,
): { readonly agree: boolean; readonly difference: string } {
  const [a, b] = [readClaim(first), readClaim(later)];
  if (a === undefined || b === undefined) {
    const agree = first.value.trim() === later.value.trim();
    return {
      agree,
      difference: agree ? '0' : `${visibleText(later.value)} ≠ ${visibleText(first.value)}`,
    };
  }
  const difference = b.value.minus(a.value);
  return {
    agree: difference.isZero(),
    difference:
      a.percent && b.percent
        ? `${formatDecimal(difference.times(100))}%`
        : formatDecimal(difference),
  };
}

/**
 * One `conflicting_claims` check per later statement of a quantity, against the first (derived
 * claims are not statements and are left out): consistent when the two agree as decimals,
 * otherwise an inconsistency naming both lines.
 *
 * @param subject - what is stated
 * @param claims - every claim of it, in reading order
 * @returns the checks (none when it is stated once or not at all)
 */
export function conflictChecks(subject: ConflictSubject, claims: readonly Claim[]): AuditCheck[] {
  const stated = claims.filter((claim) => claim.derived === undefined);
  const [first, ...later] = stated;
  if (first === undefined) return [];
  const name = visibleText(subject.name);
  const firstPlace = placeOf(first);
  const { quantity } = subject;
  const was = visibleText(first.value);
  return later.map((claim): AuditCheck => {
    const { agree, difference } = compare(first, claim);
    const place = placeOf(claim);
    const now = visibleText(claim.value);
    return {
      code: 'conflicting_claims',
      verdict: agree ? 'consistent' : 'inconsistent',
      severity: agree ? 'info' : 'inconsistency',
      path: subject.path,
      name: subject.name,
      claimed: claim.value,
      recomputed: first.value,
      difference,
      check: {
        zh: `与${firstPlace.zh}所述${quantity.zh} ${was} 相比`,
        en: `against the ${quantity.en} ${was} stated on ${firstPlace.en}`,
      },
      message: agree
        ? {
            zh: `「${name}」${place.zh}所述${quantity.zh} ${now} 与${firstPlace.zh}所述 ${was} 一致`,
            en: `"${name}" ${quantity.en} ${now} on ${place.en} agrees with ${was} on ${firstPlace.en}`,
          }
        : {
            zh: `「${name}」的${quantity.zh}前后矛盾：${firstPlace.zh}为 ${was}，${place.zh}为 ${now}（相差 ${difference}）`,
            en: `"${name}" contradicts itself: its ${quantity.en} is ${was} on ${firstPlace.en} but ${now} on ${place.en} (off by ${difference})`,
          },
      ...(claim.source === undefined ? {} : { source: claim.source }),
      ...(first.source === undefined ? {} : { related: [first.source] }),
    };
  });
}
