// Internal: the generic sentences of narrative 自评报告 (report-layouts.md §3), read by the scanner
// in one left-to-right pass per kind, each match tried only where its first character stands:
// totals in every phrasing, grades, budget sentences with their 其中 parts, category sentences and
// headings, 得满分 / 不得分 / 扣 N 分 marks, and 其中 lists of scores (after the score they break
// down, its 扣 N 分 or 得分率 clause, or a line break). No regular expression sees the text.
import type {
  BudgetClaim,
  Claim,
  NamedClaims,
  NamedForm,
  ScoreBreakdown,
  ScorePart,
  UnplacedText,
} from './Claims.js';
import { isDigit, type ReportScanner } from './reportScanner.js';
import type { ReportStream } from './reportStream.js';

/** A claim with the stream offset it starts at, so that lists can be put in reading order. */
export interface LocatedClaim {
  readonly offset: number;
  readonly claim: Claim;
}

/** What the narrative reader found. */
export interface NarrativeRead {
  readonly totals: readonly LocatedClaim[];
  readonly grades: readonly LocatedClaim[];
  readonly budgets: readonly BudgetClaim[];
  readonly breakdowns: readonly ScoreBreakdown[];
  readonly unplaced: readonly UnplacedText[];
}

/** The longest name a claim is keyed by: a longer run of text is prose, not a name. */
const longestName = 30;
/** The most characters a 其中 list is read over. */
const longestList = 800;
/** The most digits a heading's marker ((12), 12.) is read with. */
const longestMarker = 3;

const numerals = '一二三四五六七八九十';
const clauseStops = '。,;:、!?';
const nameStops = `${clauseStops}()[]【】<>《》“”"'‘’%/|.=≥≤+×÷-—`;
const pauses = ' 。.,;:';
const isNameChar = (char: string): boolean =>
  char !== '' && char !== ' ' && !isDigit(char) && !nameStops.includes(char);

/** Total phrasings, longest first where one starts another. */
const totalKeys = ['自评总得分', '自评总分', '自评得分', '综合评分', '综合得分'] as const;
/** Words of a heading that make it the total's, not a category's. */
const totalWords = ['自评', '结论', '结果', '总分', '综合', '总体'] as const;

/** Grade words, longest first, with the band each names. */
const gradeWords: readonly (readonly [string, string])[] = [
  ['不合格', '差'],
  ['优秀', '优'],
  ['良好', '良'],
  ['中等', '中'],
  ['合格', '中'],
  ['较差', '差'],
  ['优', '优'],
  ['良', '良'],
  ['中', '中'],
  ['差', '差'],
];

type BudgetRole = 'initial' | 'budget' | 'executed' | 'received' | 'rate';
/** The labels of a budget sentence, longest first where one starts another. */
const budgetLabels: readonly (readonly [string, BudgetRole])[] = [
  ['年初预算数', 'initial'],
  ['年初批复预算', 'initial'],
  ['年初预算', 'initial'],
  ['全年预算数', 'budget'],
  ['调整后预算数', 'budget'],
  ['调整后预算', 'budget'],
  ['预算数', 'budget'],
  ['全年执行数', 'executed'],
  ['预算执行数', 'executed'],
  ['执行数', 'executed'],
  ['实际支出', 'executed'],
  ['全年到位资金', 'received'],
  ['到位资金', 'received'],
  ['预算执行率', 'rate'],
  ['执行率', 'rate'],
  ['完成预算的', 'rate'],
];
const budgetLabelStarts = new Set(budgetLabels.map(([words]) => words.charAt(0)));

interface Span {
  readonly start: number;
  readonly end: number;
}

interface LabelledValue extends Span {
  readonly role: BudgetRole;
  readonly label: string;
  /** The number's span. */
  readonly value: Span;
}

interface MutableNamed {
  readonly name: string;
  readonly form: NamedForm;
  readonly weight: LocatedClaim[];
  readonly score: LocatedClaim[];
  readonly scoreRate: LocatedClaim[];
  readonly deduction: LocatedClaim[];
  readonly fullMarks: LocatedClaim[];
}

