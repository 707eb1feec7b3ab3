/**
 * The scoring rules a table writes about itself — in its 备注 / 说明 / 评分规则 rows, its header
 * cells (`得分（20分×执行率）`) and its name cells — read so that the checks apply the table's own
 * rules instead of the national defaults: the shares of the weight each level word earns, the
 * 正向 and 反向 formulas, and the budget rule. Linear scans only: fixed substrings and windows of
 * bounded length, no regular expression over the text.
 */
import { JixiaoDecimal, type Dec } from '../../decimal/JixiaoDecimal.js';
import type { BilingualMessage } from '../../issues/Issue.js';
import { visibleText } from '../../issues/visibleText.js';
import type { GridCell } from '../CellGrid.js';
import type { IndicatorNode, ScoreTable } from '../scoreTable/ScoreTable.js';
import { levelBands as nationalLevelBands, type LevelBand } from '../vocabulary.js';
import { verdictCheck } from './makeTableCheck.js';
import type { TableCheck } from './TableCheck.js';

/** Where a stated rule is written: the cell, its text, and how a check's rule text names it. */
export interface RuleSource {
  /** `表中备注` / `the table's 备注`, `表头「得分（20分×执行率）」` / `the header "…"`. */
  readonly where: BilingualMessage;
  readonly cell: GridCell;
  /** The clause the rule was read from, as written (whitespace folded). */
  readonly written: string;
}

/** Level bands the table states, replacing the national ones for that table. */
export interface StatedBands {
  /** One band per level family the text names, highest first, with the vocabulary's words. */
  readonly bands: readonly LevelBand[];
  readonly source: RuleSource;
}

/**
 * A stated formula: 正向 `权重 × B/A` (`actual-over-target`), 反向 `权重 × A/B`
 * (`target-over-actual`), or the national 反向 `2 − B/A` / `超出部分按比例扣分` (`national-reverse`).
 */
export type StatedFormulaKind = 'actual-over-target' | 'target-over-actual' | 'national-reverse';

/** A formula the table states for its 正向 or 反向 rows. */
export interface StatedFormula {
  readonly kind: StatedFormulaKind;
  readonly source: RuleSource;
}

/** The rules a table states about itself, and the rule texts it writes that could not be read. */
export interface StatedRules {
  readonly levelBands?: StatedBands;
  readonly forward?: StatedFormula;
  readonly reverse?: StatedFormula;
  /** The budget rule (`20分×执行率`, `权重×执行率`, `执行率×分值`): the proportional rule. */
  readonly budget?: RuleSource;
  /** One `stated_rule_unread` warning per rule text that could not be read. */
  readonly unread: readonly TableCheck[];
  /**
   * The table writes level bands that could not be read: the national bands then checked are
   * an assumption, so a score outside them is a warning, not a finding.
   */
  readonly bandsUnread: boolean;
}

/** Row labels whose text is a rule wherever it has level words and shares of the weight. */
const ruleLabels: readonly string[] = [
  '评分规则',
  '计分规则',
  '评分标准',
  '评分说明',
  '计分方法',
  '评分方法',
  '填表说明',
  '备注',
  '说明',
  '注',
];

/** Words that make another cell's text a rule about the weight (`按权重的…计分`). */
const ruleMarkers: readonly string[] = ['权重', '分值', '满分', '计分', '档'];

/** One text the table writes, with where it stands and whether its row is a rule row. */
interface TextUnit {
  readonly text: string;
  readonly cell: GridCell;
  readonly subject: string;
  readonly where: BilingualMessage;
  readonly ruleRow: boolean;
}

/** NFKC, every run of white space folded to nothing. */
function squeeze(text: string): string {
  let out = '';
  for (const char of text.normalize('NFKC')) if (char.trim() !== '') out += char;
  return out;
}

/** A text shortened for a message, with invisible characters shown. */
function quote(text: string): string {
  const chars = Array.from(text);
  return visibleText(chars.length > 60 ? `${chars.slice(0, 60).join('')}…` : text);
}

function walk(nodes: readonly IndicatorNode[]): readonly IndicatorNode[] {
  return nodes.flatMap((node) => [node, ...walk(node.children)]);
}

