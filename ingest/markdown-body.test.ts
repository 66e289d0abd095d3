import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { isMarkdownBody, renderMarkdown } from './markdown-body';

describe('isMarkdownBody', () => {
  it.each([
    { name: 'plain markdown', input: '# 标题\n\n正文 **粗体**', expected: true },
    { name: 'markdown with inline HTML', input: 'Text with <a href="x">a link</a> and <img src="y">', expected: true },
    { name: 'a single line of text', input: '只有一句话', expected: true },
    { name: 'markdown paragraphs around a block of HTML', input: 'Intro line.\n\n<figure><img src="a.png"></figure>\n\nMore text\n\nand more.', expected: true },
    { name: 'a heading after an HTML block', input: '<div class="note">提示</div>\n\n## 第二节', expected: true },
    { name: 'a wrapped feed body', input: '<div>   \n<p>段落</p>\n</div>  ', expected: false },
    { name: 'a wrapped plain-text body', input: '<div>\n第一行\n第二行\n</div>', expected: false },
    { name: 'bare text followed by HTML blocks', input: '某某的回答<br><br><p>正文</p><ul><li>一</li></ul>', expected: false },
    { name: 'HTML with indentation only between blocks', input: '<p>a</p>\n\n\n<p>b</p>', expected: false },
  ])('$name: $expected', ({ input, expected }) => {
    expect(isMarkdownBody(parseDocument(input).children)).toBe(expected);
  });
});

describe('renderMarkdown', () => {
  it('renders GitHub-flavoured markdown', () => {
    expect(renderMarkdown('| a | b |\n| - | - |\n| 1 | 2 |\n\n~~old~~ https://example.com')).toContain('<table>');
    expect(renderMarkdown('~~old~~')).toBe('<p><del>old</del></p>\n');
  });
});
