// The widgets' specs (src/elements/<tag>/<tag>.spec.ts) and what reads them in
// the browser: each shell declares exactly its spec's properties (attribute
// names, converters, reflection, defaults), and a value added to a spec at run
// time is taken, without any other change, by the element's debug notes, the
// `data-quartier` upgrade, the iframe page's parameters and the configurator.
// (The manifest and the README: test/node/docs.test.js.)
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { PropertyDeclaration } from 'lit';
import '../../src/quartier-widgets.js';
import { CHOICES, widgetAttributes as configuratorAttributes, defaultOptions, type ConfigOptions } from '../../pages/configurator-snippets.js';
import { startConfigurator } from '../../pages/configurator-app.js';
import { parseEmbedParams } from '../../pages/embed-params.js';
import { baseSpec } from '../../src/elements/base/quartier-element.spec.js';
import type { AttributeSpec } from '../../src/elements/base/widget-spec.js';
import type { PartnerList } from '../../src/elements/partner-list/partner-list.js';
import { partnerListSpec } from '../../src/elements/partner-list/partner-list.spec.js';
import { offerMapSpec } from '../../src/elements/offer-map/offer-map.spec.js';
import { cardSpec } from '../../src/elements/quartier-card/quartier-card.spec.js';
import { WIDGETS } from '../../src/elements/widgets.js';

const SEESEN = '/data/seesen-lena.json';
type Declared = { elementProperties: Map<PropertyKey, PropertyDeclaration>; observedAttributes: string[] };
const entries = (spec: { attributes: Readonly<Record<string, AttributeSpec>> }): Array<[string, AttributeSpec]> => Object.entries(spec.attributes);
const notes = (el: HTMLElement): string[] => [...el.shadowRoot!.querySelectorAll('p[part="debug"]')].map((p) => p.textContent ?? '');

/** Adds `value` to an attribute's set for the duration of `run` (the specs are plain arrays at run time). */
async function withValue(attribute: AttributeSpec, value: string, run: () => Promise<void> | void): Promise<void> {
  const values = attribute.values as string[];
  values.push(value);
  try {
    await run();
  } finally {
    values.splice(values.indexOf(value), 1);
  }
}