/** The texts of a table that may state a rule: text rows, headers, block titles, name cells. */
function unitsOf(table: ScoreTable): readonly TextUnit[] {
  const units: TextUnit[] = [];
  for (const row of table.texts) {
    const first = row.cells[0];
    if (first === undefined) continue;
    const label = squeeze(row.label);
    const named = ruleLabels.find((each) => label.startsWith(each));
    const shown = named ?? (Array.from(label).slice(0, 8).join('') || '文字行');
    units.push({
      text: row.cells.map((cell) => cell.text).join('\n'),
      cell: row.cells[1] ?? first,
      subject: shown,
      where: { zh: `表中${visibleText(shown)}`, en: `the table's ${visibleText(shown)}` },
      ruleRow: named !== undefined,
    });
  }
  const headerCells = [
    ...(table.budget?.title === undefined ? [] : [table.budget.title]),
    ...(table.budget?.columns ?? []).flatMap((column) => column.cells),
    ...(table.indicators?.title === undefined ? [] : [table.indicators.title]),
    ...(table.indicators?.columns ?? []).flatMap((column) => column.cells),
  ];
  for (const cell of headerCells) {
    const shown = quote(cell.text.trim());
    units.push({
      text: cell.text,
      cell,
      subject: cell.text.trim(),
      where: { zh: `表头「${shown}」`, en: `the header "${shown}"` },
      ruleRow: false,
    });
  }
  for (const node of walk(table.indicators?.roots ?? [])) {
    for (const cell of node.nameCells) {
      const shown = quote(cell.text.trim());
      const named = ruleLabels.some((each) => squeeze(cell.text).startsWith(each));
      units.push({
        text: cell.text,
        cell,
        subject: cell.text.trim(),
        where: { zh: `表中「${shown}」`, en: `the table's "${shown}"` },
        ruleRow: named,
      });
    }
  }
  return units;
}

/** A unit cut into clauses at `。`, `;`/`；` and line breaks, each squeezed. */
function clausesOf(text: string): readonly string[] {
  const clauses: string[] = [];
  let current = '';
  for (const char of text.normalize('NFKC')) {
    if (char === '。' || char === ';' || char === '\n' || char === '\r') {
      if (current !== '') clauses.push(current);
      current = '';
    } else if (char.trim() !== '') current += char;
  }
  if (current !== '') clauses.push(current);
  return clauses;
}

// ---------------------------------------------------------------- level words and shares

/** A level word found in a clause: its band (0 = 达成 family, highest) and the word. */
interface WordToken {
  readonly kind: 'word';
  readonly band: number;
  readonly word: string;
}

/** A share of the weight: a range `[from, to]` of fractions, or a single share (`point`). */
interface ShareToken {
  readonly kind: 'share';
  readonly from: Dec;
  readonly to: Dec;
  readonly point: boolean;
  readonly written: string;
}

type Token = WordToken | ShareToken;

/** The vocabulary's level words of two characters or more (`是`, `好`, `一般` are too common). */
const textWords: readonly { readonly word: string; readonly band: number }[] = nationalLevelBands
  .flatMap((band, index) =>
    band.words
      .filter((word) => word.length >= 2 && word !== '一般')
      .map((word) => ({ word, band: index })),
  )
  .sort((a, b) => b.word.length - a.word.length);

/** Characters after 完成 / 达成 that make a compound, not a level word (`完成值`, `达成率`). */
const compoundEnds = '值率数量度情时';

function wordAt(clause: string, at: number): WordToken | undefined {
  for (const { word, band } of textWords) {
    if (!clause.startsWith(word, at)) continue;
    const next = clause.charAt(at + word.length);
    if (next !== '' && compoundEnds.includes(next)) return undefined;
    return { kind: 'word', band, word };
  }
  return undefined;
}

const digits = '0123456789';
const connectors = '-~〜—–−至到';
const one = new JixiaoDecimal(1);
const zero = new JixiaoDecimal(0);
const hundred = new JixiaoDecimal(100);

