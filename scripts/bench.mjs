// Runs a benchmark the way the extension runs the analyzer: bundled into one module by esbuild
// (as the build bundles the content script), then executed by Node. Running the TypeScript
// sources through a per-file loader would measure module plumbing, not the analyzer.
// Usage: node scripts/bench.mjs tests/bench/analyzer.bench.ts
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const entry = process.argv[2];
if (!entry) {
  console.error('usage: node scripts/bench.mjs BENCH_FILE');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'rxl-bench-'));
const outfile = join(dir, 'bench.mjs');
try {
  await build({
    entryPoints: [resolve(entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    // Fixtures are read relative to the source tree, not the bundle.
    define: { 'import.meta.dirname': JSON.stringify(resolve('tests/support')) },
  });
  const run = spawnSync(process.execPath, ['--expose-gc', outfile, ...process.argv.slice(3)], { stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
