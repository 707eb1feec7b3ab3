// Internal: the report reader behind extractClaims, taking a meter so that tests can count its
// work. Every pattern here is a token list run by the scanner (reportScanner.ts): no regular
// expression with a quantifier ever sees the report's text except the whitespace fold.
import { formatDecimal } from '../decimal/formatDecimal.js';
import { JixiaoDecimal } from '../decimal/JixiaoDecimal.js';
import { parseDecimal } from '../decimal/parseDecimal.js';
import { visibleText } from '../issues/visibleText.js';
import type {
  Claim,
  ClaimedSheet,
  NamedForm,
  NodeClaims,
  ThreePublicClaim,
  UnplacedText,
} from './Claims.js';
import { compactText, namedCollector, readNarrative } from './readNarrative.js';
import {
  gap,
  isDigit,
  reportScanner,
  type Meter,
  type ScanMatch,
  type Token,
} from './reportScanner.js';
import { reportStream } from './reportStream.js';
import { compactName, type OutlineNode, type SchemeOutline } from './schemeOutline.js';

const amount = (name: string): Token => ({ number: name, commas: true });
const comma: Token = { oneOf: ',，' };
const optionalComma: Token = { oneOf: ',，', optional: true };

/** 总分值为 100 分 */
const fullMarksPattern: readonly Token[] = [
  { phrase: '总分值为' },
  gap,
  amount('value'),
  gap,
  { phrase: '分' },
];
/** 该项指标分值 10 分， — how a 二级 sentence begins. */
const weightLead: readonly Token[] = [
  { phrase: '该项指标分值' },
  gap,
  amount('weight'),
  gap,
  { phrase: '分' },
  gap,
  comma,
  gap,
];
/** 该项指标分值 10 分，本次自评得分 9.96 分，得分率为 99.60% (its heading is read backwards). */
const sentencePattern: readonly Token[] = [
  ...weightLead,
  { phrase: '本次自评得分' },
  gap,
  amount('score'),
  gap,
  { phrase: '分' },
  gap,
  comma,
  gap,
  { phrase: '得分率为' },
  gap,
  amount('rate'),
  gap,
  { phrase: '%' },
];
/** 该项指标分值 5 分，本年度不适用（…），不计入总分 — an indicator left out as 不适用. */
const notApplicablePattern: readonly Token[] = [
  ...weightLead,
  { choice: ['本年度不适用', '其下指标本年度均不适用', '不适用'], name: 'mark' },
];
/** “三公”经费支出 27.90 万元，比年初预算数减少 0.64 万元，下降 2.24% */
const threePublicPattern: readonly Token[] = [
  { phrase: '三公' },
  { oneOf: '"', optional: true },
  { oneOf: '”', optional: true },
  gap,
  { phrase: '经费支出' },
  gap,
  amount('actual'),
  gap,
  { phrase: '万元' },
  gap,
  optionalComma,
  gap,
  { phrase: '比年初预算数' },
  gap,
  { choice: ['减少', '增加'], name: 'change' },
  gap,
  amount('decrease'),
  gap,
  { phrase: '万元' },
  gap,
  optionalComma,
  gap,
  { choice: ['下降', '增长', '上升'], name: 'direction' },
  gap,
  amount('rate'),
  gap,
  { phrase: '%' },
];

/** The longest heading a 二级 sentence is placed by, as the template's headings go. */
const longestHeading = 80;
/** The most digits a heading's number (（12）) is read with. */
const longestMarkNumber = 4;
/** The most numerals a section heading (（三）, 十二、) is read with. */
const longestNumeral = 10;
/** The longest 指标名称 a table row is read with. */
const longestRowName = 161;

const numerals = '一二三四五六七八九十';
const isOneOf = (char: string, chars: string): boolean => char !== '' && chars.includes(char);
const isHan = (char: string): boolean => char >= '\u4e00' && char <= '\u9fff';

/** A claim kept with its stream offset, so that each list can be put in reading order. */
interface Located {
  readonly offset: number;
  readonly claim: Claim;
}

