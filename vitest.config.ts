import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql ships CommonJS and ESM builds; yoga and graphql-tools load the CommonJS one under Node,
    // so the tests must too, or the schema's types come from "another realm".
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    // The data tests share one Neo4j and reset it; files run one after another.
    fileParallelism: false,
    testTimeout: 30_000,
    // The first run provisions Neo4j from Maven Central, which can take minutes.
    hookTimeout: 600_000,
  },
});
