/// <reference types="node" />
/**
 * `quartier-feed`: the partners' feed tool. Parses the command line, then
 * `check` checks each feed in turn, `convert` converts one and checks it,
 * `template` writes an empty spreadsheet; prints the human report (or
 * `--json`) and returns the exit code: 0 no problems, 1 problems (with
 * `--strict`, hints about unknown fields too), 2 a feed cannot be used, a
 * file cannot be read or written, or the command line is wrong. Run by
 * `bin/quartier-feed.js`.
 */
import { parseArgs, type CliArgs, type Env } from './args.js';
import { checkTranslator, exitCodeOf, type CheckReport, type CheckTranslate } from './check-feed.js';
import { checkSource } from './check-source.js';
import { convertFeed, writeTemplateFile } from './convert.js';
import { writeFormOf } from './feed-file.js';
import { formatReport, formatTotal } from './format-report.js';
import { ICS_COMMAND, ICS_OPTIONS, runIcs } from './ics.js';
import { PORTAL_COMMANDS, runPortal } from './portal.js';
import { escapeControls, escapeJsonControls } from './terminal-text.js';

export interface Io {
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly stderr: { write(text: string): unknown };
  readonly env: Env;
}

const processIo: Io = { stdout: process.stdout, stderr: process.stderr, env: process.env };

interface Context {
  readonly args: CliArgs;
  readonly io: Io;
  readonly t: CheckTranslate;
}

function style({ args, io }: Context): { color: boolean; strict: boolean } {
  const noColor = io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '';
  return { color: io.stdout.isTTY === true && !noColor, strict: args.strict };
}

async function check(c: Context): Promise<number> {
  const { args, io, t } = c;
  const reports: CheckReport[] = [];
  for (const source of args.inputs) reports.push(await checkSource(source, args.lang, args.maxBytes));
  const { strict } = args;
  const exitCode = Math.max(0, ...reports.map((r) => exitCodeOf(r, strict)));
  if (args.json) {
    io.stdout.write(`${escapeJsonControls(JSON.stringify({ lang: args.lang, strict, exitCode, files: reports }, null, 2))}\n`);
    return exitCode;
  }
  const blocks = reports.map((r) => formatReport(r, t, style(c)).join('\n'));
  if (reports.length > 1) blocks.push(formatTotal(reports, t, strict));
  io.stdout.write(`${blocks.join('\n\n')}\n`);
  return exitCode;
}

async function convert(c: Context): Promise<number> {
  const { args, io, t } = c;
  const [from, to] = args.inputs as [string, string];
  const form = await writeFormOf(to);
  if (!form) {
    io.stderr.write(`${escapeControls(t.cli('cli.error.format', { file: to }))}\n`);
    return 2;
  }
  const { report, written, writeError } = await convertFeed(from, to, form, args.lang, args.maxBytes);
  const exitCode = writeError !== undefined ? 2 : exitCodeOf(report, args.strict);
  if (writeError !== undefined) io.stderr.write(`${escapeControls(t.cli('cli.error.cannot-write', { file: to, value: writeError }))}\n`);
  if (args.json) {
    io.stdout.write(
      `${escapeJsonControls(JSON.stringify({ lang: args.lang, strict: args.strict, exitCode, files: [report], ...(written ? { written } : {}) }, null, 2))}\n`,
    );
    return exitCode;
  }
  const lines = formatReport(report, t, style(c));
  if (written) lines.push(escapeControls(t.cli('cli.written', { file: written })));
  io.stdout.write(`${lines.join('\n')}\n`);
  return exitCode;
}

async function template(c: Context): Promise<number> {
  const { args, io, t } = c;
  const to = args.inputs[0]!;
  const error = await writeTemplateFile(to, /\.ods$/i.test(to) ? 'ods' : 'xlsx');
  if (error !== undefined) {
    io.stderr.write(`${escapeControls(t.cli('cli.error.cannot-write', { file: to, value: error }))}\n`);
    return 2;
  }
  io.stdout.write(
    args.json
      ? `${escapeJsonControls(JSON.stringify({ lang: args.lang, exitCode: 0, written: to }, null, 2))}\n`
      : `${escapeControls(t.cli('cli.written', { file: to }))}\n`,
  );
  return 0;
}

/** The options a portal command shares with the others (language, JSON, size cap, help), as a `check` command line. */
function sharedOptions(argv: readonly string[]): string[] {
  const out = ['check', '-'];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (/^--(?:lang|max-size)$/.test(a)) out.push(a, argv[++i] ?? '');
    else if (/^--(?:lang|max-size)=/.test(a) || ['--json', '--help', '-h'].includes(a)) out.push(a);
  }
  return out;
}

/** Runs the command and returns the exit code (the caller sets it). */
export async function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  // `harvest` and `export` (for portals) have options of their own: portal.ts.
  // `ics` too (ics.ts).
  const positional = argv.filter(
    (a, i) =>
      !a.startsWith('-') &&
      !/^--(?:lang|max-size|out|format|concurrency|per-host|timeout)$/.test(argv[i - 1] ?? '') &&
      !(ICS_OPTIONS as readonly string[]).includes(argv[i - 1] ?? ''),
  );
  const portal = PORTAL_COMMANDS.find((c) => positional[0] === c);
  const ics = positional[0] === ICS_COMMAND;
  const args = parseArgs(portal || ics ? sharedOptions(argv) : argv, io.env);
  const t = checkTranslator(args.lang);
  if (args.error) {
    io.stderr.write(`${escapeControls(t.cli(args.error.key, { value: args.error.value ?? '' }))}\n\n${t.cli('cli.usage')}\n`);
    return 2;
  }
  if (args.help) {
    io.stdout.write(`${t.cli('cli.usage')}\n\n${t.cli('cli.portal.usage')}\n`);
    return 0;
  }
  if (portal) return runPortal(portal, argv, args, io, t);
  if (ics) return runIcs(argv, args, io, t);
  const context: Context = { args, io, t };
  if (args.command === 'convert') return convert(context);
  if (args.command === 'template') return template(context);
  return check(context);
}
