// The service worker's script URL as a TrustedScriptURL: under the CSP's Trusted Types, register() refuses a plain string.

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}

// lib.dom does not describe Trusted Types yet; this is the one call the app makes.
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
}

let policy: ScriptUrlPolicy | null = null;

function workerUrlPolicy(factory: TrustedTypesFactory): ScriptUrlPolicy {
  // The policy signs one URL, the app's own worker, so it cannot be used to load anything else.
  const only = new URL(`${import.meta.env.BASE_URL}sw.js`, window.location.href).href;
  policy ??= factory.createPolicy('kanbao-worker', {
    createScriptURL(url) {
      const resolved = new URL(url, window.location.href).href;
      if (resolved !== only) throw new TypeError(`kanbao-worker: refused script URL ${url}`);
      return resolved;
    },
  });
  return policy;
}

/** `url` signed for navigator.serviceWorker.register, or the string itself where there are no Trusted Types. */
export function trustedWorkerUrl(url: string): string {
  const factory = (window as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return url;
  // register() is typed to take a string; browsers with Trusted Types take the TrustedScriptURL as well.
  return workerUrlPolicy(factory).createScriptURL(url) as string;
}
