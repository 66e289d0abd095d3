import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { digestBody } from './body-text';

const digest = (html: string) => digestBody(parseDocument(html).children);

describe('digestBody', () => {
  it.each([
    { name: 'one line per block', input: '<h2>题目</h2><p>第一段</p><blockquote><p>引文</p></blockquote>', expected: '题目\n第一段\n引文' },
    { name: 'a line break ends a line', input: '<p>甲<br>乙<br><br>丙</p>', expected: '甲\n乙\n丙' },
    { name: 'inline elements stay on the line', input: '<p>a <strong>bold</strong> <a href="x">link</a>.</p>', expected: 'a bold link.' },
    { name: 'whitespace collapses, including no-break and ideographic spaces', input: '<p>\n  a\u00a0\u00a0b\u3000c \u200b d  \n</p>', expected: 'a b c d' },
    { name: 'code keeps its lines', input: '<pre><code>line one\n  line two\n\nline three</code></pre>', expected: 'line one\nline two\nline three' },
    { name: 'table cells', input: '<table><tr><td>一</td><td>二</td></tr></table>', expected: '一\n二' },
    { name: 'emoji sequences survive', input: '<p>家人👨‍👩‍👧</p>', expected: '家人👨‍👩‍👧' },
    { name: 'no text', input: '<p><img src="a.jpg"></p>', expected: '' },
  ])('$name', ({ input, expected }) => {
    expect(digest(input).text).toBe(expected);
  });

  it('lists images in document order', () => {
    expect(digest('<p><img src="1.jpg">x<img src="2.jpg"></p><figure><img src="3.jpg"></figure>').images).toEqual(['1.jpg', '2.jpg', '3.jpg']);
  });
});
