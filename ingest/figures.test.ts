import type { ChildNode, Element } from 'domhandler';
import { render } from 'dom-serializer';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { type CaptionHint, hasCaptionClass, inlineCaption, isCaptionBlock, isFigureShell, rebuildFigure, soleImage } from './figures';

const nodes = (html: string): ChildNode[] => parseDocument(html).children;
const first = (html: string): Element => {
  const found = DomUtils.findOne(() => true, nodes(html));
  if (found === null) throw new Error(`no element in ${html}`);
  return found;
};
const serialise = (list: ChildNode[]): string => render(list, { decodeEntities: true, encodeEntities: 'utf8' });

describe('isFigureShell', () => {
  it.each([
    ['<figure></figure>', true],
    ['<div class="wp-caption alignnone"></div>', true],
    ['<div class="image-package"></div>', true],
    ['<div class="wp-caption-text"></div>', false],
    ['<p class="wp-caption"></p>', false],
  ])('%s -> %s', (html, expected) => {
    expect(isFigureShell(first(html))).toBe(expected);
  });
});

describe('hasCaptionClass', () => {
  it.each([
    ['wp-caption-text', true],
    ['image-caption', true],
    ['img-desc', true],
    ['pic_desc', true],
    ['caption', true],
    ['captioned-gallery', false],
    ['description', false],
  ])('%s -> %s', (className, expected) => {
    expect(hasCaptionClass({ class: className })).toBe(expected);
  });
});

describe('rebuildFigure', () => {
  it.each([
    { name: 'image with a figcaption', input: '<img src="a.jpg"><figcaption> 说明 </figcaption>', expected: '<figure><img src="a.jpg"><figcaption>说明</figcaption></figure>' },
    { name: 'bare text becomes the caption', input: '<img src="a.jpg">Boats at rest (AP)', expected: '<figure><img src="a.jpg"><figcaption>Boats at rest (AP)</figcaption></figure>' },
    { name: 'wrappers around the image are dropped', input: '<div><div><img src="a.jpg"></div></div><p>说明</p>', expected: '<figure><img src="a.jpg"><figcaption>说明</figcaption></figure>' },
    { name: 'a link around the image stays', input: '<a href="big.jpg"><img src="a.jpg"></a>', expected: '<figure><a href="big.jpg"><img src="a.jpg"></a></figure>' },
    { name: 'several pictures share one caption', input: '<img src="a.jpg"><img src="b.jpg"><figcaption>前后对比</figcaption>', expected: '<figure><img src="a.jpg"><img src="b.jpg"><figcaption>前后对比</figcaption></figure>' },
    { name: 'an empty caption is left out', input: '<img src="a.jpg"><figcaption> <br> </figcaption>', expected: '<figure><img src="a.jpg"></figure>' },
    { name: 'block captions become one line', input: '<img src="a.jpg"><figcaption><p>第一行</p><p>第二行</p></figcaption>', expected: '<figure><img src="a.jpg"><figcaption>第一行<br>第二行</figcaption></figure>' },
    { name: 'no picture leaves a paragraph', input: '<figcaption>只有文字</figcaption>', expected: '<p>只有文字</p>' },
    { name: 'no picture and blocks leave the blocks', input: '<pre>code</pre><figcaption>Listing 1</figcaption>', expected: '<pre>code</pre><p>Listing 1</p>' },
    { name: 'nothing at all leaves nothing', input: ' ', expected: '' },
  ])('$name', ({ input, expected }) => {
    expect(serialise(rebuildFigure(nodes(input)))).toBe(expected);
  });
});

describe('soleImage', () => {
  it.each([
    { input: '<img src="a.jpg">', expected: '<img src="a.jpg">' },
    { input: '<p> <img src="a.jpg"> <br></p>', expected: '<img src="a.jpg">' },
    { input: '<p><a href="b.jpg"><img src="a.jpg"></a></p>', expected: '<a href="b.jpg"><img src="a.jpg"></a>' },
    { input: '<p><img src="a.jpg">文字</p>', expected: null },
    { input: '<p><img src="a.jpg"><img src="b.jpg"></p>', expected: null },
    { input: '<p><iframe src="x"></iframe></p>', expected: null },
    { input: '<h2><img src="a.jpg"></h2>', expected: null },
  ])('$input', ({ input, expected }) => {
    const image = soleImage(first(input));
    expect(image === null ? null : serialise([image])).toBe(expected);
  });
});

describe('isCaptionBlock', () => {
  it.each<{ name: string; input: string; hint: CaptionHint; imageCentred: boolean; expected: boolean }>([
    { name: 'a caption class wins', input: '<h4>同步失败</h4>', hint: 'class', imageCentred: false, expected: true },
    { name: 'a centred "(via" line', input: '<p>（via <a href="x">Source</a>）</p>', hint: 'centred', imageCentred: false, expected: true },
    { name: 'a centred "图" line', input: '<p>图1 新的界面</p>', hint: 'centred', imageCentred: false, expected: true },
    { name: 'an English credit', input: '<p>Photo: Jane Doe</p>', hint: 'centred', imageCentred: false, expected: true },
    { name: 'any short centred line under a centred image', input: '<p><span>剧组合影</span></p>', hint: 'centred', imageCentred: true, expected: true },
    { name: 'not a plain centred line under an uncentred image', input: '<p>剧组合影</p>', hint: 'centred', imageCentred: false, expected: false },
    { name: 'not a bold centred heading', input: '<p><strong>第二部分</strong></p>', hint: 'centred', imageCentred: true, expected: false },
    { name: 'not a line that introduces what follows', input: '<p>视频如下：</p>', hint: 'centred', imageCentred: true, expected: false },
    { name: 'not without a hint', input: '<p>图1 新的界面</p>', hint: null, imageCentred: true, expected: false },
    { name: 'not when it holds a picture', input: '<p>图<img src="a.jpg"></p>', hint: 'centred', imageCentred: true, expected: false },
    { name: 'not a heading without a caption class', input: '<h4>图1</h4>', hint: 'centred', imageCentred: true, expected: false },
    { name: 'not when it is long', input: `<p>${'字'.repeat(200)}</p>`, hint: 'class', imageCentred: true, expected: false },
  ])('$name', ({ input, hint, imageCentred, expected }) => {
    expect(isCaptionBlock(first(input), hint, imageCentred)).toBe(expected);
  });
});

describe('inlineCaption', () => {
  it('trims breaks and spaces at the ends and keeps inline markup', () => {
    expect(serialise(inlineCaption(nodes('<br> 来源：<a href="x">某网站</a> <br>')))).toBe('来源：<a href="x">某网站</a>');
  });
});
