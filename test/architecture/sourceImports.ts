import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** One `import … from` or `export … from` of a source file, resolved to a file under src/. */
export interface SourceImport {
  readonly from: string;
  readonly to: string;
  /** `import type` / `export type`, or every named specifier marked `type`. */
  readonly typeOnly: boolean;
  readonly line: number;
}

export const srcRoot = resolve(new URL('../../src', import.meta.url).pathname);

/** Every .ts file under a folder, tests excluded. */
export function sourceFiles(folder: string = srcRoot): readonly string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const statement = /^(import|export)\s+(type\s+)?([^;]*?)\s+from\s+'([^']+)'/gms;

/** The relative imports of a file (package imports are returned with `to` = the package name). */
export function importsOf(
  file: string,
  text: string = readFileSync(file, 'utf8'),
): readonly SourceImport[] {
  const found: SourceImport[] = [];
  for (const match of text.matchAll(statement)) {
    const [, , typeKeyword, clause = '', specifier = ''] = match;
    const braces = /^\{([^}]*)\}$/s.exec(clause.trim());
    const names =
      braces?.[1]
        ?.split(',')
        .map((name) => name.trim())
        .filter((name) => name !== '') ?? [];
    const typeOnly =
      typeKeyword !== undefined ||
      (names.length > 0 && names.every((name) => name.startsWith('type ')));
    const to = specifier.startsWith('.')
      ? resolve(dirname(file), specifier.replace(/\.js$/, '.ts'))
      : specifier;
    const line = text.slice(0, match.index).split('\n').length;
    found.push({ from: file, to, typeOnly, line });
  }
  return found;
}

/** The folder of src a file belongs to (`rules` for src/rules/ratio/x.ts), or `entry` for src/*.ts. */
export function folderOf(file: string): string {
  const parts = relative(srcRoot, file).split('/');
  return parts.length === 1 ? 'entry' : (parts[0] ?? '');
}
