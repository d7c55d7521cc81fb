// The WordPress sites of `npm run check:wordpress`: for each, a database in
// the run's MariaDB, a configuration, a wp-content folder of its own (the
// must-use plugin from docs/cms/wordpress/, the kit under
// quartier-widgets/<version>/ where the plugin expects it, the sample feed,
// the themes, German language files), and the install through setup-site.php.
import { chownSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { output, userIds } from './system.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SETUP = path.join(path.dirname(fileURLToPath(import.meta.url)), 'setup-site.php');
export const PLUGIN = path.join(ROOT, 'docs/cms/wordpress/quartier-widgets.php');
export const KIT_VERSION = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
export const FEED = { file: path.join(ROOT, 'data/seesen-lena.json'), path: '/wp-content/quartier-feeds/seesen-lena.json' };

/** Debian's wordpress package: its tree, its theme folder, its per-site configuration files. */
export const DEBIAN = {
  root: '/usr/share/wordpress',
  themes: '/usr/share/wordpress/wp-content/themes',
  languages: '/usr/share/wordpress/wp-content/languages',
  configName: 'quartier-check',
  configFile: '/etc/wordpress/config-quartier-check.php',
};
const MARKER = '// Written by quartier-widgets check:wordpress; removed when it ends.';

/** A configuration file of ours there, or none; never someone else's. */
export function claimDebianConfig() {
  if (existsSync(DEBIAN.configFile) && !readFileSync(DEBIAN.configFile, 'utf8').includes(MARKER)) {
    throw new Error(`${DEBIAN.configFile} exists and was not written by this check: remove or rename it first`);
  }
}

export function removeDebianConfig() {
  if (existsSync(DEBIAN.configFile) && readFileSync(DEBIAN.configFile, 'utf8').includes(MARKER)) rmSync(DEBIAN.configFile);
}

const phpString = (value) => `'${String(value).replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
const secret = () => randomBytes(32).toString('base64');

/**
 * The wp-config.php definitions of a site: its database (the socket), its
 * URL, its own wp-content, debug messages to a log file (none shown on the
 * page), and WordPress's own outgoing requests and mails switched off.
 */
function definitions(site, db) {
  const url = `http://127.0.0.1:${site.port}`;
  const defines = {
    DB_NAME: db.name,
    DB_USER: db.user,
    DB_PASSWORD: db.password,
    DB_HOST: `localhost:${db.socket}`,
    DB_CHARSET: 'utf8mb4',
    WP_HOME: url,
    WP_SITEURL: url,
    WP_CONTENT_DIR: site.content,
    WP_CONTENT_URL: `${url}/wp-content`,
    WP_DEBUG: true,
    WP_DEBUG_DISPLAY: false,
    WP_DEBUG_LOG: site.debugLog,
    WP_HTTP_BLOCK_EXTERNAL: true,
    DISABLE_WP_CRON: true,
    AUTOMATIC_UPDATER_DISABLED: true,
    ...Object.fromEntries(
      ['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE'].flatMap((k) => [
        [`${k}_KEY`, secret()],
        [`${k}_SALT`, secret()],
      ]),
    ),
  };
  return Object.entries(defines)
    .map(([k, v]) => `define( '${k}', ${typeof v === 'boolean' ? String(v) : phpString(v)} );`)
    .join('\n');
}

/**
 * Lays out one site in `dir` and writes its configuration.
 * @param {{id: string, port: number, dir: string, tree: string|null}} spec tree: a WordPress tree to copy, or null for Debian's package
 * @param {{sql(statement: string): string, socket: string}} mariadb
 * @param {string} kit the built kit (dist/)
 */
