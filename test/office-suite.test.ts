// The project document as files a real office suite writes: LibreOffice (headless soffice)
// re-saves our .docx with Writer and our .xlsx with Calc, prints the Word file and a printable
// workbook to PDF (embedded subset fonts, ToUnicode maps, drawn cell borders), and opens an HTML
// table with rowspan/colspan in Writer and in Calc and saves it as .docx and .xlsx (merged cells
// as the suite writes them). Each file must read to the same table as our own writers' files do,
// audit consistent, and the wrong budget score must be exactly one finding. Without soffice the
// tests are skipped locally and fail in CI.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { auditDocument } from '../src/audit/auditDocument.js';
import type { DocumentSource } from '../src/tables/DocumentSource.js';
import {
  projectDocument,
  projectDocumentWrongBudgetScore,
} from './fixtures/documents/projectDocument.js';
import {
  convertWithSuite,
  findSoffice,
  suiteRoutes,
  type SuiteFiles,
  type SuiteRoute,
} from './support/officeSuite.js';
import { writeDocx } from './support/writeDocx.js';
import { checkLine, gridTexts, leafLines, readBytes } from './support/documentLines.js';

const soffice = findSoffice();
const required =
  'LibreOffice is required for the office-suite tests: soffice is not on PATH (apt-get install --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui fonts-wqy-zenhei)';
/** Converting every file takes a few soffice starts: this only guards against a hang. */
const conversionTimeout = 300_000;

/** The layout each route's file reads as. */
const layouts: Record<SuiteRoute, string> = {
  'docx-by-writer': 'docx',
  'pdf-by-writer': 'pdf',
  'xlsx-by-calc': 'xlsx',
  'pdf-by-calc': 'pdf',
  'docx-from-html': 'docx',
  'xlsx-from-html': 'xlsx',
};

/**
 * The repairs each route's grid records: in Calc's print, pdf.js joins a right-aligned amount
 * and the `—` at the left of the next cell into one run (`480.00 —`), which the reader splits at
 * the drawn column rule.
 */
const repairs: Record<SuiteRoute, readonly string[]> = {
  'docx-by-writer': [],
  'pdf-by-writer': [],
  'xlsx-by-calc': [],
  'pdf-by-calc': [
    'pdf_run_split {"kind":"page","page":1,"line":8,"column":5}',
    'pdf_run_split {"kind":"page","page":1,"line":9,"column":5}',
  ],
  'docx-from-html': [],
  'xlsx-from-html': [],
};

/**
 * What Calc makes of the HTML's budget amounts: it takes `500.00` as the number 500 in General
 * format and shows `500`, as the file then displays it (`96.00%` it keeps as text).
 */
const calcFromHtml = (line: string): string =>
  line
    .replace('500.00 | 520.00 | 499.20', '500 | 520 | 499.2')
    .replace('500.00 | 500.00 | 480.00', '500 | 500 | 480')
    .replace('0.00 | 20.00 | 19.20', '0 | 20 | 19.2')
    .replace(/^(budget_parts .*?) (\d+\.\d+) \2 consistent$/u, (_whole, head: string, amount) => {
      const shown = String(Number(amount));
      return `${head} ${shown} ${shown} consistent`;
    });

/** Where the wrong budget score's finding stands in each route's file: the row's 得分. */
const findingCells: Record<SuiteRoute, string> = {
  'docx-by-writer': '{"kind":"table","table":1,"row":4,"column":8}',
  'pdf-by-writer': '{"kind":"page","page":1,"line":9,"column":8}',
  'xlsx-by-calc': '{"kind":"sheet","sheet":"自评表","cell":"H7"}',
  'pdf-by-calc': '{"kind":"page","page":1,"line":7,"column":8}',
  'docx-from-html': '{"kind":"table","table":1,"row":4,"column":8}',
  'xlsx-from-html': '{"kind":"sheet","sheet":"Sheet1","cell":"H7"}',
};

