import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHINA_TIME, parsePostDate } from './parse-date';
import { type PostFields, PostError, parsePost } from './parse-post';

/** A post in the shape the real generator writes: a blank first line, then the front matter. */
function post(frontMatter: string, body = '<div>   \n<p>正文 body</p>\n</div>  '): string {
  return `\n---\n${frontMatter}\n---\n${body}`;
}

const STANDARD = [
  "title: '晨跑三公里之后的早餐'",
  'categories: ',
  ' - 生活',
  ' - 小厨房',
  ' - 每日一菜',
  "headimg: 'https://img.example.com/a.jpg?w=800&h=600'",
  'author: 小厨房',
  'comments: false',
  'date: Thu, 29 Jul 2021 05:11:25 GMT',
  "thumbnail: 'https://img.example.com/a-small.jpg'",
].join('\n');

describe('parsePost: fields', () => {
  const cases: { name: string; frontMatter: string; expected: Partial<PostFields> }[] = [
    {
      name: 'the standard generator shape',
      frontMatter: STANDARD,
      expected: {
        title: '晨跑三公里之后的早餐',
        categories: ['生活', '小厨房', '每日一菜'],
        author: '小厨房',
        date: 'Thu, 29 Jul 2021 05:11:25 GMT',
        headimg: 'https://img.example.com/a.jpg?w=800&h=600',
        thumbnail: 'https://img.example.com/a-small.jpg',
      },
    },
    {
      name: 'the older shape: 4-space categories, a blank line for headimg, empty thumbnail',
      frontMatter: [
        "title: 'Seven ways to fold a paper crane'",
        'categories: ',
        '    - 博客',
        '    - Paper Corner',
        '    - 文章更新',
        '',
        'author: Paper Corner',
        'comments: false',
        'date: 2021-03-22 17:49:43',
        "thumbnail: ''",
      ].join('\n'),
      expected: {
        title: 'Seven ways to fold a paper crane',
        categories: ['博客', 'Paper Corner', '文章更新'],
        headimg: null,
        thumbnail: null,
        date: '2021-03-22 17:49:43',
      },
    },
    {
      name: 'a multi-line single-quoted title with emoji and blank lines is folded onto one line',
      frontMatter: "title: '@river_cat \"\n今日も散歩🐾🐾\n\n夕焼けがきれい⤵︎ ⤵︎\n\n0042\n\"'\nauthor: Mastodon",
      expected: { title: '@river_cat " 今日も散歩🐾🐾 夕焼けがきれい⤵︎ ⤵︎ 0042 "', author: 'Mastodon' },
    },
    {
      name: 'a double-quoted title holding an apostrophe',
      frontMatter: `title: "Grandma's 'secret' dumplings"`,
      expected: { title: "Grandma's 'secret' dumplings" },
    },
    {
      name: 'double quotes inside a single-quoted title, unbalanced',
      frontMatter: `title: '"Zwei Katzen im Garten""'`,
      expected: { title: '"Zwei Katzen im Garten""' },
    },
    {
      name: 'a title that starts with a quoted number',
      frontMatter: `title: '"7"-ის საიდუმლო'`,
      expected: { title: '"7"-ის საიდუმლო' },
    },
    { name: 'a %-starting title', frontMatter: "title: '%- og procenter'", expected: { title: '%- og procenter' } },
    { name: "a title of two dots ('..')", frontMatter: "title: '..'", expected: { title: '..' } },
    { name: 'a quoted empty-looking title is kept', frontMatter: `title: '@river_cat ""'`, expected: { title: '@river_cat ""' } },
    { name: 'a number title stays the number as written', frontMatter: 'title: 2021', expected: { title: '2021' } },
    { name: 'a decimal title is not reformatted', frontMatter: 'title: 1.50', expected: { title: '1.50' } },
    { name: 'title: 123 becomes "123"', frontMatter: 'title: 123', expected: { title: '123' } },
    { name: 'a boolean title becomes text', frontMatter: 'title: true', expected: { title: 'true' } },
    { name: 'an empty title is null', frontMatter: "title: ''\nauthor: 某人", expected: { title: null, author: '某人' } },
    { name: 'a blank title is null', frontMatter: "title: '   '", expected: { title: null } },
    { name: 'a missing title is null', frontMatter: 'author: 某人', expected: { title: null } },
    { name: 'a list title is not a title', frontMatter: 'title: [a, b]', expected: { title: null } },
    {
      name: 'whitespace runs inside a title collapse',
      frontMatter: "title: '  两个   空格\t和制表符  '",
      expected: { title: '两个 空格 和制表符' },
    },
    {
      name: 'an em-dash channel loses its dash',
      frontMatter: 'categories: \n - 二次元\n - Anime Corner\n - — news',
      expected: { categories: ['二次元', 'Anime Corner', 'news'] },
    },
    {
      name: 'a hyphen-dash channel loses its dash too, but a leading minus sign stays',
      frontMatter: 'categories: \n - 天气\n - "- 预报"\n - -5°C',
      expected: { categories: ['天气', '预报', '-5°C'] },
    },
    { name: 'a single-string category', frontMatter: 'categories: 随笔', expected: { categories: ['随笔'] } },
    { name: 'missing categories', frontMatter: "title: 'x'", expected: { categories: [] } },
    {
      name: 'empty and blank categories are dropped, others trimmed',
      frontMatter: "categories:\n - '  新闻 '\n - ''\n -\n - 本地",
      expected: { categories: ['新闻', '本地'] },
    },
    { name: 'a flow-list of categories', frontMatter: 'categories: [游戏, 评测]', expected: { categories: ['游戏', '评测'] } },
    {
      name: 'nested lists in categories are ignored',
      frontMatter: 'categories:\n - [a, b]\n - 游戏',
      expected: { categories: ['游戏'] },
    },
    { name: 'Invalid Date is kept as raw text', frontMatter: 'date: Invalid Date', expected: { date: 'Invalid Date' } },
    { name: 'unknown keys are ignored', frontMatter: "title: 'x'\ntags: [a]\nlayout: post", expected: { title: 'x' } },
    { name: 'duplicate keys: the last wins', frontMatter: "title: 'first'\ntitle: 'second'", expected: { title: 'second' } },
    {
      name: 'YAML date-looking values stay strings',
      frontMatter: 'date: 2021-07-29T05:11:25Z',
      expected: { date: '2021-07-29T05:11:25Z' },
    },
  ];

  it.each(cases)('$name', ({ frontMatter, expected }) => {
    expect(parsePost(post(frontMatter)).fields).toMatchObject(expected);
  });
});

