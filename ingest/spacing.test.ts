import type { ChildNode } from 'domhandler';
import { render } from 'dom-serializer';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { isEmpty, paragraphs, tidySpacing } from './spacing';

const nodes = (html: string): ChildNode[] => [...parseDocument(html).children];
const serialise = (list: ChildNode[]): string => render(list, { decodeEntities: true, encodeEntities: 'utf8' });

describe('tidySpacing', () => {
  it.each([
    { name: 'caps runs of line breaks at two', input: 'a<br><br> <br><br>b', block: false, expected: 'a<br><br> b' },
    { name: 'drops breaks and blank text after a block', input: '<p>a</p>\n<br><br>b', block: false, expected: '<p>a</p>b' },
    { name: 'drops breaks and blank text before a block', input: 'a<br>\n<br>\n<ul><li>x</li></ul>', block: false, expected: 'a<ul><li>x</li></ul>' },
    { name: 'shortens blank runs to one space or newline', input: '<b>a</b>   <i>b</i>\n\n\n<i>c</i>', block: false, expected: '<b>a</b> <i>b</i>\n<i>c</i>' },
    { name: 'shortens runs inside text', input: 'a\n      \n   b     c', block: false, expected: 'a\nb c' },
    { name: 'trims the edges of a block container', input: '\n <br> text <br>\n', block: true, expected: 'text' },
    { name: 'keeps the edges of an inline container', input: ' text ', block: false, expected: ' text ' },
    { name: 'keeps no-break spaces at the edges', input: '\u00a0text', block: true, expected: '&nbsp;text' },
  ])('$name', ({ input, block, expected }) => {
    expect(serialise(tidySpacing(nodes(input), block))).toBe(expected);
  });
});

describe('paragraphs', () => {
  it.each([
    { name: 'wraps loose text', input: 'text', expected: '<p>text</p>' },
    { name: 'keeps blocks and wraps the runs between them', input: 'a<h2>b</h2>c <em>d</em>', expected: '<p>a</p><h2>b</h2><p>c <em>d</em></p>' },
    { name: 'splits at a double line break', input: 'a<br>b<br>\n<br>c', expected: '<p>a<br>b</p><p>c</p>' },
    { name: 'wraps a lone image', input: '<img src="a.jpg">', expected: '<p><img src="a.jpg"></p>' },
    { name: 'makes no empty paragraphs', input: ' <br> <p>x</p> \n ', expected: '<p>x</p>' },
  ])('$name', ({ input, expected }) => {
    expect(serialise(paragraphs(nodes(input)))).toBe(expected);
  });
});

describe('isEmpty', () => {
  it.each([
    ['', true],
    [' <br> &nbsp; ', true],
    ['x', false],
    ['<img src="a.jpg">', false],
  ])('%j -> %s', (html, expected) => {
    expect(isEmpty(nodes(html))).toBe(expected);
  });
});
