// Links that work where people read the package. The READMEs are read on the npm page, where a
// relative link leads nowhere (the package has no public repository): they link absolutely to
// the files of this version in the published tarball, on unpkg. The guides, shipped in
// docs/, link to each other and to the repository's files relatively; each target must exist.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { guideFiles } from './support/docBlocks.js';

const root = new URL('..', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
  readonly version: string;
  readonly files: readonly string[];
};
const unpkg = `https://unpkg.com/jixiao@${manifest.version}/`;

/** Every Markdown link target of a text, outside fenced blocks. */
function linkTargets(text: string): readonly string[] {
  const prose = text.replaceAll(/^```[^\n]*\n[\s\S]*?^```$/gm, '');
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1] ?? '');
}

/** Whether package.json's `files` puts `path` in the tarball. */
function shipped(path: string): boolean {
  return manifest.files.some((entry) =>
    entry.includes('*')
      ? new RegExp(`^${entry.replaceAll('.', '\\.').replaceAll('*', '[^/]+')}$`).test(path)
      : path === entry || path.startsWith(`${entry}/`),
  );
}

const readmes = guideFiles().filter((guide) => guide.startsWith('README'));
const guides = guideFiles().filter((guide) => guide.startsWith('docs/'));

describe('the READMEs link to this version of the shipped files', () => {
  test.each(readmes)('%s', (readme) => {
    const targets = linkTargets(readFileSync(new URL(readme, root), 'utf8'));
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) {
      if (target.startsWith('https://www.npmjs.com/')) continue;
      expect(target.startsWith(unpkg), `${target} is not a link to ${unpkg}…`).toBe(true);
      const path = target.slice(unpkg.length).replace(/#.*$/, '').replace(/\/$/, '');
      expect(existsSync(new URL(path, root)), `${path} does not exist`).toBe(true);
      expect(shipped(path), `${path} is not in package.json's files`).toBe(true);
    }
  });

  test('the READMEs and the guides are in the tarball', () => {
    for (const file of [...readmes, ...guides]) expect(shipped(file), file).toBe(true);
  });
});

describe('the guides link to files that exist', () => {
  test.each(guides)('%s', (guide) => {
    for (const target of linkTargets(readFileSync(new URL(guide, root), 'utf8'))) {
      if (/^(https?:|mailto:|#)/.test(target)) continue;
      const path = new URL(target.replace(/#.*$/, ''), new URL(guide, root));
      expect(existsSync(path), `${guide} links to ${target}, which does not exist`).toBe(true);
    }
  });
});
