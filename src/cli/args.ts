/**
 * The feed checker's command line: `check <file or URL> […] [--lang de|en]
 * [--json] [--help]`, and the message language from the environment.
 */
import type { CheckLang } from './check-feed.js';

export type UsageErrorKey =
  | 'cli.error.unknown-command'
  | 'cli.error.unknown-option'
  | 'cli.error.bad-lang'
  | 'cli.error.no-input';

export interface CliArgs {
  readonly lang: CheckLang;
  readonly json: boolean;
  readonly help: boolean;
  readonly inputs: readonly string[];
  /** A mistake on the command line; the usage is shown and the exit code is 2. */
  readonly error?: { readonly key: UsageErrorKey; readonly value?: string };
}

export type Env = Readonly<Record<string, string | undefined>>;

/**
 * German when the locale (LC_ALL, LC_MESSAGES, LANG, the first one set) is
 * German, unset, `C` or `POSIX`; English for any other locale.
 */
export function langFromEnv(env: Env): CheckLang {
  const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  return locale === '' || /^(?:c|posix|de)(?:[._@-]|$)/i.test(locale) ? 'de' : 'en';
}

export function parseArgs(argv: readonly string[], env: Env): CliArgs {
  let lang = langFromEnv(env);
  let json = false;
  let help = false;
  let error: CliArgs['error'];
  const positional: string[] = [];
  const fail = (key: UsageErrorKey, value?: string): void => {
    error ??= value === undefined ? { key } : { key, value };
  };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--json') json = true;
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
      if (value === 'de' || value === 'en') lang = value;
      else fail('cli.error.bad-lang', value ?? '');
    } else if (arg.startsWith('-') && arg !== '-') fail('cli.error.unknown-option', arg);
    else positional.push(arg);
  }

  const [command, ...inputs] = positional;
  if (command === 'help') help = true;
  else if (command !== undefined && command !== 'check') fail('cli.error.unknown-command', command);
  else if (!help && inputs.length === 0) fail('cli.error.no-input');
  return { lang, json, help, inputs, ...(error ? { error } : {}) };
}
