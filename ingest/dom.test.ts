import { type Element, Text } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { contentOf, createElement, findDescendant, flatText, isBlank, setChildren, textOf } from './dom';

describe('isBlank', () => {
  it.each([
    ['', true],
    [' \n\t', true],
    ['\u00a0\u3000\u200b', true],
    ['x', false],
    ['\u200d', false],
  ])('%j -> %s', (text, expected) => {
    expect(isBlank(text)).toBe(expected);
  });
});

describe('setChildren', () => {
  it('links parent and siblings', () => {
    const first = new Text('a');
    const second = createElement('br', []);
    const parent = createElement('p', [first, second]);
    expect(first.parent).toBe(parent);
    expect(first.next).toBe(second);
    expect(second.prev).toBe(first);
    expect(second.next).toBeNull();
    setChildren(parent, [second]);
    expect(second.prev).toBeNull();
  });
});

describe('tree helpers', () => {
  const { children } = parseDocument('<div> <p>one <b>two</b></p> <img src="x"></div>');
  const div = findDescendant(children, (element) => element.name === 'div');

  it('reads text without separators', () => {
    expect(textOf(children)).toBe(' one two ');
  });

  it('lists content without blank text', () => {
    expect(div === null ? [] : contentOf(div).map((node) => (node as Element).name)).toEqual(['p', 'img']);
  });

  it('finds a descendant in document order', () => {
    expect(findDescendant(children, (element) => element.name === 'b')?.name).toBe('b');
    expect(findDescendant(children, (element) => element.name === 'video')).toBeNull();
  });
});

describe('flatText', () => {
  it('joins the text of a deep subtree in document order', () => {
    const { children } = parseDocument(`${'<b>a'.repeat(5000)}z`);
    expect(flatText(children)).toBe(`${'a'.repeat(5000)}z`);
  });
});
