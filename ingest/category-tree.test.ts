import { describe, expect, it } from 'vitest';
import { categoryKey } from './article-id';
import { buildCategoryTree, categoryPath, categoryPrefixes } from './category-tree';

describe('categoryPath', () => {
  it.each([
    { name: 'keeps three levels', input: ['新媒体', 'cnBeta', '最新'], expected: ['新媒体', 'cnBeta', '最新'] },
    { name: 'cuts deeper paths', input: ['a', 'b', 'c', 'd'], expected: ['a', 'b', 'c'] },
    { name: 'drops empty levels', input: ['a', '', 'c'], expected: ['a', 'c'] },
    { name: 'keeps a lone group', input: ['随笔'], expected: ['随笔'] },
    { name: 'allows no category', input: [], expected: [] },
  ])('$name', ({ input, expected }) => {
    expect(categoryPath(input)).toEqual(expected);
  });
});

describe('categoryPrefixes', () => {
  it('lists the group, source and channel paths', () => {
    expect(categoryPrefixes(['g', 's', 'c'])).toEqual([['g'], ['g', 's'], ['g', 's', 'c']]);
  });
});

describe('buildCategoryTree', () => {
  it('counts articles at every level and sorts by count, then name', () => {
    const tree = buildCategoryTree([
      ['游戏', '3DMGame', '新闻中心'],
      ['游戏', '3DMGame', '新闻中心'],
      ['游戏', 'Epic', '免费游戏'],
      ['新媒体', 'cnBeta', '最新'],
      ['学习'],
      [],
    ]);
    expect(tree.map((n) => [n.name, n.count])).toEqual([
      ['游戏', 3],
      ['新媒体', 1],
      ['学习', 1],
    ]);
    const games = tree[0];
    expect(games?.children.map((n) => [n.name, n.count])).toEqual([
      ['3DMGame', 2],
      ['Epic', 1],
    ]);
    expect(games?.children[0]?.children[0]).toEqual({
      name: '新闻中心',
      path: ['游戏', '3DMGame', '新闻中心'],
      key: categoryKey(['游戏', '3DMGame', '新闻中心']),
      count: 2,
      children: [],
    });
  });

  it('keeps same-named channels of different sources apart', () => {
    const tree = buildCategoryTree([
      ['g', 'a', '首页'],
      ['g', 'b', '首页'],
    ]);
    const [a, b] = tree[0]?.children ?? [];
    expect(a?.children[0]?.key).not.toBe(b?.children[0]?.key);
  });
});
