/// <reference types="node" />
/**
 * `quartier-feed ics <feed> [--offer id | --place id | --project id] --out
 * <file.ics>`: a calendar file of the current offers (feed/lifecycle.ts)
 * with dates ahead, of the whole feed, of a project, of a place, or of one
 * offer; the same file
 * the widgets' "In den Kalender" makes (feed/ical.ts, with the entries'
 * texts from elements/shared/calendar-download.ts), its words in `--lang`.
 * Exit code 0 when written, 1 when nothing current was left to write, 2 for
 * a wrong command line, an unknown id, or a feed or file that cannot be read
 * or written.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { checkFeed } from '../checker/check.js';
import { calendarEntry, calendarOffers } from '../elements/shared/calendar-download.js';
import { calendarFile } from '../feed/ical.js';
import { placeById, projectById, projectOffers } from '../feed/query.js';
import type { Feed, Offer } from '../feed/types.js';
import { germanSource } from '../i18n/german-source.js';
import en from '../i18n/tables/en.js';
import { translator } from '../i18n/translate.js';
import type { CliArgs } from './args.js';
import type { CheckTranslate } from './check-feed.js';
import { checkRead, readForCheck } from './check-source.js';
import { formatReport } from './format-report.js';
import type { Io } from './main.js';
import { escapeControls } from './terminal-text.js';

export const ICS_COMMAND = 'ics';

/** The options that take a value. */
export const ICS_OPTIONS = ['--out', '--offer', '--place', '--project'] as const;

type Which = '--offer' | '--place' | '--project';

interface IcsArgs {
  readonly input: string;
  readonly out: string;
  readonly which?: { readonly option: Which; readonly id: string };
}

/** The command's arguments, or `undefined` when they are wrong. */
function parseIcsArgs(argv: readonly string[]): IcsArgs | undefined {
  const positional: string[] = [];
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const m = /^(--(?:out|offer|place|project))(?:=(.*))?$/.exec(arg);
    if (m) {
      if (values.has(m[1]!)) return undefined;
      values.set(m[1]!, m[2] ?? argv[++i] ?? '');
    } else if (/^--(?:lang|max-size)$/.test(arg)) i++;
    else if (!arg.startsWith('-')) positional.push(arg);
  }
  const out = values.get('--out');
  const picked = (['--offer', '--place', '--project'] as const).filter((o) => values.has(o));
  if (positional.length !== 2 || !out || picked.length > 1) return undefined;
  const option = picked[0];
  const id = option && values.get(option);
  if (option && !id) return undefined;
  return { input: positional[1]!, out, ...(option && id ? { which: { option, id } } : {}) };
}

/** The offers the arguments name (current ones with dates ahead only: a calendar holds nothing else), or `undefined` for an unknown id. */
function selectOffers(feed: Feed, which: IcsArgs['which']): Offer[] | undefined {
  let offers: readonly Offer[];
  if (!which) offers = feed.offers;
  else if (which.option === '--offer') {
    const offer = feed.offers.find((o) => o.id === which.id);
    if (!offer) return undefined;
    offers = [offer];
  } else if (which.option === '--place') {
    if (!placeById(feed, which.id)) return undefined;
    offers = feed.offers.filter((o) => o.place === which.id);
  } else {
    const project = projectById(feed, which.id);
    if (!project) return undefined;
    offers = projectOffers(feed, project);
  }
  return calendarOffers(feed, offers);
}

export async function runIcs(argv: readonly string[], args: CliArgs, io: Io, t: CheckTranslate): Promise<number> {
  const p = parseIcsArgs(argv);
  if (!p) {
    io.stderr.write(`${t.cli('cli.error.ics-args')}\n\n${t.cli('cli.usage')}\n`);
    return 2;
  }
  const read = await readForCheck(p.input, args.lang, args.maxBytes);
  const report = 'source' in read ? read : checkRead(read, p.input, args.lang);
  const feed = 'text' in read ? checkFeed(read.text, p.input).feed : undefined;
  if (!feed) {
    io.stdout.write(`${formatReport(report, t, { color: false, strict: false }).join('\n')}\n`);
    return 2;
  }
  const label = p.which ? `${p.which.option} ${p.which.id}` : p.input;
  const offers = selectOffers(feed, p.which);
  if (!offers) {
    io.stderr.write(`${escapeControls(t.cli('cli.error.ics-unknown', { value: label }))}\n`);
    return 2;
  }
  if (!offers.length) {
    io.stderr.write(`${escapeControls(t.cli('cli.ics.none', { value: label }))}\n`);
    return 1;
  }
  const words = translator(args.lang === 'en' ? en : germanSource, args.lang, { isolate: false, table: args.lang });
  const ctx = { lang: args.lang, feedLang: feed.language };
  try {
    await mkdir(dirname(p.out), { recursive: true });
    await writeFile(p.out, calendarFile(offers.map((o) => calendarEntry(feed, o, words, ctx))));
  } catch (error) {
    io.stderr.write(`${escapeControls(t.cli('cli.error.cannot-write', { file: p.out, value: String((error as NodeJS.ErrnoException).code ?? error) }))}\n`);
    return 2;
  }
  io.stdout.write(`${escapeControls(t.cli('cli.ics.written', { count: offers.length, file: p.out }))}\n`);
  return 0;
}
