import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/ (README, "Architecture"): what each folder or top-level module may import
 * from the rest of src/, lowest layers first. Anything else in src/, a module added later
 * included, is refused.
 */
const LAYERS = {
  domain: [],
  config: [],
  errors: [],
  logger: [],
  limits: [],
  'int-range': ['errors'],
  graph: ['domain'],
  export: ['domain', 'graph'],
  db: ['config', 'errors', 'logger'],
  repositories: ['db', 'domain', 'errors'],
  reach: ['db', 'domain', 'errors', 'logger'],
  match: ['db', 'domain', 'errors', 'limits', 'repositories'],
  import: ['db', 'domain', 'errors', 'export', 'limits', 'logger', 'match', 'repositories'],
  curation: ['db', 'domain', 'errors', 'import', 'int-range', 'limits', 'match', 'repositories'],
  services: ['domain', 'errors', 'graph', 'int-range', 'limits', 'reach', 'repositories'],
  loaders: ['domain', 'errors', 'repositories'],
  context: ['config', 'db', 'domain', 'errors', 'loaders', 'logger', 'reach', 'repositories', 'services'],
  security: ['errors'],
  auth: ['context', 'errors'],
  http: ['db', 'domain', 'errors', 'export', 'graph', 'int-range'],
  resolvers: [
    'context',
    'curation',
    'domain',
    'errors',
    'export',
    'graph',
    'import',
    'int-range',
    'limits',
    'loaders',
    'match',
    'repositories',
    'services',
  ],
  graphql: ['resolvers'],
};

/** The modules that put the parts together: they may import any. */
const COMPOSITION = ['server', 'main', 'cli'];

const SRC = path.join(path.dirname(fileURLToPath(import.meta.url)), 'src');
// Every folder and top-level module of src/, read from the tree.
const SRC_MODULES = fs
  .readdirSync(SRC, { withFileTypes: true })
  .map((entry) => (entry.isDirectory() ? entry.name : entry.name.replace(/\.ts$/, '')));

const unplaced = SRC_MODULES.filter((m) => !(m in LAYERS) && !COMPOSITION.includes(m));
if (unplaced.length > 0) {
  throw new Error(`eslint.config.mjs: place ${unplaced.map((m) => `src/${m}`).join(', ')} in LAYERS or COMPOSITION`);
}

const escape = (name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The no-restricted-imports blocks: one per layer, refusing the modules its entry does not list. */
const layerBlocks = Object.entries(LAYERS).map(([module, allowed]) => {
  const isFolder = fs.existsSync(path.join(SRC, module));
  const refused = SRC_MODULES.filter((m) => m !== module && !allowed.includes(m));
  // A folder's files reach the rest of src/ through ../, a top-level module through ./.
  const prefix = isFolder ? '(\\.\\./)+' : '\\./';
  return {
    files: isFolder ? [`src/${module}/**/*.ts`] : [`src/${module}.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^${prefix}(${refused.map(escape).join('|')})(/|$)`,
              message: `src/${module}${isFolder ? '/' : '.ts'} ${allowed.length > 0 ? `may import from src/ only ${allowed.join(', ')}` : 'imports nothing else from src/'} (eslint.config.mjs LAYERS; README, Architecture).`,
            },
          ],
        },
      ],
    },
  };
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.neo4j/', 'coverage/', 'test-output/', 'public/vendor/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    // Type-aware rules: the TypeScript project service gives each file the types tsconfig.json gives it.
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      // A promise nobody awaits loses its error (an unhandled rejection) and its ordering; one
      // passed where a callback's result is ignored (an event handler, a forEach) does the same.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      'no-console': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: {
        module: 'writable',
        require: 'readonly',
        process: 'readonly',
        console: 'readonly',
        window: 'readonly',
        document: 'readonly',
        fetch: 'readonly',
      },
    },
  },
  ...layerBlocks,
);
