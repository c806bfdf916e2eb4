import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/site/build-site.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
