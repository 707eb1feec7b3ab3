// README.zh-CN.md is README.md for readers of Chinese: the same sections in the same order and
// the same commands. A section or a command added to one and not the other fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { docBlocks } from './support/docBlocks.js';

const readmes = ['README.md', 'README.zh-CN.md'] as const;

/** Each English heading's Chinese counterpart. */
const headings = new Map([
  ['# jixiao 绩效', '# jixiao 绩效'],
  ['## Install', '## 安装'],
  ['## Quick start', '## 快速开始'],
  ['## Scoring a small scheme', '## 为一个小方案评分'],
  ['## Documentation', '## 文档'],
  ['## Development', '## 开发'],
]);

/** The headings of a README, outside its code blocks. */
function headingsOf(readme: string): readonly string[] {
  const text = readFileSync(new URL(`../${readme}`, import.meta.url), 'utf8');
  return text
    .replaceAll(/^```[^\n]*\n[\s\S]*?^```$/gm, '')
    .split('\n')
    .filter((line) => /^#{1,6} /.test(line));
}

/** Every `jixiao …` and `npm …` command in a README's code blocks, without its comment. */
function commandsOf(readme: string): readonly string[] {
  return docBlocks(readme)
    .filter((block) => block.language === 'sh' || block.language === '')
    .flatMap((block) => block.text.split('\n'))
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .flatMap((line) => line.split(' && '))
    .filter((command) => /^(npx )?(jixiao|npm) /.test(command));
}

describe('the READMEs say the same', () => {
  test('README.zh-CN.md has README.md’s sections, in the same order', () => {
    const english = headingsOf('README.md');
    expect(
      english.every((heading) => headings.has(heading)),
      english.join('\n'),
    ).toBe(true);
    expect(headingsOf('README.zh-CN.md')).toEqual(english.map((heading) => headings.get(heading)));
  });

  test('both list the same commands', () => {
    const [english, chinese] = readmes.map(commandsOf);
    expect(english).toContain('npm i jixiao');
    expect(english).toContain('npm run score');
    expect(chinese).toEqual(english);
  });

  test('the quick start is the same two commands in both', () => {
    for (const readme of readmes) {
      const text = readFileSync(new URL(`../${readme}`, import.meta.url), 'utf8');
      const quickStart = docBlocks(readme).find((block) => block.text.includes('npm ci'));
      expect(
        quickStart?.text
          .split('\n')
          .filter((line) => line.trim() !== '')
          .map((line) => line.replace(/\s+#.*$/, '')),
        readme,
      ).toEqual(['npm ci && npm run score', 'npm ci && npm test']);
      expect(text).toContain('npm run score');
    }
  });

  test('the scripts the quick start runs do what the READMEs say', () => {
    const manifest = JSON.parse(
      readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
    ) as { readonly scripts: Readonly<Record<string, string>> };
    expect(manifest.scripts['score']).toBe('npm run build --silent && node dist/cli.js score');
    expect(manifest.scripts['pretest']).toBe('npm run build --silent');
  });
});