export function createSite(spec, mariadb, kit) {
  const { id, port, dir } = spec;
  const debian = spec.tree === null;
  const root = debian ? DEBIAN.root : path.join(dir, 'wordpress');
  const site = { id, port, dir, root, content: path.join(dir, 'wp-content'), debugLog: path.join(dir, 'debug.log') };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(site.content, { recursive: true });
  if (!debian) cpSync(spec.tree, root, { recursive: true });

  // wp-content: themes, the must-use plugin, the kit where the plugin looks by default, the feed.
  const themes = path.join(site.content, 'themes');
  mkdirSync(themes);
  const themeSource = debian ? DEBIAN.themes : path.join(root, 'wp-content/themes');
  for (const [name, source] of [
    ...readdirSync(themeSource)
      .filter((n) => n.startsWith('twenty'))
      .map((n) => [n, path.join(themeSource, n)]),
    ['twentytwentyone', path.join(DEBIAN.themes, 'twentytwentyone')], // a classic theme, from Debian
  ]) {
    if (!existsSync(path.join(themes, name))) symlinkSync(source, path.join(themes, name));
  }
  // German, as on the sites the kit is for: Debian's language files (wordpress-l10n, made for
  // 6.1; on 6.4 and 6.5 newer strings stay English). WordPress accepts de_DE only where they are.
  symlinkSync(DEBIAN.languages, path.join(site.content, 'languages'));
  mkdirSync(path.join(site.content, 'mu-plugins'));
  cpSync(PLUGIN, path.join(site.content, 'mu-plugins/quartier-widgets.php'));
  const kitDir = path.join(site.content, 'quartier-widgets', KIT_VERSION);
  mkdirSync(kitDir, { recursive: true });
  cpSync(path.join(kit, 'quartier-widgets.js'), path.join(kitDir, 'quartier-widgets.js'));
  cpSync(path.join(kit, 'chunks'), path.join(kitDir, 'chunks'), { recursive: true });
  mkdirSync(path.join(site.content, 'quartier-feeds'));
  cpSync(FEED.file, path.join(site.content, 'quartier-feeds', path.basename(FEED.file)));
  writeFileSync(site.debugLog, '');
  const www = userIds('www-data');
  chownSync(site.debugLog, www.uid, www.gid);

  // The database and the configuration.
  const name = `quartier_${id.replace(/\W/g, '_')}`;
  const db = { name, user: name, password: randomBytes(18).toString('hex'), socket: mariadb.socket };
  mariadb.sql(
    `DROP DATABASE IF EXISTS ${db.name}; CREATE DATABASE ${db.name} CHARACTER SET utf8mb4; ` +
      `CREATE USER IF NOT EXISTS '${db.user}'@'localhost'; ALTER USER '${db.user}'@'localhost' IDENTIFIED BY '${db.password}'; ` +
      `GRANT ALL ON ${db.name}.* TO '${db.user}'@'localhost';`,
  );
  const defines = definitions(site, db);
  if (debian) {
    // Debian's wp-config.php reads /etc/wordpress/config-$WORDPRESS_CONFIG.php (SetEnv in Apache).
    writeFileSync(DEBIAN.configFile, `<?php\n${MARKER}\n${defines}\n`, { mode: 0o640 });
    chownSync(DEBIAN.configFile, 0, www.gid);
    site.env = { WORDPRESS_CONFIG: DEBIAN.configName };
  } else {
    writeFileSync(
      path.join(root, 'wp-config.php'),
      `<?php\n${defines}\n$table_prefix = 'wp_';\nif ( ! defined( 'ABSPATH' ) ) {\n\tdefine( 'ABSPATH', __DIR__ . '/' );\n}\nrequire_once ABSPATH . 'wp-settings.php';\n`,
    );
    site.env = {};
  }
  return site;
}

/** Runs setup-site.php for `site` and returns its JSON result. */
export function setupSite(site, command, argument) {
  const result = path.join(site.dir, `setup-${command}.json`);
  const printed = output('php', [SETUP, path.join(site.root, 'wp-load.php'), command, argument, result], {
    env: { ...process.env, HTTP_HOST: `127.0.0.1:${site.port}`, ...site.env },
  });
  if (!existsSync(result))
    throw new Error(
      `setup-site.php ${command} wrote no result; it printed:\n${printed
        .replace(/<style[\s\S]*?<\/style>|<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 2000)}`,
    );
  return JSON.parse(readFileSync(result, 'utf8'));
}
