import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CellGrid } from '../../src/tables/CellGrid.js';

/**
 * Test support: the text of a fixture of test/fixtures/tables, and a grid's cells as text.
 *
 * @internal
 */
export function fixtureText(name: string): string {
  return readFileSync(
    fileURLToPath(new URL(`../fixtures/tables/${name}`, import.meta.url)),
    'utf8',
  );
}

/** A grid as plain data: its layout, title text, rows of cell texts and repairs (code, line). */
export interface GridSummary {
  readonly layout: string;
  readonly title: string | undefined;
  readonly rows: readonly (readonly string[])[];
  readonly repairs: readonly (readonly [string, number])[];
}

/** Each grid as plain data, for exact comparisons in tests. @internal */
export function summarizeGrids(grids: readonly CellGrid[]): GridSummary[] {
  return grids.map((grid) => ({
    layout: grid.layout,
    title: grid.title?.text,
    rows: grid.rows.map((row) => row.cells.map((cell) => cell.text)),
    repairs: grid.repairs.map(
      (repair) =>
        [repair.code, repair.location.kind === 'text' ? repair.location.line : 0] as const,
    ),
  }));
}
