import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { evaluate } from '../evaluate/evaluate.js';
import { isDeepFrozen } from '../evaluate/isDeepFrozen.js';
import { indexNodes } from '../evaluation/indexNodes.js';
import type { Evaluation } from '../evaluation/Evaluation.js';
import { parseDataFile, type DataFile } from './parseDataFile.js';
import { placeDataFileIssues } from './placeDataFileIssues.js';
import { schemeToJson } from './schemeToJson.js';

const text = readFileSync(new URL('../../examples/project-2024.json', import.meta.url), 'utf8');

interface Row {
  id: string;
  name: string;
  weight: string;
  target: string;
  actual?: string;
  deviationReason?: string;
  score?: string;
  [key: string]: unknown;
}

/** The example project, fresh from its text, with its output rows changed by `change`. */
function project(change: (outputs: Row[]) => void = () => undefined): unknown {
  const json = JSON.parse(text) as { indicators: { outputs: Row[] } };
  change(json.indicators.outputs);
  return json;
}

function read(json: unknown): DataFile {
  const data = parseDataFile(json);
  if (!data.ok) throw new Error(JSON.stringify(data.issues, null, 2));
  return data.value;
}

function scored(data: DataFile): Evaluation {
  const result = evaluate(data.scheme, data.inputs);
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.value;
}

function leafOf(data: DataFile, id: string): { name: string; weight: string; rule: unknown } {
  const found = indexNodes(scored(data)).get(id);
  if (found?.type !== 'leaf') throw new Error(`no leaf ${id}`);
  return { name: found.name.zh, weight: found.weight, rule: found.rule };
}

describe('parseDataFile on a preset: each document gets its own scheme', () => {
  test('the same document read twice gets the very same deep-frozen scheme', () => {
    const first = read(project());
    const second = read(project());
    expect(second.scheme).toBe(first.scheme);
    expect(isDeepFrozen(first.scheme)).toBe(true);
    expect(JSON.stringify(scored(second))).toBe(JSON.stringify(scored(first)));
  });

  test('another name, weight, target or id gives another scheme with its own values', () => {
    const base = read(project());
    const renamed = read(
      project((rows) => {
        const [first] = rows;
        if (first === undefined) throw new Error('no rows');
        first.name = '改造小区个数';
      }),
    );
    const reweighted = read(
      project((rows) => {
        const [first, second] = rows;
        if (first === undefined || second === undefined) throw new Error('no rows');
        first.weight = '14';
        second.weight = '11';
      }),
    );
    const retargeted = read(
      project((rows) => {
        const [first] = rows;
        if (first === undefined) throw new Error('no rows');
        first.target = '≥15个';
        first.deviationReason = '3 个小区延期';
      }),
    );
    const renumbered = read(
      project((rows) => {
        const [first] = rows;
        if (first === undefined) throw new Error('no rows');
        first.id = 'estates';
      }),
    );
    const schemes = [base, renamed, reweighted, retargeted, renumbered].map((data) => data.scheme);
    expect(new Set(schemes).size).toBe(5);
    expect(leafOf(base, 'estates-renovated').name).toBe('改造小区数量');
    expect(leafOf(renamed, 'estates-renovated').name).toBe('改造小区个数');
    expect(leafOf(reweighted, 'estates-renovated').weight).toBe('14');
    expect(leafOf(reweighted, 'lifts-installed').weight).toBe('11');
    expect(leafOf(base, 'estates-renovated').rule).toMatchObject({ target: '12' });
    expect(leafOf(retargeted, 'estates-renovated').rule).toMatchObject({ target: '15' });
    expect(indexNodes(scored(renumbered)).has('estates-renovated')).toBe(false);
    expect(indexNodes(scored(renumbered)).get('estates')?.score).toBe('15.00');
    // 12 of 15 against a target of 15: 12 ÷ 15 × 15 = 12.
    expect(indexNodes(scored(retargeted)).get('estates-renovated')?.score).toBe('12.00');
    expect(indexNodes(scored(base)).get('estates-renovated')?.score).toBe('15.00');
  });

  test('a kept scheme is shared by documents that differ only in their results', () => {
    const base = read(project());
    const short = read(
      project((rows) => {
        const [first] = rows;
        if (first === undefined) throw new Error('no rows');
        first.actual = '9个';
        first.deviationReason = '2 个小区延期';
      }),
    );
    expect(short.scheme).toBe(base.scheme);
    expect(indexNodes(scored(short)).get('estates-renovated')?.score).toBe('11.25');
    expect(indexNodes(scored(base)).get('estates-renovated')?.score).toBe('15.00');
  });

  test('reading other documents never changes a scheme handed out before', () => {
    const first = read(project());
    const before = JSON.stringify(schemeToJson(first.scheme));
    for (const weight of ['14', '13', '12'])
      read(
        project((rows) => {
          const [one, two] = rows;
          if (one === undefined || two === undefined) throw new Error('no rows');
          one.weight = weight;
          two.weight = String(25 - Number(weight));
        }),
      );
    expect(JSON.stringify(schemeToJson(first.scheme))).toBe(before);
    expect(isDeepFrozen(first.scheme)).toBe(true);
  });
});

