// The value after `--name` on a bench script's command line, or `fallback` when it is not given.

/**
 * @param {string} name
 * @param {string | undefined} fallback
 * @returns {string | undefined}
 */
export function cliOption(name, fallback) {
  const argv = process.argv.slice(2);
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
}
