// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // Generated code is checked against schema.graphql by `npm run check:codegen`, not linted.
  { ignores: ['node_modules/', 'dist/', 'neo4j/target/', '.neo4j/', 'artifacts/', '**/generated/'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
);
