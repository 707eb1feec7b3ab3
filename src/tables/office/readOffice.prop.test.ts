import { readdirSync, readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { strToU8, unzipSync } from 'fflate';
import ts from 'typescript';
import { describe, expect } from 'vitest';
import { projectDocument } from '../../../test/fixtures/documents/projectDocument.js';
import { expectWellFormed } from '../../../test/support/parserFuzz.js';
import { writeDocx } from '../../../test/support/writeDocx.js';
import { writeXlsx, xlsxParts } from '../../../test/support/writeXlsx.js';
import { displayNumber } from './displayNumber.js';
import { joinCellTexts } from './joinCellTexts.js';
import { openZip } from './openZip.js';
import { parseXml } from './parseXml.js';
import { readDocx } from './readDocx.js';
import { readXlsx } from './readXlsx.js';

const docx = writeDocx(projectDocument);
const xlsx = writeXlsx(projectDocument);

/** Opens and reads bytes with both readers; every outcome must be a value or coded issues. */
function readAll(bytes: Uint8Array): void {
  const parts = openZip(bytes, unzipSync);
  expectWellFormed(parts);
  if (!parts.ok) return;
  expectWellFormed(readDocx(parts.value));
  expectWellFormed(readXlsx(parts.value));
}

/** A copy of bytes with some bytes overwritten. */
const mutated = (bytes: Uint8Array) =>
  fc
    .array(fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 })), {
      minLength: 1,
      maxLength: 8,
    })
    .map((changes) => {
      const copy = bytes.slice();
      for (const [at, value] of changes) copy[at] = value;
      return copy;
    });

/** XML-ish text for one part: tags of the readers' vocabularies, entities, text. */
const partText = fc
  .array(
    fc.constantFrom(
      '<w:p>',
      '</w:p>',
      '<w:tbl>',
      '</w:tbl>',
      '<w:tr>',
      '</w:tr>',
      '<w:tc>',
      '</w:tc>',
      '<w:gridSpan w:val="99999999"/>',
      '<w:vMerge/>',
      '<w:t>',
      '</w:t>',
      '得分',
      '&amp;',
      '<row r="9999999">',
      '</row>',
      '<c r="XFD1" t="s"><v>5</v></c>',
      '<c t="n"><v>1e308</v></c>',
      '<mergeCell ref="A1:XFD1048576"/>',
    ),
    { maxLength: 30 },
  )
  .map(
    (pieces) =>
      `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${pieces.join('')}</w:body></w:document>`,
  );

/** Rows for a worksheet: references far out, huge merges, bad indexes and values, formulas. */
const sheetRows = fc
  .array(
    fc.constantFrom(
      '<row r="1">',
      '<row r="1048576">',
      '<row>',
      '</row>',
      '<c r="A1" t="s"><v>0</v></c>',
      '<c r="XFD1" t="s"><v>5</v></c>',
      '<c t="s"><v>-1</v></c>',
      '<c r="B2" t="n"><v>1e308</v></c>',
      '<c s="99"><v>0.5</v></c>',
      '<c s="1"><v>x</v></c>',
      '<c t="b"><v>2</v></c>',
      '<c><f>SUM(A:A)</f></c>',
      '<c t="inlineStr"><is><r><t>得分</t></r></is></c>',
      '<c r="ZZZZ9"><v>1</v></c>',
    ),
    { maxLength: 30 },
  )
  .map((pieces) => pieces.join(''));