/** A number at `at` (at most 12 digits each side of the point) and a `%` after it. */
function numberAt(
  clause: string,
  at: number,
): { readonly value: Dec; readonly percent: boolean; readonly end: number } | undefined {
  let end = at;
  while (end < clause.length && end - at < 12 && digits.includes(clause.charAt(end))) end += 1;
  if (end === at) return undefined;
  if (clause.charAt(end) === '.' && digits.includes(clause.charAt(end + 1))) {
    const point = end;
    end += 1;
    while (end < clause.length && end - point <= 12 && digits.includes(clause.charAt(end)))
      end += 1;
  }
  const value = new JixiaoDecimal(clause.slice(at, end));
  const percent = clause.charAt(end) === '%';
  return { value, percent, end: percent ? end + 1 : end };
}

/** Skips a `(含)` / `含` mark. */
function skipInclusive(clause: string, at: number): number {
  if (clause.startsWith('(含)', at)) return at + 3;
  if (clause.startsWith('含', at)) return at + 1;
  return at;
}

const aboveBefore: readonly string[] = ['大于等于', '不低于', '不少于', '不小于', '高于', '超过'];
const belowBefore: readonly string[] = ['不超过', '不高于', '低于', '不足', '不到', '小于', '少于'];
const aboveAfter: readonly string[] = ['及以上', '以上'];
const belowAfter: readonly string[] = ['及以下', '以下', '以内'];

/** A share from two numbers, one of them at least with `%` (`80-50%` is 80% to 50%). */
function shareOf(
  a: { readonly value: Dec; readonly percent: boolean },
  b: { readonly value: Dec; readonly percent: boolean },
  written: string,
): ShareToken | undefined {
  if (!a.percent && !b.percent) return undefined;
  const x = a.value.dividedBy(hundred);
  const y = b.value.dividedBy(hundred);
  const from = x.lessThan(y) ? x : y;
  const to = x.lessThan(y) ? y : x;
  return { kind: 'share', from, to, point: from.equals(to), written };
}

/** A share of the weight written at `at`, and where it ends; or a number to skip. */
function shareAt(
  clause: string,
  at: number,
): { readonly token?: ShareToken; readonly end: number } | undefined {
  const open = clause.charAt(at);
  if (open === '(' || open === '[') {
    const a = numberAt(clause, at + 1);
    if (a === undefined) return undefined;
    const sep = clause.charAt(a.end);
    if (sep !== ',' && sep !== '、' && !connectors.includes(sep)) return undefined;
    const b = numberAt(clause, a.end + 1);
    const close = b === undefined ? '' : clause.charAt(b.end);
    if (b === undefined || (close !== ')' && close !== ']')) return undefined;
    const token = shareOf(a, b, clause.slice(at, b.end + 1));
    return token === undefined ? { end: b.end + 1 } : { token, end: b.end + 1 };
  }
  for (const [words, above] of [
    [aboveBefore, true],
    [belowBefore, false],
  ] as const) {
    const word = words.find((each) => clause.startsWith(each, at));
    if (word === undefined) continue;
    const a = numberAt(clause, at + word.length);
    if (a?.percent !== true) return { end: at + word.length };
    const share = a.value.dividedBy(hundred);
    const written = clause.slice(at, a.end);
    return {
      token: above
        ? { kind: 'share', from: share, to: one, point: false, written }
        : { kind: 'share', from: zero, to: share, point: false, written },
      end: a.end,
    };
  }
  const a = numberAt(clause, at);
  if (a === undefined) return undefined;
  let end = skipInclusive(clause, a.end);
  if (connectors.includes(clause.charAt(end))) {
    const b = numberAt(clause, end + 1);
    if (b !== undefined) {
      const after = skipInclusive(clause, b.end);
      const token = shareOf(a, b, clause.slice(at, b.end));
      return token === undefined ? { end: after } : { token, end: after };
    }
  }
  if (!a.percent) return { end: a.end };
  const share = a.value.dividedBy(hundred);
  const up = aboveAfter.find((each) => clause.startsWith(each, end));
  const down = belowAfter.find((each) => clause.startsWith(each, end));
  if (up !== undefined) {
    end += up.length;
    return {
      token: { kind: 'share', from: share, to: one, point: false, written: clause.slice(at, end) },
      end,
    };
  }
  if (down !== undefined) {
    end += down.length;
    return {
      token: { kind: 'share', from: zero, to: share, point: false, written: clause.slice(at, end) },
      end,
    };
  }
  return {
    token: { kind: 'share', from: share, to: share, point: true, written: clause.slice(at, a.end) },
    end: a.end,
  };
}

