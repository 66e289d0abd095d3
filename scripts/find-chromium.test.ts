// Checks the order in which find-chromium looks for a browser, and its refusal of a bad CHROMIUM_PATH.
import { describe, expect, it } from 'vitest';
import { findChromium } from './find-chromium.mjs';

const download = '/root/.cache/ms-playwright/chromium-1/chrome';

describe('findChromium', () => {
  const cases: { name: string; env: Record<string, string>; present: string[]; expected: string | null }[] = [
    { name: 'CHROMIUM_PATH wins over everything', env: { CHROMIUM_PATH: '/opt/chrome' }, present: ['/opt/chrome', '/usr/bin/chromium', download], expected: '/opt/chrome' },
    { name: 'the Debian package comes next', env: {}, present: ['/usr/bin/chromium', '/usr/bin/chromium-browser', download], expected: '/usr/bin/chromium' },
    { name: 'the older Ubuntu name is accepted', env: {}, present: ['/usr/bin/chromium-browser', download], expected: '/usr/bin/chromium-browser' },
    { name: "Playwright's download is the last resort", env: {}, present: [download], expected: download },
    { name: 'nothing installed gives null', env: {}, present: [], expected: null },
    { name: 'an empty CHROMIUM_PATH counts as unset', env: { CHROMIUM_PATH: '' }, present: ['/usr/bin/chromium'], expected: '/usr/bin/chromium' },
  ];

  it.each(cases)('$name', ({ env, present, expected }) => {
    const found = findChromium({ env, isExecutable: (file) => present.includes(file), downloadedPath: () => download });
    expect(found).toBe(expected);
  });

  it('copes with playwright-core knowing no download path', () => {
    expect(findChromium({ env: {}, isExecutable: () => false, downloadedPath: () => null })).toBeNull();
  });

  it('refuses a CHROMIUM_PATH that is not there instead of quietly using another browser', () => {
    const find = () => findChromium({ env: { CHROMIUM_PATH: '/nope/chrome' }, isExecutable: (file) => file === '/usr/bin/chromium' });
    expect(find).toThrow('CHROMIUM_PATH=/nope/chrome is not an executable file');
  });
});
