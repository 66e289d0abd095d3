import { Document } from 'domhandler';
import { render } from 'dom-serializer';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { cleanBody, PARSE_OPTIONS } from './clean-tree';
import { setChildren } from './dom';

function clean(source: string): string {
  const root = new Document([]);
  setChildren(root, cleanBody(parseDocument(source, PARSE_OPTIONS).children, source).nodes);
  return render(root, { decodeEntities: true, encodeEntities: 'utf8' });
}

describe('cleanBody', () => {
  it.each([
    {
      name: 'puts an unclosed iframe\'s swallowed text back at the iframe\'s level',
      input: '<p>a<iframe src="https://v.example.com/1">b<em>c</em></p><p>d</p>',
      expected: '<p>a<iframe src="https://v.example.com/1"></iframe>b<em>c</em></p><p>d</p>',
    },
    {
      name: 'puts what followed the iframe\'s parent after the parent',
      input: '<section><p><iframe src="https://v.example.com/1">\n</p><p>second</p></section><p>outside</p></iframe>',
      expected: '<p><iframe src="https://v.example.com/1"></iframe></p><p>second</p><p>outside</p>',
    },
    {
      name: 'cleans the swallowed text like the rest',
      input: '<p><iframe src="https://v.example.com/1"></p><script>x()</script><p class="c" style="s">kept</p></iframe>',
      expected: '<p><iframe src="https://v.example.com/1"></iframe></p><p>kept</p>',
    },
    {
      name: 'leaves an iframe\'s plain fallback text out',
      input: '<p><iframe src="https://v.example.com/1">Your browser cannot show frames.</iframe></p>',
      expected: '<p><iframe src="https://v.example.com/1"></iframe></p>',
    },
    { name: 'writes an unknown tag back exactly as it was written', input: '<p>use <MyValue> here</p>', expected: '<p>use &lt;MyValue&gt; here</p>' },
    { name: 'unwraps custom and namespaced elements', input: '<p><o:p>Word</o:p> <x-note>note</x-note></p>', expected: '<p>Word note</p>' },
    { name: 'drops leading and trailing rules', input: '<hr><p>text</p><hr><p>more</p><hr>', expected: '<p>text</p><hr><p>more</p>' },
    { name: 'renames presentational elements', input: '<center>居中</center><strike>删</strike><dir><li>项</li></dir>', expected: '<p>居中</p><p><s>删</s></p><ul><li>项</li></ul>' },
    { name: 'unwraps html and body of a full page', input: '<!DOCTYPE html><html><head><title>t</title></head><body><p>x</p></body></html>', expected: '<p>x</p>' },
    { name: 'keeps inline svg whole', input: '<p><svg viewBox="0 0 1 1"><path d="M0 0"/></svg></p>', expected: '<p><svg viewBox="0 0 1 1"><path d="M0 0"/></svg></p>' },
  ])('$name', ({ input, expected }) => {
    expect(clean(input)).toBe(expected);
  });
});
