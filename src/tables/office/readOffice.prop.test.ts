import { fc, test } from '@fast-check/vitest';
import { strToU8, unzipSync } from 'fflate';
import { describe, expect } from 'vitest';
import { projectDocument } from '../../../test/fixtures/documents/projectDocument.js';
import { expectWellFormed } from '../../../test/support/parserFuzz.js';
import { writeDocx } from '../../../test/support/writeDocx.js';
import { writeXlsx, xlsxParts } from '../../../test/support/writeXlsx.js';
import { openZip } from './openZip.js';
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
