import { describe, expect, it } from 'vitest';
import { articleImageUrls } from '@/offline/article-image-urls';

const base = 'https://reader.example';

describe('articleImageUrls', () => {
  it.each([
    {
      name: 'lead, hero and body images, absolute and without repeats',
      article: {
        leadImage: '/demo/images/a.png',
        heroImage: 'https://img.example/hero.jpg',
        html: '<p>雨后</p><figure><img src="/demo/images/a.png" alt=""><figcaption>港口</figcaption></figure><img src="https://img.example/b.jpg">',
      },
      expected: [`${base}/demo/images/a.png`, 'https://img.example/hero.jpg', 'https://img.example/b.jpg'],
    },
    {
      name: 'data: and javascript: sources are not fetchable images',
      article: { leadImage: null, heroImage: null, html: '<img src="data:image/png;base64,AAAA"><img src="javascript:alert(1)">' },
      expected: [],
    },
    {
      name: 'an img without src and text that only looks like a tag',
      article: { leadImage: null, heroImage: null, html: '<img alt="x"><p>&lt;img src="https://img.example/fake.jpg"&gt;</p>' },
      expected: [],
    },
    { name: 'not an article at all', article: null, expected: [] },
  ])('$name', ({ article, expected }) => {
    expect(articleImageUrls(article, base)).toEqual(expected);
  });
});