/** A table row: its 序号, 指标名称, and the stream spans of its 分值 and 得分. */
interface TableRow {
  readonly index: number;
  readonly name: string;
  readonly weight: readonly [number, number];
  /** Its 得分's span; undefined for a row scored — (a leaf left out as 不适用). */
  readonly score: readonly [number, number] | undefined;
  /** The span of its `—`, for a row scored so. */
  readonly dash: readonly [number, number] | undefined;
  readonly end: number;
}

interface Collected {
  readonly weight: Located[];
  readonly score: Located[];
  readonly scoreRate: Located[];
  readonly notApplicable: Located[];
}

/**
 * Reads a report's claims (see extractClaims for what is read), counting the characters read in
 * `meter`.
 *
 * @param report - the report's text
 * @param outline - the scheme's indicator tree
 * @param meter - where the work is counted
 * @returns the claimed score sheet, frozen
 */
export function readClaims(report: string, outline: SchemeOutline, meter: Meter): ClaimedSheet {
  const stream = reportStream(report);
  const { text } = stream;
  const scan = reportScanner(text, meter);
  const { at } = scan;
  const collected = new Map<string, Collected>();
  const unplaced: UnplacedText[] = [];
  const collectedFor = (id: string): Collected => {
    const existing = collected.get(id);
    if (existing !== undefined) return existing;
    const fresh: Collected = { weight: [], score: [], scoreRate: [], notApplicable: [] };
    collected.set(id, fresh);
    return fresh;
  };
  const located = (start: number, end: number, suffix = ''): Located => ({
    offset: start,
    claim: Object.freeze({
      value: `${text.slice(start, end)}${suffix}`,
      source: Object.freeze(stream.lineAt(start)),
    }),
  });
  const captured = (match: ScanMatch, name: string, suffix = ''): Located => {
    const span = match.numbers.get(name) ?? { start: match.start, end: match.start };
    return located(span.start, span.end, suffix);
  };

  const named = namedCollector();
  /** Without a scheme, 二级 sentences are claims by the name their heading writes. */
  const schemeless = outline.nodes.length === 0;
  const fullMarks = scan.matchAll(fullMarksPattern).map((match) => captured(match, 'value').claim);

  /** Whether a numbering mark (1. or （1）) ends at `offset`, read no further back than `lowest`. */
  const markEndsAt = (offset: number, lowest: number): boolean => {
    const char = at(offset);
    if (isDigit(at(offset + 1))) return false;
    let before = offset - 1;
    if (at(before) === ' ') before -= 1;
    if (before < lowest || !isDigit(at(before))) return false;
    if (isOneOf(char, '.．')) return true;
    if (!isOneOf(char, ')）')) return false;
    const digitsFrom = before;
    while (digitsFrom - before < longestMarkNumber && before >= lowest && isDigit(at(before)))
      before -= 1;
    if (at(before) === ' ') before -= 1;
    return before >= lowest && isOneOf(at(before), '(（');
  };

  /**
   * The heading of a 二级 sentence: the text between the last numbering mark and the 。 before
   * 该项指标分值, 2 to 80 characters with no 。 in them, after `lowest` (the previous sentence).
   */
  const headingBefore = (
    anchor: number,
    lowest: number,
  ): { readonly start: number; readonly end: number } | undefined => {
    let stop = anchor;
    if (at(stop - 1) === ' ') stop -= 1;
    if (!isOneOf(at(stop - 1), '。.')) return undefined;
    let end = stop - 1;
    if (at(end - 1) === ' ') end -= 1;
    const floor = Math.max(lowest, end - longestHeading - 2);
    for (let offset = end - 1; offset >= floor; offset -= 1) {
      if (at(offset) === '。') return undefined;
      if (offset > end - 3 || !markEndsAt(offset, lowest)) continue;
      const start = at(offset + 1) === ' ' ? offset + 2 : offset + 1;
      const length = end - start;
      if (length >= 2 && length <= longestHeading) return { start, end };
    }
    return undefined;
  };

  /** The indicator a heading names: the longest name it starts with. */
  const nodeNamed = (heading: string): OutlineNode | undefined => {
    const compact = compactName(heading);
    let best: OutlineNode | undefined;
    let bestLength = 0;
    for (const candidate of outline.nodes) {
      for (const key of candidate.keys) {
        meter.steps += 1;
        if (key.length > bestLength && compact.startsWith(key)) {
          best = candidate;
          bestLength = key.length;
        }
      }
    }
    return best;
  };

  // 二级 sentences, each placed by the heading just before it.
  const sentenceStarts: number[] = [];
  const sections: { readonly node: OutlineNode; readonly start: number; readonly index: number }[] =
    [];
  let previousEnd = 0;
  // Sentences of a score, and of an indicator left out as 不适用, in reading order.
  const matches = [...scan.matchAll(sentencePattern), ...scan.matchAll(notApplicablePattern)].sort(
    (left, right) => left.start - right.start,
  );
  for (const match of matches) {
    const mark = match.choices.get('mark');
    const heading = headingBefore(match.start, previousEnd);
    previousEnd = match.end;
    const start = heading?.start ?? match.start;
    sentenceStarts.push(start);
    const where = stream.lineAt(start);
    if (heading === undefined) {
      unplaced.push({ ...where, reason: 'no numbered heading (1. or （1）) before the sentence' });
      continue;
    }
    const headingText = text.slice(heading.start, heading.end);
    if (schemeless) {
      const name = compactText(headingText);
      const form: NamedForm =
        at(heading.start - 1) === ')' || at(heading.start - 2) === ')'
          ? 'heading-paren-digit'
          : 'heading-digit';
      named.add(name, form, 'weight', captured(match, 'weight'));
      if (mark !== undefined) continue;
      named.add(name, form, 'score', captured(match, 'score'));
      named.add(name, form, 'scoreRate', captured(match, 'rate', '%'));
      continue;
    }
    const found = nodeNamed(headingText);
    if (found === undefined) {
      unplaced.push({
        ...where,
        reason: `no indicator of the scheme is named in the heading "${visibleText(headingText.trim())}"`,
      });
      continue;
    }
    const claims = collectedFor(found.id);
    claims.weight.push(captured(match, 'weight'));
    if (mark === undefined) {
      claims.score.push(captured(match, 'score'));
      claims.scoreRate.push(captured(match, 'rate', '%'));
    } else
      claims.notApplicable.push({
        offset: match.start,
        claim: Object.freeze({ value: '不适用', source: Object.freeze(where) }),
      });
    sections.push({ node: found, start: match.end, index: sentenceStarts.length - 1 });
  }

  /** The first section heading ((三), 三、) starting in [from, to), or `to`. */
  const nextHeading = (from: number, to: number): number => {
    for (let offset = from; offset < to;) {
      const char = at(offset);
      if (isOneOf(char, '(（')) {
        let end = offset + 1;
        while (end - offset <= longestNumeral && isOneOf(at(end), numerals)) end += 1;
        if (end > offset + 1 && isOneOf(at(end), ')）')) return offset;
        offset += 1;
      } else if (isOneOf(char, numerals)) {
        let end = offset + 1;
        while (end - offset <= longestNumeral && isOneOf(at(end), numerals)) end += 1;
        if (at(end) === '、') return offset;
        offset = end;
      } else offset += 1;
    }
    return to;
  };

  /**
   * The end of a table row's " 分值 得分" starting with the space at `offset` (followed by a
   * space, a Han character or the end of the body), or undefined.
   */
  const rowTailAt = (offset: number, limit: number) => {
    const weightEnd = scan.numberAt(offset + 1, false, limit);
    if (weightEnd < 0 || weightEnd >= limit || at(weightEnd) !== ' ') return undefined;
    // A leaf left out as 不适用 has — for its score: the row ends there, with no score claim.
    const dash = at(weightEnd + 1) === '—' && weightEnd + 1 < limit;
    const scoreEnd = dash ? weightEnd + 2 : scan.numberAt(weightEnd + 1, false, limit);
    if (scoreEnd < 0) return undefined;
    const after = scoreEnd >= limit ? '' : at(scoreEnd);
    if (after !== '' && after !== ' ' && !isHan(after)) return undefined;
    return { offset, weightEnd, scoreEnd, scored: !dash };
  };
  type RowTail = NonNullable<ReturnType<typeof rowTailAt>>;

  /**
   * A table row (序号 指标名称 分值 得分) whose 序号 starts at `start`: 1 or 2 digits, a name of 2 to
   * 161 characters starting with neither a digit nor a space, and the first row tail after it.
   * `tails` are the body's row tails in order, from `first` on (none before the name can end it).
   */
  const rowAt = (
    start: number,
    tails: readonly RowTail[],
    first: number,
  ): { readonly skipTo: number; readonly row?: TableRow } | undefined => {
    let digitsEnd = start;
    while (digitsEnd - start < 3 && isDigit(at(digitsEnd))) digitsEnd += 1;
    if (digitsEnd - start > 2 || at(digitsEnd) !== ' ') return undefined;
    const nameStart = digitsEnd + 1;
    const initial = at(nameStart);
    if (initial === '' || initial === ' ' || isDigit(initial)) return undefined;
    let index = first;
    while ((tails[index]?.offset ?? Infinity) < nameStart + 2) index += 1;
    const tail = tails[index];
    if (tail === undefined || tail.offset > nameStart + longestRowName) return { skipTo: index };
    const row: TableRow = {
      index: Number(text.slice(start, digitsEnd)),
      name: text.slice(nameStart, tail.offset),
      weight: [tail.offset + 1, tail.weightEnd],
      score: tail.scored ? [tail.weightEnd + 1, tail.scoreEnd] : undefined,
      dash: tail.scored ? undefined : [tail.weightEnd + 1, tail.scoreEnd],
      end: tail.scoreEnd,
    };
    return { skipTo: index, row };
  };

  // 三级 table rows under each 二级 sentence, up to the next sentence or section heading.
  for (const section of sections) {
    if (section.node.type !== 'category') continue;
    const leaves = section.node.children;
    const nextSentence = sentenceStarts[section.index + 1] ?? text.length;
    const end = nextHeading(section.start, Math.max(section.start, nextSentence));
    // Every place a row's " 分值 得分" could stand, found in one pass: a row's name (lazy, any
    // text) ends at the first of them, so each start is placed without rescanning its name.
    const tails: RowTail[] = [];
    for (let offset = section.start; offset < end; offset += 1) {
      if (at(offset) !== ' ' || !isDigit(at(offset + 1))) continue;
      const tail = rowTailAt(offset, end);
      if (tail !== undefined) tails.push(tail);
    }
    let expected = 1;
    let cursor = 0;
    for (let offset = section.start; offset < end;) {
      const start =
        offset === section.start && isDigit(at(offset))
          ? offset
          : at(offset) === ' ' && isDigit(at(offset + 1))
            ? offset + 1
            : -1;
      const found = start < 0 ? undefined : rowAt(start, tails, cursor);
      if (found !== undefined) cursor = found.skipTo;
      const row = found?.row;
      if (row === undefined) {
        offset += 1;
        continue;
      }
      offset = row.end;
      if (row.index !== expected) continue;
      const fragment = compactName(row.name);
      const byName = leaves.filter((child) => {
        const name = child.keys[0] ?? '';
        return fragment.length >= 2 && (name.startsWith(fragment) || fragment.startsWith(name));
      });
      const child =
        byName.length === 1
          ? byName[0]
          : byName.find((each) => leaves.indexOf(each) === row.index - 1);
      if (child === undefined) {
        unplaced.push({
          ...stream.lineAt(start),
          reason: `table row ${row.index} "${visibleText(fragment)}" matches no indicator under "${visibleText(section.node.name)}"`,
        });
        continue;
      }
      expected += 1;
      const claims = collectedFor(child.id);
      claims.weight.push(located(...row.weight));
      if (row.score !== undefined) claims.score.push(located(...row.score));
      if (row.dash !== undefined) claims.notApplicable.push(located(...row.dash));
    }
  }

  // Every list in reading order (sentences and table rows were read in two passes).
  const inOrder = (list: readonly Located[]): Claim[] =>
    [...list].sort((left, right) => left.offset - right.offset).map((each) => each.claim);
  const scores = new Map<string, Claim[]>();
  for (const node of outline.nodes) {
    const own = collected.get(node.id);
    scores.set(node.id, own === undefined ? [] : inOrder(own.score));
  }
  // Category scores the report leaves unstated follow from their children's (first) claims;
  // reverse reading order visits children before their parents.
  for (const node of [...outline.nodes].reverse()) {
    if (node.type !== 'category' || (scores.get(node.id) ?? []).length > 0) continue;
    // A child the report leaves out as 不适用 adds nothing, under a scheme that rescales.
    const parts = node.children
      .filter(
        (child) =>
          outline.rescales !== true || (collected.get(child.id)?.notApplicable.length ?? 0) === 0,
      )
      .map((child) => scores.get(child.id)?.[0]);
    const values = parts.map((claim) =>
      claim === undefined ? undefined : parseDecimal(claim.value),
    );
    if (parts.length === 0 || values.some((value) => value?.ok !== true)) continue;
    const sum = values.reduce(
      (sum, value) => (value?.ok === true ? sum.plus(value.value) : sum),
      new JixiaoDecimal(0),
    );
    const from = parts.flatMap((claim) =>
      claim === undefined
        ? []
        : claim.source !== undefined
          ? [claim.source]
          : (claim.derived?.from ?? []),
    );
    scores.set(node.id, [
      Object.freeze({
        value: formatDecimal(sum),
        derived: Object.freeze({ from: Object.freeze(from) }),
      }),
    ]);
  }

  // Ids are keys from the input: fromEntries keeps "__proto__" an ordinary key, and with no
  // prototype, no "constructor" or "toString" is found that the report did not claim.
  const entries = outline.nodes.flatMap((node): [string, NodeClaims][] => {
    const own = collected.get(node.id);
    const score = scores.get(node.id) ?? [];
    if (own === undefined && score.length === 0) return [];
    const claims: NodeClaims = Object.freeze({
      weight: Object.freeze(inOrder(own?.weight ?? [])),
      score: Object.freeze(score),
      scoreRate: Object.freeze(inOrder(own?.scoreRate ?? [])),
      // Only an indicator left out carries the list: a scored one's claims stay as they were.
      ...(own === undefined || own.notApplicable.length === 0
        ? {}
        : { notApplicable: Object.freeze(inOrder(own.notApplicable)) }),
    });
    return [[node.id, claims]];
  });
  const nodes: Record<string, NodeClaims> = Object.fromEntries(entries);
  Object.setPrototypeOf(nodes, null);

  const budgetLeaf = outline.nodes.find(
    (node) => node.type === 'leaf' && node.role === 'budget-execution',
  );
  const narrative = readNarrative(scan, stream, named, {
    ...(budgetLeaf === undefined ? {} : { budgetIndicator: budgetLeaf.id }),
  });
  unplaced.push(...narrative.unplaced);

  const threePublic: ThreePublicClaim[] = scan.matchAll(threePublicPattern).map((match) => {
    const decrease = captured(match, 'decrease').claim;
    const rate = captured(match, 'rate', '%').claim;
    const increased = match.choices.get('change') === '增加';
    const fell = match.choices.get('direction') === '下降';
    return Object.freeze({
      actual: captured(match, 'actual').claim,
      decrease: Object.freeze({ ...decrease, value: `${increased ? '-' : ''}${decrease.value}` }),
      rate: Object.freeze({ ...rate, value: `${fell ? '' : '-'}${rate.value}` }),
    });
  });

  return Object.freeze({
    fullMarks: Object.freeze(fullMarks),
    total: Object.freeze(inOrder(narrative.totals)),
    grade: Object.freeze(inOrder(narrative.grades)),
    nodes: Object.freeze(nodes),
    budget: Object.freeze(narrative.budgets),
    threePublic: Object.freeze(threePublic),
    unplaced: Object.freeze(
      [...unplaced]
        .sort((left, right) => left.line - right.line)
        .map((each) => Object.freeze(each)),
    ),
    named: Object.freeze(named.entries()),
    breakdowns: Object.freeze(narrative.breakdowns),
  });
}