describe('parsePost: the tolerant reader, for front matter js-yaml rejects', () => {
  const cases: { name: string; frontMatter: string; expected: Partial<PostFields> }[] = [
    {
      name: "an unescaped ' inside a single-quoted title",
      frontMatter: "title: 'Tom's 'best' day'\ncategories:\n - 随笔\n - Tom\n - 日记\nauthor: Tom",
      expected: { title: "Tom's 'best' day", categories: ['随笔', 'Tom', '日记'], author: 'Tom' },
    },
    {
      name: 'unescaped " inside a double-quoted title, next to a 4-space list',
      frontMatter: 'title: "他说"你好"然后走了"\ncategories:\n    - 小说\n    - 短篇\ndate: 2022-01-02 03:04:05',
      expected: { title: '他说"你好"然后走了', categories: ['小说', '短篇'], date: '2022-01-02 03:04:05' },
    },
    {
      name: 'a multi-line single-quoted title with a stray quote, folded like YAML',
      frontMatter: "title: 'Line one's start\n  and the second line\n\n  after a gap'\nauthor: Mastodon",
      expected: { title: "Line one's start and the second line after a gap", author: 'Mastodon' },
    },
    {
      name: "doubled '' in a single-quoted value is one quote",
      frontMatter: "title: 'It''s a cat's life'\nauthor: x",
      expected: { title: "It's a cat's life" },
    },
    {
      name: 'backslash escapes in a double-quoted value',
      frontMatter: 'title: "A \\"quoted\\" word" and more"\nauthor: x',
      expected: { title: 'A "quoted" word" and more' },
    },
    {
      name: 'an unclosed quote does not swallow the next fields',
      frontMatter: "title: 'never closed\nauthor: 作者\nheadimg: 'https://img.example.com/a.jpg'",
      expected: { title: 'never closed', author: '作者', headimg: 'https://img.example.com/a.jpg' },
    },
    {
      name: 'unquoted values containing ": " and a trailing comment',
      frontMatter: "title: Rust: a tour: part 2 # draft\nauthor: 'x'y'",
      expected: { title: 'Rust: a tour: part 2', author: "x'y" },
    },
    {
      name: 'a bracketed title is not a list',
      frontMatter: 'title: [公告] 新版本上线 [更新]\nauthor: "a"b"',
      expected: { title: '[公告] 新版本上线 [更新]', author: 'a"b' },
    },
    {
      name: 'a plain value continued on indented lines',
      frontMatter: "title: a long\n  plain title\nauthor: 'x'y'",
      expected: { title: 'a long plain title', author: "x'y" },
    },
    {
      name: 'unindented list items and a flow list',
      frontMatter: "categories:\n- 学习\n- 笔记\ntags: [a, b]\ntitle: 'x'y'",
      expected: { categories: ['学习', '笔记'], title: "x'y" },
    },
    {
      name: 'an em-dash channel in the fallback too',
      frontMatter: "title: 'a'b'\ncategories:\n - 新闻\n - — 快讯",
      expected: { categories: ['新闻', '快讯'] },
    },
  ];

  it.each(cases)('$name', ({ frontMatter, expected }) => {
    expect(parsePost(post(frontMatter)).fields).toMatchObject(expected);
  });
});