/** The level words and shares of a clause, in order. */
function tokensOf(clause: string): readonly Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < clause.length) {
    const word = wordAt(clause, at);
    if (word !== undefined) {
      tokens.push(word);
      at += word.word.length;
      continue;
    }
    const share = shareAt(clause, at);
    if (share !== undefined && share.end > at) {
      if (share.token !== undefined) tokens.push(share.token);
      at = share.end;
      continue;
    }
    at += 1;
  }
  return tokens;
}

/** A level word paired with the share the text gives it. */
interface Pair {
  readonly word: WordToken;
  readonly share: ShareToken;
}

/** Why a rule text could not be read. */
type Unread = BilingualMessage;

/** Pairs words and shares: `W W W … S S S` respectively (either order), or each word its share. */
function pairTokens(tokens: readonly Token[]): { pairs: readonly Pair[]; unread?: Unread } {
  const words = tokens.filter((token): token is WordToken => token.kind === 'word');
  const shares = tokens.filter((token): token is ShareToken => token.kind === 'share');
  const firstShare = tokens.findIndex((token) => token.kind === 'share');
  const lastWord = tokens.map((token) => token.kind).lastIndexOf('word');
  const firstWord = tokens.findIndex((token) => token.kind === 'word');
  const lastShare = tokens.map((token) => token.kind).lastIndexOf('share');
  const respectively =
    words.length === shares.length && (lastWord < firstShare || lastShare < firstWord);
  const pairs: Pair[] = [];
  if (respectively) {
    words.forEach((word, index) => {
      const share = shares[index];
      if (share !== undefined) pairs.push({ word, share });
    });
  } else {
    if (firstShare < firstWord) {
      const stray = shares[0]?.written ?? '';
      return {
        pairs,
        unread: {
          zh: `比例「${quote(stray)}」前没有等级词`,
          en: `the share "${quote(stray)}" follows no level word`,
        },
      };
    }
    let index = 0;
    while (index < tokens.length) {
      const token = tokens[index];
      index += 1;
      if (token?.kind !== 'word') continue;
      const own: ShareToken[] = [];
      while (index < tokens.length && tokens[index]?.kind === 'share') {
        const share = tokens[index];
        if (share?.kind === 'share') own.push(share);
        index += 1;
      }
      if (own.length > 1)
        return {
          pairs,
          unread: {
            zh: `「${quote(token.word)}」后有多个比例（${own.map((each) => quote(each.written)).join('、')}）`,
            en: `"${quote(token.word)}" is followed by several shares (${own.map((each) => quote(each.written)).join(', ')})`,
          },
        };
      const share = own[0];
      if (share !== undefined) pairs.push({ word: token, share });
    }
    // A word listed without a share (`分达成、部分达成、未达成三档，达成得…`) is fine when the
    // text gives its band a share elsewhere; otherwise the text does not say what it earns.
    const paired = new Set(pairs.map((pair) => pair.word.band));
    const bare = words.find((word) => !paired.has(word.band));
    if (bare !== undefined)
      return {
        pairs,
        unread: {
          zh: `「${quote(bare.word)}」后没有可读的得分比例`,
          en: `"${quote(bare.word)}" is given no share of the weight that could be read`,
        },
      };
  }
  const point = pairs.find((pair) => pair.share.point);
  if (point !== undefined)
    return {
      pairs,
      unread: {
        zh: `「${quote(point.word.word)}」只写了一个比例「${quote(point.share.written)}」，不是区间`,
        en: `"${quote(point.word.word)}" is given a single share "${quote(point.share.written)}", not a range`,
      },
    };
  return { pairs };
}

/** The pairs a unit states, with why it could not be read; none when it states no band rule. */
/** How far past `(` an inclusion note may close (`(含80%)`, `(不含50%)`). */
const noteWidth = 16;

/**
 * A clause without its inclusion notes: `100%-80%(含80%)、80%-50%(含50%)` reads as
 * `100%-80%、80%-50%` (a band's lower bound is inclusive in every band already).
 */
