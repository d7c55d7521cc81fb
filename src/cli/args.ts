/**
 * The command line of `quartier-feed`: `check <file or URL> […]`,
 * `convert <from> <to>`, `template <out.xlsx|out.ods>`, with `--strict`,
 * `--lang de|en`, `--json`, `--max-size` and `--help`, and the message
 * language from the environment.
 */
import { DEFAULT_MAX_BYTES } from '../feed/fetch-feed.js';
import type { CheckLang } from './check-feed.js';

export type UsageErrorKey =
  | 'cli.error.unknown-command'
  | 'cli.error.unknown-option'
  | 'cli.error.bad-lang'
  | 'cli.error.bad-max-size'
  | 'cli.error.no-input'
  | 'cli.error.convert-args'
  | 'cli.error.template-args';

export type Command = 'check' | 'convert' | 'template';
const COMMANDS: readonly Command[] = ['check', 'convert', 'template'];

export interface CliArgs {
  readonly command: Command;
  readonly lang: CheckLang;
  readonly json: boolean;
  /** Hints about unknown fields count as problems. */
  readonly strict: boolean;
  readonly help: boolean;
  /** The largest file (or answer) read, in bytes: the widgets' 5 MiB unless `--max-size` says otherwise. */
  readonly maxBytes: number;
  /** The files or URLs to check; for `convert` from and to; for `template` the file to write. */
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

/** `5MiB`, `800KiB`, `2MB`, `1000000` (bytes) as a number of bytes; `undefined` for anything else. */
export function parseSize(value: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib)?$/i.exec(value.trim());
  if (!m) return undefined;
  const unit = { b: 1, kb: 1000, kib: 1024, mb: 1e6, mib: 1024 * 1024 }[(m[2] ?? 'b').toLowerCase() as 'b'];
  const bytes = Math.floor(Number(m[1]) * unit);
  return bytes > 0 && Number.isSafeInteger(bytes) ? bytes : undefined;
}

export function parseArgs(argv: readonly string[], env: Env): CliArgs {
  let lang = langFromEnv(env);
  let maxBytes = DEFAULT_MAX_BYTES;
  let json = false;
  let strict = false;
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
    else if (arg === '--strict') strict = true;
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
      if (value === 'de' || value === 'en') lang = value;
      else fail('cli.error.bad-lang', value ?? '');
    } else if (arg === '--max-size' || arg.startsWith('--max-size=')) {
      const value = arg === '--max-size' ? argv[++i] : arg.slice('--max-size='.length);
      const bytes = value === undefined ? undefined : parseSize(value);
      if (bytes !== undefined) maxBytes = bytes;
      else fail('cli.error.bad-max-size', value ?? '');
    } else if (arg.startsWith('-') && arg !== '-') fail('cli.error.unknown-option', arg);
    else positional.push(arg);
  }

  const [word, ...inputs] = positional;
  const command = COMMANDS.find((c) => c === word) ?? 'check';
  if (word === 'help') help = true;
  else if (word !== undefined && word !== command) fail('cli.error.unknown-command', word);
  else if (!help && command === 'convert' && inputs.length !== 2) fail('cli.error.convert-args');
  else if (!help && command === 'template' && (inputs.length !== 1 || !/\.(?:xlsx|ods)$/i.test(inputs[0]!))) fail('cli.error.template-args');
  else if (!help && inputs.length === 0) fail('cli.error.no-input');
  return { command, lang, json, strict, help, maxBytes, inputs, ...(error ? { error } : {}) };
}
