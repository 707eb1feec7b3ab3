import { JixiaoDecimal, type Dec } from '../decimal/JixiaoDecimal.js';
import type { RoundingMode } from '../decimal/RoundingPolicy.js';
import type { CellLocation } from '../tables/CellGrid.js';
import type { IndicatorNode, ScoreTable } from '../tables/scoreTable/ScoreTable.js';
import type { AuditCheck } from './AuditCheck.js';
import type { ClaimedSheet, SourceLocation } from './Claims.js';
import { compareClaim } from './makeCheck.js';
import { placementName } from './placeTables.js';

/** A table indicator's score as the table states it: its own 得分 cell, or its leaves' sum. */
interface TableScore {
  readonly value: Dec;
  readonly written: string;
  readonly location?: CellLocation;
}

/** The score a table gives an indicator: its row's 得分, else the sum of its children's. */
function scoreOf(node: IndicatorNode): TableScore | undefined {
  const own = node.values?.score;
  if (own?.kind === 'number')
    return { value: own.value, written: own.written, location: own.cell.location };
  if (node.children.length === 0) return undefined;
  const parts = node.children.map(scoreOf);
  if (parts.some((part) => part === undefined)) return undefined;
  const value = parts.reduce<Dec>(
    (sum, part) => (part === undefined ? sum : sum.plus(part.value)),
    new JixiaoDecimal(0),
  );
  return { value, written: parts.map((part) => part?.written ?? '').join(' + ') };
}

/** Every indicator of the tables by its compared name; a name written twice is left out. */
function tableScores(tables: readonly ScoreTable[]): ReadonlyMap<string, TableScore> {
  const found = new Map<string, TableScore | undefined>();
  const visit = (node: IndicatorNode): void => {
    const name = placementName(node.name);
    const score = scoreOf(node);
    if (score !== undefined) found.set(name, found.has(name) ? undefined : score);
    node.children.forEach(visit);
  };
  for (const table of tables) table.indicators?.roots.forEach(visit);
  const scores = new Map<string, TableScore>();
  for (const [name, score] of found) if (score !== undefined) scores.set(name, score);
  return scores;
}

/**
 * The narrative's scores by written name (`其中：决策18分，过程37分`, `（一）产出指标（50分）：得48分`)
 * against the score table's indicator of the same name (its 得分 cell, or its rows' sum): the
 * two must agree (`matches_table`), at the narrative's precision. Only the narrative's claims
 * outside the tables are compared (the caller passes those), and only names the tables write
 * once.
 *
 * @param claims - the narrative's claims
 * @param tables - the score tables read from the same report
 * @param source - where a table cell stands, as an audit source
 * @param mode - the rounding mode the narrative's precision is read with (the scheme's, else
 *   四舍五入, half-up)
 * @returns one check per narrative score whose name a table holds
 */
export function narrativeTableChecks(
  claims: ClaimedSheet,
  tables: readonly ScoreTable[],
  source: (location: CellLocation) => SourceLocation,
  mode: RoundingMode,
): readonly AuditCheck[] {
  const scores = tableScores(tables);
  if (scores.size === 0) return [];
  const checks: AuditCheck[] = [];
  for (const named of claims.named ?? []) {
    const table = scores.get(placementName(named.name));
    if (table === undefined) continue;
    for (const claim of named.score) {
      if (claim.derived !== undefined) continue;
      const check = compareClaim(
        {
          code: 'matches_table',
          path: [named.name],
          name: named.name,
          against: { zh: '评分表中的得分', en: 'the score table’s score' },
          check: {
            zh: `叙述所写得分与评分表一致：表中 ${table.written}`,
            en: `the narrative's score agrees with the score table: ${table.written} there`,
          },
        },
        claim,
        table.value,
        mode,
        false,
      );
      if (check === undefined) continue;
      checks.push(
        table.location === undefined
          ? check
          : { ...check, related: [...(check.related ?? []), source(table.location)] },
      );
    }
  }
  return checks;
}
