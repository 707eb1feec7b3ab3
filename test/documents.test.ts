// One project self-evaluation written as Word, Excel and PDF by the tests' own writers, from the
// same content (test/fixtures/documents/projectDocument.ts): the three files must read to the
// same score table, audit to the same checks, and import to the same data file; the version with
// one wrong budget score must give exactly that finding in each format.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { auditDocument } from '../src/audit/auditDocument.js';
import { containerFormat } from '../src/tables/documentFormat.js';
import type { DocumentSource } from '../src/tables/DocumentSource.js';
import { importGrids } from '../src/tables/import/index.js';
import { readDocument, type DocumentLoaders } from '../src/tables/readDocument.js';
import {
  projectDocument,
  projectDocumentWrongBudgetScore,
  type DocumentContent,
} from './fixtures/documents/projectDocument.js';
import { runJixiao, runJixiaoAsync } from './support/runJixiao.js';
import {
  docxPackage,
  documentXml,
  paragraphXml,
  tableXml,
  writeDocx,
} from './support/writeDocx.js';
import { writePdf } from './support/writePdf.js';
import { writeXlsx } from './support/writeXlsx.js';
import { checkLine, leafLines } from './support/documentLines.js';

const writers = {
  docx: writeDocx,
  xlsx: writeXlsx,
  pdf: (content: DocumentContent) => writePdf(content),
} as const;
const formats = ['docx', 'xlsx', 'pdf'] as const;
type Format = (typeof formats)[number];

/** A document written in a format and read back. */
async function readBack(format: Format, content: DocumentContent): Promise<DocumentSource> {
  const read = await readDocument(writers[format](content));
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  return read.value;
}

const scratch = mkdtempSync(join(tmpdir(), 'jixiao-documents-'));
/** Writes a document in a format to a scratch file and returns its path. */
function fileOf(format: Format, content: DocumentContent, name = 'project'): string {
  const path = join(scratch, `${name}.${format}`);
  writeFileSync(path, writers[format](content));
  return path;
}

describe('the same project document as Word, Excel and PDF', () => {
  test('each file is told by its bytes', () => {
    expect(formats.map((format) => containerFormat(writers[format](projectDocument)))).toEqual([
      'zip',
      'zip',
      'pdf',
    ]);
  });

  test('the three formats read to the same leaves, weights and scores', async () => {
    const leaves = await Promise.all(
      formats.map(async (format) => leafLines(await readBack(format, projectDocument))),
    );
    expect(leaves[0]).toEqual([
      '补贴培训人数 20 18.8',
      '培训后取证率 15 15',
      '补贴发放及时率 15 15',
      '参训人员就业率 15 15',
      '技能人才培养长效机制 15 13',
      '参训人员满意度 10 9',
    ]);
    expect(leaves[1]).toEqual(leaves[0]);
    expect(leaves[2]).toEqual(leaves[0]);
  });

  test('the three formats audit to the same checks: consistent, with the narrative total joined', async () => {
    const audits = await Promise.all(
      formats.map(async (format) => {
        const audit = auditDocument(await readBack(format, projectDocument));
        if (!audit.ok) throw new Error(JSON.stringify(audit.issues));
        return audit.value;
      }),
    );
    const [docx, xlsx, pdf] = audits.map((audit) => ({
      status: audit.status,
      layouts: audit.tables.map((table) => table.layout),
      checks: audit.checks.map(checkLine),
    }));
    expect(docx?.status).toBe('consistent');
    expect(docx?.layouts).toEqual(['docx']);
    expect(docx?.checks).toContain('repeated_total 总分 95.4 95.4 consistent');
    expect(docx?.checks).toContain('budget_score 年度资金总额 9.6 9.6 consistent');
    expect(xlsx?.checks).toEqual(docx?.checks);
    expect(pdf?.checks).toEqual(docx?.checks);
    expect([xlsx?.layouts, pdf?.layouts]).toEqual([['xlsx'], ['pdf']]);
  });

  test('one wrong budget score is exactly one finding in each format, at its cell', async () => {
    const found = await Promise.all(
      formats.map(async (format) => {
        const audit = auditDocument(await readBack(format, projectDocumentWrongBudgetScore));
        if (!audit.ok) throw new Error(JSON.stringify(audit.issues));
        return audit.value.findings.map(
          (finding) => `${checkLine(finding)} ${JSON.stringify(finding.source?.cell)}`,
        );
      }),
    );
    expect(found).toEqual([
      [
        'budget_score 年度资金总额 9.8 9.6 inconsistent {"kind":"table","table":1,"row":4,"column":8}',
      ],
      [
        'budget_score 年度资金总额 9.8 9.6 inconsistent {"kind":"sheet","sheet":"自评表","cell":"H7"}',
      ],
      [
        'budget_score 年度资金总额 9.8 9.6 inconsistent {"kind":"page","page":1,"line":9,"column":8}',
      ],
    ]);
  });

  test('the three formats import to the same data file, but for the source each names', async () => {
    const data = await Promise.all(
      formats.map(async (format) => {
        const imported = importGrids((await readBack(format, projectDocument)).grids);
        if (!imported.ok) throw new Error(JSON.stringify(imported.issues));
        // The scheme's source names the format it was imported from; the rest must be equal.
        const { data } = imported.value;
        const scheme = { ...(data['scheme'] as Record<string, unknown>), source: '' };
        return JSON.stringify({ ...data, scheme });
      }),
    );
    expect(data[1]).toBe(data[0]);
    expect(data[2]).toBe(data[0]);
  });
});