describe('the Office readers on any bytes', () => {
  test.prop(
    [
      sheetRows,
      fc.constantFrom(
        '',
        '<mergeCells><mergeCell ref="A1:XFD1048576"/><mergeCell ref="B:C"/></mergeCells>',
      ),
    ],
    { numRuns: 100 },
  )('random rows and merges in a worksheet', (rows, merges) => {
    const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const files = xlsxParts(
      `<worksheet xmlns="${main}"><sheetData>${rows}</sheetData>${merges}</worksheet>`,
      `<sst xmlns="${main}"><si><t>分值</t></si></sst>`,
    );
    const parts = new Map(Object.entries(files).map(([name, text]) => [name, strToU8(text)]));
    expectWellFormed(readXlsx(parts));
  });

  test.prop([fc.uint8Array({ maxLength: 300 })], { numRuns: 100 })('random bytes', (bytes) => {
    readAll(bytes);
  });

  test.prop([mutated(docx)], { numRuns: 100 })('a .docx with bytes overwritten', (bytes) => {
    readAll(bytes);
  });

  test.prop([mutated(xlsx)], { numRuns: 100 })('an .xlsx with bytes overwritten', (bytes) => {
    readAll(bytes);
  });

  test.prop([partText], { numRuns: 100 })(
    'random mixes of tags in document.xml and a worksheet',
    (text) => {
      const parts = new Map([
        ['word/document.xml', strToU8(text)],
        ['xl/workbook.xml', strToU8(text.replace('w:document', 'w:workbook'))],
        ['xl/worksheets/sheet1.xml', strToU8(text)],
      ]);
      const docxResult = readDocx(parts);
      expectWellFormed(docxResult);
      expectWellFormed(readXlsx(parts));
      if (!docxResult.ok)
        expect(docxResult.issues.map((issue) => issue.code)).toEqual(['invalid_xml']);
    },
  );
});

const sheetMain = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** A workbook of one sheet, with its shared strings and (optionally) its own styles, as parts. */
function workbookParts(
  rows: string,
  strings: readonly string[] = [],
  styles?: string,
): Map<string, Uint8Array> {
  const sst = strings.map((text) => `<si><t xml:space="preserve">${text}</t></si>`).join('');
  const files = xlsxParts(
    `<worksheet xmlns="${sheetMain}"><sheetData>${rows}</sheetData></worksheet>`,
    `<sst xmlns="${sheetMain}">${sst}</sst>`,
  );
  if (styles !== undefined) files['xl/styles.xml'] = styles;
  return new Map(Object.entries(files).map(([name, text]) => [name, strToU8(text)]));
}

/** Styles whose cell style 1 has the custom format 164, written as given. */
const stylesWith = (formatCode: string): string =>
  `<styleSheet xmlns="${sheetMain}"><numFmts count="1"><numFmt numFmtId="164" formatCode="${formatCode}"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`;

/** The texts and repair codes of a workbook's grids. */
function readCells(parts: Map<string, Uint8Array>) {
  const read = readXlsx(parts);
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  return read.value.grids.map((grid) => ({
    texts: grid.rows.map((row) => row.cells.map((cell) => cell.text)),
    repairs: grid.repairs.map((repair) => [repair.code, repair.location]),
  }));
}

/** A built-in method to count, and what one call counts (1, or the length of the text it reads). */
type Counted = readonly [
  owner: object,
  key: string,
  measure: (self: unknown, args: readonly unknown[]) => number,
];

/**
 * The work `run` does, counted in calls of built-in methods: the methods are wrapped while it
 * runs and restored after, so the count is the same for any implementation of the reader, the
 * one before the fix included (which a meter of the reader's own could not count).
 */
function workOf(counted: readonly Counted[], run: () => void): number {
  let count = 0;
  const saved = counted.map(
    ([owner, key]) => [owner, key, Object.getOwnPropertyDescriptor(owner, key)] as const,
  );
  for (const [owner, key, measure] of counted) {
    const original: unknown = Reflect.get(owner, key);
    if (typeof original !== 'function') throw new Error(`${key} is not a method`);
    Object.defineProperty(owner, key, {
      configurable: true,
      writable: true,
      value: function (this: unknown, ...args: unknown[]): unknown {
        count += measure(this, args);
        return Reflect.apply(original, this, args);
      },
    });
  }
  try {
    run();
  } finally {
    for (const [owner, key, descriptor] of saved)
      if (descriptor !== undefined) Object.defineProperty(owner, key, descriptor);
  }
  return count;
}

/** Each call counts one. */
const once = (): number => 1;

/**
 * Work counted at 10k, 20k and 40k units of input (or the sizes given), per unit: linear when every size costs at
 * most `bound` steps a unit and the largest no more a unit than the smallest (a quadratic count
 * doubles a unit with each doubling of the input).
 */
