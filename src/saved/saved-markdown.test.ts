import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { SavedItem } from '@/saved/saved-format';
import { markdownExport } from '@/saved/saved-markdown';

const link = (id: string) => `https://reader.example/article/${id}`;

const tide: SavedItem = {
  id: 'TideNotes1',
  savedAt: '2022-03-02T08:00:00.000Z',
  title: 'Tide tables: "spring" vs neap',
  category: ['学习', '海洋', '笔记: 潮汐'],
  date: '2022-02-28T01:30:00.000Z',
  leadImage: 'https://img.example/tide.jpg',
  excerpt: '潮汐表怎么读：先看基准面。',
};

const bare: SavedItem = { id: 'BareEntry1', savedAt: '2022-03-01T00:00:00.000Z', title: '', category: [], date: null, leadImage: null, excerpt: '' };

/** Splits the file back into its front matter blocks and bodies. */
function documents(text: string) {
  return text.split(/^---\n/m).slice(1).reduce<{ meta: Record<string, unknown>; body: string }[]>((docs, part, i, parts) => {
    if (i % 2 === 0) docs.push({ meta: load(part) as Record<string, unknown>, body: parts[i + 1] ?? '' });
    return docs;
  }, []);
}

describe('markdownExport', () => {
  it('writes one front matter block per item, with the input posts’ field names, readable by a YAML parser', () => {
    const docs = documents(markdownExport([tide, bare], link));
    expect(docs).toHaveLength(2);
    expect(docs[0]?.meta).toMatchObject({
      title: tide.title,
      categories: tide.category,
      headimg: tide.leadImage,
      id: tide.id,
      link: link(tide.id),
    });
    expect(new Date(docs[0]?.meta.date as string).toISOString()).toBe(tide.date);
    expect(docs[0]?.body).toContain(tide.excerpt);
    expect(docs[0]?.body).toContain(`<${link(tide.id)}>`);
  });

  it('leaves out what an item does not have', () => {
    const [doc] = documents(markdownExport([bare], link));
    expect(Object.keys(doc?.meta ?? {})).toEqual(['title', 'saved', 'id', 'link']);
  });

  it('is empty for an empty list', () => {
    expect(markdownExport([], link)).toBe('');
  });
});
