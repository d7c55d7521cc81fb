/**
 * The reports as HTML pages in German: one per partner (what is wrong with
 * their feed and where, when it was last checked) and one for the portal.
 * Every value is escaped — feed and catalogue text never becomes markup —
 * and the pages carry a CSP that allows no script.
 */
import type { PartnerReport, PortalReport } from './partner-report.js';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Feed text inside a bidi isolate, escaped. */
const v = (text: string): string => `<bdi>${escapeHtml(text)}</bdi>`;

const dateTime = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' });
const when = (iso: string | undefined): string => (iso ? escapeHtml(dateTime.format(new Date(iso))) : 'noch nie');

const OUTCOME: Readonly<Record<PartnerReport['outcome'], string>> = {
  updated: 'Neu gelesen',
  unchanged: 'Gelesen, unverändert',
  'not-modified': 'Unverändert (der Server meldet keine Änderung)',
  failed: 'Nicht lesbar',
};

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}table{border-collapse:collapse;width:100%}th,td{text-align:start;padding:.25rem .5rem;border-bottom:1px solid #ccc;vertical-align:top}.failed{color:#a00000}.ok{color:#185c18}code{overflow-wrap:anywhere}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** Why the partner gets this page, in words: the state first, then what to do. */
function verdict(r: PartnerReport): string {
  if (r.outcome === 'failed') {
    const kept = r.stale
      ? `Das Portal zeigt weiter die letzte gute Fassung vom ${when(r.succeeded)}, mit dem Hinweis, dass sie nicht aktuell geprüft ist.`
      : 'Das Portal kann Ihre Projekte deshalb nicht zeigen.';
    return `<p class="failed"><strong>Ihr Feed konnte nicht gelesen werden:</strong> ${v(r.failure?.message ?? '')}</p><p>${kept}</p>`;
  }
  if (r.problems.length) {
    return `<p>Ihr Feed wird gezeigt. ${r.problems.length === 1 ? 'Eine Angabe wird' : `${r.problems.length} Angaben werden`} dabei ausgelassen, weil sie nicht dem Format entsprechen (Liste unten).</p>`;
  }
  return '<p class="ok">Ihr Feed ist in Ordnung und wird vollständig gezeigt.</p>';
}

export function partnerReportHtml(r: PartnerReport): string {
  const problems = r.problems.length
    ? `<h2>Probleme im Feed</h2>
<ol>
${r.problems.map((p) => `<li>${p.line !== undefined ? `Zeile ${p.line}, Spalte ${p.column ?? 1}: ` : ''}${v(p.message)}</li>`).join('\n')}
</ol>
<p>Prüfen können Sie den Feed jederzeit selbst: <code>npx -p quartier-widgets quartier-feed check ${escapeHtml(r.url)}</code>, oder auf der Prüfseite des Baukastens (check.html).</p>`
    : '';
  return page(
    `Bericht zum Feed „${r.publisher}“`,
    `<h1>Bericht zu Ihrem Quartier-Feed</h1>
<p>Herausgeber: ${v(r.publisher)}<br>Adresse: <code>${escapeHtml(r.url)}</code></p>
${verdict(r)}
<table>
<tr><th scope="row">Zuletzt geprüft</th><td>${when(r.checked)}</td></tr>
<tr><th scope="row">Ergebnis</th><td>${OUTCOME[r.outcome]}</td></tr>
<tr><th scope="row">Zuletzt erfolgreich gelesen</th><td>${when(r.succeeded)}</td></tr>
<tr><th scope="row">Zuletzt geändert</th><td>${when(r.changed)}</td></tr>
<tr><th scope="row">Gezeigt</th><td>${r.projects} ${r.projects === 1 ? 'Projekt' : 'Projekte'}, ${r.offers} ${r.offers === 1 ? 'Angebot' : 'Angebote'}</td></tr>
</table>
${problems}`,
  );
}

export function portalReportHtml(r: PortalReport): string {
  const rows = r.partners
    .map(
      (p) =>
        `<tr><td><a href="reports/${escapeHtml(p.feed)}.html">${v(p.publisher)}</a></td><td class="${p.outcome === 'failed' ? 'failed' : 'ok'}">${OUTCOME[p.outcome]}${p.stale ? ' (letzte gute Fassung gezeigt)' : ''}${p.failure ? `: ${v(p.failure)}` : ''}</td><td>${p.problems}</td><td>${p.projects}</td><td>${when(p.checked)}</td></tr>`,
    )
    .join('\n');
  return page(
    `Harvester-Bericht: ${r.title}`,
    `<h1>Harvester-Bericht: ${v(r.title)}</h1>
<p>Stand: ${when(r.generated)}. ${r.feeds} Feeds, ${r.projects} Projekte, ${r.offers} Angebote.</p>
<ul>
<li>Neu gelesen: ${r.counts.updated}</li>
<li>Unverändert: ${r.counts.unchanged + r.counts['not-modified']} (davon ${r.counts['not-modified']} ohne Übertragung, 304)</li>
<li>Nicht lesbar: ${r.counts.failed} (davon ${r.stale} mit letzter guter Fassung, ${r.missing} ohne)</li>
<li>Feeds mit ausgelassenen Angaben: ${r.withProblems}</li>
</ul>
<table>
<thead><tr><th scope="col">Herausgeber</th><th scope="col">Ergebnis</th><th scope="col">Probleme</th><th scope="col">Projekte</th><th scope="col">Zuletzt geprüft</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`,
  );
}
