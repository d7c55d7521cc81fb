/// <reference types="node" />
/**
 * `quartier-feed`: the partner-facing feed checker. Parses the command line,
 * checks each feed in turn, prints the human report (or `--json`) and returns
 * the exit code: 0 no problems, 1 problems (with `--strict`, hints about
 * unknown fields too), 2 a feed cannot be used or the command line is wrong.
 * Run by `bin/quartier-feed.js`.
 */
import { parseArgs, type Env } from './args.js';
import { checkTranslator, exitCodeOf, type CheckReport } from './check-feed.js';
import { checkSource } from './check-source.js';
import { formatReport, formatTotal } from './format-report.js';

export interface Io {
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly stderr: { write(text: string): unknown };
  readonly env: Env;
}

const processIo: Io = { stdout: process.stdout, stderr: process.stderr, env: process.env };

/** Runs the checker and returns the exit code (the caller sets it). */
export async function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  const args = parseArgs(argv, io.env);
  const t = checkTranslator(args.lang);
  if (args.error) {
    io.stderr.write(`${t.cli(args.error.key, { value: args.error.value ?? '' })}\n\n${t.cli('cli.usage')}\n`);
    return 2;
  }
  if (args.help) {
    io.stdout.write(`${t.cli('cli.usage')}\n`);
    return 0;
  }

  const reports: CheckReport[] = [];
  for (const source of args.inputs) reports.push(await checkSource(source, args.lang));
  const { strict } = args;
  const exitCode = Math.max(0, ...reports.map((r) => exitCodeOf(r, strict)));

  if (args.json) {
    io.stdout.write(`${JSON.stringify({ lang: args.lang, strict, exitCode, files: reports }, null, 2)}\n`);
    return exitCode;
  }
  const noColor = io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '';
  const style = { color: io.stdout.isTTY === true && !noColor, strict };
  const blocks = reports.map((r) => formatReport(r, t, style).join('\n'));
  if (reports.length > 1) blocks.push(formatTotal(reports, t, strict));
  io.stdout.write(`${blocks.join('\n\n')}\n`);
  return exitCode;
}