function withoutInclusionNotes(clause: string): string {
  let out = '';
  let at = 0;
  while (at < clause.length) {
    const open = clause.indexOf('(', at);
    if (open < 0) break;
    const close = clause.indexOf(')', open);
    const note = close < 0 ? '' : clause.slice(open + 1, close);
    const isNote =
      close > open &&
      close - open <= noteWidth &&
      (note.startsWith('含') || note.startsWith('不含'));
    out += clause.slice(at, isNote ? open : open + 1);
    at = isNote ? close + 1 : open + 1;
  }
  return out + clause.slice(at);
}

function bandPairsOf(unit: TextUnit): { pairs: readonly Pair[]; unread?: Unread; clause: string } {
  const clauses = clausesOf(unit.text);
  const squeezed = squeeze(unit.text);
  const ruleText = unit.ruleRow || ruleMarkers.some((marker) => squeezed.includes(marker));
  const all: Pair[] = [];
  let pending: readonly Token[] = [];
  let pendingClause = '';
  let shownClause = '';
  for (const clause of clauses) {
    const tokens = tokensOf(withoutInclusionNotes(clause));
    const hasWord = tokens.some((token) => token.kind === 'word');
    const hasShare = tokens.some((token) => token.kind === 'share');
    if (hasWord && !hasShare) {
      // A list of level words whose shares follow in the next clause (`…三档；分别按…`).
      pending = tokens;
      pendingClause = clause;
      continue;
    }
    const joined = hasShare && pending.length > 0 ? [...pending, ...tokens] : tokens;
    const text = joined === tokens ? clause : `${pendingClause}；${clause}`;
    pending = [];
    if (!joined.some((token) => token.kind === 'word') || !hasShare) continue;
    if (!ruleText) continue;
    shownClause = shownClause === '' ? text : `${shownClause}；${text}`;
    const paired = pairTokens(joined);
    if (paired.unread !== undefined)
      return { pairs: [], unread: paired.unread, clause: shownClause };
    all.push(...paired.pairs);
  }
  return { pairs: all, clause: shownClause };
}

/**
 * The bands the pairs state, when they are consistent: each family one range, families in
 * order (达成 highest), the ranges meeting end to end from 0 to 100% of the weight.
 */
function bandsOf(pairs: readonly Pair[]): { bands?: readonly LevelBand[]; unread?: Unread } {
  const byBand = new Map<number, Pair>();
  for (const pair of pairs) {
    const known = byBand.get(pair.word.band);
    if (known === undefined) {
      byBand.set(pair.word.band, pair);
      continue;
    }
    if (!known.share.from.equals(pair.share.from) || !known.share.to.equals(pair.share.to))
      return {
        unread: {
          zh: `「${quote(known.word.word)}」与「${quote(pair.word.word)}」同属一档，比例却不同（${quote(known.share.written)}、${quote(pair.share.written)}）`,
          en: `"${quote(known.word.word)}" and "${quote(pair.word.word)}" are one level with different shares (${quote(known.share.written)}, ${quote(pair.share.written)})`,
        },
      };
  }
  const ordered = [...byBand.entries()].sort(([a], [b]) => a - b).map(([, pair]) => pair);
  const gaps: string[] = [];
  const top = ordered[0];
  const bottom = ordered.at(-1);
  if (top !== undefined && !top.share.to.equals(one)) gaps.push('100%');
  if (bottom !== undefined && !bottom.share.from.isZero()) gaps.push('0%');
  ordered.forEach((pair, index) => {
    const below = ordered[index + 1];
    if (below !== undefined && !below.share.to.equals(pair.share.from))
      gaps.push(`${quote(pair.word.word)} / ${quote(below.word.word)}`);
    if (pair.share.to.greaterThan(one)) gaps.push(quote(pair.share.written));
  });
  if (gaps.length > 0 || ordered.length < 2)
    return {
      unread: {
        zh: `各档比例（${ordered.map((pair) => `${quote(pair.word.word)} ${quote(pair.share.written)}`).join('、')}）未按次序首尾相接覆盖 0 至 100%${gaps.length > 0 ? `（${gaps.join('、')}）` : ''}`,
        en: `the shares (${ordered.map((pair) => `${quote(pair.word.word)} ${quote(pair.share.written)}`).join(', ')}) do not cover 0 to 100% end to end in order${gaps.length > 0 ? ` (${gaps.join(', ')})` : ''}`,
      },
    };
  return {
    bands: ordered.map((pair) => ({
      words: nationalLevelBands[pair.word.band]?.words ?? [pair.word.word],
      from: pair.share.from.toString(),
      to: pair.share.to.toString(),
    })),
  };
}