describe('parsePost: file shape', () => {
  it('finds the front matter after leading blank lines and gives the body and its line', () => {
    const parsed = parsePost(`\n\n  \n---\n${STANDARD}\n---\n<div>\n<p>你好</p>\n</div>`);
    expect(parsed.fields.title).toBe('晨跑三公里之后的早餐');
    expect(parsed.body).toBe('<div>\n<p>你好</p>\n</div>');
    expect(parsed.bodyLine).toBe(4 + 10 + 2);
  });

  it('strips a BOM and accepts CRLF line endings', () => {
    const source = `\uFEFF---\r\ntitle: 'Windows 上写的文章'\r\ncategories:\r\n - 编程\r\n - 工具\r\n---\r\n<p>正文</p>\r\n`;
    const parsed = parsePost(source);
    expect(parsed.fields).toMatchObject({ title: 'Windows 上写的文章', categories: ['编程', '工具'] });
    expect(parsed.body).toBe('<p>正文</p>\r\n');
    expect(parsed.bodyLine).toBe(7);
  });

  it('rejects a file without front matter as not a post', () => {
    expect(() => parsePost('\n# Notes\n\n只有正文，没有元数据。\n')).toThrow(
      expect.objectContaining({ message: expect.stringMatching(/no front matter/), line: 2 }),
    );
  });

  it('does not take a longer dash rule for front matter', () => {
    expect(() => parsePost('----\ntitle: x\n----\n')).toThrow(/no front matter/);
  });

  it('accepts an empty front matter and an empty body', () => {
    expect(parsePost('---\n---\n')).toMatchObject({ fields: { title: null }, body: '', bodyLine: 3 });
    expect(parsePost("---\ntitle: 'x'\n---")).toMatchObject({ fields: { title: 'x' }, body: '', bodyLine: 4 });
  });

  it('does not end the front matter at a --- inside a line', () => {
    const parsed = parsePost("---\ntitle: 'a --- b'\n---\nbody --- text\n");
    expect(parsed.fields.title).toBe('a --- b');
    expect(parsed.body).toBe('body --- text\n');
  });
});

describe('parsePost: errors', () => {
  const cases: { name: string; source: string; reason: RegExp; line: number }[] = [
    { name: 'an empty file', source: '', reason: /^empty file$/, line: 1 },
    { name: 'a whitespace-only file', source: '\n  \n\t\n', reason: /^empty file$/, line: 1 },
    { name: 'a lone BOM', source: '\uFEFF', reason: /^empty file$/, line: 1 },
    {
      name: 'an unclosed front matter',
      source: "\n\n---\ntitle: 'x'\n<p>body</p>\n",
      reason: /^front matter is not closed$/,
      line: 3,
    },
    {
      name: 'front matter with no key: lines that YAML cannot read',
      source: '\n---\n"just text\n - [unbalanced\n---\n',
      reason: /^front matter is not valid YAML: /,
      line: 5,
    },
    { name: 'front matter that is a list', source: '\n---\n\n- a\n- b\n---\n', reason: /not a list of "key: value" fields/, line: 4 },
    { name: 'front matter that is a string', source: '---\njust some words\n---\n', reason: /not a list of "key: value" fields/, line: 2 },
  ];

  it.each(cases)('$name', ({ source, reason, line }) => {
    const error = captureError(() => parsePost(source));
    expect(error).toBeInstanceOf(PostError);
    expect((error as PostError).message).toMatch(reason);
    expect((error as PostError).line).toBe(line);
  });

  it('points at the line js-yaml complained about', () => {
    const error = captureError(() => parsePost('\n---\n- one\n- two\nthree four: [x\n---\n')) as PostError;
    expect(error.message).toBe('front matter is not valid YAML: end of the stream or a document separator is expected');
    expect(error.line).toBe(5);
  });
});

