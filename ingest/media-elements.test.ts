import type { Element } from 'domhandler';
import { render } from 'dom-serializer';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { cleanEmbed, cleanImage, cleanPlayable, imageSource, pictureImage } from './media-elements';

function element(html: string, name: string): Element {
  const found = DomUtils.findOne((node) => node.name === name, parseDocument(html).children);
  if (found === null) throw new Error(`no <${name}> in ${html}`);
  return found;
}

const serialise = (node: Element): string => render(node, { decodeEntities: true, encodeEntities: 'utf8' });

describe('imageSource', () => {
  it.each<{ name: string; attribs: Record<string, string>; expected: string | null }>([
    { name: 'src when it is real', attribs: { src: 'https://a.example.com/1.jpg', 'data-src': 'https://a.example.com/2.jpg' }, expected: 'https://a.example.com/1.jpg' },
    { name: 'data-original under a bogus src', attribs: { src: 'https://www.example.com/undefined', 'data-original': 'https://a.example.com/2.jpg' }, expected: 'https://a.example.com/2.jpg' },
    { name: 'the first usable lazy attribute', attribs: { 'data-src': 'about:blank', _src: '//a.example.com/3.jpg' }, expected: 'https://a.example.com/3.jpg' },
    { name: 'a lazy URL over an inline preview', attribs: { src: `data:image/jpeg;base64,${'A'.repeat(300)}`, 'data-lazy-src': 'https://a.example.com/4.jpg' }, expected: 'https://a.example.com/4.jpg' },
    { name: 'an inline image with nothing better', attribs: { src: `data:image/png;base64,${'B'.repeat(300)}` }, expected: `data:image/png;base64,${'B'.repeat(300)}` },
    { name: 'nothing for a spinner alone', attribs: { src: '/img/loading.gif' }, expected: null },
    { name: 'nothing at all', attribs: {}, expected: null },
  ])('$name', ({ attribs, expected }) => {
    expect(imageSource(attribs)).toBe(expected);
  });
});

describe('cleanImage', () => {
  it.each([
    {
      name: 'keeps src, alt, title and size',
      input: '<img class="c" title="t" alt="a" src="//a.example.com/1.jpg" width="600" height="400" referrerpolicy="no-referrer" loading="lazy">',
      expected: '<img src="https://a.example.com/1.jpg" title="t" alt="a" width="600" height="400">',
    },
    { name: 'prefers the real size hints', input: '<img src="https://a.example.com/1.jpg" data-rawwidth="832" data-rawheight="568" width="100%">', expected: '<img src="https://a.example.com/1.jpg" width="832" height="568">' },
    { name: 'uses data-w/data-h', input: '<img _src="https://a.example.com/1.jpg" data-w="1080" data-h="624">', expected: '<img src="https://a.example.com/1.jpg" width="1080" height="624">' },
    { name: 'keeps a lone width', input: '<img src="https://a.example.com/1.jpg" width="600">', expected: '<img src="https://a.example.com/1.jpg" width="600">' },
    { name: 'drops a lone height, which would distort', input: '<img src="https://a.example.com/1.jpg" height="300">', expected: '<img src="https://a.example.com/1.jpg">' },
    { name: 'promotes data-srcset with sizes', input: '<img src="https://a.example.com/1.jpg" data-srcset="https://a.example.com/1.jpg 480w, //a.example.com/2.jpg 960w" sizes="100vw">', expected: '<img src="https://a.example.com/1.jpg" srcset="https://a.example.com/1.jpg 480w, https://a.example.com/2.jpg 960w" sizes="100vw">' },
  ])('$name', ({ input, expected }) => {
    const img = element(input, 'img');
    expect(cleanImage(img)).toBe(true);
    expect(serialise(img)).toBe(expected);
  });

  it('says an image without a usable source should go', () => {
    expect(cleanImage(element('<img src="https://www.example.com/undefined">', 'img'))).toBe(false);
  });
});

describe('cleanPlayable', () => {
  it.each([
    { name: 'a video gets controls and an unproxied src', tag: 'video', input: '<video src="https://cors.zfour.workers.dev/?http://m.example.com/v?id=1" autoplay muted>old browser</video>', expected: '<video src="http://m.example.com/v?id=1" muted controls></video>' },
    { name: 'an audio keeps its sources', tag: 'audio', input: '<audio><source src="//m.example.com/a.mp3" type="audio/mpeg" class="s">no audio</audio>', expected: '<audio controls><source src="https://m.example.com/a.mp3" type="audio/mpeg"></audio>' },
  ])('$name', ({ tag, input, expected }) => {
    const media = element(input, tag);
    const sources = DomUtils.findAll((node) => node.name === 'source', media.children);
    for (const source of sources) cleanPlayable(source, []);
    expect(cleanPlayable(media, [...media.children])).toBe(true);
    expect(serialise(media)).toBe(expected);
  });

  it('says a video with nothing to play should go', () => {
    expect(cleanPlayable(element('<video controls>text</video>', 'video'), [])).toBe(false);
    expect(cleanPlayable(element('<source src="javascript:x">', 'source'), [])).toBe(false);
  });
});

describe('pictureImage', () => {
  it('reduces a picture to its cleaned img', () => {
    const img = pictureImage(element('<picture><source srcset="a.avif"><img data-src="//a.example.com/1.jpg"></picture>', 'picture'));
    expect(img === null ? null : serialise(img)).toBe('<img src="https://a.example.com/1.jpg">');
  });
});

describe('cleanEmbed', () => {
  it('keeps an https src, size and fullscreen, and nothing inside', () => {
    const iframe = element('<iframe src="//player.example.com/x" width="640" height="360" scrolling="no" allowfullscreen="true">fallback</iframe>', 'iframe');
    expect(cleanEmbed(iframe)).toBe(true);
    expect(serialise(iframe)).toBe('<iframe src="https://player.example.com/x" width="640" height="360" allowfullscreen></iframe>');
  });

  it('says an embed that is not a web page should go', () => {
    expect(cleanEmbed(element('<iframe src="javascript:alert(1)"></iframe>', 'iframe'))).toBe(false);
  });
});
