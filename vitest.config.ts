import { defineConfig } from 'vitest/config';

// No test may depend on finishing inside a default timeout: CI machines have two loaded cores.
// Property tests are budgeted by run count; this timeout is only a guard against a hang.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