// ---------------------------------------------------------------- formulas

/** A ratio's operand: a target (`A`, `目标值`, `指标值`) or an actual (`B`, `实际值`, `完成值`). */
function operandOf(text: string): 'target' | 'actual' | undefined {
  const lower = text.toLowerCase();
  if (lower === '') return undefined;
  if (lower.endsWith('b') || lower.includes('实际') || lower.includes('完成')) return 'actual';
  if (
    lower.endsWith('a') ||
    lower.includes('目标') ||
    lower.includes('指标值') ||
    lower.includes('预期') ||
    lower.includes('计划')
  )
    return 'target';
  return undefined;
}

const isOperandChar = (char: string): boolean =>
  /^[A-Za-z\u4e00-\u9fff]$/u.test(char) && char !== '×' && char !== '乘';

/** The formula a 正向 or 反向 window states, `unread` when it has a formula not read, or none. */
function formulaIn(written: string): StatedFormulaKind | 'unread' | undefined {
  // `目标值(A)/实际值(B)`: the markers name the operands.
  const window = written.split('(A)').join('A').split('(B)').join('B');
  if (window.includes('超出部分按比例扣分') || window.includes('按超出比例扣分'))
    return 'national-reverse';
  let found: StatedFormulaKind | undefined;
  for (let at = 0; at < window.length; at += 1) {
    const char = window.charAt(at);
    if (char !== '/' && char !== '÷') continue;
    let start = at;
    while (start > 0 && at - start < 8 && isOperandChar(window.charAt(start - 1))) start -= 1;
    let end = at + 1;
    while (end < window.length && end - at <= 8 && isOperandChar(window.charAt(end))) end += 1;
    const left = operandOf(window.slice(start, at));
    const right = operandOf(window.slice(at + 1, end));
    const before = window.slice(Math.max(0, start - 3), start);
    const national = before.endsWith('2-') || before.endsWith('2-(') || before.endsWith('2−');
    const kind: StatedFormulaKind | undefined =
      left === 'actual' && right === 'target'
        ? national
          ? 'national-reverse'
          : 'actual-over-target'
        : left === 'target' && right === 'actual'
          ? 'target-over-actual'
          : undefined;
    if (kind === undefined) return 'unread';
    if (found !== undefined && found !== kind) return 'unread';
    found = kind;
  }
  if (found !== undefined) return found;
  return ['=', '×', '*', '÷', '/'].some((sign) => window.includes(sign)) ? 'unread' : undefined;
}

/** A formula window as a message quotes it: up to the first comma after its ratio. */
function formulaShown(window: string): string {
  const chars = Array.from(window);
  const ratio = chars.findIndex((char) => char === '/' || char === '÷');
  const comma = chars.findIndex((char, index) => index > ratio && (char === ',' || char === '、'));
  const cut = ratio >= 0 && comma > ratio ? chars.slice(0, comma) : chars;
  return cut.join('');
}

/** The 正向 and 反向 windows of a clause: from each word to the next one or 60 characters on. */
function directionWindows(
  clause: string,
): readonly { readonly direction: '正向' | '反向'; readonly text: string }[] {
  const starts: { direction: '正向' | '反向'; at: number }[] = [];
  for (let at = 0; at + 1 < clause.length; at += 1) {
    const pair = clause.slice(at, at + 2);
    if (pair === '正向' || pair === '反向') starts.push({ direction: pair, at });
  }
  return starts.map(({ direction, at }, index) => {
    const next = starts[index + 1]?.at ?? clause.length;
    return { direction, text: clause.slice(at, Math.min(next, at + 60)) };
  });
}

// ---------------------------------------------------------------- budget rule

