// `structured-data`: schema.org JSON-LD in the page's light DOM, for search engines.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/quartier-card/define.js';
import '../../src/elements/partner-list/define.js';
import '../../src/elements/offer-map/define.js';
import '../../src/elements/quartier-directory/define.js';
import { checkSchemaOrg } from '../../src/feed/schema-org-check.js';

type Graph = { '@context': string; '@graph': Array<Record<string, unknown>> };

async function jsonLd(el: HTMLElement): Promise<Graph> {
  await waitUntil(() => el.querySelector(':scope > script[type="application/ld+json"]'), 'a JSON-LD block', { timeout: 5000 });
  return JSON.parse(el.querySelector(':scope > script[type="application/ld+json"]')!.textContent!) as Graph;
}

const types = (graph: Graph): string[] => graph['@graph'].map((n) => String(n['@type']));

describe('structured-data', () => {
  it('is off by default: no script in the page', async () => {
    const el = await fixture<HTMLElement>(html`<quartier-card src="/data/seesen-lena.json" project="lena-seesen"></quartier-card>`);
    await oneEvent(el, 'quartier-load');
    // A card with the attribute, loaded after this one, has written its block: this one would have by then.
    const control = await fixture<HTMLElement>(html`<quartier-card structured-data src="/data/seesen-lena.json" project="lena-seesen"></quartier-card>`);
    await jsonLd(control);
    expect(el.querySelector('script')).to.equal(null);
  });

  it('<quartier-card>: valid JSON naming the project, with its partners, places and offers; no estimated position as coordinates', async () => {
    const el = await fixture<HTMLElement>(html`<quartier-card structured-data src="/data/seesen-lena.json" project="lena-seesen"></quartier-card>`);
    const graph = await jsonLd(el);
    expect(graph['@context']).to.equal('https://schema.org');
    const project = graph['@graph'].find((n) => n['@type'] === 'Project')!;
    expect(project['name']).to.contain('Lebendige Nachbarschaft');
    expect(project['member']).to.be.an('array').that.is.not.empty;
    expect(types(graph)).to.include('Place').and.include('Service');
    // The sample's place is estimated, and the entry places no offer.
    expect(graph['@graph'].find((n) => n['@type'] === 'Place')!['geo']).to.equal(undefined);
    expect(graph['@graph'].filter((n) => n['@type'] === 'Service').every((s) => s['areaServed'] === undefined)).to.equal(true);
    // An offer at a place serves that place.
    const placed = await jsonLd(await fixture<HTMLElement>(html`<quartier-card structured-data src="/test/fixtures/map/treff.json"></quartier-card>`));
    const service = placed['@graph'].find((n) => n['@type'] === 'Service')!;
    expect(service['areaServed'])
      .to.have.property('@id')
      .that.matches(/^#quartier-place-/);
    expect(placed['@graph'].find((n) => n['@type'] === 'Place')!['geo']).to.deep.equal({ '@type': 'GeoCoordinates', latitude: 51.89, longitude: 10.18 });
  });

  it('the card’s and the directory’s JSON-LD pass the schema.org check (schema-org-rules.ts): known types and properties, required ones, references', async () => {
    const card = await fixture<HTMLElement>(html`<quartier-card structured-data src="/data/seesen-lena.json" project="lena-seesen"></quartier-card>`);
    expect(checkSchemaOrg(await jsonLd(card)).errors).to.deep.equal([]);
    const directory = await fixture<HTMLElement>(
      html`<quartier-directory structured-data src="/data/seesen-lena.json /data/salzgitter-obere-berliner-strasse.json"></quartier-directory>`,
    );
    const graph = await jsonLd(directory);
    expect(types(graph).filter((t) => t === 'Project')).to.have.length(2);
    expect(checkSchemaOrg(graph).errors).to.deep.equal([]);
  });

  it('<partner-list> and <offer-map> write theirs too; the texts follow the element’s language', async () => {
    const list = await fixture<HTMLElement>(html`<partner-list structured-data src="/data/salzgitter-obere-berliner-strasse.json"></partner-list>`);
    const lg = await jsonLd(list);
    expect(types(lg).filter((t) => /Organization|NGO|Corporation/.test(t)).length).to.be.greaterThan(2);
    const map = await fixture<HTMLElement>(html`<offer-map structured-data lang="en" src="/data/seesen-lena.json" project="lena-seesen"></offer-map>`);
    const mg = await jsonLd(map);
    expect(types(mg)).to.include('Place');
  });

  it('cannot end its script: "<" in feed texts is escaped, and nothing runs', async () => {
    const feed = {
      version: '1',
      language: 'de',
      projects: [{ id: 'p', name: 'A </script><img src=x onerror="window.__ldPwned=1"> B' }],
    };
    const el = await fixture<HTMLElement & { feed: unknown }>(html`<quartier-card structured-data .feed=${feed}></quartier-card>`);
    const script = await waitUntil(() => el.querySelector('script'), 'script').then(() => el.querySelector('script')!);
    expect(script.textContent).not.to.contain('</script>');
    expect(script.textContent).to.contain('\\u003c/script>');
    const graph = JSON.parse(script.textContent!) as Graph;
    expect(graph['@graph'][0]!['name']).to.equal('A </script><img src=x onerror="window.__ldPwned=1"> B');
    expect(el.querySelectorAll('img').length).to.equal(0);
    expect((window as unknown as { __ldPwned?: number }).__ldPwned).to.equal(undefined);
  });

  it('replaces its block when the feed changes, never piling up', async () => {
    const el = await fixture<HTMLElement & { src: string }>(html`<quartier-card structured-data src="/data/seesen-lena.json"></quartier-card>`);
    await jsonLd(el);
    el.src = '/data/salzgitter-obere-berliner-strasse.json';
    await waitUntil(() => el.querySelector('script')?.textContent?.includes('Berliner'), 'the new feed', { timeout: 5000 });
    expect(el.querySelectorAll('script').length).to.equal(1);
  });
});
