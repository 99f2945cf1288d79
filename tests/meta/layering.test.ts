import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Meta-test for issue 16: the code's structure, not only its meaning (conventions.md, after
// refined-github). It reads every import with TypeScript's own parser and fails on
//   1. any import cycle between folders of lib/;
//   2. any import against the intended layering: entrypoints -> components -> lib (lib never imports
//      components or entrypoints; components never import entrypoints; content/ imports nothing), and
//      inside lib/ only the folder imports written down in LIB_LAYERS below;
//   3. browser, Preact, Dexie or WXT code in the pure folders of lib/ (PURE_FOLDERS), by import or by
//      a `browser.` / `chrome.` / DOM global.
//
// Which imports count: ALL of them, type-only ones included (`import type`, inline `type` names,
// `export … from`, dynamic `import()`). A type-only import erases at build time, but it still makes
// one folder depend on another: a change in the imported folder breaks the importing one, and the
// next value it needs turns the edge into a run-time import. That is how the contact, handover and
// pathway folders ended up in a cycle that needed six copied enums to start up (issue 16). Counting
// type-only edges keeps the layering true for the compiler as well as for the bundle.
//
// Exceptions are listed in EXCEPTIONS, each with its reason; there is one.

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The intended layering of lib/, lowest first: each folder may import only the folders listed for
 * it (and itself). Writing it down as data makes a new edge a deliberate decision (change it here,
 * with docs/architecture.md), never an accident.
 */
const LIB_LAYERS: Record<string, readonly string[]> = {
  // The shared vocabulary: ids and minute times as plain lists. Imports nothing of ours.
  'lib/shared': [],
  // The contact model (facts only), its story so far (the handover facts) and the changes that edit it.
  'lib/contact': ['lib/shared'],
  // The pathway as data and the engine that evaluates a contact against it.
  'lib/pathway': ['lib/shared', 'lib/contact'],
  // Encrypted IndexedDB (the only Dexie code); reads the contact model.
  'lib/storage': ['lib/shared', 'lib/contact'],
  // The organisation configuration; its engine settings are pathway settings; retention rules come from storage.
  'lib/config': ['lib/shared', 'lib/contact', 'lib/pathway', 'lib/storage'],
  // What every output shares: the one view of what may be written, plain text, UK times, short labels.
  'lib/output': ['lib/shared', 'lib/contact', 'lib/pathway'],
  // The handover block: facts from a contact, encoding and decoding, preview, trend, referral loop.
  'lib/handover': ['lib/shared', 'lib/contact', 'lib/pathway', 'lib/config', 'lib/output'],
  // The summary text, which ends with the handover block.
  'lib/summary': ['lib/shared', 'lib/contact', 'lib/pathway', 'lib/config', 'lib/output', 'lib/handover'],
  // The FHIR export.
  'lib/fhir': ['lib/shared', 'lib/contact', 'lib/pathway', 'lib/output'],
  // The changelog and the "what's new" flag.
  'lib/about': [],
  // The thin layer over browser extension APIs.
  'lib/platform': ['lib/shared', 'lib/contact', 'lib/config', 'lib/storage'],
};

/** Folders of lib/ that stay browser-free and run in Node: no browser, Preact, Dexie or WXT. */
const PURE_FOLDERS = new Set([
  'lib/shared',
  'lib/contact',
  'lib/pathway',
  'lib/output',
  'lib/handover',
  'lib/summary',
  'lib/config',
  'lib/fhir',
  'lib/about',
]);

/** Package specifiers a pure folder may not import; `x/*` means any subpath of x. */
const FORBIDDEN_IN_PURE = [
  'preact',
  'preact/*',
  '@preact/*',
  'dexie',
  'dexie/*',
  'wxt',
  'wxt/*',
  '#imports',
  'webextension-polyfill',
  '@wxt-dev/*',
];

/** Globals a pure folder may not touch (as `name.something`): the extension APIs and the DOM. */
const FORBIDDEN_GLOBALS = new Set(['browser', 'chrome', 'window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator']);

