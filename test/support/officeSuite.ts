// Has LibreOffice (headless `soffice`) write the project document as a real office suite does:
// our own .docx and .xlsx re-saved by Writer and Calc, both printed to PDF, and an HTML table
// with rowspan/colspan opened by Writer and by Calc and saved as .docx and .xlsx, so that the
// merged cells, styles, shared strings, number formats and embedded fonts are the suite's own.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { DocumentContent } from '../fixtures/documents/projectDocument.js';
import { writeDocx } from './writeDocx.js';
import { writeXlsx } from './writeXlsx.js';
import { findExecutable } from './systemProgram.js';
import { escapeXml, placeTable } from './zipParts.js';

/**
 * The path of `soffice` on PATH, or undefined when LibreOffice is not installed.
 *
 * @param path - the PATH to search (the process's by default)
 * @returns the executable's path, or undefined
 */
export function findSoffice(path = process.env['PATH'] ?? ''): string | undefined {
  return findExecutable('soffice', path);
}

/** A cell's text as HTML: escaped, its line breaks as `<br>`. */
const htmlText = (text: string): string => escapeXml(text).split('\n').join('<br>');

/**
 * The document as an HTML page: the title as a heading, the paragraphs, and the table with
 * `rowspan` / `colspan` on its merged cells (each listed once, as the content lists it).
 *
 * @param content - title, paragraphs before, the table, paragraphs after
 * @returns the HTML text
 */
