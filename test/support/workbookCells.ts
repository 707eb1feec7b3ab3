// Reads an .xlsx back as its cells: each sheet's cells by reference with the stored value (a
// shared string resolved), the formula text and the cell type, and its merged ranges. Written
// for the files jixiao writes and the files LibreOffice Calc re-saves.
import { strFromU8, unzipSync } from 'fflate';

export interface ReadCell {
  readonly value: string;
  readonly formula?: string;
  readonly type: string;
}

export interface ReadSheet {
  readonly name: string;
  readonly cells: ReadonlyMap<string, ReadCell>;
  readonly merges: readonly string[];
}

const unescape = (text: string): string =>
  text
    .replace(/&#x([0-9a-f]+);/giu, (_whole, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/gu, (_whole, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');

/** The text of a shared-string item: its `<t>` runs joined. */
const itemText = (item: string): string =>
  [...item.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/gu)]
    .map((run) => unescape(run[1] ?? ''))
    .join('');

/**
 * Every sheet of a workbook, in tab order.
 *
 * @param bytes - the .xlsx
 * @returns the sheets
 */
export function workbookSheets(bytes: Uint8Array): ReadSheet[] {
  const parts = unzipSync(bytes);
  const part = (name: string): string => {
    const found = parts[name];
    return found === undefined ? '' : strFromU8(found);
  };
  const strings = [...part('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/gu)].map((item) =>
    itemText(item[1] ?? ''),
  );
  const targets = new Map(
    [...part('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\s([^>]*?)\/?>/gu)].map(
      (relation) => {
        const attributes = relation[1] ?? '';
        const id = /Id="([^"]*)"/u.exec(attributes)?.[1] ?? '';
        const target = /Target="([^"]*)"/u.exec(attributes)?.[1] ?? '';
        return [id, target.replace(/^\/?xl\//u, '').replace(/^\//u, '')] as const;
      },
    ),
  );
  return [...part('xl/workbook.xml').matchAll(/<sheet\s([^>]*?)\/>/gu)].map((sheet) => {
    const attributes = sheet[1] ?? '';
    const name = unescape(/name="([^"]*)"/u.exec(attributes)?.[1] ?? '');
    const id = /r:id="([^"]*)"/u.exec(attributes)?.[1] ?? '';
    const xml = part(`xl/${targets.get(id) ?? ''}`);
    const cells = new Map<string, ReadCell>();
    for (const cell of xml.matchAll(/<c\s([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/gu)) {
      const cellAttributes = cell[1] ?? '';
      const body = cell[2] ?? '';
      const reference = /r="([A-Z]+\d+)"/u.exec(cellAttributes)?.[1] ?? '';
      const type = /t="([^"]*)"/u.exec(cellAttributes)?.[1] ?? 'n';
      const formula = /<f(?:\s[^>]*)?>([\s\S]*?)<\/f>/u.exec(body)?.[1];
      const stored = /<v>([\s\S]*?)<\/v>/u.exec(body)?.[1];
      const inline = /<is>([\s\S]*?)<\/is>/u.exec(body)?.[1];
      const value =
        type === 's'
          ? (strings[Number(stored)] ?? '')
          : type === 'inlineStr'
            ? itemText(inline ?? '')
            : unescape(stored ?? '');
      cells.set(reference, {
        value,
        type,
        ...(formula === undefined ? {} : { formula: unescape(formula) }),
      });
    }
    const merges = [...xml.matchAll(/<mergeCell ref="([^"]*)"/gu)].map((merge) => merge[1] ?? '');
    return { name, cells, merges };
  });
}
