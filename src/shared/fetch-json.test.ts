import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchJson, HttpError, isNotFound } from '@/shared/fetch-json';
import { DataFormatError, dataPaths, parseManifest } from '@/shared/schema';

function respond(body: string, init: ResponseInit) {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(body, init)));
}

afterEach(() => vi.unstubAllGlobals());

describe('fetchJson', () => {
  it('parses a good file through the validator', async () => {
    const manifest = { version: 1, generatedAt: 'x', articleCount: 0, pageSize: 50, categories: [] };
    respond(JSON.stringify(manifest), { status: 200, headers: { 'content-type': 'application/json' } });
    await expect(fetchJson('manifest.json', parseManifest)).resolves.toEqual(manifest);
  });

  it.each([
    ['a 404', '', { status: 404 }, true],
    ['an SPA fallback page', '<!doctype html>', { status: 200, headers: { 'content-type': 'text/html' } }, true],
    ['a server error', '', { status: 503 }, false],
  ])('throws HttpError for %s', async (_name, body, init, notFound) => {
    respond(body, init);
    const error = await fetchJson('manifest.json', parseManifest).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(isNotFound(error)).toBe(notFound);
  });

  it('rejects data that breaks the contract, and that is not "not found"', async () => {
    respond('{"version":2}', { status: 200, headers: { 'content-type': 'application/json' } });
    const error = await fetchJson('manifest.json', parseManifest).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataFormatError);
    expect(isNotFound(error)).toBe(false);
  });

  it('treats an id that cannot name a file as not found', () => {
    const error = (() => {
      try {
        dataPaths.article('../../etc');
      } catch (e) {
        return e;
      }
    })();
    expect(isNotFound(error)).toBe(true);
  });
});
