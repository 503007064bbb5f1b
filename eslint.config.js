// ESLint: the recommended rule sets of ESLint, typescript-eslint (without type information, so
// a run stays a few seconds on 2 cores; vue-tsc does the type checking) and eslint-plugin-vue.
// Layout is Prettier's job (.prettierrc.json), so the Vue plugin's layout rules are off.
import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import pluginVue from 'eslint-plugin-vue'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default defineConfig(
  {
    ignores: ['dist/**', 'coverage/**', '.ci-out/**', 'bench-out/**', '.prof/**', 'screenshots/**', 'data/**', 'public/**'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  pluginVue.configs['flat/recommended'],
  pluginVue.configs['no-layout-rules'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    // the same files run in the page, in workers and in Node (commands, tests, scripts)
    languageOptions: { globals: { ...globals.browser, ...globals.worker, ...globals.node } },
  },
  {
    rules: {
      // a leading underscore marks a parameter kept for its position and a binding taken out of a rest spread on purpose
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['tests/**'],
    rules: {
      // assertions read deep into ECharts options and chart instances, whose types stop at unions of every series kind
      '@typescript-eslint/no-explicit-any': 'off',
      // component tests define small stand-in components next to the test that mounts them
      'vue/one-component-per-file': 'off',
    },
  },
  {
    // the record-by-record series as they were before src/query/, kept unchanged as the oracle the
    // column code is checked against (tests/query/oracle/README or its first lines say so); not maintained code
    ignores: ['tests/query/oracle/**'],
  },
)