if (soffice === undefined) {
  if (process.env['CI'] === 'true')
    test('LibreOffice is installed on the CI machine', () => {
      throw new Error(required);
    });
  else test.skip(`skipped: ${required}`, () => undefined);
} else {
  const office = soffice;
  describe('files LibreOffice writes read as our own writers’ files do', () => {
    let files: SuiteFiles = new Map();
    let reference: DocumentSource | undefined;
    const folder = mkdtempSync(join(tmpdir(), 'jixiao-office-suite-'));

    beforeAll(async () => {
      files = await convertWithSuite(
        office,
        folder,
        new Map([
          ['project', projectDocument],
          ['wrong', projectDocumentWrongBudgetScore],
        ]),
      );
      reference = await readBytes(writeDocx(projectDocument));
    }, conversionTimeout);
    afterAll(() => {
      rmSync(folder, { recursive: true, force: true });
    });

    /** The file the suite wrote for a document along a route. */
    const fileOf = (name: 'project' | 'wrong', route: SuiteRoute): Uint8Array => {
      const bytes = files.get(name)?.get(route);
      if (bytes === undefined) throw new Error(`LibreOffice wrote no ${route} file for ${name}`);
      return bytes;
    };

    test.each(suiteRoutes)(
      '%s: the grid is the table our Word file reads to, cell for cell, merged cells filled, with its repairs',
      async (route) => {
        const expected = gridTexts(reference ?? (await readBytes(writeDocx(projectDocument)))).map(
          (rows) => rows.map((line) => (route === 'xlsx-from-html' ? calcFromHtml(line) : line)),
        );
        const source = await readBytes(fileOf('project', route));
        expect([
          source.grids.map((grid) => grid.layout),
          gridTexts(source),
          source.grids.flatMap((grid) =>
            grid.repairs.map((each) => `${each.code} ${JSON.stringify(each.location)}`),
          ),
        ]).toEqual([[layouts[route]], expected, repairs[route]]);
      },
    );

    test.each(suiteRoutes)(
      '%s: the leaves, their weights and scores, as from our own files',
      async (route) => {
        expect(leafLines(await readBytes(fileOf('project', route)))).toEqual([
          '补贴培训人数 20 18.8',
          '培训后取证率 15 15',
          '补贴发放及时率 15 15',
          '参训人员就业率 15 15',
          '技能人才培养长效机制 15 13',
          '参训人员满意度 10 9',
        ]);
      },
    );

    test.each(suiteRoutes)(
      '%s: audits consistent, with the same checks as our Word file (the narrative total joined)',
      async (route) => {
        const referenceAudit = auditDocument(
          reference ?? (await readBytes(writeDocx(projectDocument))),
        );
        const audit = auditDocument(await readBytes(fileOf('project', route)));
        if (!audit.ok || !referenceAudit.ok) throw new Error('the audit failed');
        const expected = referenceAudit.value.checks
          .map(checkLine)
          .map((line) => (route === 'xlsx-from-html' ? calcFromHtml(line) : line));
        const checks = audit.value.checks.map(checkLine);
        expect([audit.value.status, checks]).toEqual(['consistent', expected]);
        expect(checks).toContain('repeated_total 总分 95.4 95.4 consistent');
        expect(checks).toContain('budget_score 年度资金总额 9.6 9.6 consistent');
      },
    );

    test.each(suiteRoutes)(
      '%s: the wrong budget score is exactly one finding, at the row’s 得分',
      async (route) => {
        const audit = auditDocument(await readBytes(fileOf('wrong', route)));
        if (!audit.ok) throw new Error(JSON.stringify(audit.issues));
        expect([
          audit.value.status,
          audit.value.findings.map(
            (finding) => `${checkLine(finding)} ${JSON.stringify(finding.source?.cell)}`,
          ),
        ]).toEqual([
          'inconsistent',
          [`budget_score 年度资金总额 9.8 9.6 inconsistent ${findingCells[route]}`],
        ]);
      },
    );
  });
}
