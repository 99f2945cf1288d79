import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';

// How much of the JavaScript before a resumed question is the pathway's definitions (issue 17): the
// questions, wording, rules, codes and sources, which are data the engine reads, not code. Built
// alone (lib/pathway/pathway.ts and what it imports, minified as the extension is), so the bench can
// print the code's share next to the whole. The definitions import only data modules and types.
export async function pathwayDefinitionsGzip(): Promise<number> {
  const result = (await build({
    configFile: false,
    root: resolve('.'),
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      // Not Vite's library mode, which leaves ES output unminified: the page build's minifier.
      rollupOptions: { input: resolve('lib/pathway/pathway.ts'), preserveEntrySignatures: 'strict', output: { inlineDynamicImports: true } },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const outputs = Array.isArray(result) ? result : [result];
  const code = outputs.flatMap((output) => output.output).filter((item): item is Rollup.OutputChunk => item.type === 'chunk');
  if (code.length !== 1) throw new Error(`Expected the pathway's definitions in one file, got ${code.length}.`);
  return gzipSync(Buffer.from(code[0]!.code), { level: 9 }).length;
}