/**
 * Folder imports allowed against the rules, each with why. Keep this short. '(type-only)' allows
 * only type-only imports for that pair.
 * - lib/platform -> content: the insert command sends content/insert-at-caret.ts's function into the
 *   record's page (scripting.executeScript), so the platform layer imports that function.
 * - content -> lib/platform (type-only): the function names the shapes of what it reads back with
 *   the types lib/platform/insert-verification.ts judges them by. Types are erased, so the source
 *   sent into the page stays self-contained; a run-time import there would break it and still fails.
 */
const EXCEPTIONS = new Set(['lib/platform -> content', 'content -> lib/platform (type-only)']);

/** Top-level folders and the top-level folders each must never import. */
const NEVER_IMPORTS: Record<string, readonly string[]> = {
  lib: ['components', 'entrypoints', 'content'],
  components: ['entrypoints', 'content'],
  entrypoints: ['content'],
};

type ImportEdge = {
  /** The importing file, relative to the repository root, with '/'. */
  from: string;
  /** A repository path ('lib/pathway/schema.ts') when `local`, otherwise the package specifier. */
  to: string;
  local: boolean;
  typeOnly: boolean;
};

type FileFacts = { path: string; imports: ImportEdge[]; globals: string[] };

/** 'lib/pathway/x.ts' -> 'lib/pathway'; 'components/a/b.tsx' -> 'components'; 'CHANGELOG.md' -> '.'. */
function folderOf(path: string): string {
  const [top = '', second] = path.split('/');
  if (second === undefined) return '.';
  return top === 'lib' && path.split('/').length > 2 ? `lib/${second}` : top;
}

/** 'lib/pathway' -> 'lib'. */
const topOf = (folder: string): string => folder.split('/')[0] ?? folder;

function matchesSpecifier(specifier: string, pattern: string): boolean {
  return pattern.endsWith('/*') ? specifier.startsWith(pattern.slice(0, -1)) : specifier === pattern;
}

/** Imports and global uses of one source file, read with TypeScript's parser (no type-check). */
function parseFile(path: string, source: string, resolve: (from: string, specifier: string) => string | null): FileFacts {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const imports: ImportEdge[] = [];
  const globals = new Set<string>();
  const add = (specifier: string, typeOnly: boolean) => {
    const local = resolve(path, specifier);
    imports.push({ from: path, to: local ?? specifier, local: local !== null, typeOnly });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && !!named && named.length > 0 && named.every((e) => e.isTypeOnly)));
      add(node.moduleSpecifier.text, typeOnly);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) add(arg.text, false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node.argument.literal.text, true);
    } else if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && FORBIDDEN_GLOBALS.has(node.expression.text)) {
      globals.add(node.expression.text);
    } else if (
      ts.isPropertyAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'globalThis' &&
      FORBIDDEN_GLOBALS.has(node.name.text)
    ) {
      globals.add(node.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { path, imports, globals: [...globals].sort() };
}

/** One cycle per back edge of a depth-first walk, as a path of folders ending where it started. */
function folderCycles(edges: ReadonlyArray<readonly [string, string]>): string[][] {
  const next = new Map<string, Set<string>>();
  for (const [a, b] of edges) if (a !== b) next.set(a, (next.get(a) ?? new Set()).add(b));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const walk = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const to of [...(next.get(node) ?? [])].sort()) {
      if (state.get(to) === 'open') cycles.push([...stack.slice(stack.indexOf(to)), to]);
      else if (!state.has(to)) walk(to);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...next.keys()].sort()) if (!state.has(node)) walk(node);
  return cycles;
}

type Rules = {
  libLayers: Record<string, readonly string[]>;
  pure: ReadonlySet<string>;
  forbiddenInPure: readonly string[];
  neverImports: Record<string, readonly string[]>;
  exceptions: ReadonlySet<string>;
};

const RULES: Rules = { libLayers: LIB_LAYERS, pure: PURE_FOLDERS, forbiddenInPure: FORBIDDEN_IN_PURE, neverImports: NEVER_IMPORTS, exceptions: EXCEPTIONS };

