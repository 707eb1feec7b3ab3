import { formatDecimal } from '../decimal/formatDecimal.js';
import { JixiaoDecimal } from '../decimal/JixiaoDecimal.js';
import { parseDecimal } from '../decimal/parseDecimal.js';
import type { RuleBase } from '../rules/RuleBase.js';
import type { IndicatorNode, Scheme } from '../scheme/Scheme.js';
import type {
  BudgetClaim,
  Claim,
  ClaimedSheet,
  NodeClaims,
  SourceLocation,
  ThreePublicClaim,
  UnplacedText,
} from './Claims.js';

/** The text of a report, joined into one stream that remembers which line each character came from. */
interface Stream {
  readonly text: string;
  readonly lineAt: (offset: number) => SourceLocation;
}

const normalize = (text: string): string => text.normalize('NFKC');

function streamOf(report: string): Stream {
  const lines = report.split(/\r?\n/);
  const starts: number[] = [];
  const numbers: number[] = [];
  let text = '';
  lines.forEach((raw, index) => {
    const line = normalize(raw).trim();
    if (line === '' || /^[—–-]\s*\d+\s*[—–-]$/.test(line)) return;
    if (text !== '') text += ' ';
    starts.push(text.length);
    numbers.push(index + 1);
    text += line;
  });
  const lineAt = (offset: number): SourceLocation => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    const line = numbers[low] ?? 1;
    return { line, text: (lines[line - 1] ?? '').trim() };
  };
  return { text, lineAt };
}

