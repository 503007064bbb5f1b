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
  // TEMPORARY (issue 15): stores/, data/, workers/, composables/ and components/ are being rewritten
  // on other branches (src/query/, one row validator, issue 14's export), so their violations are
  // not fixed here but downgraded to warnings in those folders only. The lead removes this block
  // after merging those branches and fixes what `npm run lint` then reports.
  {
    files: ['src/stores/**', 'src/data/**', 'src/workers/**', 'src/composables/**', 'src/components/**'],
    rules: {
      'prefer-const': 'warn', // src/data/columns.ts
      'no-useless-assignment': 'warn', // src/data/scanColumns.ts
      '@typescript-eslint/no-unused-expressions': 'warn', // src/stores/series/kpi.ts
    },
  },
)
