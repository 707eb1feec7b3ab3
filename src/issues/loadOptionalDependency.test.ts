import { describe, expect, it } from 'vitest';
import { loadOptionalDependency } from './loadOptionalDependency.js';

const fflate = {
  name: 'fflate',
  version: '^0.8.0',
  purpose: { zh: '写 .xlsx 文件', en: 'Writing .xlsx files' },
  entry: 'zipSync',
};

describe('loadOptionalDependency', () => {
  it('gives the module when it loads and has the function', async () => {
    const loaded = await loadOptionalDependency(() => import('fflate'), fflate);
    expect(loaded.ok).toBe(true);
  });

  it('names the install command when the loader rejects', async () => {
    const loaded = await loadOptionalDependency(
      () => Promise.reject(new Error("Cannot find package 'fflate'")),
      fflate,
    );
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.issues).toHaveLength(1);
    expect(loaded.issues[0].code).toBe('missing_dependency');
    expect(loaded.issues[0].message.zh).toBe(
      "写 .xlsx 文件需要可选依赖 fflate，但未能载入（Cannot find package 'fflate'）：请运行 npm install fflate@^0.8.0",
    );
    expect(loaded.issues[0].message.en).toBe(
      "Writing .xlsx files needs the optional dependency fflate, which could not be loaded (Cannot find package 'fflate'): run npm install fflate@^0.8.0",
    );
  });

  it('refuses a module without the function the caller needs', async () => {
    const loaded = await loadOptionalDependency(
      () => Promise.resolve({ unzipSync: () => 0 }),
      fflate,
    );
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.issues[0].message.en).toContain('the loaded module has no zipSync function');
  });
});
