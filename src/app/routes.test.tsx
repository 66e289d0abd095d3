import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { queryClient } from '@/app/query-client';
import { routes } from '@/app/router';
import { dataPaths } from '@/shared/schema';
import { article, articleFile, listPages, manifest, serveData, summary } from '@/test/reader-fixtures';
import { renderRoutes } from '@/test/render-reader';

beforeEach(() => {
  queryClient.setDefaultOptions({ queries: { retry: false } });
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
});
afterEach(() => {
  queryClient.clear();
  vi.unstubAllGlobals();
});

const main = () => screen.findByRole('main');

describe('the article route', () => {
  it('shows main > article with the title as h1, the meta line and the body in [data-article-body]', async () => {
    const a = article(7, {
      author: '林记者',
      html: '<p>正文第一段。</p><script>alert(1)</script>',
      newer: { id: 'art0000006', title: '较新的一篇' },
      older: { id: 'art0000008', title: '较早的一篇' },
    });
    serveData({ 'manifest.json': manifest(), ...articleFile(a) });
    renderRoutes(routes, `/article/${a.id}`, queryClient);

    const heading = await screen.findByRole('heading', { level: 1, name: a.title });
    const articleEl = within(await main()).getByRole('article');
    expect(articleEl).toContainElement(heading);
    expect(articleEl).toHaveAttribute('lang', 'zh');
    expect(within(articleEl).getByText('by 林记者')).toBeInTheDocument();
    expect(within(articleEl).getByRole('link', { name: 'Harbour Daily' })).toBeInTheDocument();
    const body = articleEl.querySelector('[data-article-body]');
    expect(body?.innerHTML).toBe('<p>正文第一段。</p>');
    expect(within(articleEl).getByRole('button', { name: 'Save for later' })).toHaveAttribute('aria-pressed', 'false');
    const more = within(articleEl).getByRole('navigation', { name: 'More in this category' });
    expect(within(more).getByRole('link', { name: /较新的一篇/ })).toHaveAttribute('href', '/article/art0000006');
    expect(within(more).getByRole('link', { name: /较早的一篇/ })).toHaveAttribute('href', '/article/art0000008');

    // The sidebar marks the article's own category without calling it the current page.
    const nav = await screen.findByRole('navigation', { name: 'Categories' });
    expect(await within(nav).findByRole('link', { name: '航运 120' })).toHaveAttribute('aria-current', 'true');
  });

  it.each([
    ['an id with no file', '/article/art9999999'],
    ['an id that cannot exist', '/article/..%2F..%2Fsecret'],
  ])('says "not found" for %s', async (_name, path) => {
    serveData({ 'manifest.json': manifest() });
    renderRoutes(routes, path, queryClient);
    expect(await within(await main()).findByRole('heading', { name: 'Not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the newest articles' })).toBeInTheDocument();
  });

  it('says "could not load" on a network failure, and Retry recovers', async () => {
    const a = article(3);
    const files: Record<string, unknown> = { 'manifest.json': manifest(), [dataPaths.article(a.id)]: 'network' };
    serveData(files);
    renderRoutes(routes, `/article/${a.id}`, queryClient);
    await screen.findByRole('heading', { name: 'Could not load' });
    Object.assign(files, articleFile(a));
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: a.title })).toBeInTheDocument();
  });
});

describe('the category route', () => {
  it('decodes the URL, shows the breadcrumb, heading, count and that category’s list', async () => {
    const items = [summary(1, { category: ['学习', '100% Notes', 'a/b'] })];
    serveData({ 'manifest.json': manifest(), ...listPages('c0000000006', items) });
    renderRoutes(routes, '/category/%E5%AD%A6%E4%B9%A0/100%25%20Notes/a%2Fb', queryClient);

    expect(await screen.findByRole('heading', { level: 1, name: /a\/b/ })).toHaveTextContent('5 articles');
    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(crumbs).getAllByRole('link').map((l) => l.textContent)).toEqual(['All articles', '学习', '100% Notes', 'a/b']);
    expect(await within(await main()).findByRole('link', { name: items[0]?.title })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Categories' });
    expect(within(nav).getByRole('link', { name: 'a/b 5' })).toHaveAttribute('aria-current', 'page');
  });

  it('shows a clear not-found page for a category that does not exist', async () => {
    serveData({ 'manifest.json': manifest() });
    renderRoutes(routes, '/category/%E6%97%A0', queryClient);
    expect(await within(await main()).findByText('This category was not found.')).toBeInTheDocument();
  });

  it('tells an empty category apart from a failure', async () => {
    serveData({ 'manifest.json': manifest(), ...listPages('c0000000007', []) });
    renderRoutes(routes, '/category/%E7%A9%BA', queryClient);
    expect(await screen.findByText('No articles in this category yet.')).toBeInTheDocument();
  });
});

describe('the frame', () => {
  it('has a skip link to main, the home list, and a not-found page for unknown addresses', async () => {
    serveData({ 'manifest.json': manifest(), ...listPages('all', [summary(1)]) });
    const { router } = renderRoutes(routes, '/', queryClient);
    expect(await screen.findByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
    expect(await within(await main()).findByRole('link', { name: summary(1).title })).toBeInTheDocument();
    await router.navigate('/no/such/page');
    expect(await within(await main()).findByRole('heading', { name: 'Not found' })).toBeInTheDocument();
  });

  it('remembers the dark theme choice', async () => {
    serveData({ 'manifest.json': manifest(), ...listPages('all', []) });
    renderRoutes(routes, '/', queryClient);
    const toggle = await screen.findByRole('button', { name: 'Dark theme' });
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem('kanbao.theme.v1')).toBe('dark');
  });
});