describe('the committed example files (used by docs/audit.md and docs/import.md)', () => {
  // Written by the tests' writers; JIXIAO_UPDATE_DOCUMENTS=1 writes them again.
  const examples = [
    ['project-2024', projectDocument],
    ['project-2024-wrong-budget', projectDocumentWrongBudgetScore],
  ] as const;
  const folder = new URL('./fixtures/documents/', import.meta.url);

  test.each(
    examples.flatMap(([name, content]) =>
      formats.map((format) => [name, format, content] as const),
    ),
  )('%s.%s reads as the content it was written from', async (name, format, content) => {
    const file = new URL(`${name}.${format}`, folder);
    if (process.env['JIXIAO_UPDATE_DOCUMENTS'] === '1')
      writeFileSync(file, writers[format](content));
    const committed = await readDocument(readFileSync(file));
    const fresh = await readDocument(writers[format](content));
    expect(committed).toEqual(fresh);
  });
});

describe('a Word 自评表 split in two tables', () => {
  // The budget block as one table under the title, the indicators as a second one after a
  // paragraph: one score table, as a text with two tables under one title reads.
  const split = (content: DocumentContent): Uint8Array =>
    docxPackage(
      documentXml(
        [
          paragraphXml(content.title),
          tableXml(content.table.slice(0, 6)),
          paragraphXml('二、绩效指标完成情况'),
          tableXml(content.table.slice(6)),
          ...content.after.map(paragraphXml),
        ].join(''),
      ),
    );

  test('reads as one table, marked tables_joined, and audits consistent: 总分 = 9.6 + 85.8', async () => {
    const read = await readDocument(split(projectDocument));
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    const audit = auditDocument(read.value);
    if (!audit.ok) throw new Error(JSON.stringify(audit.issues));
    expect([
      read.value.grids.length,
      read.value.grids[0]?.repairs.map((repair) => repair.code),
      audit.value.status,
      audit.value.checks.filter((check) => check.code === 'total_sum').map(checkLine),
    ]).toEqual([1, ['tables_joined'], 'consistent', ['total_sum 总分 95.4 95.4 consistent']]);
  });

  test('the wrong budget score in the split document is still exactly one finding', async () => {
    const read = await readDocument(split(projectDocumentWrongBudgetScore));
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    const audit = auditDocument(read.value);
    expect(audit.ok && audit.value.findings.map(checkLine)).toEqual([
      'budget_score 年度资金总额 9.8 9.6 inconsistent',
    ]);
  });
});

