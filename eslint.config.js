// ESLint 9 flat config (issue 16): lib, components, entrypoints, content, scripts and tests.
// typescript-eslint's recommended set WITHOUT type information: the type-aware set took 4.5 min
// wall-clock on this 2-core machine (tsc already type-checks in `npm test`), this one a few seconds.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo/**', '.bench/**', 'test-results/**', '.e2e-profiles/**'] },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    rules: {
      // The codebase's convention (and tsc's noUnusedLocals): a leading underscore names a value left
      // out on purpose, as in `const { dropped: _dropped, ...rest } = x` or a table column kept for the reader.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      eqeqeq: ['error', 'smart'],
      // `typeof import('./x')` stays allowed: it types a module loaded lazily without loading it.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
    },
  },
  {
    // Components read the clock through PanelServices.now(), so tests can set the time (issue 16).
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Use now() from PanelServices.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Use new Date(now()) with now() from PanelServices.' },
      ],
    },
  },
);
