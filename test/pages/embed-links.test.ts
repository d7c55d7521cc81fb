// Links inside embed.html open in the page around the iframe: the page's
// `<base target="_top">` is the one rule, and the links a widget draws in its
// shadow root (here the directory's `href` links to each project's own page)
// have no target of their own that would override it. That the browser
// applies the base target to a link inside a shadow root is checked with a
// named frame standing in for `_top` (following `_top` would navigate the
// test page away): the click loads the project's page there, and the embed
// page stays where it was. A relative `href` would be resolved against
// embed.html, not the host page: it is named for the editor and left out.
import { expect } from '@open-wc/testing';
import { parseEmbedParams } from '../../pages/embed-params.js';
import { until } from '../support/async.js';
import { plain } from '../support/text.js';
import { SEESEN, doc, embed, message, removeFrames, widget } from './embed-helpers.js';

const after: Array<() => void> = [];
afterEach(() => {
  removeFrames();
  for (const undo of after.splice(0)) undo();
});

const PROJECT_PAGE = `${location.origin}/data/seesen-lena.json?projekt={id}`;

async function directoryLink(): Promise<{ frame: HTMLIFrameElement; link: HTMLAnchorElement }> {
  const frame = await embed({ widget: 'directory', src: SEESEN, href: PROJECT_PAGE });
  const el = await widget(frame, 'quartier-directory');
  await until(() => el.shadowRoot!.querySelector('a[data-key]'), 'no link to a project page');
  return { frame, link: el.shadowRoot!.querySelector<HTMLAnchorElement>('a[data-key]')! };
}

describe('embed.html: links open in the page around the iframe', () => {
  it('the directory’s project links follow the page’s base target, _top, and set none of their own', async () => {
    const { frame, link } = await directoryLink();
    expect(doc(frame).querySelector('base')!.target).to.equal('_top');
    expect(link.href).to.equal(PROJECT_PAGE.replace('{id}', 'lena-seesen'));
    expect(link.hasAttribute('target'), 'no target of its own').to.equal(false);
  });

  it('a click on a project link inside the shadow root navigates the base target, not the iframe', async () => {
    const { frame, link } = await directoryLink();
    // A frame named before it is inserted (a name set later is not found by a link's target).
    const probe = document.createElement('iframe');
    probe.title = 'Ziel';
    probe.name = 'quartier-probe';
    document.body.append(probe);
    after.push(() => probe.remove());
    const arrived = new Promise<void>((resolve) => probe.addEventListener('load', () => resolve(), { once: true }));
    // The named frame stands in for _top, which would take the test page away.
    doc(frame).querySelector('base')!.target = 'quartier-probe';
    const before = frame.contentWindow!.location.href;
    link.click();
    await arrived;
    expect(probe.contentWindow!.location.href).to.equal(PROJECT_PAGE.replace('{id}', 'lena-seesen'));
    expect(frame.contentWindow!.location.href, 'the embed page stayed').to.equal(before);
    expect(doc(frame).querySelector('quartier-directory'), 'the directory is still shown').to.exist;
  });

  it('a relative href template is named for the editor and left out: the projects open in place', async () => {
    const codes = (href: string): readonly unknown[] =>
      parseEmbedParams(`widget=directory&src=https://x.example/f.json&href=${encodeURIComponent(href)}`, 'https:').problems;
    expect(codes('/projekte/{id}')).to.deep.equal([{ code: 'href-relative', fatal: false, value: '/projekte/{id}' }]);
    expect(codes('javascript:alert(1)//{id}')).to.deep.equal([{ code: 'href-relative', fatal: false, value: 'javascript:alert(1)//{id}' }]);
    expect(codes('https://stadt.example/projekte/{id}')).to.deep.equal([]);
    const r = parseEmbedParams('widget=directory&src=https://x.example/f.json&href=projekte/{id}', 'https:');
    expect(r.attributes.map(([n]) => n)).not.to.include('href');

    const frame = await embed({ widget: 'directory', src: SEESEN, href: '/projekte/{id}' });
    const el = await widget(frame, 'quartier-directory');
    await until(() => message(frame), 'no message shown');
    expect(plain(message(frame)!.textContent)).to.contain('Der Parameter „href“ enthält „/projekte/{id}“: Das ist keine vollständige Adresse.');
    await until(() => el.shadowRoot!.querySelector('.result'), 'no results');
    expect(el.shadowRoot!.querySelector('a[data-key]'), 'no link to the wrong site').to.equal(null);
  });
});
