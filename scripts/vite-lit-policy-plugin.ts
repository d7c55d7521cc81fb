// Build-time guard around Lit's one Trusted Types policy. lit-html creates a
// policy named `lit-html` when it loads; a page whose Content Security Policy
// does not allow that name (`trusted-types 'none'`, or a list without
// `lit-html`) makes `createPolicy` throw, the bundle's module graph fails,
// and no element registers, with nothing but the browser's own violation
// report. Wrapped, the failure becomes one console error that names the
// directive to add; without `require-trusted-types-for` the widgets then
// work without a policy. The build fails when lit-html's code no longer has
// the expected form (as scripts/generate-leaflet.js does for Leaflet's patches).
import type { Plugin } from 'vite';

const POLICY = 's?s.createPolicy("lit-html",{createHTML:t=>t}):void 0';

export const LIT_POLICY_ERROR = '[quartier-widgets] CSP: add trusted-types lit-html';

export function guardLitPolicy(): Plugin {
  return {
    name: 'guard-lit-policy',
    apply: 'build',
    transform(code: string, id: string) {
      if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
      if (!code.includes(POLICY))
        throw new Error(`guard-lit-policy: lit-html (${id}) no longer creates its policy as expected; update scripts/vite-lit-policy-plugin.ts`);
      // The browser reports the violation itself; the error says what to do about it.
      const guarded = `s?(()=>{try{return s.createPolicy("lit-html",{createHTML:t=>t})}catch{console.error(${JSON.stringify(LIT_POLICY_ERROR)})}})():void 0`;
      return { code: code.replace(POLICY, guarded), map: null };
    },
  };
}
