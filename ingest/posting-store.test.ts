// The posting store gives back each term's postings in order, gap-encoded, however they were interleaved.
import { expect, it } from 'vitest';
import { createPostingStore } from './posting-store';

it('keeps each term in its own ascending list, as gaps', () => {
  const store = createPostingStore();
  store.add('城市', 0, 17);
  store.add('night', 0, 1);
  store.add('城市', 3, 2);
  store.add('城市', 70000, 63);
  store.add('night', 5, 16);
  expect(store.size).toBe(5);
  expect([...store.terms()]).toEqual(['城市', 'night']);
  expect(JSON.parse(store.gapsJson('城市'))).toEqual([0, 17, 3, 2, 69997, 63]);
  expect(JSON.parse(store.gapsJson('night'))).toEqual([0, 1, 5, 16]);
  expect(JSON.parse(store.gapsJson('absent'))).toEqual([]);
});

it('grows past its first page without losing or reordering a posting', () => {
  const store = createPostingStore();
  for (let doc = 0; doc < 250_000; doc++) store.add(`t${doc % 3000}`, doc, doc % 64);
  expect([...store.terms()]).toHaveLength(3000);
  const gaps: number[] = JSON.parse(store.gapsJson('t7'));
  expect(gaps.slice(0, 4)).toEqual([7, 7, 3000, 3007 % 64]);
  expect(gaps).toHaveLength(2 * Math.ceil((250_000 - 7) / 3000));
  expect(gaps.filter((_, i) => i % 2 === 0).slice(1).every((gap) => gap === 3000)).toBe(true);
});
