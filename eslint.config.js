// Lint enforces the one-way data flow of the architecture (README, "Architecture"):
// shared <- domain <- storage/formats <- state <- features <- app, with ui shared by features and app.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { readdirSync } from 'node:fs';

const zone = (target, from, message) => ({ target, from, message });
const LAYERS = [
  './src/shared',
  './src/domain',
  './src/storage',
  './src/formats',
  './src/state',
  './src/features',
  './src/ui',
  './src/app',
  './src/data',
];
/** Every layer but those named: what a layer may not import. */
const allBut = (...allowed) => LAYERS.filter((layer) => !allowed.includes(layer));
const ZOD_MESSAGE =
  'Import z from src/domain/zod.ts, which configures zod before any schema is built.';
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'bench/results.json', '.scratch'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            zone(
              './src/shared',
              allBut('./src/shared'),
              'src/shared is the bottom layer, small helpers every layer uses: it imports nothing of ours.',
            ),
            zone(
              './src/domain',
              allBut('./src/shared', './src/domain'),
              'The domain is pure: it imports nothing of ours but src/domain and src/shared.',
            ),
            zone(
              './src/storage',
              allBut('./src/shared', './src/domain', './src/storage'),
              'storage may import only the domain.',
            ),
            zone(
              './src/formats',
              allBut('./src/shared', './src/domain', './src/formats'),
              'formats may import only the domain.',
            ),
            zone(
              './src/data',
              allBut('./src/shared', './src/domain', './src/data'),
              'data may import only the domain.',
            ),
            zone(
              './src/ui',
              allBut('./src/shared', './src/domain', './src/ui'),
              'ui is presentational: it imports nothing of features.',
            ),
            zone(
              './src/state',
              allBut('./src/shared', './src/domain', './src/storage', './src/state'),
              'state is the store over storage, and the data derived from it: domain and storage only.',
            ),
            zone(
              './src/features',
              ['./src/app'],
              'features are composed in src/app, not the other way round.',
            ),
            zone(
              './src/features',
              ['./src/storage'],
              'features reach storage through src/state (or are handed it by src/app).',
            ),
            zone(
              './server',
              ['./src/!(domain)/**', './src/*.*', './tests/**', './scripts/**', './bench/**'],
              'The desk server imports only the domain of src (the schemas it validates events with).',
            ),
            ...FEATURES.map((name) =>
              zone(
                `./src/features/${name}`,
                [`./src/features/!(${name})/**`],
                'Features do not import each other; compose them in src/app.',
              ),
            ),
          ],
        },
      ],
      // Schemas are built by the zod that src/domain/zod.ts configures (no code compiled at
      // run time, which the CSP would report); importing zod itself is for types only.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', message: ZOD_MESSAGE, allowTypeImports: true }],
          patterns: [{ group: ['zod/*'], message: ZOD_MESSAGE, allowTypeImports: true }],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Pass `now` in; only src/app reads the clock.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Pass `now` in; only src/app reads the clock.',
        },
      ],
    },
  },
  {
    files: ['src/shared/**', 'src/domain/**', 'src/formats/**', 'src/data/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', '@tanstack/*'],
              message: 'Keep this layer pure TypeScript.',
            },
          ],
        },
      ],
    },
  },
  {
    // Type-aware rules, for the app's and the desk server's own code only (the tests and
    // scripts would double the time lint takes for little): a promise is awaited or handed on, never dropped by accident,
    // and a switch over a union names every member.
    files: ['src/**/*.{ts,tsx}', 'server/**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
    },
  },
  {
    files: ['src/domain/zod.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    files: [
      'src/app/**',
      'src/state/clock.ts',
      // The desk server reads the clock to hold incoming stamps to it (stamp-checks.ts).
      'server/**',
      'tests/**',
      'scripts/**',
      'bench/**',
      '*.config.ts',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  prettier,
);
