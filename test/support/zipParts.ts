// What the Word and Excel test writers share: XML escaping, the placement of a document table's
// merged cells on a grid, and zipping the parts.
import { zipSync, strToU8 } from 'fflate';
import type { ContentCell } from '../fixtures/documents/projectDocument.js';

/** Escapes text for XML character data and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** One position of the grid: where a cell starts, or a position a merged cell covers. */
export type GridSlot =
  | { readonly kind: 'start'; readonly cell: ContentCell; readonly column: number }
  | {
      readonly kind: 'covered';
      /** The cell that covers it, its first row and its leftmost column (all 0-based). */
      readonly by: ContentCell;
      readonly fromRow: number;
      readonly fromColumn: number;
      readonly column: number;
    };

/** A document table placed on its grid: every row's slots left to right, and the width. */
export interface PlacedTable {
  readonly rows: readonly (readonly GridSlot[])[];
  readonly width: number;
}

/**
 * Places a document table's cells on a grid (0-based columns): each row's cells go to the
 * columns left free by cells merged down from the rows above, left to right.
 */
export function placeTable(table: readonly (readonly ContentCell[])[]): PlacedTable {
  const occupied = new Map<string, GridSlot>();
  const rows: GridSlot[][] = [];
  let width = 0;
  table.forEach((cells, rowIndex) => {
    let column = 0;
    for (const cell of cells) {
      while (occupied.has(`${rowIndex}:${column}`)) column += 1;
      const rowSpan = cell.rowSpan ?? 1;
      const colSpan = cell.colSpan ?? 1;
      for (let down = 0; down < rowSpan; down += 1)
        for (let across = 0; across < colSpan; across += 1) {
          const slot: GridSlot =
            down === 0 && across === 0
              ? { kind: 'start', cell, column }
              : {
                  kind: 'covered',
                  by: cell,
                  fromRow: rowIndex,
                  fromColumn: column,
                  column: column + across,
                };
          occupied.set(`${rowIndex + down}:${column + across}`, slot);
        }
      column += colSpan;
      width = Math.max(width, column);
    }
  });
  for (let rowIndex = 0; rowIndex < table.length; rowIndex += 1) {
    const row: GridSlot[] = [];
    for (let column = 0; column < width; column += 1) {
      const slot = occupied.get(`${rowIndex}:${column}`);
      if (slot !== undefined) row.push(slot);
    }
    rows.push(row);
  }
  return { rows, width };
}

/** Zips parts given as text (deflated, as Office writes them). */
export function zipParts(parts: Readonly<Record<string, string>>): Uint8Array {
  return zipSync(
    Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)])),
    { level: 6, mtime: new Date('2024-01-01T00:00:00Z') },
  );
}
