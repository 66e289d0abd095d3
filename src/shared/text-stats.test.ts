import { describe, expect, it } from 'vitest';
import { countCjk, detectLang, excerpt, readingMinutes } from './text-stats';

describe('countCjk', () => {
  it.each([
    ['', 0],
    ['plain English', 0],
    ['今天天气很好', 6],
    ['用 Rust 写一个小工具', 7],
    ['ひらがなとカタカナ', 9],
    ['한국어', 3],
    ['标点，。「」不算', 4],
    ['𠀀𠀁 (extension B)', 2],
  ])('%j -> %i', (text, expected) => {
    expect(countCjk(text)).toBe(expected);
  });
});

describe('readingMinutes', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
  it.each([
    ['empty', '', 0],
    ['whitespace only', ' \n\t ', 0],
    ['punctuation only still counts as text', '……!', 1],
    ['one word', 'hello', 1],
    ['250 words is one minute', words(250), 1],
    ['251 words is two', words(251), 2],
    ['500 Chinese characters is one minute', '读'.repeat(500), 1],
    ['501 Chinese characters is two', '读'.repeat(501), 2],
    ['mixed: 250 characters and 125 words make one minute', `${'读'.repeat(250)} ${words(125)}`, 1],
    ['mixed: 1000 characters and 500 words make four minutes', `${'读'.repeat(1000)} ${words(500)}`, 4],
  ])('%s', (_name, text, expected) => {
    expect(readingMinutes(text)).toBe(expected);
  });

  it("does not count a contraction or a decimal as two words", () => {
    expect(readingMinutes("don't 3.14 e-mail ".repeat(250))).toBe(3);
  });
});

describe('detectLang', () => {
  it.each([
    ['', 'en'],
    ['An ordinary English sentence about the weather.', 'en'],
    ['今天的天气非常好，我们去公园散步吧。', 'zh'],
    ['苹果 Safari 浏览器 Bug 曝光', 'zh'],
    ['使用 docker build 命令构建镜像', 'zh'],
    ['The restaurant serves 饺子 and noodles to hungry students every single evening.', 'en'],
    ['ひらがなとカタカナの練習をしました', 'zh'],
    // A Chinese post whose body is mostly English code: 40 characters among 400 code words.
    [`${'这是一段关于代码的说明文字'.repeat(3)}一二三四 ${'const value = compute(input);'.repeat(100)}`, 'zh'],
    // An English post that quotes one long Chinese phrase among 2,000 words stays English.
    [`${'word '.repeat(2000)}${'中'.repeat(40)}`, 'en'],
  ])('%j -> %s', (text, expected) => {
    expect(detectLang(text)).toBe(expected);
  });
});

describe('excerpt', () => {
  it.each([
    ['short text is returned whole', '一段短文字。', 20, '一段短文字。'],
    ['whitespace runs collapse and ends are trimmed', '  a \n\n b\t\tc  ', 20, 'a b c'],
    ['exactly the limit is not cut', 'abcde', 5, 'abcde'],
    ['CJK is cut anywhere', '一二三四五六七八九十', 5, '一二三四…'],
    ['a Latin word is not cut in half', 'The quick brown foxes jump', 12, 'The quick…'],
    ['a cut at a word end keeps the word', 'The quick brown fox', 10, 'The quick…'],
    ['trailing punctuation before the ellipsis is dropped', '第一句话，第二句话', 6, '第一句话…'],
    ['one huge token is cut rather than dropped', `see ${'x'.repeat(50)}`, 20, `see ${'x'.repeat(15)}…`],
    ['a Latin word right after CJK is not cut either', '我们用 JavaScript 写', 8, '我们用…'],
    ['emoji count as one and are not split', '😀😀😀😀😀😀', 4, '😀😀😀…'],
    ['a limit of one is just the ellipsis', 'abc', 1, '…'],
    ['empty text', '', 10, ''],
  ])('%s', (_name, text, max, expected) => {
    expect(excerpt(text, max)).toBe(expected);
  });

  it('defaults to 120 characters including the ellipsis', () => {
    const text = '这是一个很长的句子。'.repeat(30);
    const result = excerpt(text);
    expect(Array.from(result)).toHaveLength(120);
    expect(result.endsWith('…')).toBe(true);
  });

  it('reads only the start of a very long text', () => {
    const text = `开头 ${'\n'.repeat(50)}${'很长的正文'.repeat(200_000)}`;
    const started = performance.now();
    expect(excerpt(text, 10)).toBe('开头 很长的正文很…');
    expect(performance.now() - started).toBeLessThan(50);
  });
});
