import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Two projects: unit tests (worked examples, integration, golden files) and property tests
// (`*.prop.test.ts`, budgeted by run count). No test may depend on finishing inside a default
// timeout, since CI machines have two loaded cores: the timeouts here only guard against a hang.
export default defineConfig({
  test: {
    // Every core: on a two-core machine vitest would otherwise use one worker and take half again
    // as long (measured: 123 s against 83 s for `npm test`).
    maxWorkers: Math.max(2, availableParallelism()),
    testTimeout: 300_000,
    hookTimeout: 300_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['**/*.prop.test.ts', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: { name: 'property', include: ['src/**/*.prop.test.ts', 'test/**/*.prop.test.ts'] },
      },
    ],
  },
});
