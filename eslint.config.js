import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'bench/results/', 'dist/', 'test-results/', 'clients/ts/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-console': 'error',
    },
  },
  // Constants flow down: services define them, a frozen migration keeps its own copy.
  {
    files: ['src/services/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/migrations/**'], message: 'Services import nothing from migrations: a migration is frozen, a service is not.' },
            { group: ['**/rpc/**', '**/http/**'], message: 'Services know nothing of the wire protocol or HTTP: what they are given is in services/deps.ts.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/backends/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/services/**', '**/rpc/**', '**/http/**'], message: 'Backends talk to the outside: they know no service, no wire protocol, no HTTP.' }] },
      ],
    },
  },
  {
    files: ['src/backends/migrations/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/services/**'], message: 'A migration is frozen: it keeps its own copy of what it needs from the services.' }] }] },
  },
  {
    files: ['test/**', 'bench/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', 'no-console': 'off' },
  },
);