function perUnit(
  count: (units: number) => number,
  bound: number,
  sizes: readonly number[] = [10_000, 20_000, 40_000],
) {
  const counts = sizes.map((units) => count(units) / units);
  const [smallest = 0, , largest = 0] = counts;
  return {
    bounded: counts.every((each) => each <= bound),
    flat: largest <= smallest * 1.05 + 0.01,
  };
}

describe('linear work on large inputs (item 1: a <v> of many digits)', () => {
  /**
   * The rule every pattern of the Office readers keeps: in each top-level branch at most one
   * unbounded quantifier (`*`, `+`, `{n,}`), and that one either ends the branch or the branch
   * is anchored at the start (so a failing search reads the run once, at one position). Two
   * unbounded quantifiers side by side (`\d+\.?\d*`) let a backtracking engine split a run of
   * digits in n ways: quadratic on digits followed by a character that does not match.
   */
  function isLinear(pattern: string): boolean {
    const flags = pattern.slice(pattern.lastIndexOf('/') + 1);
    const body = pattern.slice(1, pattern.lastIndexOf('/'));
    const tokens = body.replace(/\\./g, 'e').replace(/\[(?:\\.|[^\]\\])*\]/g, 'c');
    const branches: string[] = [];
    let branch = '';
    let depth = 0;
    for (const char of tokens) {
      if (char === '(') depth += 1;
      if (char === ')') depth -= 1;
      if (char === '|' && depth === 0) {
        branches.push(branch);
        branch = '';
      } else branch += char;
    }
    branches.push(branch);
    return branches.every((each) => {
      const unbounded = [...each.matchAll(/[*+]|\{\d+,\}/g)];
      const [only] = unbounded;
      if (only === undefined) return true;
      if (unbounded.length > 1) return false;
      const end = only.index + only[0].length;
      const endsBranch = /^\??\$?$/.test(each.slice(end));
      return endsBranch || (each.startsWith('^') && !flags.includes('m'));
    });
  }

  /** Every regular expression literal in src/tables/office (tests left out). */
  function officePatterns(): { readonly file: string; readonly pattern: string }[] {
    const folder = new URL('./', import.meta.url);
    const found: { file: string; pattern: string }[] = [];
    for (const file of readdirSync(folder)) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
      const source = ts.createSourceFile(
        file,
        readFileSync(new URL(file, folder), 'utf8'),
        ts.ScriptTarget.Latest,
        true,
      );
      const visit = (node: ts.Node): void => {
        if (ts.isRegularExpressionLiteral(node)) found.push({ file, pattern: node.text });
        node.forEachChild(visit);
      };
      visit(source);
    }
    return found;
  }

  test('every pattern of the Office readers keeps the rule (but one, linear for another reason)', () => {
    // `\d{4}\s*年`: the spaces `\s*` reads are not digits, so each run of them is read from
    // one start position only (the one four digits before it): linear.
    const known = new Set(['/\\d{4}\\s*年/u']);
    const patterns = officePatterns();
    expect(patterns.length).toBeGreaterThan(8);
    expect(patterns.filter(({ pattern }) => !known.has(pattern) && !isLinear(pattern))).toEqual([]);
  });

  test('the rule rejects the stored-number pattern the reader used before', () => {
    expect(
      ['/^[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$/', '/(a+)+$/', '/\\s*x\\s*/'].map(
        isLinear,
      ),
    ).toEqual([false, false, false]);
    expect(['/^\\/+/', '/^[hms]+$/i', '/\\r\\n|\\r|\\n/', '/\\s+/g'].map(isLinear)).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  test('a <v> of 160,000 digits then x (the 1.5 KB file of the review) is its text, with a repair', () => {
    const digits = '1'.repeat(160_000);
    const cells = readCells(
      workbookParts(
        `<row r="1"><c r="A1"><v>${digits}x</v></c><c r="B1"><v>${digits}</v></c></row>`,
      ),
    );
    expect(
      cells.map(({ texts, repairs }) => [
        texts.map((row) => row.map((text) => text.length)),
        repairs,
      ]),
    ).toEqual([
      [
        [[160_001, 160_000]],
        [
          ['number_too_long', { kind: 'sheet', sheet: '自评表', cell: 'A1' }],
          ['number_too_long', { kind: 'sheet', sheet: '自评表', cell: 'B1' }],
        ],
      ],
    ]);
  });

  test.prop([fc.stringMatching(/^[0-9]{1,200}$/), fc.constantFrom('', 'x', '.', 'e', 'e+1')], {
    numRuns: 200,
  })(
    'any run of digits and an ending reads as a number up to 64 characters, as text beyond',
    (digits, end) => {
      const stored = `${digits}${end}`;
      const shown = displayNumber(stored, 0, new Map());
      const number = stored.length <= 64 && ['', '.', 'e+1'].includes(end);
      expect(number ? /^[0-9]+$/.test(shown) : shown === stored).toBe(true);
    },
  );
});

