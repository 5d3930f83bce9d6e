// ESLint (flat config): typescript-eslint's recommended rules, and the layers of docs/ARCHITECTURE.md as import
// rules. Import cycles are found by scripts/cycles.mjs (npm run lint runs both); formatting is Prettier's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Editor, LSP-connection and I/O modules: none of them in the analysis core. */
const EDITOR_AND_IO = [
  {
    group: ['vscode', 'vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageclient', 'vscode-languageclient/*'],
    message: 'The core is pure: the server and the client wire it to the editor.',
  },
  {
    group: [
      'fs',
      'node:fs',
      'fs/promises',
      'node:fs/promises',
      'net',
      'node:net',
      'http',
      'node:http',
      'https',
      'node:https',
      'child_process',
      'node:child_process',
      'worker_threads',
      'node:worker_threads',
    ],
    message: 'The core does no file, network or process work: server/src/node/ does (the core gets bytes and text).',
  },
];

/** The layers above the core, as seen from inside it (relative imports that leave server/src/core/). */
const ABOVE_CORE = [
  {
    regex: '^(\\.\\./)+(server|convert|settings|protocol|framing|main)$|^(\\.\\./)+(cli|node)(/|$)',
    message: 'Nothing in server/src/core imports the server, the CLI or server/src/node: they import the core.',
  },
];

/** The globals of Node.js that our scripts use. */
const NODE_GLOBALS = Object.fromEntries(
  [
    'require',
    'module',
    'exports',
    '__dirname',
    '__filename',
    'process',
    'console',
    'Buffer',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'setImmediate',
    'URL',
    'TextDecoder',
    'TextEncoder',
    'performance',
    'structuredClone',
    'AbortController',
    'fetch',
  ].map((name) => [name, 'readonly']),
);

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.vscode-test/**', 'test-results/**', 'test/fixtures/**', 'test/e2e/ui/**', 'bench/out/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // TypeScript itself reports undefined names in .ts files; the .js and .mjs scripts run on Node.
    files: ['**/*.ts'],
    rules: { 'no-undef': 'off' },
  },
  { files: ['**/*.{js,mjs,cjs}'], languageOptions: { globals: NODE_GLOBALS } },
  {
    files: ['test/e2e/suite/**/*.js'],
    languageOptions: { globals: { ...NODE_GLOBALS, suite: 'readonly', suiteSetup: 'readonly', suiteTeardown: 'readonly', setup: 'readonly', teardown: 'readonly', test: 'readonly' } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Lazily loaded bundles and modules (esbuild.mjs, cli/main.ts) are loaded with require on purpose.
      '@typescript-eslint/no-require-imports': 'off',
      // Escaping text for terminals and tests of it match control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['server/src/core/**/*.ts'],
    ignores: ['server/src/core/**/testing/**', 'server/src/core/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...EDITOR_AND_IO, ...ABOVE_CORE] }] },
  },
  {
    files: ['server/src/core/eap/**/*.ts'],
    ignores: ['server/src/core/eap/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...EDITOR_AND_IO,
            ...ABOVE_CORE,
            {
              group: ['../profile', '../profile/*', '../../profile', '../../profile/*'],
              message: 'EAP XML is read without its host profile: the profile model imports the EAP model, never the reverse.',
            },
          ],
        },
      ],
    },
  },
  {
    // The entry points: the CLI runs without an editor; server/src/node/ is I/O for the CLI and the server.
    files: ['server/src/cli/**/*.ts', 'server/src/node/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['vscode', 'vscode-languageclient', 'vscode-languageclient/*', 'vscode-languageserver', 'vscode-languageserver/*'],
              message: 'The CLI and node/ run without an editor or an LSP connection.',
            },
            { regex: '^(\\.\\./)+(server|convert|settings|protocol)$', message: 'The CLI uses the core (core/service.ts), not the language server.' },
          ],
        },
      ],
    },
  },
  {
    // The client does what needs the VS Code API; it may use the pure core (the certificate view) and the protocol.
    files: ['client/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+server/src/(server|convert|settings|main|framing|cli(/.*)?|node(/.*)?)$',
              message: 'The client talks to the server through server/src/protocol.ts, not by importing it.',
            },
          ],
        },
      ],
    },
  },
);