describe('parseDataFile refuses a percentage where an amount or a count is written', () => {
  const codesAt = (json: unknown): readonly (readonly [string, string])[] => {
    const data = parseDataFile(json);
    return data.ok ? [] : data.issues.map((found) => [found.code, found.path.join('.')] as const);
  };

  test('a budget amount written as a percentage (it was read as 0.95 万元 and scored 0.01)', () => {
    for (const field of ['initial', 'fullYear', 'executed'] as const) {
      const json = project() as { budget: Record<string, string> };
      json.budget[field] = '95%';
      expect(codesAt(json)).toEqual([['percent_not_expected', `budget.${field}`]]);
      json.budget[field] = '95 ％';
      expect(codesAt(json)).toEqual([['percent_not_expected', `budget.${field}`]]);
    }
  });

  test('the actual of a target in a unit (1200% for ≥12个 was read as 12, full marks)', () => {
    const json = project((outputs) => {
      const [first] = outputs;
      if (first !== undefined) first.actual = '1200%';
    });
    expect(codesAt(json)).toEqual([['percent_not_expected', 'indicators.outputs.0.actual']]);
  });

  test('a rate stays a percentage, and an amount without a sign reads as before', () => {
    const json = project((outputs) => {
      const rate = outputs.find((row) => row.target === '=100%');
      if (rate !== undefined) rate.actual = '100 ％';
    });
    expect(codesAt(json)).toEqual([]);
    expect(scored(read(json)).total).toBe(scored(read(project())).total);
  });
});

describe('placeDataFileIssues puts what evaluate finds where the file writes it', () => {
  const placed = (json: unknown): readonly (readonly [string, string])[] => {
    const data = read(json);
    const result = evaluate(data.scheme, data.inputs);
    if (result.ok) return [];
    return placeDataFileIssues(data, result.issues).map(
      (found) => [found.code, found.path.join('.')] as const,
    );
  };
  const withProject = (
    change: (json: { budget: Record<string, string>; indicators: Record<string, Row[]> }) => void,
  ): unknown => {
    const json = project() as { budget: Record<string, string>; indicators: Record<string, Row[]> };
    change(json);
    return json;
  };

  test('a row’s missing reason, score or result, at the row’s own field', () => {
    expect(
      placed(
        withProject((json) => {
          const [row] = json.indicators['satisfaction'] ?? [];
          if (row !== undefined) row.actual = '80%';
        }),
      ),
    ).toEqual([['deviation_reason_required', 'indicators.satisfaction.0.deviationReason']]);
    expect(
      placed(
        withProject((json) => {
          const [row] = json.indicators['outputs'] ?? [];
          if (row !== undefined) delete row.actual;
        }),
      ),
    ).toEqual([['missing_input', 'indicators.outputs.0.actual']]);
  });

  test('the budget figures, at budget.executed and budget.fullYear', () => {
    expect(placed(withProject((json) => (json.budget['executed'] = '-5')))).toEqual([
      ['negative_value', 'budget.executed'],
    ]);
    expect(placed(withProject((json) => (json.budget['fullYear'] = '0')))).toEqual([
      ['zero_target', 'budget.fullYear'],
    ]);
  });

  test('an input the file gives in `inputs` keeps its path there', () => {
    const data = read(
      JSON.parse(
        readFileSync(new URL('../../examples/nanzhou-2023.json', import.meta.url), 'utf8'),
      ),
    );
    const [id] = Object.keys(data.inputs);
    if (id === undefined) throw new Error('no inputs');
    const { [id]: _dropped, ...rest } = data.inputs;
    const result = evaluate(data.scheme, rest);
    if (result.ok) throw new Error('scored without an input');
    expect(placeDataFileIssues(data, result.issues).map((found) => found.path)).toEqual([
      ['inputs', id],
    ]);
  });
});
