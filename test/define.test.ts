import { expect } from '@open-wc/testing';
import { define } from '../src/elements/base/define.js';
import { VERSION } from '../src/version.js';

describe('define()', () => {
  it('registers a free tag and returns true', () => {
    class A extends HTMLElement {}
    expect(define('qw-define-a', A)).to.equal(true);
    expect(customElements.get('qw-define-a')).to.equal(A);
  });

  /** The [quartier-widgets] warnings written while `run` runs, and in the microtasks after it. */
  async function warningsDuring(run: () => void): Promise<string[]> {
    const seen: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => seen.push(message);
    try {
      run();
      await Promise.resolve();
    } finally {
      console.warn = original;
    }
    return seen;
  }

  it('skips a taken tag with one warning naming both versions, and throws nothing', async () => {
    class First extends HTMLElement {
      static version = '9.9.9';
    }
    class Second extends HTMLElement {
      static version = '1.2.3';
    }
    define('qw-define-b', First);
    const seen = await warningsDuring(() => {
      expect(define('qw-define-b', Second)).to.equal(false);
      expect(define('qw-define-b', Second)).to.equal(false);
    });
    expect(seen).to.deep.equal(['[quartier-widgets] <qw-define-b> (version 9.9.9) already registered; this copy (version 1.2.3) is not registered again.']);
    expect(customElements.get('qw-define-b')).to.equal(First);
  });

  it('a copy that finds several tags taken warns once for all of them, naming the version that holds each', async () => {
    const older = (version: string) =>
      class extends HTMLElement {
        static version = version;
      };
    define('qw-define-d1', older('0.1.0'));
    define('qw-define-d2', older('0.1.0'));
    define('qw-define-d3', older('0.0.9'));
    const copy = older('0.2.0');
    const seen = await warningsDuring(() => {
      for (const tag of ['qw-define-d1', 'qw-define-d2', 'qw-define-d3']) expect(define(tag, copy)).to.equal(false);
    });
    expect(seen).to.deep.equal([
      '[quartier-widgets] <qw-define-d1> (version 0.1.0), <qw-define-d2> (version 0.1.0), <qw-define-d3> (version 0.0.9) already registered; this copy (version 0.2.0) is not registered again.',
    ]);
  });

  it('is silent when the same class is registered again', async () => {
    class Same extends HTMLElement {}
    define('qw-define-c', Same);
    const seen = await warningsDuring(() => {
      expect(define('qw-define-c', Same)).to.equal(false);
    });
    expect(seen).to.deep.equal([]);
  });

  it('turns a registration error into a warning', async () => {
    class Bad extends HTMLElement {}
    const seen = await warningsDuring(() => {
      expect(define('NotAValidName', Bad)).to.equal(false);
    });
    expect(seen).to.have.length(1);
    expect(seen[0]).to.contain('<NotAValidName> could not be registered');
  });

  it('knows the package version', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
