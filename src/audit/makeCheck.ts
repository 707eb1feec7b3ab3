// Internal: building audit checks from a claim and a recomputed value.
import { formatDecimal } from '../decimal/formatDecimal.js';
import type { Dec } from '../decimal/JixiaoDecimal.js';
import type { RoundingMode } from '../decimal/RoundingPolicy.js';
import type { BilingualMessage } from '../issues/Issue.js';
import { visibleText } from '../issues/visibleText.js';
import type { AuditCheck, AuditReport, SkippedCheck } from './AuditCheck.js';
import type { Claim } from './Claims.js';
import { atClaimPrecision, readClaim } from './claimValue.js';

export interface CheckSubject {
  readonly code: string;
  readonly path: readonly string[];
  readonly name: string;
  /** What is compared, e.g. { zh: '下级得分之和', en: 'the sum of its children' }. */
  readonly against: BilingualMessage;
  readonly check: BilingualMessage;
}

/**
 * Compares a claim with a recomputed value: exactly when `exact`, otherwise at the claim's own
 * precision with the scheme's rounding mode; `shownAs` writes an exact value as the scheme does
 * (10.00). Returns undefined when the claim is not a number.
 */
export function compareClaim(
  subject: CheckSubject,
  claim: Claim,
  recomputed: Dec,
  mode: RoundingMode,
  exact: boolean,
  shownAs?: string,
): AuditCheck | undefined {
  const claimed = readClaim(claim);
  if (claimed === undefined) return undefined;
  const exactText =
    shownAs ??
    (claimed.percent ? `${formatDecimal(recomputed.times(100))}%` : formatDecimal(recomputed));
  const shown = exact
    ? { text: exactText, value: recomputed }
    : atClaimPrecision(recomputed, claimed, mode);
  const consistent = claimed.value.equals(shown.value);
  const difference = claimed.value.minus(shown.value);
  const differenceText = claimed.percent
    ? `${formatDecimal(difference.times(100))}%`
    : formatDecimal(difference);
  const name = visibleText(subject.name);
  const quoted = { zh: `「${name}」`, en: `"${name}"` };
  const said = visibleText(claim.value);
  return {
    code: subject.code,
    verdict: consistent ? 'consistent' : 'inconsistent',
    severity: consistent ? 'info' : 'inconsistency',
    path: subject.path,
    name: subject.name,
    claimed: claim.value,
    recomputed: shown.text,
    difference: differenceText,
    check: subject.check,
    message: consistent
      ? {
          zh: `${quoted.zh}${said} 与${subject.against.zh} ${shown.text} 一致`,
          en: `${quoted.en} ${said} agrees with ${subject.against.en} ${shown.text}`,
        }
      : {
          zh: `${quoted.zh}声称 ${said}，但${subject.against.zh}为 ${shown.text}（相差 ${differenceText}）`,
          en: `${quoted.en} claims ${said}, but ${subject.against.en} is ${shown.text} (off by ${differenceText})`,
        },
    ...(claim.source === undefined ? {} : { source: claim.source }),
  };
}

/** Collects checks into a report; the inconsistent ones are its findings. */
export function reportOf(
  checks: readonly (AuditCheck | undefined)[],
  skipped?: readonly SkippedCheck[],
): AuditReport {
  const all = checks.filter((check): check is AuditCheck => check !== undefined);
  const findings = all.filter((check) => check.verdict === 'inconsistent');
  return {
    consistent: findings.length === 0,
    checks: all,
    findings,
    ...(skipped === undefined ? {} : { skipped }),
  };
}
