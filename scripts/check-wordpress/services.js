// MariaDB and Apache for `npm run check:wordpress`: private instances with
// their own data, configuration and logs in the run's directory, never the
// system's services. MariaDB listens on a Unix socket only (no TCP port);
// Apache on 127.0.0.1 only, one port per site.
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { output, run, startProcess, userIds, waitFor } from './system.js';

/**
 * A MariaDB server of its own: data in `dir`/data, socket `dir`/run/mysqld.sock,
 * --skip-networking. `sql(statement)` runs a statement as root (the socket's
 * unix_socket authentication). stop() ends it.
 */
export async function startMariaDB(dir) {
  const data = path.join(dir, 'data');
  const runDir = path.join(dir, 'run');
  const socket = path.join(runDir, 'mysqld.sock');
  const mysql = userIds('mysql');
  for (const d of [dir, data, runDir]) {
    mkdirSync(d, { recursive: true });
    chownSync(d, mysql.uid, mysql.gid);
  }
  chmodSync(runDir, 0o755);
  run('mariadb-install-db', ['--no-defaults', '--user=mysql', `--datadir=${data}`, '--auth-root-authentication-method=socket', '--skip-test-db'], {
    stdio: 'ignore',
  });
  const server = startProcess('MariaDB', '/usr/sbin/mariadbd', [
    '--no-defaults',
    '--user=mysql',
    `--datadir=${data}`,
    `--socket=${socket}`,
    `--pid-file=${path.join(runDir, 'mariadbd.pid')}`,
    `--log-error=${path.join(dir, 'error.log')}`,
    '--skip-networking',
  ]);
  const sql = (statement) => output('mariadb', ['--no-defaults', `--socket=${socket}`, '-u', 'root', '-N', '-e', statement]);
  await waitFor('MariaDB', () => {
    if (!server.running()) throw new Error(`MariaDB exited: ${server.stderr()}`);
    try {
      sql('SELECT 1');
      return true;
    } catch {
      return false;
    }
  });
  return { socket, sql, pidFile: path.join(runDir, 'mariadbd.pid'), stop: () => server.stop() };
}

const MODULES = '/usr/lib/apache2/modules';

/**
 * An Apache of its own (prefork + mod_php, as Debian's libapache2-mod-php
 * wants), configured in `dir`/httpd.conf: for each site a virtual host on
 * 127.0.0.1:<port> with its document root, /wp-content aliased to the
 * site's own wp-content folder, and its environment (SetEnv). .htaccess files
 * are ignored. stop() ends it.
 * @param {string} dir
 * @param {{port: number, root: string, content: string, env?: Record<string, string>}[]} sites
 */
export async function startApache(dir, sites) {
  mkdirSync(dir, { recursive: true });
  const conf = path.join(dir, 'httpd.conf');
  const pidFile = path.join(dir, 'httpd.pid');
  const modules = ['mpm_prefork', 'authz_core', 'mime', 'dir', 'alias', 'env']; // log_config is compiled in
  const lines = [
    `ServerRoot ${dir}`,
    `DefaultRuntimeDir ${dir}`,
    `PidFile ${pidFile}`,
    `ErrorLog ${path.join(dir, 'error.log')}`,
    `Mutex file:${dir} default`,
    ...modules.map((m) => `LoadModule ${m}_module ${MODULES}/mod_${m}.so`),
    `LoadModule php_module ${MODULES}/${phpModule()}`,
    'User www-data',
    'Group www-data',
    'ServerName 127.0.0.1',
    'StartServers 2',
    'MinSpareServers 1',
    'MaxSpareServers 4',
    'MaxRequestWorkers 8',
    'TypesConfig /etc/mime.types',
    'AddType text/javascript .js .mjs',
    'DirectoryIndex index.php index.html',
    'LogFormat "%h %>s %r" short',
    `CustomLog ${path.join(dir, 'access.log')} short`,
    '<FilesMatch "\\.php$">',
    '  SetHandler application/x-httpd-php',
    '</FilesMatch>',
    '<Directory />',
    '  AllowOverride None',
    '  Require all denied',
    '</Directory>',
  ];
  for (const site of sites) {
    lines.push(
      `Listen 127.0.0.1:${site.port}`,
      `<VirtualHost 127.0.0.1:${site.port}>`,
      `  DocumentRoot ${site.root}`,
      `  Alias /wp-content ${site.content}`,
      ...Object.entries(site.env ?? {}).map(([k, v]) => `  SetEnv ${k} ${v}`),
      '</VirtualHost>',
      ...[site.root, site.content, '/usr/share/wordpress'].map((d) => `<Directory ${d}>\n  Options FollowSymLinks\n  Require all granted\n</Directory>`),
    );
  }
  writeFileSync(conf, `${lines.join('\n')}\n`);
  run('/usr/sbin/apache2', ['-f', conf, '-t'], { stdio: 'pipe' });
  const server = startProcess('Apache', '/usr/sbin/apache2', ['-f', conf, '-DFOREGROUND']);
  await waitFor('Apache', async () => {
    if (!server.running()) throw new Error(`Apache exited: ${server.stderr()}`);
    if (!existsSync(pidFile)) return false;
    try {
      await fetch(`http://127.0.0.1:${sites[0].port}/wp-content/`, { method: 'HEAD' });
      return true;
    } catch {
      return false;
    }
  });
  return { conf, pidFile, errorLog: path.join(dir, 'error.log'), stop: () => server.stop() };
}

/** Debian's mod_php for the installed PHP (libphp8.2.so on bookworm). */
function phpModule() {
  const name = readdirSync(MODULES).find((f) => /^libphp[\d.]+\.so$/.test(f));
  if (!name) throw new Error(`no libphp*.so in ${MODULES}: is libapache2-mod-php installed?`);
  return name;
}
