import { describe, expect, it } from 'vitest';
import { alignmentOf, hasClass, isHidden, keptAttributes, positiveInteger } from './html-rules';

type Attributes = Record<string, string>;

describe('keptAttributes', () => {
  it.each<{ name: string; element: string; attribs: Attributes; expected: Attributes }>([
    {
      name: 'drops class, style, id, data-*, Vue scoping and event handlers',
      element: 'p',
      attribs: { class: 'x', style: 'color:red', id: 'a', 'data-offset-key': '1', 'data-v-14f9065e': '', onclick: 'go()', contenteditable: 'false' },
      expected: {},
    },
    { name: 'keeps title, lang and dir everywhere', element: 'span', attribs: { title: 't', lang: 'zh', dir: 'rtl' }, expected: { title: 't', lang: 'zh', dir: 'rtl' } },
    { name: 'drops empty values except alt', element: 'img', attribs: { alt: '', title: ' ' }, expected: { alt: '' } },
    { name: 'writes boolean attributes bare', element: 'iframe', attribs: { allowfullscreen: 'true', frameborder: '0' }, expected: { allowfullscreen: '', frameborder: '0' } },
    { name: 'keeps only numeric sizes', element: 'iframe', attribs: { width: '640', height: '100%' }, expected: { width: '640' } },
    { name: 'keeps list numbering', element: 'ol', attribs: { start: '4', type: 'i', reversed: '' }, expected: { start: '4', type: 'i', reversed: '' } },
    { name: 'keeps table spans', element: 'td', attribs: { colspan: '2', rowspan: 'x', width: '80' }, expected: { colspan: '2' } },
    { name: 'turns a centring style into align on paragraphs', element: 'p', attribs: { style: 'text-indent:2em; text-align: center;' }, expected: { align: 'center' } },
    { name: 'drops the default alignment', element: 'p', attribs: { align: 'left' }, expected: {} },
    { name: 'does not keep align where it is not allowed', element: 'div', attribs: { align: 'center' }, expected: {} },
  ])('$name', ({ element, attribs, expected }) => {
    expect(keptAttributes(element, attribs)).toEqual(expected);
  });
});

describe('positiveInteger', () => {
  it.each([
    ['600', '600'],
    [' 600 ', '600'],
    ['600.0', '600'],
    ['0', null],
    ['100%', null],
    ['undefinedpx', null],
    ['auto', null],
    [undefined, null],
  ])('%s -> %s', (value, expected) => {
    expect(positiveInteger(value)).toBe(expected);
  });
});

describe('alignmentOf', () => {
  it.each([
    [{ align: 'CENTER' }, 'center'],
    [{ style: 'text-align:center' }, 'center'],
    [{ style: 'color: red; text-align: right;' }, 'right'],
    [{ style: 'font-family: a; -webkit-text-align: center' }, null],
    [{ align: 'middle' }, null],
    [{}, null],
  ])('%o -> %s', (attribs, expected) => {
    expect(alignmentOf(attribs)).toBe(expected);
  });
});

describe('isHidden', () => {
  it.each([
    [{ hidden: '' }, true],
    [{ style: 'display:none' }, true],
    [{ style: 'left:0; display: none !important' }, true],
    [{ style: 'visibility: hidden;' }, false],
    [{ style: 'display:block' }, false],
    [{}, false],
  ])('%o -> %s', (attribs, expected) => {
    expect(isHidden(attribs)).toBe(expected);
  });
});

describe('hasClass', () => {
  it('matches whole class names only', () => {
    expect(hasClass({ class: 'wp-caption aligncenter' }, 'wp-caption')).toBe(true);
    expect(hasClass({ class: 'wp-caption-text' }, 'wp-caption')).toBe(false);
    expect(hasClass({}, 'wp-caption')).toBe(false);
  });
});