type Quantity = 'weight' | 'score' | 'scoreRate' | 'deduction' | 'fullMarks';

/** What a 其中 list of scores follows: the total, or a named score. */
type Owner =
  | { readonly kind: 'total'; readonly claim: Claim }
  | { readonly kind: 'named'; readonly name: string; readonly claim: Claim };

/** The claims collected by name, shared by the 二级 sentence reader (readClaims) and this one. */
export interface NamedCollector {
  /** Adds a claim of a quantity to the entry of `name` (created with `form` when new). */
  readonly add: (name: string, form: NamedForm, quantity: Quantity, located: LocatedClaim) => void;
  /** The entries, in the order their names first appear, each list in reading order. */
  readonly entries: () => NamedClaims[];
  /** The name of the last entry added to before `offset`, for `该项`. */
  readonly lastBefore: (offset: number) => string | undefined;
}

/** A name with its spaces and colons left out. */
export const compactText = (text: string): string => text.replace(/[\s:：]/g, '');

/**
 * A collector of named claims.
 *
 * @returns the collector
 */
export function namedCollector(): NamedCollector {
  const byName = new Map<string, MutableNamed>();
  const added: { readonly offset: number; readonly name: string }[] = [];
  const inOrder = (list: readonly LocatedClaim[]): Claim[] =>
    [...list].sort((left, right) => left.offset - right.offset).map((each) => each.claim);
  return {
    add(name, form, quantity, located) {
      let entry = byName.get(name);
      if (entry === undefined) {
        entry = { name, form, weight: [], score: [], scoreRate: [], deduction: [], fullMarks: [] };
        byName.set(name, entry);
      }
      entry[quantity].push(located);
      added.push({ offset: located.offset, name });
    },
    entries: () =>
      [...byName.values()].map((entry) =>
        Object.freeze({
          name: entry.name,
          form: entry.form,
          weight: Object.freeze(inOrder(entry.weight)),
          score: Object.freeze(inOrder(entry.score)),
          scoreRate: Object.freeze(inOrder(entry.scoreRate)),
          deduction: Object.freeze(inOrder(entry.deduction)),
          fullMarks: Object.freeze(inOrder(entry.fullMarks)),
        }),
      ),
    lastBefore(offset) {
      let best: { readonly offset: number; readonly name: string } | undefined;
      for (const each of added)
        if (each.offset < offset && (best === undefined || each.offset > best.offset)) best = each;
      return best?.name;
    },
  };
}

/**
 * Reads the narrative sentences of a report's stream.
 *
 * @param scan - the scanner over the stream
 * @param stream - the stream, for lines
 * @param named - where claims by name go
 * @param options - `budgetIndicator`: the scheme's budget leaf, which budget sentences score
 * @returns what was read
 */