/** A phrase as a pattern that tolerates the spaces and line breaks a PDF puts between any two characters. */
function phrase(words: string): string {
  return Array.from(words, (char) => char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*');
}

const number = '(\\d[\\d,]*(?:\\.\\d+)?)';
const gap = '\\s*';

/** The claim in a match group (patterns carry the `d` flag), at the line where its digits stand. */
function claimAt(
  stream: Stream,
  match: RegExpMatchArray,
  group: number,
  suffix = '',
  base = 0,
): Claim {
  const value = match[group] ?? '';
  const offset = base + (match.indices?.[group]?.[0] ?? match.index ?? 0);
  return { value: `${value.replace(/\s+/g, '')}${suffix}`, source: stream.lineAt(offset) };
}

const compact = (text: string): string => normalize(text).replace(/[\s:：]/g, '');

interface NamedNode {
  readonly node: IndicatorNode<RuleBase>;
  readonly path: readonly string[];
  /**
   * Names a heading may start with: the full name, and the part after a 「…：」 prefix. Headings
   * start with the name ("部门整体绩效目标产出指标完成情况"), so 社会效益指标 is never taken for 效益指标.
   */
  readonly keys: readonly string[];
}

function namedNodes(scheme: Scheme<RuleBase>): NamedNode[] {
  const out: NamedNode[] = [];
  const visit = (node: IndicatorNode<RuleBase>, ancestors: readonly string[]): void => {
    const path = [...ancestors, node.id];
    const full = compact(node.name.zh);
    const tail = compact(node.name.zh.split(/[:：]/).at(-1) ?? node.name.zh);
    out.push({ node, path, keys: [...new Set([full, tail])] });
    if (node.type === 'category')
      node.children.forEach((child) => {
        visit(child, path);
      });
  };
  scheme.indicators.forEach((node) => {
    visit(node, []);
  });
  return out;
}

/** The indicator a heading names: the longest name it starts with. */
function nodeNamed(heading: string, candidates: readonly NamedNode[]): NamedNode | undefined {
  const text = compact(heading);
  let best: NamedNode | undefined;
  let bestLength = 0;
  for (const candidate of candidates) {
    for (const key of candidate.keys) {
      if (key.length > bestLength && text.startsWith(key)) {
        best = candidate;
        bestLength = key.length;
      }
    }
  }
  return best;
}

/**
 * Reads the claims of a 部门整体支出绩效自评报告 from its text, as PDF extraction produces it:
 * table cells broken across lines, page breaks, full-width characters, thousand separators. It
 * is driven by the scheme's indicator names and the template's sentence forms, not by one
 * report's layout: the total (整体绩效自评得分 … 分) and full marks; every "该项指标分值 X 分，本次
 * 自评得分 Y 分，得分率为 Z%" sentence with the indicator its heading names; the table rows (指标名称 /
 * 指标分值 / 指标得分) under each; the budget sentence; the “三公” sentence. Category scores the report
 * does not state are derived from their children's claims. Every claim keeps its line; what could
 * not be placed is listed in `unplaced`.
 *
 * @param report - the report's text
 * @param options - the scheme whose indicators the report scores (a preset's `skeleton()` will do)
 * @returns the claimed score sheet
 *
 * @example
 * const claims = extractClaims(readFileSync('report.txt', 'utf8'), { scheme: gzDepartmentOverall2023.skeleton() });
 * claims.total; // { value: '91.46', source: { line: 347, text: '处 2023 年整体绩效自评得分 91.46 分。' } }
 */
export function extractClaims(
  report: string,
  options: { readonly scheme: Scheme<RuleBase> },
): ClaimedSheet {
  const stream = streamOf(report);
  const nodes: Record<string, { weight?: Claim; score?: Claim; scoreRate?: Claim }> = {};
  const unplaced: UnplacedText[] = [];
  const named = namedNodes(options.scheme);
  const claimFor = (id: string) => {
    const existing = nodes[id];
    if (existing !== undefined) return existing;
    const fresh: { weight?: Claim; score?: Claim; scoreRate?: Claim } = {};
    nodes[id] = fresh;
    return fresh;
  };

  const total = new RegExp(`${phrase('整体绩效自评得分')}${gap}${number}${gap}分`, 'd').exec(
    stream.text,
  );
  const fullMarks = new RegExp(`${phrase('总分值为')}${gap}${number}${gap}分`, 'd').exec(
    stream.text,
  );

  // 二级 sentences, each with the heading just before it.
  const sentence = new RegExp(
    `(?:\\d+${gap}[.．]|[(（]${gap}\\d+${gap}[)）])${gap}([^。]{2,80}?)${gap}[。.]${gap}${phrase('该项指标分值')}${gap}${number}${gap}分${gap}[,，]${gap}${phrase('本次自评得分')}${gap}${number}${gap}分${gap}[,，]${gap}${phrase('得分率为')}${gap}${number}${gap}%`,
    'gd',
  );
  const sections: { readonly node: NamedNode; readonly start: number }[] = [];
  const sentenceStarts: number[] = [];
  const marker = /(?:\d+\s*[.．]|[(（]\s*\d+\s*[)）])(?!\d)/g;
  for (const match of stream.text.matchAll(sentence)) {
    // The pattern may start at an earlier "119." inside table text; the heading is what follows
    // the last numbering mark before the sentence.
    const captured = match[1] ?? '';
    const marks = [...captured.matchAll(marker)];
    const last = marks.at(-1);
    const heading = last === undefined ? captured : captured.slice(last.index + last[0].length);
    const start = (match.indices?.[1]?.[0] ?? match.index) + (last === undefined ? 0 : last.index);
    sentenceStarts.push(start);
    const found = nodeNamed(heading, named);
    if (found === undefined) {
      const where = stream.lineAt(start);
      unplaced.push({
        ...where,
        reason: `no indicator of the scheme is named in the heading "${heading.trim()}"`,
      });
      continue;
    }
    const claims = claimFor(found.node.id);
    claims.weight = claimAt(stream, match, 2);
    claims.score = claimAt(stream, match, 3);
    claims.scoreRate = claimAt(stream, match, 4, '%');
    sections.push({ node: found, start: start + match[0].length });
  }

  // 三级 table rows under each 二级 sentence, up to the next sentence or section heading.
  const sectionEnds = [...sentenceStarts, stream.text.length];
  const headingBreak = /(?:（|\()[一二三四五六七八九十]+(?:）|\))|[一二三四五六七八九十]+、/g;
  // 序号, the name (any text not starting with a digit, its cells broken by spaces), 分值, 得分.
  const row =
    /(?:^|\s)(\d{1,2})\s+([^\d\s].{1,160}?)\s+(\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)(?=\s|$|[\u4e00-\u9fff])/dg;
  for (const section of sections) {
    if (section.node.node.type !== 'category') continue;
    const leaves = section.node.node.children;
    const nextSentence = sectionEnds.find((start) => start > section.start) ?? stream.text.length;
    headingBreak.lastIndex = section.start;
    const nextHeading = headingBreak.exec(stream.text)?.index ?? stream.text.length;
    const end = Math.min(nextSentence, nextHeading);
    const body = stream.text.slice(section.start, end);
    let expected = 1;
    for (const match of body.matchAll(row)) {
      const index = Number(match[1]);
      if (index !== expected) continue;
      const fragment = compact(match[2] ?? '');
      const byName = leaves.filter((child) => {
        const name = compact(child.name.zh);
        return fragment.length >= 2 && (name.startsWith(fragment) || fragment.startsWith(name));
      });
      const child =
        byName.length === 1 ? byName[0] : byName.find((each) => leaves.indexOf(each) === index - 1);
      if (child === undefined) {
        unplaced.push({
          ...stream.lineAt(section.start + (match.indices?.[1]?.[0] ?? 0)),
          reason: `table row ${index} "${fragment}" matches no indicator under "${section.node.node.name.zh}"`,
        });
        continue;
      }
      expected += 1;
      const claims = claimFor(child.id);
      claims.weight = claimAt(stream, match, 3, '', section.start);
      claims.score = claimAt(stream, match, 4, '', section.start);
    }
  }

  // Category scores the report leaves unstated follow from their children's claims.
  const derive = (node: IndicatorNode<RuleBase>): Claim | undefined => {
    const own = nodes[node.id]?.score;
    if (node.type === 'leaf') return own;
    const children = node.children.map(derive);
    if (own !== undefined) return own;
    if (children.some((claim) => claim === undefined)) return undefined;
    // Every child has a claim here (checked just above).
    // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- as the comment above says
    const claims = children as Claim[];
    const values = claims.map((claim) => parseDecimal(claim.value));
    if (values.some((value) => !value.ok)) return undefined;
    const sum = values.reduce(
      (total, value) => (value.ok ? total.plus(value.value) : total),
      new JixiaoDecimal(0),
    );
    const value = formatDecimal(sum);
    const from = claims.flatMap((claim) =>
      claim.source !== undefined ? [claim.source] : (claim.derived?.from ?? []),
    );
    const derived: Claim = { value, derived: { from } };
    claimFor(node.id).score = derived;
    return derived;
  };
  options.scheme.indicators.forEach((node) => derive(node));

  const budgetLeaf = named.find(
    (each) => each.node.type === 'leaf' && each.node.role === 'budget-execution',
  );
  const budget: BudgetClaim[] = [];
  const budgetSentence = new RegExp(
    `${phrase('全年预算数')}${gap}${number}${gap}${phrase('万元')}${gap}[,，]?${gap}${phrase('执行数')}${gap}${number}${gap}${phrase('万元')}${gap}[,，]?${gap}${phrase('完成预算的')}${gap}${number}${gap}%`,
    'gd',
  );
  for (const match of stream.text.matchAll(budgetSentence)) {
    budget.push({
      budget: claimAt(stream, match, 1),
      executed: claimAt(stream, match, 2),
      rate: claimAt(stream, match, 3, '%'),
      ...(budgetLeaf === undefined ? {} : { indicator: budgetLeaf.node.id }),
    });
  }

  const threePublic: ThreePublicClaim[] = [];
  const threePublicSentence = new RegExp(
    `${phrase('三公')}"?”?${gap}${phrase('经费支出')}${gap}${number}${gap}${phrase('万元')}${gap}[,，]?${gap}${phrase('比年初预算数')}${gap}(减\\s*少|增\\s*加)${gap}${number}${gap}${phrase('万元')}${gap}[,，]?${gap}(下\\s*降|增\\s*长|上\\s*升)${gap}${number}${gap}%`,
    'gd',
  );
  for (const match of stream.text.matchAll(threePublicSentence)) {
    const sign = compact(match[2] ?? '') === '增加' ? '-' : '';
    const decrease = claimAt(stream, match, 3);
    const rate = claimAt(stream, match, 5, '%');
    threePublic.push({
      actual: claimAt(stream, match, 1),
      decrease: { ...decrease, value: `${sign}${decrease.value}` },
      rate: { ...rate, value: `${compact(match[4] ?? '') === '下降' ? '' : '-'}${rate.value}` },
    });
  }

  const frozenNodes: Record<string, NodeClaims> = Object.fromEntries(Object.entries(nodes));
  return {
    ...(fullMarks === null ? {} : { fullMarks: claimAt(stream, fullMarks, 1) }),
    ...(total === null ? {} : { total: claimAt(stream, total, 1) }),
    nodes: frozenNodes,
    budget,
    threePublic,
    unplaced,
  };
}