describe('a PDF 自评表 drawn as two tables (budget block, then indicators)', () => {
  // Written by a trial's own PDF writer, not ours: the page's one title over both tables. The
  // planted error is the total: 95.5 where 9.5 + 49 + 25 + 10 = 93.5.
  test.each(['trial-two-tables-one-page.pdf', 'trial-two-tables-two-pages.pdf'])(
    '%s reads as one table whose only finding is the total',
    async (name) => {
      const read = await readDocument(
        readFileSync(new URL(`./fixtures/documents/${name}`, import.meta.url)),
      );
      if (!read.ok) throw new Error(JSON.stringify(read.issues));
      const audit = auditDocument(read.value);
      if (!audit.ok) throw new Error(JSON.stringify(audit.issues));
      expect([read.value.grids.length, audit.value.findings.map(checkLine)]).toEqual([
        1,
        ['total_sum 总分 95.5 93.5 inconsistent'],
      ]);
    },
  );
});

describe('jixiao audit and import on files', () => {
  test.each(formats)(
    'audit %s: exit 0, the table named by its format, JSON on stdout',
    async (format) => {
      const run = await runJixiaoAsync(
        'audit',
        fileOf(format, projectDocument),
        '--format',
        'json',
      );
      const audit = JSON.parse(run.stdout) as {
        exit: number;
        status: string;
        coverage: { tables: { layout: string }[] };
      };
      expect([
        run.code,
        audit.exit,
        audit.status,
        audit.coverage.tables.map((t) => t.layout),
      ]).toEqual([0, 0, 'consistent', [format]]);
    },
  );

  test.each(formats)(
    'audit %s with the wrong budget score: exit 1, the finding at its place',
    async (format) => {
      const run = await runJixiaoAsync(
        'audit',
        fileOf(format, projectDocumentWrongBudgetScore, 'wrong'),
        '--lang',
        'en',
      );
      // The finding stands at the cell it is about: the row's 得分.
      const place = {
        docx: 'Word table 1, row 4, column 8',
        xlsx: '自评表!H7',
        pdf: 'page 1, line 9',
      }[format];
      expect([
        run.code,
        run.stdout.split('\n').filter((line) => line.startsWith(`  ${place}:`)),
      ]).toEqual([1, [expect.stringContaining('9.8')]]);
    },
  );

  test('import of a Word file writes a data file that jixiao score reproduces: 总分 95.4', async () => {
    const out = join(scratch, 'imported.json');
    const run = await runJixiaoAsync('import', fileOf('docx', projectDocument), '-o', out);
    expect(run.code).toBe(0);
    const scored = runJixiao('score', out, '--format', 'json');
    expect([scored.code, (JSON.parse(scored.stdout) as { total: string }).total]).toEqual([
      0,
      '95.4',
    ]);
  });

  test('an old binary Office file, another zip and a missing reader are clear issues, exit 2', async () => {
    const ole = join(scratch, 'old.xls');
    writeFileSync(ole, Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    const run = await runJixiaoAsync('audit', ole, '--format', 'json');
    const failed = JSON.parse(run.stdout) as { exit: number; issues: { code: string }[] };
    expect([run.code, failed.exit, failed.issues.map((issue) => issue.code)]).toEqual([
      2,
      2,
      ['unsupported_format'],
    ]);
    const missing: DocumentLoaders = {
      fflate: () => Promise.reject(new Error("Cannot find package 'fflate'")),
      pdfjs: () => Promise.reject(new Error("Cannot find package 'pdfjs-dist'")),
    };
    const [docx, pdf] = await Promise.all([
      readDocument(writeDocx(projectDocument), missing),
      readDocument(writePdf(projectDocument), missing),
    ]);
    expect(
      [docx, pdf].map((read) => (read.ok ? 'ok' : read.issues.map((i) => i.message.en))),
    ).toEqual([
      [
        "Reading .docx / .xlsx files needs the optional dependency fflate, which could not be loaded (Cannot find package 'fflate'): run npm install fflate@^0.8.0",
      ],
      [
        "Reading .pdf files needs the optional dependency pdfjs-dist, which could not be loaded (Cannot find package 'pdfjs-dist'): run npm install pdfjs-dist@^5.5.0",
      ],
    ]);
  });
});

describe('the optional readers stay out of the core', () => {
  /** Every file of dist/ an entry reaches through its relative imports, with its text. */
  function reached(entry: string): ReadonlyMap<string, string> {
    const files = new Map<string, string>();
    const visit = (file: string): void => {
      if (files.has(file)) return;
      const text = readFileSync(new URL(`../dist/${file}`, import.meta.url), 'utf8');
      files.set(file, text);
      for (const match of text.matchAll(/(?:from\s*|import\()\s*['"]\.\/([^'"]+)['"]/gu))
        if (match[1] !== undefined) visit(match[1]);
    };
    visit(entry);
    return files;
  }

  test.each(['index.js', 'json.js', 'testing.js'])(
    'dist/%s and the chunks it reaches name neither fflate nor pdfjs-dist',
    (entry) => {
      const files = reached(entry);
      expect(files.size).toBeGreaterThan(1);
      expect(
        [...files].filter(([, text]) => text.includes('fflate') || text.includes('pdfjs-dist')),
      ).toEqual([]);
    },
  );

  test('dist/documents.js loads them only by dynamic import', () => {
    const text = [...reached('documents.js').values()].join('\n');
    expect(text.match(/import\(['"](?:fflate|pdfjs-dist[^'"]*)['"]\)/gu)).toEqual([
      "import('fflate')",
      "import('pdfjs-dist/legacy/build/pdf.mjs')",
    ]);
    expect(text).not.toMatch(/from\s*['"](?:fflate|pdfjs-dist)/u);
  });
});

describe('a custom loader whose module lacks the reader', () => {
  /** Loaders that resolve to the given modules, as an untyped caller may pass them. */
  const loadersOf = (fflate: unknown, pdfjs: unknown): DocumentLoaders =>
    ({
      fflate: () => Promise.resolve(fflate),
      pdfjs: () => Promise.resolve(pdfjs),
    }) as unknown as DocumentLoaders;

  test('a module without unzipSync or getDocument (empty, a string, null) is missing_dependency, never a rejection', async () => {
    const modules: readonly unknown[] = [{}, { unzipSync: 'no', getDocument: 1 }, null];
    const reads = await Promise.all(
      modules.flatMap((module) => [
        readDocument(writeDocx(projectDocument), loadersOf(module, module)),
        readDocument(writeXlsx(projectDocument), loadersOf(module, module)),
        readDocument(writePdf(projectDocument), loadersOf(module, module)),
      ]),
    );
    const docx =
      'Reading .docx / .xlsx files needs the optional dependency fflate, which could not be loaded (the loaded module has no unzipSync function): run npm install fflate@^0.8.0';
    const pdf =
      'Reading .pdf files needs the optional dependency pdfjs-dist, which could not be loaded (the loaded module has no getDocument function): run npm install pdfjs-dist@^5.5.0';
    expect(
      reads.map((read) =>
        read.ok ? 'ok' : read.issues.map((issue) => `${issue.code}: ${issue.message.en}`),
      ),
    ).toEqual(
      modules.flatMap(() => [
        [`missing_dependency: ${docx}`],
        [`missing_dependency: ${docx}`],
        [`missing_dependency: ${pdf}`],
      ]),
    );
  });
});