export function readNarrative(
  scan: ReportScanner,
  stream: ReportStream,
  named: NamedCollector,
  options: { readonly budgetIndicator?: string },
): NarrativeRead {
  const { text } = stream;
  const { at, skipGap, phraseAt } = scan;
  const unplaced: UnplacedText[] = [];
  /** Number starts already read as a category's score (never a total). */
  const consumed = new Set<number>();
  /** Offsets of 得满分 and 不得分 already read with a heading or a 分值 clause. */
  const marksSeen = new Set<number>();
  /** Claim ends (the offset after the unit) → what a 其中 list there would break down. */
  const owners = new Map<number, Owner>();

  const claimOf = (span: Span, suffix = ''): LocatedClaim => ({
    offset: span.start,
    claim: Object.freeze({
      value: `${text.slice(span.start, span.end)}${suffix}`,
      source: Object.freeze(stream.lineAt(span.start)),
    }),
  });
  const wordClaim = (span: Span, value: string): LocatedClaim => ({
    offset: span.start,
    claim: Object.freeze({ value, source: Object.freeze(stream.lineAt(span.start)) }),
  });

  /** The offset after an optional space, an optional one of `chars` and an optional space. */
  const optionalChar = (offset: number, chars: string): number => {
    const position = skipGap(offset);
    return chars.includes(at(position)) && at(position) !== '' ? skipGap(position + 1) : position;
  };
  /** The offset after an optional phrase. */
  const optionalPhrase = (offset: number, words: string): number => {
    const end = phraseAt(skipGap(offset), words);
    return end < 0 ? offset : end;
  };

  /** `[为:是]? number unit` from `offset`: the number's span and the end, or undefined. */
  const valueAt = (
    offset: number,
    unit: string,
  ): { readonly value: Span; readonly end: number } | undefined => {
    const start = optionalChar(offset, '为:是');
    const numberEnd = scan.numberAt(start, true);
    if (numberEnd < 0) return undefined;
    const end = phraseAt(skipGap(numberEnd), unit);
    if (end < 0) return undefined;
    return { value: { start, end: numberEnd }, end };
  };
  /** A score `N 分` (not 分值 or 分率) from `offset`. */
  const pointsAt = (offset: number) => {
    const found = valueAt(offset, '分');
    if (found === undefined || at(found.end) === '值' || at(found.end) === '率') return undefined;
    return found;
  };

  /**
   * The name that ends just before `end` (a space allowed before it): a run of name characters,
   * spaces inside allowed, of 2 to 30 characters, without a leading 其中.
   */
  const nameBefore = (end: number): string | undefined => {
    const last = at(end - 1) === ' ' ? end - 1 : end;
    let first = last;
    while (
      last - first <= longestName &&
      (isNameChar(at(first - 1)) || (at(first - 1) === ' ' && isNameChar(at(first - 2))))
    )
      first -= 1;
    if (last - first > longestName) return undefined;
    let name = compactText(text.slice(first, last));
    if (name.startsWith('其中')) name = name.slice(2);
    return name.length >= 2 ? name : undefined;
  };
  /** The name that starts at `offset`: its compact text and where it ends. */
  const nameFrom = (
    offset: number,
    stopAt?: (offset: number) => boolean,
  ): { readonly name: string; readonly end: number } => {
    let end = offset;
    while (
      end - offset < longestName &&
      stopAt?.(end) !== true &&
      (isNameChar(at(end)) || (at(end) === ' ' && isNameChar(at(end + 1))))
    )
      end += 1;
    return { name: compactText(text.slice(offset, end)), end };
  };
  /** The subject of the clause before a delimiter at `offset` (`业务事项按时办结率` of `…率为95%，`). */
  const subjectBefore = (offset: number): string | undefined => {
    let start = offset - 1;
    while (offset - start < longestName * 2 && start >= 0 && !clauseStops.includes(at(start)))
      start -= 1;
    const from = skipGap(start + 1);
    const { name } = nameFrom(from, (position) => '为得扣是'.includes(at(position)));
    const subject = name.startsWith('其中') ? name.slice(2) : name;
    return subject.length >= 2 ? subject : undefined;
  };

  const isTotalName = (name: string): boolean => totalWords.some((word) => name.includes(word));

  /**
   * A deduction clause right after a score, `，扣 N 分` or `（扣 N 分）`, from `offset`: the points'
   * span and the clause's end, or undefined.
   */
  const deductionTail = (
    offset: number,
  ): { readonly value: Span; readonly end: number } | undefined => {
    const opening = skipGap(offset);
    const mark = at(opening);
    if (!',;('.includes(mark) || mark === '') return undefined;
    const cut = phraseAt(skipGap(opening + 1), '扣');
    const points = cut < 0 ? undefined : pointsAt(skipGap(cut));
    if (points === undefined || mark !== '(') return points;
    const close = skipGap(points.end);
    return at(close) === ')' ? { value: points.value, end: close + 1 } : undefined;
  };
  /**
   * Makes a clause read on after a claim (its 扣 N 分, its 得分率) part of it for a 其中 list: the
   * owner recorded at the claim's end `from` is recorded at the clause's end `to` as well.
   */
  const carryOwner = (from: number, to: number): void => {
    const owner = owners.get(from);
    if (owner !== undefined) owners.set(to, owner);
  };

  /** Reads ", 扣 N 分" or "(扣 N 分)" after `offset` for `name`, returning the end (or `offset`). */
  const deductionAfter = (offset: number, name: string, form: NamedForm): number => {
    const points = deductionTail(offset);
    if (points === undefined) return offset;
    consumed.add(points.value.start);
    named.add(name, form, 'deduction', claimOf(points.value));
    carryOwner(offset, points.end);
    return points.end;
  };

  /**
   * The score phrase after a heading or a 分值 clause: (本次)(自评)得分(为) N 分, 得 N 分, 得满分,
   * 不得分; recorded for `name`. Returns its end, or undefined.
   */
  const scoreAfter = (offset: number, name: string, form: NamedForm): number | undefined => {
    let position = optionalPhrase(offset, '本次');
    position = optionalPhrase(position, '自评');
    position = skipGap(position);
    const full = phraseAt(position, '得满分');
    if (full >= 0) {
      marksSeen.add(position);
      named.add(name, form, 'fullMarks', wordClaim({ start: position, end: full }, '满分'));
      return full;
    }
    const none = phraseAt(position, '不得分');
    if (none >= 0) {
      marksSeen.add(position);
      named.add(name, form, 'score', wordClaim({ start: position, end: none }, '0'));
      return none;
    }
    const scored = phraseAt(position, '得分');
    const got = scored >= 0 ? scored : phraseAt(position, '得');
    if (got < 0) return undefined;
    const points = pointsAt(skipGap(got));
    if (points === undefined) return undefined;
    consumed.add(points.value.start);
    const located = claimOf(points.value);
    named.add(name, form, 'score', located);
    owners.set(points.end, { kind: 'named', name, claim: located.claim });
    return points.end;
  };

  /** The kind and end of a heading marker starting at `offset` ((一), 一、, 1., (1)), or undefined. */
  const markerAt = (
    offset: number,
  ): { readonly form: NamedForm; readonly end: number } | undefined => {
    const before = at(offset - 1);
    if (offset > 0 && before !== ' ' && !clauseStops.includes(before)) return undefined;
    const first = at(offset);
    if (first === '(') {
      let end = offset + 1;
      const numeral = numerals.includes(at(end)) && at(end) !== '';
      const read = (char: string) =>
        numeral ? numerals.includes(char) && char !== '' : isDigit(char);
      while (end - offset <= longestMarker && read(at(end))) end += 1;
      if (end === offset + 1 || at(end) !== ')') return undefined;
      return { form: numeral ? 'heading-paren-numeral' : 'heading-paren-digit', end: end + 1 };
    }
    if (numerals.includes(first) && first !== '') {
      let end = offset + 1;
      while (end - offset <= longestMarker && numerals.includes(at(end)) && at(end) !== '')
        end += 1;
      return at(end) === '、' ? { form: 'heading-numeral', end: end + 1 } : undefined;
    }
    if (isDigit(first)) {
      let end = offset + 1;
      while (end - offset <= longestMarker && isDigit(at(end))) end += 1;
      if ((at(end) === '.' || at(end) === '、') && !isDigit(at(end + 1)))
        return { form: 'heading-digit', end: end + 1 };
    }
    return undefined;
  };

  /** A heading `marker name (N分) [。:] score…` at `offset`; returns where reading goes on. */
  const headingAt = (offset: number): number | undefined => {
    const marker = markerAt(offset);
    if (marker === undefined) return undefined;
    const { name, end: nameEnd } = nameFrom(skipGap(marker.end));
    if (name.length < 2 || isTotalName(name)) return undefined;
    let position = skipGap(nameEnd);
    let weighed = false;
    if (at(position) === '(') {
      const weight = valueAt(skipGap(position + 1), '分');
      const close = weight === undefined ? -1 : skipGap(weight.end);
      if (weight !== undefined && at(close) === ')') {
        named.add(name, marker.form, 'weight', claimOf(weight.value));
        weighed = true;
        position = close + 1;
      }
    }
    const after = optionalChar(position, '。:.,');
    const scored = scoreAfter(after, name, marker.form);
    if (scored === undefined) return weighed ? position : undefined;
    return deductionAfter(scored, name, marker.form);
  };

  /** A `name 分值 N 分，(本次)(自评)得分 M 分(，得分率为 R%)(，扣 D 分)` clause with 分值 at `offset`. */
  const categorySentenceAt = (offset: number): number | undefined => {
    const afterWord = phraseAt(offset, '分值');
    if (afterWord < 0) return undefined;
    const name = nameBefore(offset);
    if (
      name === undefined ||
      name.endsWith('该项指标') ||
      name.endsWith('该项') ||
      name.endsWith('总')
    )
      return undefined;
    const weight = valueAt(skipGap(afterWord), '分');
    if (weight === undefined) return undefined;
    named.add(name, 'sentence', 'weight', claimOf(weight.value));
    const comma = optionalChar(weight.end, ',');
    const scored = scoreAfter(comma, name, 'sentence');
    if (scored === undefined) return weight.end;
    let end = scored;
    const rateStart = phraseAt(skipGap(optionalChar(scored, ',')), '得分率');
    const rate = rateStart < 0 ? undefined : valueAt(skipGap(rateStart), '%');
    if (rate !== undefined) {
      named.add(name, 'sentence', 'scoreRate', claimOf(rate.value, '%'));
      carryOwner(scored, rate.end);
      end = rate.end;
    }
    return deductionAfter(end, name, 'sentence');
  };

  // Headings and 分值 clauses first: their scores are a category's, never the total.
  for (let offset = 0; offset < text.length;) {
    const char = at(offset);
    const end =
      char === '(' || isDigit(char) || (numerals.includes(char) && char !== '')
        ? headingAt(offset)
        : char === '分'
          ? categorySentenceAt(offset)
          : undefined;
    offset = end === undefined || end <= offset ? offset + 1 : end;
  }

  // 得满分, 不得分, 扣 N 分 on their own, for the name before them (or the clause's subject).
  const nameForMark = (offset: number): string | undefined => {
    const name = nameBefore(offset);
    if (name === '该项' || name === '该指标') return named.lastBefore(offset);
    if (name !== undefined) return name;
    let before = offset - 1;
    if (at(before) === ' ') before -= 1;
    return ',;('.includes(at(before)) && at(before) !== '' ? subjectBefore(before) : undefined;
  };
  /**
   * Whether the 扣 at `offset` is a scoring rule (`每有1项不符扣2分`, `发现1起扣5分`, `否则扣2分`):
   * its clause, back to the last stop, holds 每, 发现 or 否则.
   */
  const isRuleText = (offset: number): boolean => {
    for (let position = offset - 1; offset - position <= longestName * 2; position -= 1) {
      const char = at(position);
      if (char === '' || char === '\n' || clauseStops.includes(char)) return false;
      if (char === '每' || phraseAt(position, '发现') >= 0 || phraseAt(position, '否则') >= 0)
        return true;
    }
    return false;
  };
  for (let offset = 0; offset < text.length; offset += 1) {
    const char = at(offset);
    if (char === '得') {
      const end = phraseAt(offset, '得满分');
      if (end < 0 || at(offset - 1) === '不') continue;
      const name = nameForMark(offset);
      if (name !== undefined && !marksSeen.has(offset))
        named.add(name, 'mark', 'fullMarks', wordClaim({ start: offset, end }, '满分'));
    } else if (char === '不') {
      const end = phraseAt(offset, '不得分');
      const name = end < 0 ? undefined : nameForMark(offset);
      if (name !== undefined && !marksSeen.has(offset))
        named.add(name, 'mark', 'score', wordClaim({ start: offset, end }, '0'));
    } else if (char === '扣' && at(offset - 1) !== '不') {
      const points = pointsAt(skipGap(offset + 1));
      if (points === undefined || consumed.has(points.value.start) || isRuleText(offset)) continue;
      const name = nameForMark(offset);
      if (name === undefined) {
        unplaced.push({
          ...stream.lineAt(offset),
          reason: 'a deduction (扣 N 分) with no name before it',
        });
        continue;
      }
      consumed.add(points.value.start);
      named.add(name, 'mark', 'deduction', claimOf(points.value));
    }
  }

  // Totals in every phrasing, except a category's score read above and 本次自评得分 (a 二级 sentence).
  const totals: LocatedClaim[] = [];
  for (let offset = 0; offset < text.length; offset += 1) {
    const char = at(offset);
    if (char !== '自' && char !== '综') continue;
    let keyEnd = -1;
    for (const key of totalKeys) {
      keyEnd = phraseAt(offset, key);
      if (keyEnd >= 0) break;
    }
    if (keyEnd < 0) continue;
    let before = offset - 1;
    if (at(before) === ' ') before -= 1;
    if (at(before) === '次' && at(before - 1) === '本') continue;
    // 自评总分(分) 95.5: the unit is in the label.
    const unitInLabel = phraseAt(skipGap(keyEnd), '(分)');
    const found =
      unitInLabel >= 0
        ? (() => {
            const start = optionalChar(unitInLabel, '为:');
            const numberEnd = scan.numberAt(start, true);
            return numberEnd < 0 ? undefined : { value: { start, end: numberEnd }, end: numberEnd };
          })()
        : pointsAt(skipGap(keyEnd));
    if (found === undefined || consumed.has(found.value.start)) continue;
    const located = claimOf(found.value);
    totals.push(located);
    owners.set(found.end, { kind: 'total', claim: located.claim });
    // 自评得分为91分，扣9分。其中：… — the 扣 clause itself is read with the marks above.
    const cut = deductionTail(found.end);
    if (cut !== undefined) carryOwner(found.end, cut.end);
    offset = found.end - 1;
  }

  // Grades: 等级为优, 评价等级为“优”, 自评等级：良, 评价结果为优秀, 等级为良好.
  const grades: LocatedClaim[] = [];
  for (let offset = 0; offset < text.length; offset += 1) {
    const char = at(offset);
    const keyEnd =
      char === '等' ? phraseAt(offset, '等级') : char === '评' ? phraseAt(offset, '评价结果') : -1;
    if (keyEnd < 0) continue;
    const start = optionalChar(optionalChar(keyEnd, '为:是'), '"“「『\'');
    const word = gradeWords.find(([written]) => phraseAt(start, written) >= 0);
    if (word === undefined) continue;
    const wordEnd = phraseAt(start, word[0]);
    const next = at(optionalChar(wordEnd, '"”」』\''));
    // 优秀、良好、中等: a list of the bands, not a grade.
    if (next === '、' || next === '/' || next === '和') continue;
    grades.push(wordClaim({ start, end: wordEnd }, word[1]));
    offset = wordEnd - 1;
  }

  // Budget sentences: labelled amounts and a rate, separated by commas, then 其中 parts.
  const labelAt = (offset: number): LabelledValue | undefined => {
    if (!budgetLabelStarts.has(at(offset))) return undefined;
    for (const [words, role] of budgetLabels) {
      const end = phraseAt(offset, words);
      if (end < 0) continue;
      const value = valueAt(skipGap(end), role === 'rate' ? '%' : '万元');
      if (value === undefined) return undefined;
      return { start: offset, end: value.end, role, label: words, value: value.value };
    }
    return undefined;
  };
  /** Labelled values from `offset`, separated by commas; and where they end. */
  const labelledRun = (offset: number) => {
    const values: LabelledValue[] = [];
    let position = offset;
    let end = offset;
    for (;;) {
      const value = labelAt(position);
      if (value === undefined) break;
      values.push(value);
      end = value.end;
      const comma = skipGap(end);
      if (at(comma) !== ',') break;
      position = skipGap(comma + 1);
    }
    return { values, end };
  };
  /** `，(该项)(指标)得(分)(为) N 分` after a rate. */
  const budgetScoreAfter = (offset: number) => {
    const comma = skipGap(offset);
    if (at(comma) !== ',') return undefined;
    let position = optionalPhrase(comma + 1, '该项');
    position = optionalPhrase(position, '指标');
    position = skipGap(position);
    const scored = phraseAt(position, '得分');
    const got = scored >= 0 ? scored : phraseAt(position, '得');
    return got < 0 ? undefined : pointsAt(skipGap(got));
  };

  /**
   * The owner of a 其中 list at `offset`: a claim ending just before it, across spaces and stops;
   * else the nearest claim before it on the same line with no number between (the total of
   * `综合评分为94.2分，评价等级为优。其中：…`).
   */
  const ownerBefore = (offset: number): Owner | undefined => {
    let position = offset;
    for (let step = 0; step < 5; step += 1) {
      const owner = owners.get(position);
      if (owner !== undefined) return owner;
      if (!pauses.includes(at(position - 1)) || at(position - 1) === '') break;
      position -= 1;
    }
    return ownerAcrossWords(offset);
  };
  /** The nearest claim ending before `offset` on its line, with words but no digit between. */
  const ownerAcrossWords = (offset: number): Owner | undefined => {
    for (let position = offset; offset - position <= longestName * 2; position -= 1) {
      const owner = owners.get(position);
      if (owner !== undefined) return owner;
      const char = at(position - 1);
      if (char === '' || char === '\n' || (char >= '0' && char <= '9')) return undefined;
    }
    return undefined;
  };
  /** The offset after the next separator (, ; 、) from `offset`, or -1 at a 。 or the limit. */
  const nextItem = (offset: number, limit: number): number => {
    for (let position = offset; position < limit; position += 1) {
      const char = at(position);
      if (char === '。' || char === '') return -1;
      if (',;、'.includes(char)) return skipGap(position + 1);
    }
    return -1;
  };
  /** `其中(:)` starting at `offset` (after pauses), or -1. */
  const listAfter = (offset: number): number => {
    let position = offset;
    for (let step = 0; step < 4 && pauses.includes(at(position)) && at(position) !== ''; step += 1)
      position += 1;
    const keyEnd = phraseAt(position, '其中');
    return keyEnd < 0 ? -1 : optionalChar(keyEnd, ':');
  };

  /** The parts of a budget's 其中 list from `offset`, and where the list ends. */
  const budgetParts = (offset: number) => {
    const limit = Math.min(text.length, offset + longestList);
    const parts: { name: string; budget?: Claim; executed?: Claim }[] = [];
    let end = offset;
    for (let position = offset; position >= 0 && position < limit;) {
      const named = nameFrom(position, (here) => labelAt(here) !== undefined);
      let current = parts.at(-1);
      if (named.name.length >= 2) {
        current = { name: named.name };
        parts.push(current);
      } else if (named.name.length > 0 || current === undefined) break;
      const start = skipGap(named.end);
      const run = labelledRun(start);
      let after = run.end;
      if (run.values.length === 0) {
        const bare = valueAt(start, '万元');
        if (bare === undefined || named.name.length < 2) {
          parts.pop();
          break;
        }
        current.budget ??= claimOf(bare.value).claim;
        after = bare.end;
      }
      for (const value of run.values) {
        if (value.role === 'budget') current.budget ??= claimOf(value.value).claim;
        if (value.role === 'executed') current.executed ??= claimOf(value.value).claim;
      }
      end = after;
      position = nextItem(after, limit);
    }
    return { parts, end };
  };

  /** Words that make the name before a budget sentence one of its parts (基本支出全年预算数…). */
  const partWords = ['支出', '资金', '拨款', '经费', '收入', '结转'] as const;
  const budgets: BudgetClaim[] = [];
  for (let offset = 0; offset < text.length; offset += 1) {
    const first = labelAt(offset);
    if (first === undefined || first.role === 'executed' || first.role === 'received') continue;
    const run = labelledRun(offset);
    const find = (role: BudgetRole) => run.values.filter((value) => value.role === role);
    const budget = find('budget').at(-1);
    const executed = find('executed')[0];
    const rate = find('rate')[0];
    const initial = find('initial')[0];
    const received = find('received')[0];
    let end = run.end;
    const score = rate === undefined ? undefined : budgetScoreAfter(run.end);
    if (score !== undefined) end = score.end;
    if (budget !== undefined && executed !== undefined) {
      const subject = nameBefore(offset);
      const list = listAfter(end);
      const { parts, end: listEnd } = list < 0 ? { parts: [], end } : budgetParts(list);
      if (parts.length >= 2) end = listEnd;
      budgets.push(
        Object.freeze({
          budget: claimOf(budget.value).claim,
          executed: claimOf(executed.value).claim,
          ...(rate === undefined ? {} : { rate: claimOf(rate.value, '%').claim }),
          ...(options.budgetIndicator === undefined ? {} : { indicator: options.budgetIndicator }),
          ...(initial === undefined ? {} : { initial: claimOf(initial.value).claim }),
          ...(score === undefined ? {} : { score: claimOf(score.value).claim }),
          ...(parts.length >= 2
            ? { parts: Object.freeze(parts.map((part) => Object.freeze(part))) }
            : {}),
          ...(subject !== undefined && partWords.some((word) => subject.endsWith(word))
            ? { subject }
            : {}),
          labels: Object.freeze({ budget: budget.label, executed: executed.label }),
        }),
      );
    } else if (received !== undefined) {
      unplaced.push({
        ...stream.lineAt(received.start),
        reason: `${received.label} is money received, not spent (执行): no execution rate is taken from it`,
      });
    } else if (rate !== undefined && score !== undefined && budget === undefined) {
      const previous = budgets.at(-1);
      if (previous !== undefined && previous.score === undefined)
        budgets[budgets.length - 1] = Object.freeze({
          ...previous,
          score: claimOf(score.value).claim,
        });
    }
    offset = end - 1;
  }

  const scoreParts = (offset: number): ScorePart[] => {
    const limit = Math.min(text.length, offset + longestList);
    const parts: ScorePart[] = [];
    for (let position = offset; position >= 0 && position < limit;) {
      const { name, end } = nameFrom(position, (here) => '得扣为'.includes(at(here)));
      if (name.length >= 1) {
        const full = phraseAt(end, '得满分');
        if (full >= 0) {
          const located = wordClaim({ start: end, end: full }, '满分');
          parts.push({ name, score: located.claim });
        } else if (phraseAt(end, '扣') < 0) {
          const got = phraseAt(end, '得');
          const points = pointsAt(skipGap(got < 0 ? end : got));
          if (points !== undefined) {
            const located = claimOf(points.value);
            named.add(name, 'list', 'score', located);
            parts.push({ name, score: located.claim });
          }
        }
      }
      position = nextItem(end, limit);
    }
    return parts;
  };

  // `name (得分|得) N 分 (，扣 M 分)` just before a 其中 list, with no heading or 分值 clause: the
  // score the list breaks down (the 扣 clause itself is read with the marks above).
  for (let offset = 0; offset < text.length; offset += 1) {
    if (at(offset) !== '得' || at(offset - 1) === '不') continue;
    const scored = phraseAt(offset, '得分');
    const points = pointsAt(skipGap(scored < 0 ? offset + 1 : scored));
    if (points === undefined || consumed.has(points.value.start) || owners.has(points.end))
      continue;
    const end = deductionTail(points.end)?.end ?? points.end;
    if (listAfter(end) < 0) continue;
    const name = nameBefore(offset);
    if (name === undefined || isTotalName(name) || name.endsWith('该项') || name.endsWith('该指标'))
      continue;
    const located = claimOf(points.value);
    named.add(name, 'mark', 'score', located);
    owners.set(end, { kind: 'named', name, claim: located.claim });
  }

  // 其中 lists of scores after the total or a category's score.
  const breakdowns: ScoreBreakdown[] = [];
  for (let offset = 0; offset < text.length; offset += 1) {
    if (at(offset) !== '其') continue;
    const keyEnd = phraseAt(offset, '其中');
    if (keyEnd < 0) continue;
    const owner = ownerBefore(offset);
    if (owner === undefined) continue;
    const parts = scoreParts(optionalChar(keyEnd, ':'));
    if (parts.length >= 2)
      breakdowns.push(
        Object.freeze({
          of: owner.kind === 'total' ? '总分' : owner.name,
          whole: owner.claim,
          parts: Object.freeze(parts.map((part) => Object.freeze(part))),
        }),
      );
  }

  return {
    totals,
    grades,
    budgets,
    breakdowns,
    unplaced,
  };
}