describe('linear work on large inputs (item 2: a cell of many lines)', () => {
  test('joining n lines tests a few characters a line, at 10k, 20k and 40k lines', () => {
    // Counted: the characters of every text a pattern is tested on. Testing an end pattern
    // (`…$`) on the text joined so far, for each line, reads it all again: quadratic.
    const tested: Counted = [RegExp.prototype, 'test', (_self, [text]) => String(text).length];
    const steps = (lines: number): number => {
      const cell = Array.from({ length: lines }, (_, index) => (index % 2 === 0 ? 'ab' : '得分'));
      return workOf([tested], () => joinCellTexts(cell));
    };
    expect(perUnit(steps, 4)).toEqual({ bounded: true, flat: true });
  });

  test('a shared string of 160,000 a\\n lines reads as one cell of a’s joined by spaces', () => {
    const cells = readCells(
      workbookParts('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>1</v></c></row>', [
        'a\n'.repeat(160_000),
      ]),
    );
    const text = cells[0]?.texts[0]?.[0] ?? '';
    expect([text.length, text.slice(0, 7), text === Array(160_000).fill('a').join(' ')]).toEqual([
      319_999,
      'a a a a',
      true,
    ]);
  });

  test.prop(
    [fc.array(fc.constantFrom('a', ' b ', '得分', '（50分）', '', '𠀀', '1'), { maxLength: 30 })],
    {
      numRuns: 200,
    },
  )('joining lines one by one gives what joining them two at a time gives', (lines) => {
    const joined = joinCellTexts(lines);
    const stepwise = lines.reduce<string>((text, line) => joinCellTexts([text, line]), '');
    expect(joined).toBe(stepwise);
  });
});

describe('linear work on large inputs (item 3: many namespace declarations)', () => {
  /** A root declaring n prefixes, and n children each declaring one more, used by an attribute. */
  const declaring = (count: number): string => {
    const root = Array.from({ length: count }, (_, index) => ` xmlns:p${index}="urn:${index}"`);
    const children = Array.from(
      { length: count },
      (_, index) => `<p${index}:c xmlns:q="urn:q${index}" q:a="${index}"/>`,
    );
    return `<r xmlns="urn:r"${root.join('')}>${children.join('')}</r>`;
  };

  test('namespace work is a few map reads and writes per declaration and element, at 10k, 20k and 40k', () => {
    // Counted: every Map entry written or read (copying a map writes each of its entries), so
    // copying the scope for each declaring element counts declarations × elements.
    const counted: Counted[] = [
      [Map.prototype, 'set', once],
      [Map.prototype, 'get', once],
    ];
    const steps = (count: number): number => {
      const text = declaring(count);
      return workOf(counted, () => {
        if (!parseXml(text, 'x.xml').ok) throw new Error('not parsed');
      });
    };
    expect(perUnit(steps, 10)).toEqual({ bounded: true, flat: true });
  });

  test('each of 40,000 children and its attribute resolve to their own declarations', () => {
    const parsed = parseXml(declaring(40_000), 'x.xml');
    const children = parsed.ok ? parsed.value.children : [];
    const brief = (index: number) => {
      const child = children[index];
      return typeof child === 'string' || child === undefined
        ? child
        : [child.namespace, child.name, child.attributes.at(-1)?.namespace];
    };
    expect([parsed.ok, children.length, brief(0), brief(39_999)]).toEqual([
      true,
      40_000,
      ['urn:0', 'c', 'urn:q0'],
      ['urn:39999', 'c', 'urn:q39999'],
    ]);
    expect(parsed.ok ? [] : parsed.issues.map((issue) => issue.code)).toEqual([]);
  });

  test('a prefix used after the element that declared it closed is invalid_xml', () => {
    const parsed = parseXml(`${declaring(10).slice(0, -4)}<q:x/></r>`, 'x.xml');
    expect(parsed.ok ? 'ok' : parsed.issues.map((issue) => issue.code)).toEqual(['invalid_xml']);
  });
});

