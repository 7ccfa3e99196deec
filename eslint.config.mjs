import { builtinModules } from 'node:module';
import { defineConfig, globalIgnores } from 'eslint/config';
import obsidianmd from 'eslint-plugin-obsidianmd';
import tseslint from 'typescript-eslint';

// Where each layer may reach, enforced here rather than by discipline (ARCHITECTURE.md):
// the core is pure, only the plugin touches 'obsidian', only the command line touches Node.
const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
const restrict = (paths, patterns) => [
  'error',
  { paths: paths.map((name) => ({ name, message: 'Not in this layer: see ARCHITECTURE.md.' })), patterns },
];

const LOOKBEHIND = 'No regex lookbehind, positive or negative: iOS before 16.4 cannot load a main.js holding one.';

export default defineConfig([
  globalIgnores(['node_modules/', 'dist/', 'main.js', 'examples/', 'docs/', 'coverage/', 'test-results/']),
  ...obsidianmd.configs.recommended,
  {
    // The community directory's checks of manifest.json (obsidianmd/validate-manifest reads it as
    // one object expression, which the TypeScript parser gives for a .json file).
    files: ['manifest.json'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { parser: tseslint.parser, parserOptions: { extraFileExtensions: ['.json'], projectService: false } },
    rules: { 'obsidianmd/validate-manifest': 'error' },
  },
  {
    ignores: ['manifest.json'],
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: [
            'eslint.config.mjs',
            'esbuild.config.mjs',
            'version-bump.mjs',
            'stryker.config.mjs',
            'scripts/*.mjs',
            'scripts/bench/*.mjs',
          ],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    // TypeScript checks names itself; the core rule does not know its types (typescript-eslint's advice).
    files: ['**/*.ts'],
    rules: { 'no-undef': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['src/plugin/**/*.ts'],
    rules: {
      // The declarative settings API needs Obsidian 1.13; the plugin supports 1.8.7 (manifest.json),
      // where display() is the documented way (settings-tab/require-display applies instead).
      'obsidianmd/settings-tab/prefer-setting-definitions': 'off',
    },
  },
  {
    // obsidianmd/regex-lookbehind only sees `(?<=`; older iOS cannot parse `(?<!` either, and a regex
    // it cannot parse stops the whole main.js (test/build/bundle-regexes.test.ts checks the bundle).
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'Literal[regex.pattern=/\\(\\?<[=!]/]', message: LOOKBEHIND },
        { selector: ':matches(NewExpression, CallExpression)[callee.name="RegExp"] > Literal[value=/\\(\\?<[=!]/]', message: LOOKBEHIND },
        {
          selector:
            ':matches(NewExpression, CallExpression)[callee.name="RegExp"] > TemplateLiteral > TemplateElement[value.raw=/\\(\\?<[=!]/]',
          message: LOOKBEHIND,
        },
      ],
    },
  },
  {
    // The one place that calls setWarning, deprecated in 1.13, on the versions before it that have
    // nothing else (the plugin supports 1.8.7; the newer call is behind requireApiVersion).
    files: ['src/plugin/ui/destructive.ts'],
    rules: { '@typescript-eslint/no-deprecated': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(['obsidian', 'gray-matter', ...nodeBuiltins], ['**/plugin/**', '**/cli/**']) },
  },
  {
    files: ['src/plugin/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(['gray-matter', ...nodeBuiltins], ['**/cli/**']) },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(['obsidian'], ['**/plugin/**']),
      // The command line runs in Node, outside Obsidian: these rules are about plugin code.
      'obsidianmd/no-nodejs-modules': 'off',
      'obsidianmd/prefer-window-timers': 'off',
      'obsidianmd/no-global-this': 'off',
      // Outside Obsidian there is no Vault#configDir: the command line looks for `.obsidian` (SPEC §8).
      'obsidianmd/hardcoded-config-path': 'off',
    },
  },
  {
    // The fake 'obsidian' module stands in for Obsidian itself: the rules for plugins do not apply.
    files: ['test/fakes/**/*.ts'],
    rules: {
      ...Object.fromEntries(Object.keys(obsidianmd.rules).map((rule) => [`obsidianmd/${rule}`, 'off'])),
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-this-alias': 'off',
    },
  },
  {
    files: ['test/**/*.ts', 'scripts/**', '*.mjs', '*.ts'],
    rules: {
      'obsidianmd/no-nodejs-modules': 'off',
      'obsidianmd/prefer-window-timers': 'off',
      'obsidianmd/no-global-this': 'off',
      'obsidianmd/hardcoded-config-path': 'off',
      'obsidianmd/ui/sentence-case': 'off',
      // Tests play the user and other programs: they delete files the way those do.
      'obsidianmd/prefer-file-manager-trash-file': 'off',
      // Tests are not in main.js, and the bundle's regex test must write lookbehinds to refuse them.
      'obsidianmd/regex-lookbehind': 'off',
      'no-console': 'off',
    },
  },
]);
