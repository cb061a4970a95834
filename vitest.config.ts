import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 300_000,
    maxWorkers: 2,
    // .ci/run asks for a JSON report to print the closing "N passed, N failed" line.
    reporters: process.env.VITEST_JSON_REPORT ? ['default', 'json'] : ['default'],
    ...(process.env.VITEST_JSON_REPORT ? { outputFile: { json: process.env.VITEST_JSON_REPORT } } : {}),
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/lib/**/*.test.ts', 'tests/search/**/*.test.ts', 'tests/scripts/**/*.test.ts'] },
      },
      {
        // Builds the demo and fixture sites once (global setup), then reads their HTML.
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
        },
      },
    ],
  },
});