describe('parsePost: hostile input', () => {
  it('survives an alias bomb without expanding it', () => {
    let bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    let previous = 'a';
    for (const name of 'bcdefghij') {
      bomb += `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]\n`;
      previous = name;
    }
    bomb += 'title: *j\ncategories: *j\nauthor: *a\n';
    const started = performance.now();
    const { fields } = parsePost(post(bomb));
    expect(performance.now() - started).toBeLessThan(200);
    expect(fields).toMatchObject({ title: null, categories: [], author: null });
  });

  it('caps field lengths without splitting a surrogate pair', () => {
    const longTitle = `${'a'.repeat(999)}😀tail`;
    const fields = parsePost(
      post(
        [
          `title: '${longTitle}'`,
          `author: '${'作'.repeat(300)}'`,
          'categories:',
          ...Array.from({ length: 30 }, (_, i) => ` - '${i}${'c'.repeat(300)}'`),
          `headimg: 'https://img.example.com/${'x'.repeat(2100)}.jpg'`,
          `thumbnail: 'https://img.example.com/ok.jpg'`,
          `date: '${'9'.repeat(500)}'`,
        ].join('\n'),
      ),
    ).fields;
    expect(fields.title).toBe('a'.repeat(999));
    expect(fields.author).toHaveLength(200);
    expect(fields.categories).toHaveLength(20);
    expect(fields.categories.every((name) => name.length === 200)).toBe(true);
    expect(fields.headimg).toBeNull();
    expect(fields.thumbnail).toBe('https://img.example.com/ok.jpg');
    expect(fields.date).toHaveLength(200);
  });

  it('reads __proto__ as an ordinary ignored key', () => {
    const fields = parsePost(post("__proto__: {title: 'polluted'}\nauthor: x")).fields;
    expect(fields).toMatchObject({ title: null, author: 'x' });
    expect(({} as Record<string, unknown>).title).toBeUndefined();
  });

  it('reports deeply nested front matter as an error, not a crash', () => {
    const deep = `${'['.repeat(20000)}${']'.repeat(20000)}`;
    expect(() => parsePost(post(deep))).toThrow(PostError);
  });
});

function captureError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

const CORPUS = path.resolve(import.meta.dirname, '../../shared/corpus');

function markdownFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md') && name !== 'MANIFEST.md')
    .map((name) => path.join(folder, name));
}

describe.runIf(existsSync(CORPUS))('parsePost on the real corpus', () => {
  const files = markdownFiles(CORPUS);
  const parsed = files.map((file) => ({ file: path.relative(CORPUS, file), post: parsePost(readFileSync(file, 'utf8')) }));

  it('reads every file with a title, three categories and a body', () => {
    expect(files.length).toBeGreaterThanOrEqual(78);
    for (const { file, post: result } of parsed) {
      expect(result.fields.title, file).toBeTruthy();
      expect(result.fields.categories, file).toHaveLength(3);
      expect(result.body.trimStart().startsWith('<div>'), file).toBe(true);
    }
  });

  it('finds no date only in the four "Invalid Date" files', () => {
    const undated = parsed.filter(({ post: result }) => parsePostDate(result.fields.date, CHINA_TIME) === null);
    expect(undated.map(({ file }) => file).sort()).toEqual(
      parsed
        .filter(({ post: result }) => result.fields.date === 'Invalid Date')
        .map(({ file }) => file)
        .sort(),
    );
    expect(undated).toHaveLength(4);
  });

  it('folds the multi-line Mastodon titles onto one line', () => {
    const mastodon = parsed.filter(({ file }) => file.includes('Mastodon'));
    expect(mastodon.length).toBeGreaterThan(0);
    for (const { post: result } of mastodon) expect(result.fields.title).not.toMatch(/\s{2}|\n/);
  });

  it('reads the em-dash channel as "news"', () => {
    const animen = parsed.filter(({ file }) => file.includes('Animen'));
    expect(animen.map(({ post: result }) => result.fields.categories[2])).toEqual(['news', 'news']);
  });
});