export function htmlOf(content: DocumentContent): string {
  const paragraphs = (texts: readonly string[]): string =>
    texts.map((text) => `<p>${htmlText(text)}</p>`).join('\n');
  const rows = content.table.map((cells) => {
    const tds = cells.map((cell) => {
      const rowSpan = cell.rowSpan ?? 1;
      const colSpan = cell.colSpan ?? 1;
      const spans = `${rowSpan > 1 ? ` rowspan="${rowSpan}"` : ''}${colSpan > 1 ? ` colspan="${colSpan}"` : ''}`;
      return `<td${spans}>${htmlText(cell.text)}</td>`;
    });
    return `<tr>${tds.join('')}</tr>`;
  });
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${htmlText(content.title)}</title></head>
<body>
<h1>${htmlText(content.title)}</h1>
${paragraphs(content.before)}
<table border="1" cellspacing="0" cellpadding="2">
${rows.join('\n')}
</table>
${paragraphs(content.after)}
</body></html>
`;
}

/** A text's width in Excel's column units: two for a CJK or full-width character, one else. */
function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return width;
}

/** The table's column widths: each column as wide as its longest unmerged cell, and a margin. */
function columnWidths(content: DocumentContent): number[] {
  const placed = placeTable(content.table);
  const widths = Array<number>(placed.width).fill(6);
  for (const slots of placed.rows)
    for (const slot of slots)
      if (slot.kind === 'start' && (slot.cell.colSpan ?? 1) === 1)
        widths[slot.column] = Math.max(widths[slot.column] ?? 0, textWidth(slot.cell.text) + 2);
  return widths;
}

/**
 * The document as a workbook laid out for printing, as a real 自评表 sheet is: our .xlsx with
 * each column as wide as its text, a landscape A4 page fitted to one page wide, and a thin
 * border round every cell of the table. Our bare .xlsx (default widths, no borders) prints
 * clipped: Calc cuts a text at the next filled cell, so the PDF holds `某市人力资源和社会保障`
 * for `某市人力资源和社会保障局`, which no reader can restore. (Wide columns without borders
 * print a table with no rules: right-aligned numbers start at scattered places and pdf.js joins
 * a number to the text of the next cell; the PDF reader's borderless path reads it by how the
 * cells align, see test/office-suite-borderless.test.ts.)
 *
 * @param content - title, paragraphs before, the table, paragraphs after
 * @returns the .xlsx bytes
 */
export function printableXlsx(content: DocumentContent): Uint8Array {
  const parts = unzipSync(writeXlsx(content));
  const text = (name: string): string => strFromU8(parts[name] ?? new Uint8Array());
  const firstTableRow = 2 + content.before.length;
  const lastTableRow = firstTableRow + content.table.length - 1;
  const cols = columnWidths(content)
    .map(
      (width, index) =>
        `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`,
    )
    .join('');
  const sheet = text('xl/worksheets/sheet1.xml')
    .replace(/(<worksheet[^>]*>)/u, '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>')
    .replace(/(<dimension[^>]*\/>)/u, `$1<cols>${cols}</cols>`)
    .replace(
      /(<pageMargins[^>]*\/>)/u,
      '$1<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
    )
    .replace(
      /<c r="([A-Z]+)(\d+)"(?: s="(\d+)")?/gu,
      (whole, letters: string, row: string, style: string | undefined) => {
        const number = Number(row);
        if (number < firstTableRow || number > lastTableRow) return whole;
        return `<c r="${letters}${row}" s="${Number(style ?? '0') + 4}"`;
      },
    );
  const styles = text('xl/styles.xml')
    .replace(
      /<borders count="1">(.*?)<\/borders>/u,
      '<borders count="2">$1<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>',
    )
    .replace(/<cellXfs count="4">(.*?)<\/cellXfs>/u, (_whole, xfs: string) => {
      const bordered = xfs.replaceAll('borderId="0"', 'borderId="1" applyBorder="1"');
      return `<cellXfs count="8">${xfs}${bordered}</cellXfs>`;
    });
  parts['xl/styles.xml'] = strToU8(styles);
  parts['xl/worksheets/sheet1.xml'] = strToU8(sheet);
  return zipSync(parts, { level: 6, mtime: new Date('2024-01-01T00:00:00Z') });
}

/** How a file was made: which suite program wrote it, from what. */
export const suiteRoutes = [
  'docx-by-writer',
  'pdf-by-writer',
  'xlsx-by-calc',
  'pdf-by-calc',
  'docx-from-html',
  'xlsx-from-html',
] as const;
export type SuiteRoute = (typeof suiteRoutes)[number];

/** The files written for the suite to open, by kind: their name's ending and their bytes. */
const inputs = {
  docx: { ending: '-word.docx', write: writeDocx },
  xlsx: { ending: '-calc.xlsx', write: writeXlsx },
  printableXlsx: { ending: '-printable.xlsx', write: printableXlsx },
  html: { ending: '.html', write: (content: DocumentContent) => strToU8(htmlOf(content)) },
} as const;
type InputKind = keyof typeof inputs;

/** One soffice call: the routes it makes (from which input), its filter arguments, its output. */
interface Conversion {
  readonly routes: readonly { readonly route: SuiteRoute; readonly input: InputKind }[];
  readonly args: readonly string[];
  readonly extension: string;
}

/**
 * The soffice calls, as few as the command line allows (one output filter and one input filter
 * per call). `--convert-to pdf` picks the printing filter by the program that opened the
 * document: writer_pdf_Export for the Word file, calc_pdf_Export for the workbooks, so one call
 * prints them all.
 */
const conversions: readonly Conversion[] = [
  {
    routes: [{ route: 'docx-by-writer', input: 'docx' }],
    args: ['--convert-to', 'docx:MS Word 2007 XML'],
    extension: 'docx',
  },
  {
    routes: [{ route: 'xlsx-by-calc', input: 'xlsx' }],
    args: ['--convert-to', 'xlsx:Calc MS Excel 2007 XML'],
    extension: 'xlsx',
  },
  {
    routes: [
      { route: 'pdf-by-writer', input: 'docx' },
      { route: 'pdf-by-calc', input: 'printableXlsx' },
    ],
    args: ['--convert-to', 'pdf'],
    extension: 'pdf',
  },
  {
    routes: [{ route: 'docx-from-html', input: 'html' }],
    args: ['--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML'],
    extension: 'docx',
  },
  {
    routes: [{ route: 'xlsx-from-html', input: 'html' }],
    args: ['--infilter=HTML (StarCalc)', '--convert-to', 'xlsx:Calc MS Excel 2007 XML'],
    extension: 'xlsx',
  },
];

/** What one soffice call printed, and how it ended (never rejects). */
function runSoffice(
  soffice: string,
  args: readonly string[],
  home: string,
): Promise<{ readonly said: string; readonly failed: boolean }> {
  return new Promise((resolve) => {
    execFile(
      soffice,
      args,
      { encoding: 'utf8', env: { ...process.env, HOME: home }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const ended = error === null ? 'exit 0' : error.message;
        resolve({ said: `${ended}\n${stdout}\n${stderr}`, failed: error !== null });
      },
    );
  });
}

/** The files the suite wrote, by document name and route. */
export type SuiteFiles = ReadonlyMap<string, ReadonlyMap<SuiteRoute, Uint8Array>>;

/**
 * Writes each document with the tests' writers (.docx, .xlsx, a printable .xlsx) and as HTML
 * into a folder, then has LibreOffice convert them along every {@link suiteRoutes | route},
 * with a fresh user profile in the folder (so that runs side by side do not share one). Each
 * call converts every document at once, since soffice is slow to start; the calls run one
 * after another (they share the profile), without blocking the test worker. Rejects with
 * soffice's output when a call fails or leaves a file out.
 *
 * @param soffice - the executable ({@link findSoffice})
 * @param folder - an empty scratch folder
 * @param documents - the documents by file name stem
 * @returns the suite's files, read back
 */
export async function convertWithSuite(
  soffice: string,
  folder: string,
  documents: ReadonlyMap<string, DocumentContent>,
): Promise<SuiteFiles> {
  const given = join(folder, 'in');
  mkdirSync(given, { recursive: true });
  const inputPath = (name: string, kind: InputKind): string =>
    join(given, `${name}${inputs[kind].ending}`);
  for (const [name, content] of documents)
    for (const kind of Object.keys(inputs) as InputKind[])
      writeFileSync(inputPath(name, kind), inputs[kind].write(content));
  const profile = pathToFileURL(join(folder, 'profile')).href;
  const files = new Map<string, Map<SuiteRoute, Uint8Array>>(
    [...documents.keys()].map((name) => [name, new Map()]),
  );
  for (const [index, conversion] of conversions.entries()) {
    const out = join(folder, `out-${index + 1}`);
    const sources = conversion.routes.flatMap(({ input }) =>
      [...documents.keys()].map((name) => inputPath(name, input)),
    );
    const run = await runSoffice(
      soffice,
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        ...conversion.args,
        '--outdir',
        out,
        ...sources,
      ],
      folder,
    );
    const said = `soffice ${conversion.args.join(' ')}: ${run.said}`;
    if (run.failed) throw new Error(said);
    for (const { route, input } of conversion.routes)
      for (const name of documents.keys()) {
        const stem = basename(inputPath(name, input)).replace(/\.[a-z]+$/u, '');
        const path = join(out, `${stem}.${conversion.extension}`);
        let bytes: Uint8Array;
        try {
          bytes = new Uint8Array(readFileSync(path));
        } catch {
          throw new Error(`${said}\nno ${path}`);
        }
        files.get(name)?.set(route, bytes);
      }
  }
  rmSync(join(folder, 'profile'), { recursive: true, force: true });
  return files;
}

/**
 * Has LibreOffice convert files in one soffice call (`--convert-to pdf`, `txt:Text (encoded):UTF8`,
 * `docx:MS Word 2007 XML`), with a fresh user profile in the folder. Rejects with soffice's output
 * when the call fails or leaves a file out.
 *
 * @param soffice - the executable ({@link findSoffice})
 * @param folder - an empty scratch folder
 * @param files - the files to convert, by file name (`name.docx`, `name.xlsx`)
 * @param convertTo - the `--convert-to` argument
 * @param extension - the converted files' extension (`pdf`, `txt`, `docx`)
 * @returns each file's conversion, by the same file name
 */
export async function convertFilesWithSuite(
  soffice: string,
  folder: string,
  files: ReadonlyMap<string, Uint8Array>,
  convertTo: string,
  extension: string,
): Promise<ReadonlyMap<string, Uint8Array>> {
  const given = join(folder, `${extension}-in`);
  const out = join(folder, `${extension}-out`);
  mkdirSync(given, { recursive: true });
  for (const [name, bytes] of files) writeFileSync(join(given, name), bytes);
  const profile = pathToFileURL(join(folder, `${extension}-profile`)).href;
  const run = await runSoffice(
    soffice,
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--convert-to',
      convertTo,
      '--outdir',
      out,
      ...[...files.keys()].map((name) => join(given, name)),
    ],
    folder,
  );
  const said = `soffice --convert-to ${convertTo}: ${run.said}`;
  if (run.failed) throw new Error(said);
  const converted = new Map<string, Uint8Array>();
  for (const name of files.keys()) {
    const path = join(out, `${name.replace(/\.[a-z]+$/u, '')}.${extension}`);
    try {
      converted.set(name, new Uint8Array(readFileSync(path)));
    } catch {
      throw new Error(`${said}\nno ${path}`);
    }
  }
  rmSync(join(folder, `${extension}-profile`), { recursive: true, force: true });
  return converted;
}

/**
 * Has LibreOffice print files to PDF in one soffice call (Writer prints a .docx, Calc an .xlsx),
 * with a fresh user profile in the folder. Rejects with soffice's output when the call fails or
 * leaves a file out.
 *
 * @param soffice - the executable ({@link findSoffice})
 * @param folder - an empty scratch folder
 * @param files - the files to print, by file name (`name.docx`, `name.xlsx`)
 * @returns each file's PDF, by the same file name
 */
export function printWithSuite(
  soffice: string,
  folder: string,
  files: ReadonlyMap<string, Uint8Array>,
): Promise<ReadonlyMap<string, Uint8Array>> {
  return convertFilesWithSuite(soffice, folder, files, 'pdf', 'pdf');
}

/**
 * The user profile's settings that make Calc recalculate every formula when it loads a file
 * (Excel 2007 and newer, and ODF), rather than keep the cached values the file holds.
 */
const recalculateOnLoad = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Has LibreOffice Calc open workbooks, recalculate every formula and save them again as .xlsx,
 * in one soffice call with a throwaway user profile in the folder whose settings say to always
 * recalculate on load. Rejects with soffice's output when the call fails or leaves a file out.
 *
 * @param soffice - the executable ({@link findSoffice})
 * @param folder - an empty scratch folder
 * @param files - the workbooks, by file name (`name.xlsx`)
 * @returns each workbook as Calc saved it, by the same file name
 */
export async function recalculateWithSuite(
  soffice: string,
  folder: string,
  files: ReadonlyMap<string, Uint8Array>,
): Promise<ReadonlyMap<string, Uint8Array>> {
  const given = join(folder, 'recalculate-in');
  const out = join(folder, 'recalculate-out');
  const profileFolder = join(folder, 'recalculate-profile');
  mkdirSync(given, { recursive: true });
  mkdirSync(join(profileFolder, 'user'), { recursive: true });
  writeFileSync(join(profileFolder, 'user', 'registrymodifications.xcu'), recalculateOnLoad);
  for (const [name, bytes] of files) writeFileSync(join(given, name), bytes);
  const run = await runSoffice(
    soffice,
    [
      `-env:UserInstallation=${pathToFileURL(profileFolder).href}`,
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--convert-to',
      'xlsx:Calc MS Excel 2007 XML',
      '--outdir',
      out,
      ...[...files.keys()].map((name) => join(given, name)),
    ],
    folder,
  );
  const said = `soffice --convert-to xlsx: ${run.said}`;
  if (run.failed) throw new Error(said);
  const saved = new Map<string, Uint8Array>();
  for (const name of files.keys()) {
    const path = join(out, name);
    try {
      saved.set(name, new Uint8Array(readFileSync(path)));
    } catch {
      throw new Error(`${said}\nno ${path}`);
    }
  }
  rmSync(profileFolder, { recursive: true, force: true });
  return saved;
}
