import { strFromU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { cellNumber } from './cellNumber.js';
import { cellText } from './cellText.js';
import { writeWorkbook } from './writeWorkbook.js';
import type { WorkbookModel } from './WorkbookModel.js';

const model: WorkbookModel = {
  sheets: [
    {
      name: 'Reports inconsistent or not checkable',
      rows: [
        [
          cellText('A&B <"x">\u0007', { bold: true, border: true }),
          cellNumber('9.96', { numberFormat: '0.00"%"' }),
        ],
        [cellText('A&B <"x">\u0007'), cellNumber('20', undefined, 'SUM(B1,B1)')],
      ],
      merges: ['A3:B3'],
      columnWidths: [12, 8],
    },
    { name: 'a/b:c', rows: [], merges: [], columnWidths: [] },
    { name: 'A/B:C', rows: [], merges: [], columnWidths: [] },
  ],
};

describe('writeWorkbook', () => {
  const parts = unzipSync(writeWorkbook(model, { zipSync }));
  const part = (name: string): string => strFromU8(parts[name] ?? new Uint8Array());

  test('writes the parts of a workbook', () => {
    expect(Object.keys(parts).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/sharedStrings.xml',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet3.xml',
    ]);
  });

  test('sheet names Excel accepts: at most 31 characters, no []:*?/\\, unique', () => {
    expect(
      [...part('xl/workbook.xml').matchAll(/name="([^"]*)"/gu)].map((each) => each[1]),
    ).toEqual(['Reports inconsistent or not che', 'a b c', 'A B C (2)']);
  });

  test('text escaped and stored once; what XML cannot hold replaced', () => {
    expect(part('xl/sharedStrings.xml')).toContain(
      'count="2" uniqueCount="1"><si><t>A&amp;B &lt;&quot;x&quot;&gt;\uFFFD</t></si></sst>',
    );
  });

  test('numbers, formulas with their cached value, merges, widths and styles', () => {
    const sheet = part('xl/worksheets/sheet1.xml');
    expect(sheet).toContain('<c r="B2"><f>SUM(B1,B1)</f><v>20</v></c>');
    expect(sheet).toMatch(/<c r="B1" s="2"><v>9\.96<\/v><\/c>/u);
    expect(sheet).toContain('<mergeCells count="1"><mergeCell ref="A3:B3"/></mergeCells>');
    expect(sheet).toContain('<col min="1" max="1" width="12" customWidth="1"/>');
    const styles = part('xl/styles.xml');
    expect(styles).toContain('<numFmt numFmtId="164" formatCode="0.00&quot;%&quot;"/>');
    expect(styles).toContain('<b/>');
    expect(styles).toContain('<left style="thin">');
  });

  test('the same model gives the same bytes', () => {
    expect(writeWorkbook(model, { zipSync })).toEqual(writeWorkbook(model, { zipSync }));
  });
});
