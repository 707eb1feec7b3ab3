// The project document printed to PDF by LibreOffice without any cell border, as real 自评表 PDFs
// often are: a Calc sheet without borders (text left-aligned, numbers right-aligned, merged
// 一级 names bottom-aligned, pdf.js joining a number to the text at the left of the next cell)
// and a Word table whose borders are set to none (`w:val="nil"` and `w:val="none"`: every cell
// left-aligned, narrow columns wrapping their text over lines with no gap between rows, merged
// names top-aligned). Each print must read to the table our own Word file reads to, audit
// consistent, and the wrong budget score must be exactly one finding at the row's 得分. Without
// soffice the tests are skipped locally and fail in CI.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { auditDocument } from '../src/audit/auditDocument.js';
import type { DocumentSource } from '../src/tables/DocumentSource.js';
import {
  projectDocument,
  projectDocumentWrongBudgetScore,
  type DocumentContent,
} from './fixtures/documents/projectDocument.js';
import { findSoffice, printableXlsx, printWithSuite } from './support/officeSuite.js';
import { writeDocx } from './support/writeDocx.js';
import { checkLine, gridTexts, leafLines, readBytes } from './support/documentLines.js';

const soffice = findSoffice();
const required =
  'LibreOffice is required for the office-suite tests: soffice is not on PATH (apt-get install --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui fonts-wqy-zenhei)';
/** Printing every file takes one soffice start: this only guards against a hang. */
const conversionTimeout = 300_000;

/** A zip package with one part rewritten. */
function rewritePart(bytes: Uint8Array, part: string, edit: (text: string) => string): Uint8Array {
  const parts = unzipSync(bytes);
  parts[part] = strToU8(edit(strFromU8(parts[part] ?? new Uint8Array())));
  return zipSync(parts, { level: 6, mtime: new Date('2024-01-01T00:00:00Z') });
}

/** The printable workbook (columns as wide as their text, landscape) without its cell borders. */
const borderlessXlsx = (content: DocumentContent): Uint8Array =>
  rewritePart(printableXlsx(content), 'xl/styles.xml', (styles) => {
    const bare = styles.replaceAll('borderId="1" applyBorder="1"', 'borderId="0"');
    if (bare === styles) throw new Error('printableXlsx no longer writes bordered cell styles');
    return bare;
  });

/** Our Word file with its table's borders set to `nil` or `none` (Word's "no border"). */
const borderlessDocx = (content: DocumentContent, value: 'nil' | 'none'): Uint8Array =>
  rewritePart(writeDocx(content), 'word/document.xml', (document) => {
    const bare = document.replaceAll('w:val="single"', `w:val="${value}"`);
    if (bare === document) throw new Error('writeDocx no longer writes table borders');
    return bare;
  });

const prints = ['calc', 'writer-nil', 'writer-none'] as const;
type Print = (typeof prints)[number];

/** The file each print is made from. */
const sources: Record<Print, (content: DocumentContent) => { name: string; bytes: Uint8Array }> = {
  calc: (content) => ({ name: 'sheet.xlsx', bytes: borderlessXlsx(content) }),
  'writer-nil': (content) => ({ name: 'nil.docx', bytes: borderlessDocx(content, 'nil') }),
  'writer-none': (content) => ({ name: 'none.docx', bytes: borderlessDocx(content, 'none') }),
};

/**
 * What each print's grid records: every decision a guess. Calc's print splits the runs pdf.js
 * joined across a cell edge (`480.00 —`, `18.8` + the remark) and lifts the bottom-aligned
 * 产出指标 and 效益指标; Writer's print joins every wrapped line to the cells above it.
 */
const repairCodes: Record<Print, readonly string[]> = {
  calc: [
    'pdf_columns_guessed 4',
    'pdf_run_split 8:5',
    'pdf_run_split 9:5',
    'pdf_run_split 11:7',
    'pdf_run_split 15:7',
    'pdf_run_split 16:7',
    'pdf_merged_guessed 13:1',
    'pdf_merged_guessed 15:1',
  ],
  'writer-nil': [
    'pdf_columns_guessed 4',
    ...['6:3', '8:3', '13:4', '14:8', '16:3', '17:8', '19:3', '21:3', '23:2', '25:2', '26:3']
      .concat(['27:8', '29:1', '30:2'])
      .map((at) => `pdf_line_joined ${at}`),
  ],
  'writer-none': [],
};
repairCodes['writer-none'] = repairCodes['writer-nil'];