/** Every broken rule, as a sentence naming the file and the import. Empty when the tree is sound. */
function layeringProblems(files: readonly FileFacts[], rules: Rules): string[] {
  const problems: string[] = [];
  const libEdges = new Map<string, string>(); // 'a -> b' -> first file import showing it
  for (const file of files) {
    const fromFolder = folderOf(file.path);
    const fromTop = topOf(fromFolder);
    for (const edge of file.imports) {
      const how = `${file.path} imports ${edge.typeOnly ? 'type-only ' : ''}'${edge.to}'`;
      if (!edge.local) {
        if (rules.pure.has(fromFolder) && rules.forbiddenInPure.some((p) => matchesSpecifier(edge.to, p))) {
          problems.push(`${how}: ${fromFolder} stays browser-free (no browser, Preact, Dexie or WXT code)`);
        }
        continue;
      }
      const toFolder = folderOf(edge.to);
      if (toFolder === fromFolder) continue;
      const pair = `${fromFolder} -> ${toFolder}`;
      if (rules.exceptions.has(pair) || (edge.typeOnly && rules.exceptions.has(`${pair} (type-only)`))) continue;
      const toTop = topOf(toFolder);
      if (fromTop === 'content') {
        problems.push(`${how}: content/ is sent into the record's page and imports nothing`);
      } else if ((rules.neverImports[fromTop] ?? []).includes(toTop)) {
        problems.push(`${how}: ${fromTop} never imports ${toTop} (entrypoints -> components -> lib)`);
      } else if (fromTop === 'lib' && toTop === 'lib') {
        if (!libEdges.has(pair)) libEdges.set(pair, how);
        const allowed = rules.libLayers[fromFolder];
        if (!allowed) problems.push(`${how}: ${fromFolder} is not in LIB_LAYERS; add it with the folders it may import`);
        else if (!allowed.includes(toFolder)) problems.push(`${how}: ${fromFolder} may import only ${allowed.join(', ') || 'nothing of ours'} (LIB_LAYERS)`);
      }
    }
    if (rules.pure.has(fromFolder)) {
      for (const name of file.globals) problems.push(`${file.path} uses the global '${name}': ${fromFolder} stays browser-free`);
    }
  }
  const pairs = [...libEdges.keys()].map((pair) => pair.split(' -> ') as [string, string]);
  for (const cycle of folderCycles(pairs)) {
    const hops = cycle.slice(1).map((to, i) => libEdges.get(`${cycle[i]} -> ${to}`));
    problems.push(`folder cycle ${cycle.join(' -> ')} (${hops.join('; ')})`);
  }
  return problems;
}

// The real tree

const SOURCE_ROOTS = ['lib', 'components', 'entrypoints', 'content'];

function sourceFiles(dir: string): string[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full).flatMap((entry) => {
    const path = join(full, entry);
    if (statSync(path).isDirectory()) return sourceFiles(relative(root, path));
    return /\.(ts|tsx|mts)$/.test(entry) && !entry.endsWith('.d.ts') ? [relative(root, path).split(sep).join('/')] : [];
  });
}

/** A relative (or WXT '@/' '~/' aliased) specifier to the repository file it names; null for a package. */
function resolveLocal(from: string, specifier: string): string | null {
  const bare = specifier.replace(/\?.*$/, '');
  let base: string;
  if (bare.startsWith('./') || bare.startsWith('../')) base = normalize(join(dirname(from), bare));
  else if (bare.startsWith('@/') || bare.startsWith('~/')) base = bare.slice(2);
  else return null;
  base = base.split(sep).join('/');
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    const full = join(root, candidate);
    if (existsSync(full) && statSync(full).isFile()) return candidate;
  }
  throw new Error(`${from}: cannot resolve '${specifier}'`);
}

function realTree(): FileFacts[] {
  return SOURCE_ROOTS.flatMap(sourceFiles).map((path) => parseFile(path, readFileSync(join(root, path), 'utf8'), resolveLocal));
}

// Fake trees for the table test: `from` file -> its imports ('pkg:x' is a package, '+type' type-only).
function fakeTree(spec: Record<string, string[]>, globals: Record<string, string[]> = {}): FileFacts[] {
  return Object.entries(spec).map(([path, targets]) => ({
    path,
    globals: globals[path] ?? [],
    imports: targets.map((target) => {
      const typeOnly = target.endsWith('+type');
      const to = target.replace(/\+type$/, '');
      return to.startsWith('pkg:')
        ? { from: path, to: to.slice(4), local: false, typeOnly }
        : { from: path, to, local: true, typeOnly };
    }),
  }));
}

