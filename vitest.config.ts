import './test/support/node20';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['test/support/unit-setup.ts'],
        },
      },
      {
        // `npm run bench` only: measures speed and size and writes test/bench/RESULTS.md. It
        // asserts nothing about time; `npm test` never runs it.
        extends: true,
        test: {
          name: 'bench',
          include: ['test/bench/main.ts'],
          environment: 'happy-dom',
          setupFiles: ['test/support/unit-setup.ts'],
          testTimeout: 600_000,
          hookTimeout: 120_000,
        },
      },
      {
        // End-to-end: the built extension (.output/chrome-mv3) in a real headless Chromium.
        // One browser per file; files run one after another (2-core machines).
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A guide shows within a second on an idle machine, not always on a busy CI runner: every
          // `expect.poll` waits up to 5 s (the default 1 s made tests fail by timing alone).
          expect: { poll: { timeout: 5_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
