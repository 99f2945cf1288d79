import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// What a module loads at run time, read from the source (issue 17: which code is on the panel's first
// paths). Follows `import … from`, side-effect imports and `export … from` (a re-export loads its
// module too); not `import type` and not import(), which loads on demand in a chunk of its own.

const root = resolve('.');
const RUNTIME_IMPORT = /^(?:import\s*|(?:import|export)\s(?!type\b)[^'";]*?\bfrom\s*)['"]([^'"]+)['"]/gm;

/** Source files (paths relative to the project) and npm packages (`npm:name`) reached from `entry` by run-time static imports. */
export function staticallyReached(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [resolve(entry)];
  while (queue.length) {
    const file = queue.pop()!;
    const name = relative(root, file);
    if (seen.has(name)) continue;
    seen.add(name);
    for (const match of readFileSync(file, 'utf8').matchAll(RUNTIME_IMPORT)) {
      const spec = match[1]!;
      if (!spec.startsWith('.')) {
        seen.add(`npm:${spec}`);
        continue;
      }
      const base = join(dirname(file), spec);
      const found = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base].find((candidate) => {
        try {
          return statSync(candidate).isFile() && /\.tsx?$/.test(candidate);
        } catch {
          return false;
        }
      });
      if (found) queue.push(found);
    }
  }
  return seen;
}
