/**
 * `npm run analyze -- [--json] FILE|DIR...`: analyse saved postings.
 *
 * `.txt`: the first non-empty line is the title, the rest the body. `.html`: a saved page; its
 * schema.org JobPosting when it has one, else its title and main text. Directories are read
 * recursively for those two kinds of file.
 *
 * Without --json: a readable report per posting, and for several files a summary (how many are
 * pharmacy-technician postings, the most demanded credentials, settings, pay ranges).
 * With --json: exactly one JSON object per input file per line (JSON Lines), nothing else.
 * An unreadable file is named on stderr, the rest still processed, and the exit code is 1.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { analyzePosting, type PostingAnalysis, type PostingInput } from '../analyze';
import { formatReport, formatSummary } from './report';
import { splitTitle } from './saved-posting';
import { readSavedPage } from './saved-page';

const KINDS = new Set(['.txt', '.html', '.htm']);

interface Args {
  json: boolean;
  paths: string[];
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { json: false, paths: [] };
  for (const a of argv) {
    if (a === '--json') args.json = true;
    else if (a === '--help' || a === '-h') return 'help';
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else args.paths.push(a);
  }
  return args.paths.length === 0 ? 'no file or folder given' : args;
}

/** Files to read, in a stable order; unreadable paths are reported through `fail`. */
function collect(paths: string[], fail: (path: string, why: string) => void): string[] {
  const out: string[] = [];
  const walk = (path: string, explicit: boolean): void => {
    let st;
    try {
      st = statSync(path);
    } catch (e) {
      fail(path, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : String((e as Error).message));
      return;
    }
    if (st.isDirectory()) {
      let entries: string[];
      try {
        entries = readdirSync(path).sort();
      } catch (e) {
        fail(path, String((e as Error).message));
        return;
      }
      for (const name of entries) walk(join(path, name), false);
    } else if (explicit || KINDS.has(extname(path).toLowerCase())) {
      out.push(path);
    }
  };
  for (const p of paths) walk(p, true);
  return out;
}

function readPosting(file: string): PostingInput {
  const raw = readFileSync(file, 'utf8');
  const ext = extname(file).toLowerCase();
  return ext === '.html' || ext === '.htm' ? readSavedPage(raw) : splitTitle(raw);
}

export function main(argv: string[], out: (line: string) => void, err: (line: string) => void): number {
  const args = parseArgs(argv);
  if (args === 'help') {
    out('usage: npm run analyze -- [--json] FILE|DIR...');
    return 0;
  }
  if (typeof args === 'string') {
    err(`rxladder analyze: ${args}`);
    err('usage: npm run analyze -- [--json] FILE|DIR...');
    return 2;
  }
  let failed = false;
  const fail = (path: string, why: string) => {
    failed = true;
    err(`rxladder analyze: cannot read ${path}: ${why}`);
  };
  const results: { file: string; input: PostingInput; analysis: PostingAnalysis }[] = [];
  for (const file of collect(args.paths, fail)) {
    let input: PostingInput;
    try {
      input = readPosting(file);
    } catch (e) {
      fail(file, (e as NodeJS.ErrnoException).code === 'EISDIR' ? 'is a folder' : String((e as Error).message));
      continue;
    }
    const analysis = analyzePosting(input);
    results.push({ file, input, analysis });
    if (args.json) out(JSON.stringify({ file, ...analysis }));
    else out(formatReport(file, input, analysis));
  }
  if (!args.json && results.length > 1) out(formatSummary(results.map((r) => r.analysis)));
  return failed ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('analyze.ts')) {
  process.exitCode = main(process.argv.slice(2), (l) => process.stdout.write(`${l}\n`), (l) => process.stderr.write(`${l}\n`));
}
