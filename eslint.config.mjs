// Flat config: type-checked typescript-eslint over every TypeScript file the project compiles
// (tsconfig.json includes src, test, migrations, scripts and bench; console/tsconfig.json the web
// console's browser code), plus the few plain scripts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Globals of a Node script (the `globals` package is not a dependency). */
const node = {
  process: 'readonly',
  console: 'readonly',
  fetch: 'readonly',
  URL: 'readonly',
  setTimeout: 'readonly',
  clearTimeout: 'readonly',
};
const nodeCommonJs = {
  ...node,
  require: 'readonly',
  module: 'writable',
  exports: 'writable',
  __dirname: 'readonly',
  __filename: 'readonly',
};
/** `const { omitted: _, ...rest } = value` is how a property is left out. */
const unusedVars = { ignoreRestSiblings: true };

export default tseslint.config(
  {
    ignores: ['dist/', 'console/dist/', 'coverage/', 'node_modules/', 'vendor/', 'clients/typescript/schema.d.ts', 'bench/results/'],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', unusedVars],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'src/**/*.spec.ts', 'bench/**/*.ts'],
    rules: {
      // Response bodies (supertest's `res.body`) and fixtures are `any` by design; asserting on them is the test.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Fakes implement async ports with synchronous bodies; `async` keeps their signatures those of the port.
      '@typescript-eslint/require-await': 'off',
      // `expect(fake.method).toHaveBeenCalled()` passes jest mocks around unbound on purpose.
      '@typescript-eslint/unbound-method': 'off',
      // Failure messages stringify whatever arrived (fuzz inputs, logged errors), objects included.
      '@typescript-eslint/no-base-to-string': 'off',
    },
  },
  {
    files: ['**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { sourceType: 'commonjs', globals: nodeCommonJs },
    rules: { 'no-unused-vars': ['error', unusedVars] },
  },
  {
    files: ['**/*.mjs'],
    extends: [js.configs.recommended],
    languageOptions: { globals: node },
    rules: { 'no-unused-vars': ['error', unusedVars] },
  },
);
