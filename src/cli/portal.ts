/// <reference types="node" />
/**
 * The portal commands of `quartier-feed`: `harvest`, `export` and `import`
 * (the partners' `check`, `convert` and `template` are in main.ts). Parses
 * their options, runs them, prints a summary; exit code 0 when all went
 * well, 1 when some feeds failed or something was not carried over, 2 for
 * a wrong command line or a file that cannot be read or written.
 */
import { readFile } from 'node:fs/promises';
import { readCatalog, type Catalog, type CatalogRead } from '../harvest/catalog.js';
import { harvest } from '../harvest/harvest.js';
import type { CliArgs } from './args.js';
import type { CheckTranslate } from './check-feed.js';
import { runInterop } from './interop.js';
import type { Io } from './main.js';
import { escapeControls } from './terminal-text.js';

export const PORTAL_COMMANDS = ['harvest', 'export', 'import'] as const;
export type PortalCommand = (typeof PORTAL_COMMANDS)[number];

export interface PortalArgs {
  readonly command: PortalCommand;
  readonly input: string;
  readonly out: string;
  readonly format?: string;
  readonly concurrency?: number;
  readonly perHost?: number;
  readonly timeoutMs?: number;
  readonly resume: boolean;
}

type Fail = { readonly error: string; readonly value: string };

/** The portal command's arguments, or why they are wrong. */
export function parsePortalArgs(command: PortalCommand, argv: readonly string[]): PortalArgs | Fail {
  const positional: string[] = [];
  const values: Record<string, string> = {};
  let resume = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const m = /^(--(?:out|format|concurrency|per-host|timeout))(?:=(.*))?$/.exec(arg);
    if (m) values[m[1]!] = m[2] ?? argv[++i] ?? '';
    else if (arg === '--resume') resume = true;
    else if (['--json', '--strict', '--help', '-h'].includes(arg) || /^--(?:lang|max-size)(?:=|$)/.test(arg)) {
      if (/^--(?:lang|max-size)$/.test(arg)) i++;
    } else if (arg.startsWith('-')) return { error: 'cli.error.unknown-option', value: arg };
    else positional.push(arg);
  }
  const number = (name: string): number | Fail | undefined => {
    const value = values[name];
    if (value === undefined) return undefined;
    const n = Number(value);
    return Number.isFinite(n) && n > 0 ? n : { error: 'cli.error.bad-number', value: name };
  };
  const concurrency = number('--concurrency');
  const perHost = number('--per-host');
  const timeout = number('--timeout');
  for (const n of [concurrency, perHost, timeout]) if (typeof n === 'object') return n;
  const [input] = positional.slice(1);
  const out = values['--out'];
  if (!input || !out || positional.length !== 2) return { error: 'cli.error.portal-args', value: command };
  const format = values['--format'];
  if (command === 'export' && format !== 'hsds' && format !== 'dcat') return { error: 'cli.error.bad-format', value: 'hsds oder dcat' };
  if (command === 'import' && format !== 'hsds') return { error: 'cli.error.bad-format', value: 'hsds' };
  return {
    command,
    input,
    out,
    ...(format ? { format } : {}),
    ...(typeof concurrency === 'number' ? { concurrency } : {}),
    ...(typeof perHost === 'number' ? { perHost } : {}),
    ...(typeof timeout === 'number' ? { timeoutMs: timeout * 1000 } : {}),
    resume,
  };
}

/** Reads a catalogue file; says on stderr why it cannot, and names each entry left out. */
export async function readCatalogFile(file: string, io: Io, t: CheckTranslate): Promise<CatalogRead & { readonly catalog?: Catalog }> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    io.stderr.write(`${escapeControls(t.cli('cli.error.cannot-read', { file, value: String((error as NodeJS.ErrnoException).code ?? error) }))}\n`);
    return { problems: [] };
  }
  const read = readCatalog(json);
  if (!read.catalog) io.stderr.write(`${escapeControls(t.cli('cli.error.not-a-catalog', { file }))}\n`);
  for (const problem of read.problems) io.stderr.write(`${escapeControls(t.cli('cli.catalog.problem', { value: problem.path.join('.') }))}\n`);
  return read;
}

async function runHarvest(p: PortalArgs, args: CliArgs, io: Io, t: CheckTranslate): Promise<number> {
  const { catalog, problems } = await readCatalogFile(p.input, io, t);
  if (!catalog) return 2;
  const result = await harvest(catalog, {
    out: p.out,
    maxBytes: args.maxBytes,
    resume: p.resume,
    ...(p.concurrency ? { concurrency: p.concurrency } : {}),
    ...(p.perHost ? { perHost: p.perHost } : {}),
    ...(p.timeoutMs ? { timeoutMs: p.timeoutMs } : {}),
  });
  const r = result.report;
  if (args.json) io.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
  else {
    io.stdout.write(
      `${escapeControls(
        t.cli('cli.harvest.done', {
          feeds: String(r.feeds),
          updated: String(r.counts.updated),
          unchanged: String(r.counts.unchanged + r.counts['not-modified']),
          failed: String(r.counts.failed),
          stale: String(r.stale),
          projects: String(r.projects),
          file: `${p.out}/report.html`,
        }),
      )}\n`,
    );
  }
  return r.counts.failed || problems.length ? 1 : 0;
}

/** Runs a portal command (`argv` as given, the command word first). */
export async function runPortal(command: PortalCommand, argv: readonly string[], args: CliArgs, io: Io, t: CheckTranslate): Promise<number> {
  const p = parsePortalArgs(command, argv.slice(argv.indexOf(command)));
  if ('error' in p) {
    io.stderr.write(`${escapeControls(t.cli(p.error as 'cli.error.portal-args', { value: p.value }))}\n\n${t.cli('cli.portal.usage')}\n`);
    return 2;
  }
  if (p.command === 'harvest') return runHarvest(p, args, io, t);
  return runInterop(p, io, t, args.lang);
}