describe('widget specs', () => {
  describe('each shell declares its spec', () => {
    for (const spec of WIDGETS) {
      it(`<${spec.tag}>: attribute names, converters, reflection and defaults`, () => {
        const ctor = customElements.get(spec.tag) as unknown as Declared;
        const all = [...entries(spec), ...entries(baseSpec)];
        expect([...ctor.observedAttributes].sort()).to.deep.equal(
          all
            .map(([, a]) => a.attribute)
            .filter((a): a is string => a !== false)
            .sort(),
        );
        const el = document.createElement(spec.tag) as unknown as Record<string, unknown>;
        for (const [property, a] of all) {
          if (a.native) continue;
          const declared = ctor.elementProperties.get(property);
          expect(declared, property).to.exist;
          const attribute = declared!.attribute === undefined || declared!.attribute === true ? property.toLowerCase() : declared!.attribute;
          expect(attribute, property).to.equal(a.attribute);
          expect(declared!.type, property).to.equal(a.kind === 'boolean' ? Boolean : a.kind === 'number' ? Number : undefined);
          expect(Boolean(declared!.reflect), property).to.equal(Boolean(a.reflect));
          expect(el[property], `${property} default`).to.equal(a.default);
        }
      });
    }
  });

  describe('a value added to a spec reaches every reader', () => {
    const layout = partnerListSpec.attributes.layout;

    it('the element: its debug note names a value outside the set, and the new value no longer', async () => {
      const el = await fixture<PartnerList>(html`<partner-list src=${SEESEN} layout="carousel" roles="lead sponsor" debug></partner-list>`);
      await waitUntil(() => notes(el).length === 2, 'two notes', { timeout: 5000 });
      expect(notes(el)[0]).to.contain('„roles“').and.contain('„sponsor“').and.contain(partnerListSpec.attributes.roles.values.join(', '));
      expect(notes(el)[1]).to.contain('„layout“').and.contain('„carousel“').and.contain('list, grid, logos');
      await withValue(layout, 'carousel', async () => {
        el.requestUpdate();
        await el.updateComplete;
        expect(notes(el)).to.have.length(1);
      });
    });

    it('the data-quartier upgrade: the new value passes, with no note', async () => {
      const upgraded = async (): Promise<HTMLElement> => {
        const div = document.createElement('div');
        div.dataset.quartier = 'partner-list';
        div.dataset.src = SEESEN;
        div.dataset.layout = 'Carousel';
        document.body.append(div);
        await waitUntil(() => div.querySelector('partner-list'), 'the widget', { timeout: 5000 });
        return div;
      };
      const before = await upgraded();
      await waitUntil(() => before.querySelector('[data-quartier-message]'), 'a note');
      expect(before.querySelector('partner-list')!.hasAttribute('layout')).to.equal(false);
      before.remove();
      await withValue(layout, 'carousel', async () => {
        const div = await upgraded();
        expect(div.querySelector('partner-list')!.getAttribute('layout')).to.equal('carousel');
        expect(div.querySelector('[data-quartier-message]')).to.equal(null);
        div.remove();
      });
    });

    it('embed.html: the new value is a parameter the page passes on', async () => {
      const query = 'widget=partner-list&src=https://x.example/f.json&layout=carousel';
      expect(parseEmbedParams(query).problems.map((p) => p.code)).to.deep.equal(['bad-value']);
      await withValue(layout, 'carousel', () => {
        const request = parseEmbedParams(query);
        expect(request.problems).to.deep.equal([]);
        expect(request.attributes).to.deep.include(['layout', 'carousel']);
      });
    });

    it("the configurator: its sets are the specs', and the new value is an option that reaches the snippets", async () => {
      expect(CHOICES.variant).to.equal(cardSpec.attributes.variant);
      expect(CHOICES.layout).to.equal(layout);
      expect(CHOICES.consent).to.equal(offerMapSpec.attributes.consent);
      expect(CHOICES['heading-level']).to.equal(baseSpec.attributes.headingLevel);
      expect(CHOICES.roles).to.equal(partnerListSpec.attributes.roles);
      expect(CHOICES.types).to.equal(partnerListSpec.attributes.type);
      expect(CHOICES.categories).to.equal(offerMapSpec.attributes.category);
      const source = await (await fetch('/pages/configurator.html')).text();
      await withValue(layout, 'carousel', () => {
        const root = document.importNode(new DOMParser().parseFromString(source, 'text/html').querySelector<HTMLElement>('[data-configurator]')!, true);
        document.body.append(root);
        const configurator = startConfigurator({ root });
        try {
          const select = root.querySelector<HTMLSelectElement>('select[name="layout"]')!;
          expect([...select.options].map((o) => o.value)).to.deep.equal(['list', 'grid', 'logos', 'carousel']);
          expect(select.options[3]!.textContent).to.equal('carousel');
          root.querySelector<HTMLInputElement>('input[name="widget"][value="partner-list"]')!.checked = true;
          select.value = 'carousel';
          expect(configurator.readForm().layout).to.equal('carousel');
          expect(
            configuratorAttributes(defaultOptions({ widget: 'partner-list', layout: 'carousel' as ConfigOptions['layout'] }), location.href),
          ).to.deep.include(['layout', 'carousel']);
        } finally {
          configurator.destroy();
          root.remove();
        }
      });
    });
  });

  describe('<quartier-directory> reaches every reader', () => {
    it('the data-quartier upgrade: `directory` with data-index, data-href and data-url-state', async () => {
      const div = document.createElement('div');
      div.dataset.quartier = 'directory';
      div.dataset.index = '/demo/directory/index.json';
      div.dataset.href = '/projekte/{id}';
      div.dataset.urlState = 'Aus';
      document.body.append(div);
      try {
        await waitUntil(() => div.querySelector('quartier-directory'), 'the widget', { timeout: 5000 });
        const el = div.querySelector('quartier-directory')!;
        expect(el.getAttribute('index')).to.equal('/demo/directory/index.json');
        expect(el.getAttribute('href')).to.equal('/projekte/{id}');
        expect(el.hasAttribute('url-state')).to.equal(false);
        await waitUntil(() => div.querySelector('[data-quartier-message]'), 'a note on url-state');
        expect(div.querySelector('[data-quartier-message]')!.textContent).to.contain('data-url-state').and.contain('on, off');
      } finally {
        div.remove();
      }
    });

    it('embed.html: `index` under the rules of `src` (absolute http(s)), which may then be left out', () => {
      const ok = parseEmbedParams('widget=directory&index=https://portal.example/index/index.json&href=https://portal.example/p/{id}&url-state=off');
      expect(ok.tag).to.equal('quartier-directory');
      expect(ok.problems).to.deep.equal([]);
      expect(ok.attributes).to.deep.include(['index', 'https://portal.example/index/index.json']);
      expect(ok.attributes).to.deep.include(['url-state', 'off']);
      const relative = parseEmbedParams('widget=directory&index=/index.json');
      expect(relative.problems.map((p) => p.code)).to.deep.equal(['bad-value', 'src-missing']);
      expect(relative.attributes.some(([name]) => name === 'index')).to.equal(false);
      const script = parseEmbedParams('widget=directory&index=javascript:alert(1)');
      expect(script.attributes.some(([name]) => name === 'index')).to.equal(false);
    });

    it('the configurator: a widget choice with an href field that reaches the snippets', async () => {
      const source = await (await fetch('/pages/configurator.html')).text();
      const root = document.importNode(new DOMParser().parseFromString(source, 'text/html').querySelector<HTMLElement>('[data-configurator]')!, true);
      document.body.append(root);
      const configurator = startConfigurator({ root });
      try {
        root.querySelector<HTMLInputElement>('input[name="widget"][value="directory"]')!.checked = true;
        root.querySelector<HTMLInputElement>('input[name="href"]')!.value = '/projekte/{id}';
        const options = configurator.readForm();
        expect(options.widget).to.equal('directory');
        expect(options.href).to.equal('/projekte/{id}');
        const attrs = configuratorAttributes({ ...options, project: 'lena-seesen', src: SEESEN }, location.href);
        expect(attrs).to.deep.include(['href', '/projekte/{id}']);
        expect(attrs.some(([name]) => name === 'project')).to.equal(false);
      } finally {
        configurator.destroy();
        root.remove();
      }
    });
  });
});