describe('linear work on large inputs (item 4: a format with many %)', () => {
  test('a format of 40,000 % (the 4.4 KB file of the review) shows every cell as General', () => {
    const rows = Array.from(
      { length: 200 },
      (_, index) =>
        `<row r="${index + 1}"><c r="A${index + 1}" s="1"><v>0.5</v></c><c r="B${index + 1}" s="1"><v>${index}</v></c></row>`,
    ).join('');
    const cells = readCells(workbookParts(rows, [], stylesWith(`0${'%'.repeat(40_000)}`)));
    const texts = cells.flatMap(({ texts: rowsOf }) => rowsOf.flat());
    expect([texts.length, texts[0], texts[1], texts.at(-1)]).toEqual([400, '0.5', '0', '199']);
  });

  test('a workbook’s format is read once, not once a cell, at 2k, 4k and 8k cells', () => {
    // Counted: characters lowered (reading a format section lowers each of its characters).
    const lowered: Counted = [String.prototype, 'toLowerCase', once];
    const steps = (cells: number): number => {
      const rows = Array.from(
        { length: cells / 2 },
        (_, index) => `<row><c s="1"><v>0.${index}</v></c><c s="1"><v>${index}</v></c></row>`,
      ).join('');
      const parts = workbookParts(rows, [], stylesWith('#,##0.00%'));
      return workOf([lowered], () => {
        if (!readXlsx(parts).ok) throw new Error('not read');
      });
    };
    expect(perUnit(steps, 0.05, [2_000, 4_000, 8_000])).toEqual({ bounded: true, flat: true });
  });
});

describe('thousands scaling (item 5)', () => {
  /** Digits grouped by threes. */
  const grouped = (digits: string): string => digits.replace(/\B(?=(?:\d{3})+$)/g, ',');

  test.prop([fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), fc.integer({ min: 1, max: 4 })], {
    numRuns: 200,
  })('#,##0 with k trailing commas shows n ÷ 1000^k rounded half-up, grouped', (value, commas) => {
    const divisor = 1000n ** BigInt(commas);
    const rounded = (value * 2n + divisor) / (divisor * 2n);
    const shown = displayNumber(String(value), 164, new Map([[164, `#,##0${','.repeat(commas)}`]]));
    expect(shown).toBe(grouped(String(rounded)));
  });

  test('scaled cells in a workbook: 1234567 under #,##0, and #,##0.00,, "百万元"', () => {
    const cells = readCells(
      workbookParts(
        '<row r="1"><c r="A1" s="1"><v>1234567</v></c><c r="B1" s="1"><v>-987654321</v></c></row>',
        [],
        stylesWith('#,##0,'),
      ),
    );
    expect(cells.map(({ texts }) => texts)).toEqual([[['1,235', '-987,654']]]);
    const millions = readCells(
      workbookParts(
        '<row r="1"><c r="A1" s="1"><v>1234567</v></c><c r="B1" s="1"><v>500</v></c></row>',
        [],
        stylesWith('#,##0.00,,&quot;百万元&quot;'),
      ),
    );
    expect(millions.map(({ texts }) => texts)).toEqual([[['1.23百万元', '0.00百万元']]]);
  });
});
