import { expect } from '@open-wc/testing';
import { define } from '../src/define.js';
import { VERSION } from '../src/version.js';

describe('define()', () => {
  it('registers a free tag and returns true', () => {
    class A extends HTMLElement {}
    expect(define('qw-define-a', A)).to.equal(true);
    expect(customElements.get('qw-define-a')).to.equal(A);
  });

  it('skips a taken tag with one warning naming both versions, and throws nothing', () => {
    class First extends HTMLElement {
      static version = '9.9.9';
    }
    class Second extends HTMLElement {
      static version = '1.2.3';
    }
    define('qw-define-b', First);
    const seen: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => seen.push(message);
    try {
      expect(define('qw-define-b', Second)).to.equal(false);
      expect(define('qw-define-b', Second)).to.equal(false);
    } finally {
      console.warn = original;
    }
    expect(seen).to.have.length(1);
    expect(seen[0]).to.contain('9.9.9').and.contain('1.2.3');
    expect(customElements.get('qw-define-b')).to.equal(First);
  });

  it('is silent when the same class is registered again', () => {
    class Same extends HTMLElement {}
    define('qw-define-c', Same);
    const original = console.warn;
    let warned = false;
    console.warn = () => (warned = true);
    try {
      expect(define('qw-define-c', Same)).to.equal(false);
    } finally {
      console.warn = original;
    }
    expect(warned).to.equal(false);
  });

  it('turns a registration error into a warning', () => {
    class Bad extends HTMLElement {}
    const original = console.warn;
    let warned = false;
    console.warn = () => (warned = true);
    try {
      expect(define('NotAValidName', Bad)).to.equal(false);
    } finally {
      console.warn = original;
    }
    expect(warned).to.equal(true);
  });

  it('knows the package version', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
