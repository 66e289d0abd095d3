// Lead and hero images: the front matter's headimg leads, is not shown twice, and an avatar never leads.
import { describe, expect, it } from 'vitest';
import { buildArticle, outlinePost } from './build-article';
import { CHINA_TIME } from './parse-date';

function build(headimg: string | null, body: string) {
  const text = `---\ntitle: 图片测试\ncategories: [社交, 问答, 日报]\n${headimg ? `headimg: '${headimg}'\n` : ''}date: 2022-03-29 07:10:09\n---\n${body}`;
  const { article } = buildArticle(outlinePost('社交/问答/日报/图片.md', text, CHINA_TIME), text, { newer: null, older: null });
  return { lead: article.leadImage, hero: article.heroImage, count: article.imageCount };
}

const avatar = 'https://pic.example.com/v2-avatar_l.jpg?source=1';
const photo = 'https://pic.example.com/v2-photo_720w.jpg?source=1';

describe('lead and hero image', () => {
  it.each([
    { name: 'a headimg the body does not show leads and is the hero', headimg: photo, body: '<p>正文</p>', expected: { lead: photo, hero: photo, count: 0 } },
    { name: 'a headimg the body shows leads but is not shown twice', headimg: photo, body: `<p><img src="${photo}"></p><p>正文</p>`, expected: { lead: photo, hero: null, count: 1 } },
    { name: 'without a headimg the first body image leads', headimg: null, body: `<p>正文</p><p><img src="${photo}"></p>`, expected: { lead: photo, hero: null, count: 1 } },
    {
      name: 'an avatar copied into headimg neither leads nor shows: the first real picture leads',
      headimg: avatar,
      body: `<div><img class="avatar" src="${avatar}"><span>答主</span></div><p><img class="content-image" src="${photo}"></p>`,
      expected: { lead: photo, hero: null, count: 1 },
    },
    { name: 'no image at all', headimg: null, body: '<p>正文</p>', expected: { lead: null, hero: null, count: 0 } },
  ])('$name', ({ headimg, body, expected }) => {
    expect(build(headimg, body)).toEqual(expected);
  });
});
