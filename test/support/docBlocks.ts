import { readdirSync, readFileSync } from 'node:fs';

const root = new URL('../..', import.meta.url);

/** The guides whose samples are checked: README.md, README.zh-CN.md and docs/*.md. */
export function guideFiles(): readonly string[] {
  const readmes = readdirSync(root).filter((name) => /^README(\..+)?\.md$/.test(name));
  const docs = readdirSync(new URL('docs/', root))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`);
  return [...readmes.sort(), ...docs.sort()];
}

/** A fenced block of a guide, with the marker comment that stands on the line before it. */
export interface DocBlock {
  readonly guide: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  /** The fence's info string (`sh`, `ts`, `json`, or empty). */
  readonly language: string;
  readonly text: string;
  /** `jixiao: …`, `file: …`, `run`, `sample: …` or `not run: …`, when the block has one. */
  readonly marker: string | undefined;
}

/**
 * Every fenced block of a guide, in order. A marker is an HTML comment on the last non-empty line
 * before the fence.
 *
 * @param guide - the guide's path from the repository root
 * @returns its blocks
 */
export function docBlocks(guide: string): readonly DocBlock[] {
  const lines = readFileSync(new URL(guide, root), 'utf8').split('\n');
  const blocks: DocBlock[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const open = /^```(\S*)\s*$/.exec(lines[index] ?? '');
    if (open === null) continue;
    const close = lines.findIndex((line, at) => at > index && line.startsWith('```'));
    let before = index - 1;
    while (before >= 0 && (lines[before] ?? '').trim() === '') before -= 1;
    const comment = /^<!-- (.*) -->$/.exec((lines[before] ?? '').trim());
    blocks.push({
      guide,
      line: index + 1,
      language: open[1] ?? '',
      text: `${lines.slice(index + 1, close).join('\n')}\n`,
      marker: comment?.[1],
    });
    index = close;
  }
  return blocks;
}

/**
 * The block a guide marks `<!-- sample: id -->`, for the test that checks it.
 *
 * @param guide - the guide's path from the repository root
 * @param id - the sample's name in its marker
 * @returns the block's text
 */
export function sampleBlock(guide: string, id: string): string {
  const found = docBlocks(guide).find((block) => block.marker === `sample: ${id}`);
  if (found === undefined) throw new Error(`${guide} has no block marked "sample: ${id}"`);
  return found.text;
}

/** A value a sample's comment states: `expression; // → "text"` or `expression; // "text"`. */
const statedValue = /^(\s*)(.+);\s*\/\/ (?:→ )?("(?:[^"\\]|\\.)*")\s*$/;
const statedOnNextLine = /^\s*\/\/ (?:→ )?("(?:[^"\\]|\\.)*")\s*$/;

/**
 * A sample's code as a script that checks what its comments state: each statement followed by
 * `// "text"` (on its line or the next) must give that string, and the script prints
 * `stated: N checked` at the end. The package's entry points are imported from dist/.
 *
 * @param code - the sample (JavaScript, or TypeScript already stripped of its types)
 * @returns the script
 */
export function checkedScript(code: string): string {
  const dist = new URL('dist/', root).href;
  const lines = code
    .replaceAll(/from 'jixiao(\/[a-z]+)?'/g, (_whole, entry: string | undefined) => {
      const name = entry === undefined ? 'index' : entry.slice(1);
      return `from '${dist}${name}.js'`;
    })
    .split('\n');
  const out: string[] = [
    'let __stated = 0;',
    'const __check = (value, text) => {',
    '  __stated += 1;',
    '  const shown = JSON.stringify(value);',
    '  if (shown !== text) throw new Error(`stated ${text}, got ${shown}`);',
    '};',
  ];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const same = statedValue.exec(line);
    const next = statedOnNextLine.exec(lines[index + 1] ?? '');
    if (same !== null)
      out.push(`${same[1] ?? ''}__check(${same[2] ?? ''}, ${JSON.stringify(same[3])});`);
    else if (next !== null && line.trimEnd().endsWith(';')) {
      const statement = line.trimEnd().slice(0, -1);
      const indent = /^\s*/.exec(statement)?.[0] ?? '';
      out.push(`${indent}__check(${statement.trim()}, ${JSON.stringify(next[1])});`);
      index += 1;
    } else out.push(line);
  }
  out.push('console.log(`stated: ${__stated} checked`);');
  return `${out.join('\n')}\n`;
}