const sound = {
  'lib/shared/ids.ts': ['pkg:zod'],
  'lib/contact/contact.ts': ['pkg:zod', 'lib/shared/ids.ts'],
  'lib/pathway/schema.ts': ['lib/contact/contact.ts+type', 'lib/shared/ids.ts'],
  'lib/handover/block.ts': ['lib/pathway/schema.ts', 'lib/output/labels.ts'],
  'lib/output/labels.ts': ['lib/pathway/schema.ts+type'],
  'lib/summary/text.ts': ['lib/handover/block.ts', 'lib/output/labels.ts'],
  'lib/platform/insert.ts': ['pkg:wxt/browser', 'content/insert-at-caret.ts'],
  'components/card.tsx': ['pkg:preact/hooks', 'lib/summary/text.ts'],
  'entrypoints/panel/main.tsx': ['components/card.tsx', 'pkg:#imports'],
};

describe('layering rules (table: each fake tree must give exactly these problems)', () => {
  it.each<[string, Record<string, string[]>, Record<string, string[]>, RegExp[]]>([
    ['a sound tree', sound, {}, []],
    [
      'a run-time folder cycle (pathway <-> handover)',
      { ...sound, 'lib/pathway/visibility.ts': ['lib/handover/block.ts'] },
      {},
      [/lib\/pathway may import only/, /^folder cycle lib\/handover -> .*lib\/pathway -> lib\/handover \(.*lib\/pathway\/visibility.ts imports 'lib\/handover\/block.ts'\)$/],
    ],
    [
      'a cycle made only of type-only imports still counts',
      { ...sound, 'lib/contact/contact.ts': ['lib/shared/ids.ts', 'lib/pathway/schema.ts+type'] },
      {},
      [/imports type-only 'lib\/pathway\/schema.ts': lib\/contact may import only lib\/shared/, /^folder cycle lib\/contact -> lib\/pathway -> lib\/contact/],
    ],
    [
      'a cycle through three folders',
      { ...sound, 'lib/output/labels.ts': ['lib/summary/text.ts+type'] },
      {},
      [
        /lib\/output may import only/,
        /^folder cycle lib\/handover -> lib\/output -> lib\/summary -> lib\/handover/,
        /^folder cycle lib\/output -> lib\/summary -> lib\/output/,
      ],
    ],
    ['lib importing a component', { ...sound, 'lib/summary/text.ts': ['components/card.tsx'] }, {}, [/lib never imports components/]],
    ['a component importing an entrypoint', { ...sound, 'components/card.tsx': ['entrypoints/panel/main.tsx+type'] }, {}, [/components never imports entrypoints/]],
    ['lib importing an entrypoint', { ...sound, 'lib/platform/insert.ts': ['entrypoints/panel/main.tsx'] }, {}, [/lib never imports entrypoints/]],
    ['content importing anything of ours', { ...sound, 'content/insert-at-caret.ts': ['lib/shared/ids.ts'] }, {}, [/content\/ is sent into the record's page/]],
    ['content importing types it is judged by (the listed exception)', { ...sound, 'content/insert-at-caret.ts': ['lib/platform/verify.ts+type'] }, {}, []],
    ['content importing lib/platform at run time', { ...sound, 'content/insert-at-caret.ts': ['lib/platform/verify.ts'] }, {}, [/content\/ is sent into the record's page/]],
    ['Preact in lib/pathway', { ...sound, 'lib/pathway/schema.ts': ['pkg:preact'] }, {}, [/lib\/pathway stays browser-free/]],
    ['a Preact subpath in lib/summary', { ...sound, 'lib/summary/text.ts': ['pkg:preact/hooks+type'] }, {}, [/lib\/summary stays browser-free/]],
    ['Dexie in lib/contact', { ...sound, 'lib/contact/contact.ts': ['pkg:dexie'] }, {}, [/lib\/contact stays browser-free/]],
    ['WXT in lib/config', { ...sound, 'lib/config/store.ts': ['pkg:wxt/browser'] }, {}, [/lib\/config stays browser-free/]],
    ['#imports in lib/handover', { ...sound, 'lib/handover/block.ts': ['pkg:#imports'] }, {}, [/lib\/handover stays browser-free/]],
    ['the polyfill in lib/output', { ...sound, 'lib/output/labels.ts': ['pkg:webextension-polyfill'] }, {}, [/lib\/output stays browser-free/]],
    ['a WXT module in lib/shared', { ...sound, 'lib/shared/ids.ts': ['pkg:@wxt-dev/storage'] }, {}, [/lib\/shared stays browser-free/]],
    ['a browser global in lib/pathway', sound, { 'lib/pathway/schema.ts': ['browser'] }, [/lib\/pathway\/schema.ts uses the global 'browser'/]],
    ['a browser global in lib/platform is its job', sound, { 'lib/platform/insert.ts': ['browser', 'chrome'] }, []],
    ['a lib folder not written down', { ...sound, 'lib/reports/x.ts': ['lib/shared/ids.ts'] }, {}, [/lib\/reports is not in LIB_LAYERS/]],
    ['an edge LIB_LAYERS does not allow, without a cycle', { ...sound, 'lib/fhir/x.ts': ['lib/summary/text.ts'] }, {}, [/lib\/fhir may import only/]],
  ])('%s', (_name, spec, globals, expected) => {
    const problems = layeringProblems(fakeTree(spec, globals), RULES);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(problems[i]).toMatch(pattern));
  });

  it('reads every kind of import with the TypeScript parser, and which are type-only', () => {
    const source = [
      "import { z } from 'zod';",
      "import type { A } from './a';",
      "import { type B, type C } from './b';",
      "import { D, type E } from './d';",
      "import './side-effect';",
      "export { F } from './f';",
      "export type { G } from './g';",
      "type H = import('./h').H;",
      "const lazy = () => import('./lazy');",
      'const api = browser.runtime; const other = globalThis.chrome;',
      "// import { Commented } from './commented'; browser.tabs",
      "const s = \"import x from './in-a-string'\";",
    ].join('\n');
    const facts = parseFile('lib/x/file.ts', source, (_from, spec) => (spec.startsWith('.') ? `lib/x/${spec.slice(2)}.ts` : null));
    expect(facts.imports.map((e) => `${e.to}${e.typeOnly ? ' (type)' : ''}`)).toEqual([
      'zod',
      'lib/x/a.ts (type)',
      'lib/x/b.ts (type)',
      'lib/x/d.ts',
      'lib/x/side-effect.ts',
      'lib/x/f.ts',
      'lib/x/g.ts (type)',
      'lib/x/h.ts (type)',
      'lib/x/lazy.ts',
    ]);
    expect(facts.globals).toEqual(['browser', 'chrome']);
  });

  it('the intended layering is itself acyclic and names only real folders', () => {
    const pairs = Object.entries(LIB_LAYERS).flatMap(([from, tos]) => tos.map((to) => [from, to] as const));
    expect(folderCycles(pairs)).toEqual([]);
    expect(pairs.filter(([, to]) => !(to in LIB_LAYERS))).toEqual([]);
  });
});

describe('the real tree', () => {
  const files = realTree();

  it('has no folder cycle in lib/, no import against the layering and nothing browser-bound in the pure folders', () => {
    expect(layeringProblems(files, RULES)).toEqual([]);
  });

  it('is read in full (so an empty result is not a parser that saw nothing)', () => {
    const edges = files.flatMap((f) => f.imports);
    expect(files.length).toBeGreaterThan(150);
    expect(edges.length).toBeGreaterThan(600);
    expect(edges).toContainEqual({ from: 'lib/summary/summary-text.ts', to: 'lib/handover/handover-block.ts', local: true, typeOnly: false });
    expect(edges).toContainEqual({ from: 'entrypoints/sidepanel/main.tsx', to: 'preact', local: false, typeOnly: false });
  });

  it('every folder of lib/ is written down in LIB_LAYERS, and every folder written down exists', () => {
    const onDisk = readdirSync(join(root, 'lib')).filter((name) => statSync(join(root, 'lib', name)).isDirectory()).map((name) => `lib/${name}`);
    expect(onDisk.sort()).toEqual(Object.keys(LIB_LAYERS).sort());
  });
});