/** Whether a clause states the proportional budget rule: `20分×执行率`, `执行率×分值`. */
function statesBudgetRule(clause: string): boolean {
  const times = '×*xX';
  for (let at = clause.indexOf('执行率'); at >= 0; at = clause.indexOf('执行率', at + 3)) {
    const before = clause.slice(Math.max(0, at - 3), at);
    const after = clause.slice(at + 3, at + 6);
    const sign = before.charAt(before.length - 1);
    if (times.includes(sign) && sign !== '') {
      const operand = before.slice(0, -1);
      if (
        operand.endsWith('分') ||
        operand.endsWith('权重') ||
        operand.endsWith('分值') ||
        digits.includes(operand.charAt(operand.length - 1) || '-')
      )
        return true;
    }
    const next = after.charAt(0);
    if (next !== '' && times.includes(next)) {
      const operand = after.slice(1);
      if (
        operand.startsWith('分值') ||
        operand.startsWith('权重') ||
        digits.includes(operand.charAt(0) || '-')
      )
        return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------- the whole table

/** A `stated_rule_unread` warning about one text. */
function unreadCheck(unit: TextUnit, clause: string, why: Unread): TableCheck {
  const shown = quote(clause === '' ? squeeze(unit.text) : clause);
  return verdictCheck(
    {
      code: 'stated_rule_unread',
      subject: unit.subject,
      path: [],
      rule: {
        zh: '表中写明的计分规则应能读出，才能取代全国通行的规则',
        en: 'a scoring rule the table states must be read before it replaces the national one',
      },
      values: [{ role: 'rule', written: unit.text.trim(), location: unit.cell.location }],
    },
    'warning',
    shown,
    {
      zh: `写有计分规则「${shown}」，但未能读出：${why.zh}；仍按全国通行的规则核对`,
      en: `states a scoring rule "${shown}" that could not be read: ${why.en}; the national rule is applied`,
    },
  );
}

function sourceOf(unit: TextUnit, written: string): RuleSource {
  return { where: unit.where, cell: unit.cell, written };
}

/** The formulas of one unit: each direction's formula, or the clause that could not be read. */
function formulasOf(unit: TextUnit): {
  forward?: StatedFormula;
  reverse?: StatedFormula;
  unread?: { clause: string; why: Unread };
} {
  let forward: StatedFormula | undefined;
  let reverse: StatedFormula | undefined;
  for (const clause of clausesOf(unit.text)) {
    for (const { direction, text } of directionWindows(clause)) {
      const kind = formulaIn(text);
      if (kind === undefined) continue;
      const fits =
        kind !== 'unread' &&
        (direction === '正向' ? kind === 'actual-over-target' : kind !== 'actual-over-target');
      const known = direction === '正向' ? forward : reverse;
      if (!fits || (known !== undefined && known.kind !== kind))
        return {
          unread: {
            clause: text,
            why: {
              zh: `「${quote(text)}」的${direction}指标公式未能读出`,
              en: `the ${direction === '正向' ? '"more is better" (正向)' : '"less is better" (反向)'} formula in "${quote(text)}" could not be read`,
            },
          },
        };
      const formula = { kind, source: sourceOf(unit, formulaShown(text)) };
      if (direction === '正向') forward = formula;
      else reverse = formula;
    }
  }
  return {
    ...(forward === undefined ? {} : { forward }),
    ...(reverse === undefined ? {} : { reverse }),
  };
}

/**
 * Reads the scoring rules a table states about itself, in its 备注 / 说明 / 评分规则 rows, its
 * header cells and block titles, and its name cells:
 * - **level bands** per level family (达成 / 部分达成 / 未达成, 达成预期指标 …, 完成 / 基本完成 /
 *   未完成), each with a share of the weight (`100%-80%`, `80%～50%`, `80-50%`, `（80%，100%]`,
 *   `得权重的50%-80%`, `80%（含）以上`, `50%以下`, `不低于80%`), next to each word or listed
 *   respectively (`…三档，分别按…`). Taken only when every family named has one range and the
 *   ranges meet end to end from 0 to 100% in order; otherwise nothing is taken and a
 *   `stated_rule_unread` warning names the text;
 * - the **formulas** of 正向 (`权重×B/A`, `实际值/目标值`) and 反向 rows (`权重×A/B`, `A÷B`,
 *   `目标值/实际值`; or the national `2-B/A`, `超出部分按比例扣分`);
 * - the **budget rule** (`20分×执行率`, `权重×执行率`, `执行率×分值`), recorded as read.
 * Never throws; linear in the length of the texts.
 *
 * @param table - a table read by readScoreTable
 * @returns the rules read, and a warning for each rule text that could not be read
 *
 * @example
 * statedRules(readScoreTable(grid)).levelBands?.bands.map((band) => [band.from, band.to]);
 * // → [["0.8", "1"], ["0.5", "0.8"], ["0", "0.5"]]
 */
export function statedRules(table: ScoreTable): StatedRules {
  const unread: TableCheck[] = [];
  const pairs: { unit: TextUnit; pairs: readonly Pair[]; clause: string }[] = [];
  let forward: StatedFormula | undefined;
  let reverse: StatedFormula | undefined;
  let formulaConflict = false;
  let budget: RuleSource | undefined;
  let bandsUnread = false;
  for (const unit of unitsOf(table)) {
    const read = bandPairsOf(unit);
    if (read.unread !== undefined) {
      bandsUnread = true;
      unread.push(unreadCheck(unit, read.clause, read.unread));
    } else if (read.pairs.length > 0) pairs.push({ unit, pairs: read.pairs, clause: read.clause });
    const formulas = formulasOf(unit);
    if (formulas.unread !== undefined) {
      unread.push(unreadCheck(unit, formulas.unread.clause, formulas.unread.why));
      formulaConflict = true;
    }
    for (const [known, found, set] of [
      [forward, formulas.forward, (value: StatedFormula) => (forward = value)],
      [reverse, formulas.reverse, (value: StatedFormula) => (reverse = value)],
    ] as const) {
      if (found === undefined) continue;
      if (known === undefined) set(found);
      else if (known.kind !== found.kind) {
        formulaConflict = true;
        unread.push(
          unreadCheck(unit, found.source.written, {
            zh: `与${known.source.where.zh}所写的公式「${quote(known.source.written)}」不一致`,
            en: `it disagrees with the formula "${quote(known.source.written)}" in ${known.source.where.en}`,
          }),
        );
      }
    }
    if (budget === undefined) {
      const clause = clausesOf(unit.text).find(statesBudgetRule);
      if (clause !== undefined) budget = sourceOf(unit, clause);
    }
  }
  let levelBands: StatedBands | undefined;
  const first = pairs[0];
  if (!bandsUnread && first !== undefined) {
    const read = bandsOf(pairs.flatMap((each) => each.pairs));
    if (read.bands !== undefined) {
      const written = pairs.map((each) => each.clause).join('；');
      levelBands = { bands: read.bands, source: sourceOf(first.unit, written) };
    } else if (read.unread !== undefined) {
      bandsUnread = true;
      unread.push(unreadCheck(first.unit, first.clause, read.unread));
    }
  }
  return {
    ...(levelBands === undefined ? {} : { levelBands }),
    ...(formulaConflict || forward === undefined ? {} : { forward }),
    ...(formulaConflict || reverse === undefined ? {} : { reverse }),
    ...(budget === undefined ? {} : { budget }),
    unread,
    bandsUnread,
  };
}

/**
 * How a check's rule text names a stated rule: `按表中备注：` / `as the table's 备注 states: `.
 *
 * @param source - where the rule is written
 * @returns the prefix in both languages
 *
 * @example
 * statedPrefix(rules.levelBands.source).zh; // → "按表中备注："
 */
export function statedPrefix(source: RuleSource): BilingualMessage {
  return { zh: `按${source.where.zh}：`, en: `as ${source.where.en} states: ` };
}

/**
 * A rule in words, with where the table states it put before it (`按表中备注：…`); unchanged when
 * the rule is not the table's own.
 *
 * @param source - where the table states the rule, or undefined for a national default
 * @param rule - the rule in words
 * @returns the rule as the check states it
 *
 * @example
 * underStatedRule(rules.levelBands?.source, { zh: '等级词…', en: 'a score for…' }).zh; // → "按表中备注：等级词…"
 */
export function underStatedRule(
  source: RuleSource | undefined,
  rule: BilingualMessage,
): BilingualMessage {
  if (source === undefined) return rule;
  const prefix = statedPrefix(source);
  return { zh: `${prefix.zh}${rule.zh}`, en: `${prefix.en}${rule.en}` };
}
