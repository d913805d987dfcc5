import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The content script's source import graph (value imports; `import type` is erased by the build)
// must not reach the keyword map, the analyzer or the verdict: they run in the background service
// worker (src/background/analysis.ts). tests/e2e/bundle.e2e.test.ts checks the built bundle too.
const ROOT = join(import.meta.dirname, '..', '..', '..');
// One content script per board (entrypoints/<board>.content.ts).
const ENTRIES = readdirSync(join(ROOT, 'entrypoints'))
  .filter((f) => /\.content\.tsx?$/.test(f))
  .map((f) => join(ROOT, 'entrypoints', f));

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(c) && /\.tsx?$/.test(c)) return c;
  }
  throw new Error(`cannot resolve ${spec} from ${from}`);
}

/** Relative modules reachable from `entry` by value imports / re-exports, and the packages used. */
function graph(entry: string): { files: string[]; packages: Set<string> } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const src = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    for (const m of src.matchAll(/^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) {
      if (m[2]) continue; // import type / export type
      const spec = m[3]!;
      const target = resolveImport(file, spec);
      if (target) stack.push(target);
      else packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
    }
    for (const m of src.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      const target = resolveImport(file, m[1]!);
      if (target) stack.push(target);
    }
  }
  return { files: [...seen].map((f) => relative(ROOT, f)), packages };
}

describe.each(ENTRIES.map((e) => [relative(ROOT, e), e]))('content-script import graph of %s', (_name, entry) => {
  const { files, packages } = graph(entry);
  const board = relative(join(ROOT, 'entrypoints'), entry).replace(/\.content\.tsx?$/, '');

  it('is found', () => {
    expect(files).toContain('src/page/runtime.ts');
    expect(files).toContain('src/ui/compact-badge.ts');
    expect(files).toContain('src/ui/Explanation.tsx');
    expect(files).toContain(`src/boards/${board}.ts`);
  });

  it('loads its own board file and no other board\'s', () => {
    const boards = files.filter((f) => /^src\/boards\/[a-z]+\.ts$/.test(f) && !/\/(cards|define|dom|hosts|jsonld|types)\.ts$/.test(f));
    expect(boards).toEqual([`src/boards/${board}.ts`]);
  });

  it('never reaches keywords/*, src/analyze, the verdict or the profile storage', () => {
    const banned = files.filter((f) => /^(keywords\/|src\/analyze\/|src\/profile\/|src\/background\/)/.test(f) || f === 'src/ui/badge-model.ts' || f === 'src/page/listings.ts');
    expect(banned).toEqual([]);
  });

  it('carries no UI framework (the explanation card is JSX drawn straight to DOM nodes)', () => {
    const ui = [...packages].filter((p) => /react|vue|svelte|solid|lit|preact/.test(p));
    expect(ui).toEqual([]);
    expect(files).toContain('src/ui/dom-jsx/jsx-runtime.ts');
  });
});

// "Scan this page" (entrypoints/scan.ts) is injected into any site: the generic reader only.
describe('scan-script import graph', () => {
  const { files, packages } = graph(join(ROOT, 'entrypoints', 'scan.ts'));

  it('reads with the generic reader', () => {
    expect(files).toContain('src/boards/generic.ts');
    expect(files).toContain('src/boards/jsonld.ts');
  });

  it('never reaches keywords/*, the analyzer, the verdict, the profile, the background, a board file or UI', () => {
    const banned = files.filter(
      (f) => /^(keywords\/|src\/analyze\/|src\/profile\/|src\/background\/|src\/ui\/)/.test(f) || /^src\/boards\/(?!generic|jsonld|dom|cards|types)[a-z]+\.ts$/.test(f),
    );
    expect(banned).toEqual([]);
    expect([...packages].filter((p) => p !== 'wxt')).toEqual([]);
  });
});
