/**
 * The feed checker's human report: one line per problem, prefixed with
 * `file:line:column` (or `file: Tabelle …, Zeile …, Spalte …` for a
 * spreadsheet) so editors and terminals can jump to it, grouped per file,
 * each file closed by a summary line; a total when several files were
 * checked. Red for a feed that cannot be used, yellow for problems, only when
 * asked to colour. Hints about unknown fields are notes, or problems with
 * `strict`. Every text that holds something from the feed or the command
 * line is printed with its control characters escaped (`terminal-text.ts`).
 */
import { byPosition, exitCodeOf, problemCount, type CheckReport, type CheckTranslate, type Located } from './check-feed.js';
import { RECORD_LISTS } from '../checker/check.js';
import { describeCell } from '../i18n/authoring-messages.js';
import { escapeControls } from './terminal-text.js';

export interface ReportStyle {
  readonly color: boolean;
  /** Hints about unknown fields count as problems. */
  readonly strict?: boolean;
}

const RED = '\x1b[31m';
const YELLOW = '\x1b[33m';
const RESET = '\x1b[0m';

function paint(text: string, color: string, style: ReportStyle): string {
  return style.color ? `${color}${text}${RESET}` : text;
}

function where(source: string, at: Located, t: CheckTranslate): string {
  if (at.cell) return escapeControls(`${source}: ${describeCell(at.cell, t.authoring)}`);
  return escapeControls(at.line === undefined ? source : `${source}:${at.line}:${at.column ?? 1}`);
}

function list(items: readonly string[], lang: string): string {
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
}

/** The summary line of one file. */
function summary(report: CheckReport, t: CheckTranslate, strict: boolean): string {
  const source = escapeControls(report.source);
  if (report.error) return `${source}: ${t.cli('cli.summary.failed')}`;
  const problems = problemCount(report, strict);
  const dropped = RECORD_LISTS.reduce((sum, l) => sum + report.counts[l].dropped, 0);
  const missing = report.missingTranslations.length + report.moreMissingTranslations;
  const parts = [problems > 0 ? t.cli('cli.count.problems', { count: problems }) : t.cli('cli.summary.ok')];
  if (dropped > 0) parts.push(t.cli('cli.count.dropped', { count: dropped }));
  if (!strict && report.hints.length > 0) parts.push(t.cli('cli.count.hints', { count: report.hints.length }));
  if (missing > 0) parts.push(t.cli('cli.count.missing', { count: missing }));
  const kept = list(
    RECORD_LISTS.map((l) => t.cli(`cli.count.${l}`, { count: report.counts[l].kept })),
    t.lang,
  );
  return `${source}: ${parts.join(', ')}. ${t.cli('cli.summary.kept', { value: kept })}`;
}

/** The lines for one file. */
export function formatReport(report: CheckReport, t: CheckTranslate, style: ReportStyle): string[] {
  const strict = style.strict === true;
  const lines: string[] = [];
  if (report.error) {
    const label = `${where(report.source, report.error, t)}  ${t.cli('cli.label.error')}:`;
    lines.push(`${paint(label, RED, style)} ${escapeControls(report.error.message)}`);
    if (report.error.help) lines.push(report.error.help);
  }
  const problem = (at: Located, message: string): { at: Located; text: string } => ({
    at,
    text: `${paint(where(report.source, at, t), YELLOW, style)}  ${escapeControls(message)}`,
  });
  const note = (at: Located, message: string): { at: Located; text: string } => ({
    at,
    text: `${where(report.source, at, t)}  ${t.cli('cli.label.note')}: ${escapeControls(message)}`,
  });
  const entries = [
    ...report.readProblems.map((p) => problem(p, p.message)),
    ...report.warnings.map((w) => problem(w, w.message)),
    ...report.hints.map((h) => (strict ? problem(h, h.message) : note(h, h.message))),
    ...report.missingTranslations.map((m) => note(m, m.message)),
  ].sort((a, b) => byPosition(a.at, b.at));
  for (const e of entries) lines.push(e.text);
  lines.push(summary(report, t, strict));
  return lines;
}

/** The total over several files. */
export function formatTotal(reports: readonly CheckReport[], t: CheckTranslate, strict = false): string {
  const codes = reports.map((r) => exitCodeOf(r, strict));
  const n = (code: number): number => codes.filter((c) => c === code).length;
  return t.cli('cli.summary.total', {
    files: t.cli('cli.count.files', { count: reports.length }),
    ok: n(0),
    problems: n(1),
    failed: n(2),
  });
}