/** Where the wrong budget score's finding stands in each print: the row's 得分. */
const findingCells: Record<Print, string> = {
  calc: '{"kind":"page","page":1,"line":7,"column":8}',
  'writer-nil': '{"kind":"page","page":1,"line":9,"column":8}',
  'writer-none': '{"kind":"page","page":1,"line":9,"column":8}',
};

if (soffice === undefined) {
  if (process.env['CI'] === 'true')
    test('LibreOffice is installed on the CI machine', () => {
      throw new Error(required);
    });
  else test.skip(`skipped: ${required}`, () => undefined);
} else {
  const office = soffice;
  describe('borderless prints by LibreOffice read as our own Word file does', () => {
    const folder = mkdtempSync(join(tmpdir(), 'jixiao-office-borderless-'));
    const pdfs = new Map<string, Uint8Array>();
    let reference: DocumentSource | undefined;
    const documents = { project: projectDocument, wrong: projectDocumentWrongBudgetScore };

    beforeAll(async () => {
      const files = new Map<string, Uint8Array>();
      for (const [key, content] of Object.entries(documents))
        for (const print of prints) {
          const { name, bytes } = sources[print](content);
          files.set(`${key}-${name}`, bytes);
        }
      for (const [name, bytes] of await printWithSuite(office, folder, files))
        pdfs.set(name, bytes);
      reference = await readBytes(writeDocx(projectDocument));
    }, conversionTimeout);
    afterAll(() => {
      rmSync(folder, { recursive: true, force: true });
    });

    /** The PDF the suite printed of a document along a print. */
    const pdfOf = (key: keyof typeof documents, print: Print): Uint8Array => {
      const name = `${key}-${sources[print](documents[key]).name}`;
      const bytes = pdfs.get(name);
      if (bytes === undefined) throw new Error(`LibreOffice printed no ${name}`);
      return bytes;
    };

    test.each(prints)(
      '%s: the grid is the table our Word file reads to, cell for cell, every decision a guess',
      async (print) => {
        const source = await readBytes(pdfOf('project', print));
        const expected = gridTexts(reference ?? (await readBytes(writeDocx(projectDocument))));
        const repairs = source.grids.flatMap((grid) => grid.repairs);
        expect([
          source.grids.map((grid) => grid.layout),
          gridTexts(source),
          repairs.map(({ code, location }) =>
            location.kind === 'page'
              ? `${code} ${String(location.line)}${location.column === undefined ? '' : `:${String(location.column)}`}`
              : code,
          ),
          repairs.every((repair) => repair.guess === true),
        ]).toEqual([['pdf'], expected, repairCodes[print], true]);
      },
    );

    test.each(prints)('%s: the leaves, their weights and scores', async (print) => {
      expect(leafLines(await readBytes(pdfOf('project', print)))).toEqual([
        '补贴培训人数 20 18.8',
        '培训后取证率 15 15',
        '补贴发放及时率 15 15',
        '参训人员就业率 15 15',
        '技能人才培养长效机制 15 13',
        '参训人员满意度 10 9',
      ]);
    });

    test.each(prints)(
      '%s: audits consistent, with the same checks as our Word file',
      async (print) => {
        const referenceAudit = auditDocument(
          reference ?? (await readBytes(writeDocx(projectDocument))),
        );
        const audit = auditDocument(await readBytes(pdfOf('project', print)));
        if (!audit.ok || !referenceAudit.ok) throw new Error('the audit failed');
        const checks = audit.value.checks.map(checkLine);
        expect([audit.value.status, checks]).toEqual([
          'consistent',
          referenceAudit.value.checks.map(checkLine),
        ]);
        expect(checks).toContain('budget_score 年度资金总额 9.6 9.6 consistent');
        expect(checks).toContain('repeated_total 总分 95.4 95.4 consistent');
      },
    );

    test.each(prints)(
      '%s: the wrong budget score is exactly one finding, at the row’s 得分',
      async (print) => {
        const audit = auditDocument(await readBytes(pdfOf('wrong', print)));
        if (!audit.ok) throw new Error(JSON.stringify(audit.issues));
        expect([
          audit.value.status,
          audit.value.findings.map(
            (finding) => `${checkLine(finding)} ${JSON.stringify(finding.source?.cell)}`,
          ),
        ]).toEqual([
          'inconsistent',
          [`budget_score 年度资金总额 9.8 9.6 inconsistent ${findingCells[print]}`],
        ]);
      },
    );
  });
}
