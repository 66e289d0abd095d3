import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CategoryTree } from '@/categories/category-tree';
import { tree } from '@/test/reader-fixtures';
import { renderAt } from '@/test/render-reader';

function nav() {
  return screen.getByRole('navigation', { name: 'Categories' });
}

describe('CategoryTree', () => {
  it('names each group link with its name and count, pointing at its encoded URL', () => {
    renderAt(<CategoryTree categories={tree} current={[]} />);
    const links = within(nav()).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['新闻 120', '学习 5', '空 0']);
    expect(links[0]).toHaveAttribute('href', '/category/%E6%96%B0%E9%97%BB');
  });

  it('keeps groups collapsed until opened, then shows sources and channels', async () => {
    renderAt(<CategoryTree categories={tree} current={[]} />);
    expect(within(nav()).queryByRole('link', { name: /100% Notes/ })).toBeNull();
    const toggle = within(nav()).getByRole('button', { name: '学习: subcategories' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(within(nav()).getByRole('link', { name: '100% Notes 5' })).toHaveAttribute(
      'href',
      '/category/%E5%AD%A6%E4%B9%A0/100%25%20Notes',
    );
    // A source's only channel is not repeated under it...
    expect(within(nav()).queryByRole('link', { name: 'a/b 5' })).toBeNull();
    await userEvent.click(toggle);
    expect(within(nav()).queryByRole('link', { name: /100% Notes/ })).toBeNull();
  });

  it('opens the current category’s group and marks the current link', () => {
    renderAt(<CategoryTree categories={tree} current={['新闻', 'Harbour Daily']} />);
    const current = within(nav()).getByRole('link', { name: 'Harbour Daily 120' });
    expect(current).toHaveAttribute('aria-current', 'page');
    expect(within(nav()).getByRole('link', { name: '新闻 120' })).not.toHaveAttribute('aria-current');
    expect(within(nav()).getByRole('button', { name: '新闻: subcategories' })).toHaveAttribute('aria-expanded', 'true');
    expect(within(nav()).queryByRole('link', { name: /100% Notes/ })).toBeNull();
  });

  it('lists a lone channel while it is the current category', () => {
    renderAt(<CategoryTree categories={tree} current={['学习', '100% Notes', 'a/b']} />);
    expect(within(nav()).getByRole('link', { name: 'a/b 5' })).toHaveAttribute(
      'href',
      '/category/%E5%AD%A6%E4%B9%A0/100%25%20Notes/a%2Fb',
    );
  });

  it('offers no toggle for a category without children', () => {
    renderAt(<CategoryTree categories={tree} current={[]} />);
    expect(within(nav()).queryByRole('button', { name: '空: subcategories' })).toBeNull();
  });
});
