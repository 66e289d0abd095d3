import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { normaliseBody } from './normalise-body';

interface Case {
  name: string;
  input: string;
  expected: string;
}

const html = (input: string): string => normaliseBody(input).html;

function table(cases: Case[]): void {
  it.each(cases)('$name', ({ input, expected }) => {
    expect(html(input)).toBe(expected);
  });
}

describe('markdown bodies', () => {
  table([
    {
      name: 'renders a markdown post with GFM',
      input: '## 今天的菜单\n\n早饭吃了**豆浆**和油条，见[菜谱](https://example.com/recipe)。\n\n- 豆浆\n- 油条',
      expected:
        '<h2>今天的菜单</h2><p>早饭吃了<strong>豆浆</strong>和油条，见<a href="https://example.com/recipe">菜谱</a>。</p><ul><li>豆浆</li><li>油条</li></ul>',
    },
    {
      name: 'keeps inline HTML inside markdown',
      input: 'A line with <em>emphasis</em> and an image ![map](https://example.com/map.png)',
      expected: '<p>A line with <em>emphasis</em> and an image <img src="https://example.com/map.png" alt="map"></p>',
    },
    {
      name: 'reads markdown headings and paragraphs around an HTML block',
      input: 'First paragraph.\n\n<figure><img src="https://example.com/a.png"><figcaption>A cat</figcaption></figure>\n\n# Heading\n\nLast one.',
      expected: '<p>First paragraph.</p><figure><img src="https://example.com/a.png"><figcaption>A cat</figcaption></figure><h2>Heading</h2><p>Last one.</p>',
    },
    {
      name: 'leaves an HTML body alone even when its text has markdown characters',
      input: '<div><p>Use *args and __init__ in Python.</p></div>',
      expected: '<p>Use *args and __init__ in Python.</p>',
    },
  ]);
});

describe('the wrapper and plain text', () => {
  table([
    { name: 'unwraps the mirrored posts\' outer div', input: '\n<div>   \n<p>第一段</p>\n<p>第二段</p>\n  \n</div>\n            ', expected: '<p>第一段</p><p>第二段</p>' },
    { name: 'keeps the lines of a plain-text body', input: '<div>   \n开场 18:30\n开演 19:00\n\n地点：小剧场\n</div>', expected: '<p>开场 18:30<br>开演 19:00</p><p>地点：小剧场</p>' },
    { name: 'turns loose text with <br><br> between parts into paragraphs', input: '<div>第一段文字<br>\n<br>\n第二段<br>同一段的下一行</div>', expected: '<p>第一段文字</p><p>第二段<br>同一段的下一行</p>' },
    { name: 'replaces layout divs with the paragraphs they hold', input: '<div><div class="row"><div>一行字</div><div>又一行</div></div></div>', expected: '<p>一行字</p><p>又一行</p>' },
    { name: 'unwraps a one-cell layout table', input: '<div><table><tbody><tr><td class="t_f">论坛正文<br><br>第二段</td></tr></tbody></table></div>', expected: '<p>论坛正文</p><p>第二段</p>' },
    { name: 'keeps a real table', input: '<table><tr><th colspan="2" style="color:red">项目</th></tr><tr><td>甲</td><td width="80">乙</td></tr></table>', expected: '<table><tr><th colspan="2">项目</th></tr><tr><td>甲</td><td>乙</td></tr></table>' },
    { name: 'returns nothing for an empty body', input: '<div>  \n </div>', expected: '' },
  ]);
});

describe('lazy images', () => {
  table([
    {
      name: 'promotes data-original over a /undefined src',
      input: '<img src="https://www.example.com/undefined" data-original="https://img.example.com/real.jpg" width="600">',
      expected: '<p><img src="https://img.example.com/real.jpg" width="600"></p>',
    },
    {
      name: 'promotes data-src over a tiny data: placeholder and makes it https',
      input: '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="//cdn.example.com/a.jpg">',
      expected: '<p><img src="https://cdn.example.com/a.jpg"></p>',
    },
    { name: 'promotes _src when src is missing', input: '<p><img class="lazyImg" _src="https://img.example.com/b.jpg?x=1&y=2"></p>', expected: '<p><img src="https://img.example.com/b.jpg?x=1&amp;y=2"></p>' },
    { name: 'promotes zoomfile over a spinner', input: '<img src="/static/image/common/loading.gif" zoomfile="https://bbs.example.com/attach/1.jpg">', expected: '<p><img src="https://bbs.example.com/attach/1.jpg"></p>' },
    { name: 'promotes protocol-relative data-original-src', input: '<img data-original-src="//upload.example.com/c.png">', expected: '<p><img src="https://upload.example.com/c.png"></p>' },
    { name: 'promotes data-actualsrc and data-lazy-src', input: '<p><img data-actualsrc="https://a.example.com/1.jpg"><img data-lazy-src="https://a.example.com/2.jpg"></p>', expected: '<p><img src="https://a.example.com/1.jpg"><img src="https://a.example.com/2.jpg"></p>' },
    { name: 'keeps a real src over a lazy attribute', input: '<img src="https://a.example.com/small.jpg" data-original="https://a.example.com/large.jpg">', expected: '<p><img src="https://a.example.com/small.jpg"></p>' },
    { name: 'unwraps a CORS proxy in front of the image', input: '<img src="https://cors.zfour.workers.dev/?http://img.example.com/p.png">', expected: '<p><img src="http://img.example.com/p.png"></p>' },
    { name: 'removes an image with no usable source', input: '<p>前<img src="https://www.example.com/undefined">后</p><img src="javascript:alert(1)"><img>', expected: '<p>前后</p>' },
    { name: 'removes random stock photos', input: '<p><img src="https://picsum.photos/400/300?random=3">配图</p>', expected: '<p>配图</p>' },
    {
      name: 'keeps alt and numeric sizes, drops the rest',
      input: '<img src="https://a.example.com/x.png" alt="示意图" title="图" width="600" height="auto" class="c" style="width:undefinedpx" referrerpolicy="no-referrer" loading="lazy" data-w="1">',
      expected: '<p><img src="https://a.example.com/x.png" alt="示意图" title="图" width="600"></p>',
    },
    {
      name: 'takes the real size from w/h when it disagrees with width/height',
      input: '<img src="https://a.example.com/x.png" w="1440" h="477" width="1440" height="272">',
      expected: '<p><img src="https://a.example.com/x.png" width="1440" height="477"></p>',
    },
    {
      name: 'keeps a web-only srcset and drops one with other schemes',
      input: '<img src="https://a.example.com/1.jpg" srcset="//a.example.com/1.jpg 1x, https://a.example.com/2.jpg 2x"><img src="https://a.example.com/3.jpg" srcset="data:image/png;base64,AAAA 1x, https://a.example.com/3.jpg 2x">',
      expected: '<p><img src="https://a.example.com/1.jpg" srcset="https://a.example.com/1.jpg 1x, https://a.example.com/2.jpg 2x"><img src="https://a.example.com/3.jpg"></p>',
    },
    { name: 'keeps an attribute-less alt as empty', input: '<img src="https://a.example.com/x.png" alt>', expected: '<p><img src="https://a.example.com/x.png" alt></p>' },
    { name: 'reduces a picture element to its image', input: '<picture><source srcset="https://a.example.com/x.avif" type="image/avif"><img src="https://a.example.com/x.jpg"></picture>', expected: '<p><img src="https://a.example.com/x.jpg"></p>' },
  ]);
});

describe('figures', () => {
  table([
    {
      name: 'moves bare caption text inside a figure into a figcaption',
      input: '<figure id="attachment_1" style="width:770px" class="wp-caption aligncenter"><img src="https://a.example.com/1.jpg" data-recalc-dims="1">两国领导人在会晤前握手 (美联社)</figure>',
      expected: '<figure><img src="https://a.example.com/1.jpg"><figcaption>两国领导人在会晤前握手 (美联社)</figcaption></figure>',
    },
    {
      name: 'moves a caption paragraph inside a figure into a figcaption',
      input: '<figure><p><img src="https://a.example.com/1.jpg"></p><p>Harbour at dawn</p></figure>',
      expected: '<figure><img src="https://a.example.com/1.jpg"><figcaption>Harbour at dawn</figcaption></figure>',
    },
    {
      name: 'turns a wp-caption-text figcaption into a plain one',
      input: '<figure aria-describedby="caption-1" class="wp-caption"><img loading="lazy" src="https://a.example.com/2.jpg" alt><figcaption id="caption-1" class="wp-caption-text">北方的防线 (资料图)</figcaption></figure>',
      expected: '<figure><img src="https://a.example.com/2.jpg" alt><figcaption>北方的防线 (资料图)</figcaption></figure>',
    },
    {
      name: 'turns a WordPress caption div into a figure, keeping the link',
      input: '<div class="wp-caption aligncenter" style="width: 610px"><a href="https://a.example.com/big.jpg"><img src="https://a.example.com/small.jpg"></a><p class="wp-caption-text">The old mill, 1950</p></div>',
      expected: '<figure><a href="https://a.example.com/big.jpg"><img src="https://a.example.com/small.jpg"></a><figcaption>The old mill, 1950</figcaption></figure>',
    },
    {
      name: 'turns an image package with a caption into a figure',
      input: '<div class="image-package"><div class="image-container"><div class="image-container-fill"></div><div class="image-view"><img src="https://a.example.com/p.png"></div></div><div class="image-caption">流程图</div></div>',
      expected: '<figure><img src="https://a.example.com/p.png"><figcaption>流程图</figcaption></figure>',
    },
    {
      name: 'drops an empty figcaption',
      input: '<figure class="image"><img src="https://a.example.com/3.png"><figcaption><span></span></figcaption></figure>',
      expected: '<figure><img src="https://a.example.com/3.png"></figure>',
    },
    {
      name: 'keeps a media-less figure\'s text as a paragraph',
      input: '<figure><img src="https://www.example.com/undefined">只剩下说明文字</figure>',
      expected: '<p>只剩下说明文字</p>',
    },
    {
      name: 'takes a centred "(via …)" paragraph under a linked image as its caption',
      input: '<p><a href="https://a.example.com/big.jpg" target="_blank"><img src="https://a.example.com/thumb.jpg" alt="1.jpg"></a></p><p style="text-align: center;">（via <a href="https://news.example.com/story">Example News</a>）</p>',
      expected: '<figure><a href="https://a.example.com/big.jpg"><img src="https://a.example.com/thumb.jpg" alt="1.jpg"></a><figcaption>（via <a href="https://news.example.com/story">Example News</a>）</figcaption></figure>',
    },
    {
      name: 'takes the only text of a centred paragraph under a centred image as its caption',
      input: '<p align="center">\n<img src="https://a.example.com/4.jpg" alt="标题">\n</p>\n<p align="center">\n<span>剧组在片场合影</span>\n</p>',
      expected: '<figure><img src="https://a.example.com/4.jpg" alt="标题"><figcaption>剧组在片场合影</figcaption></figure>',
    },
    {
      name: 'takes a block with a caption class under an image as its caption',
      input: '<p><img class="lazy" src="https://a.example.com/5.png"></p><h4 class="img-desc">同步失败的提示</h4>',
      expected: '<figure><img src="https://a.example.com/5.png"><figcaption>同步失败的提示</figcaption></figure>',
    },
    {
      name: 'takes a ▲-marked centred line under an uncentred image',
      input: '<p><img src="https://a.example.com/6.jpg"></p><p style="text-align:center">▲ 新版界面</p>',
      expected: '<figure><img src="https://a.example.com/6.jpg"><figcaption>▲ 新版界面</figcaption></figure>',
    },
    {
      name: 'leaves an ordinary centred line under an uncentred image alone',
      input: '<p><img src="https://a.example.com/7.jpg"></p><p style="text-align:center">下面进入正题</p>',
      expected: '<p><img src="https://a.example.com/7.jpg"></p><p align="center">下面进入正题</p>',
    },
    {
      name: 'leaves a bold centred heading under a centred image alone',
      input: '<p align="center"><img src="https://a.example.com/8.jpg"></p><p align="center"><strong>第二部分</strong></p>',
      expected: '<p align="center"><img src="https://a.example.com/8.jpg"></p><p align="center"><strong>第二部分</strong></p>',
    },
    {
      name: 'leaves a left-aligned paragraph under an image alone',
      input: '<p align="center"><img src="https://a.example.com/9.jpg"></p><p>正文继续。</p>',
      expected: '<p align="center"><img src="https://a.example.com/9.jpg"></p><p>正文继续。</p>',
    },
    {
      name: 'does not take a long centred paragraph as a caption',
      input: `<p align="center"><img src="https://a.example.com/10.jpg"></p><p align="center">${'很长的一段话。'.repeat(40)}</p>`,
      expected: `<p align="center"><img src="https://a.example.com/10.jpg"></p><p align="center">${'很长的一段话。'.repeat(40)}</p>`,
    },
    {
      name: 'does not take a centred image as the caption of the image before it',
      input: '<p align="center"><img src="https://a.example.com/11.jpg"></p><p align="center"><img src="https://a.example.com/12.jpg"></p>',
      expected: '<p align="center"><img src="https://a.example.com/11.jpg"></p><p align="center"><img src="https://a.example.com/12.jpg"></p>',
    },
  ]);
});

describe('junk', () => {
  table([
    {
      name: 'removes comments, scripts, styles and page furniture',
      input: '<!-- ad --><script>track()</script><style>.a&#123;color:red&#125;</style><noscript>enable js</noscript><link rel="stylesheet" href="x.css"><meta name="x"><p>正文</p>',
      expected: '<p>正文</p>',
    },
    {
      name: 'removes ads, buttons and form controls',
      input: '<p>正文</p><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-1"></ins><button onclick="share()">分享</button><form><input type="password"><textarea>写评论</textarea><select><option>1</option></select></form>',
      expected: '<p>正文</p>',
    },
    {
      name: 'removes an author avatar, so the first real picture leads',
      input: '<div class="meta"><img class="avatar" src="https://pic.example.com/u_l.jpg"><span class="author">答主</span></div><p><img class="content-image" src="https://pic.example.com/p_720w.jpg"></p>',
      expected: '<p>答主</p><p><img src="https://pic.example.com/p_720w.jpg"></p>',
    },
    { name: 'removes hidden elements', input: '<p>可见<a href="https://a.example.com/" hidden>原文</a></p><div style="display: none;">侧栏</div>', expected: '<p>可见</p>' },
    { name: 'keeps visibility:hidden content, which pages reveal by script', input: '<div style="visibility: hidden;"><p>整篇文章</p></div>', expected: '<p>整篇文章</p>' },
    {
      name: 'removes class, style, id, data-*, Vue and event attributes',
      input: '<p class="x" id="p1" style="color:red" data-v-e1f0100a data-offset-key="a" contenteditable="false" onclick="go()" lang="en" dir="ltr" title="t">Text</p>',
      expected: '<p lang="en" dir="ltr" title="t">Text</p>',
    },
    { name: 'unwraps bare spans and fonts', input: '<p><span style="font-size:14px"><font color="#de5650">红字</font></span>正文</p>', expected: '<p>红字正文</p>' },
    { name: 'keeps ordered-list attributes', input: '<ol start="3" type="a" class="x"><li>三</li></ol>', expected: '<ol start="3" type="a"><li>三</li></ol>' },
    { name: 'keeps centring on paragraphs, from align or style', input: '<p style="text-align: center;">居中</p><p align="right">靠右</p><p style="text-align: left;">默认</p>', expected: '<p align="center">居中</p><p align="right">靠右</p><p>默认</p>' },
    { name: 'removes empty inline wrappers', input: '<p>文字<b class="dbpf"></b><i class="icon"></i><a href="https://a.example.com/"> </a></p>', expected: '<p>文字</p>' },
    { name: 'puts text that looked like a tag back as text', input: '<p>运行 wsl --install -d <DistroName> 即可</p>', expected: '<p>运行 wsl --install -d &lt;DistroName&gt; 即可</p>' },
    { name: 'keeps the content of a broken tag with attributes', input: '<p><spanmicrosoft yahei\'>雅黑字体</spanmicrosoft></p>', expected: '<p>雅黑字体</p>' },
  ]);
});

describe('links', () => {
  table([
    { name: 'gives protocol-relative links https', input: '<p><a href="//www.example.com/page" target="_blank" rel="nofollow">链接</a></p>', expected: '<p><a href="https://www.example.com/page">链接</a></p>' },
    { name: 'unwraps a jianshu redirect', input: '<p><a href="https://links.jianshu.com/go?to=https%3A%2F%2Fmirrors.example.org%2F">镜像</a></p>', expected: '<p><a href="https://mirrors.example.org/">镜像</a></p>' },
    { name: 'unwraps a zhihu redirect', input: '<p><a href="https://link.zhihu.com/?target=https%3A//docs.example.org/a%3Fb%3D1">文档</a></p>', expected: '<p><a href="https://docs.example.org/a?b=1">文档</a></p>' },
    { name: 'unwraps an affiliate tracker', input: '<p><a data-link="1" href="https://c.duomai.com/track.php?site_id=1&euid=&t=https://shop.example.com/">商店</a></p>', expected: '<p><a href="https://shop.example.com/">商店</a></p>' },
    { name: 'keeps the text of a javascript: link', input: '<p><a href="javascript:void(0)" onclick="x()">注册</a>后评论</p>', expected: '<p>注册后评论</p>' },
    { name: 'keeps the text of in-page and relative links', input: '<p><a href="#fn1">[1]</a> <a href="/tag/x">标签</a></p>', expected: '<p>[1] 标签</p>' },
    { name: 'keeps mail links', input: '<p><a href="mailto:editor@example.com">写信</a></p>', expected: '<p><a href="mailto:editor@example.com">写信</a></p>' },
  ]);
});

describe('whitespace', () => {
  table([
    { name: 'keeps at most two line breaks in a row', input: '<p>一<br><br><br><br>二</p>', expected: '<p>一<br><br>二</p>' },
    { name: 'removes empty and spacer paragraphs', input: '<p>一</p><p></p><p>&nbsp;</p><p><br></p><p> <span></span> </p><p>二</p>', expected: '<p>一</p><p>二</p>' },
    { name: 'removes line breaks at the edges of blocks and next to blocks', input: '<p><br>一<br></p><br><br><p>二</p><br>', expected: '<p>一</p><p>二</p>' },
    { name: 'keeps <pre> content exactly', input: '<pre><code class="language-sh">  docker ps\n\n\n  <span class="k">ls</span> -la<br><br><br>done\n</code></pre>', expected: '<pre><code>  docker ps\n\n\n  ls -la<br><br><br>done\n</code></pre>' },
    { name: 'puts placeholder text inside <pre> back as text', input: '<pre><code>IMAGE      CREATED\n<missing>  3 months ago\n</code></pre>', expected: '<pre><code>IMAGE      CREATED\n&lt;missing&gt;  3 months ago\n</code></pre>' },
    {
      name: 'keeps page markup inside <pre> as the code text it is',
      input: '<pre><code><html>\n<head><script src="app.js"></script></head>\n</html>\n<iframe src="https://v.example.com/1"></iframe></code></pre>',
      expected:
        '<pre><code>&lt;html&gt;\n&lt;head&gt;&lt;script src="app.js"&gt;&lt;/script&gt;&lt;/head&gt;\n&lt;/html&gt;\n&lt;iframe src="https://v.example.com/1"&gt;&lt;/iframe&gt;</code></pre>',
    },
    { name: 'collapses source indentation inside text', input: '<p>导演：\n                    \n          某某</p>', expected: '<p>导演：\n某某</p>' },
    { name: 'keeps no-break spaces that are content', input: '<p>a&nbsp;&nbsp;b</p>', expected: '<p>a&nbsp;&nbsp;b</p>' },
  ]);
});

describe('headings and embeds', () => {
  table([
    { name: 'turns an h1 in the body into an h2', input: '<h1 class="country"><a href="https://a.example.com/">某人</a></h1><ul><li><h1>注释</h1></li></ul>', expected: '<h2><a href="https://a.example.com/">某人</a></h2><ul><li><h2>注释</h2></li></ul>' },
    {
      name: 'keeps an iframe with its src made https',
      input: '<p><iframe src="//player.example.com/player.html?aid=1&page=1" scrolling="no" border="0" frameborder="no" framespacing="0" allowfullscreen="true" width="650" height="477"></iframe></p>',
      expected: '<p><iframe src="https://player.example.com/player.html?aid=1&amp;page=1" frameborder="no" allowfullscreen width="650" height="477"></iframe></p>',
    },
    { name: 'upgrades an http iframe and drops a script one', input: '<iframe src="http://video.example.com/embed/1"></iframe><iframe src="javascript:alert(1)"></iframe>', expected: '<p><iframe src="https://video.example.com/embed/1"></iframe></p>' },
    {
      name: 'keeps a video with controls and an unwrapped src',
      input: '<video src="https://cors.zfour.workers.dev/?http://media.example.com/play?vid=1&type=mp4" controls="controls">Your browser does not support video.</video>',
      expected: '<p><video src="http://media.example.com/play?vid=1&amp;type=mp4" controls></video></p>',
    },
    {
      name: 'keeps a video\'s sources and adds controls',
      input: '<video poster="//img.example.com/poster.jpg" autoplay><source src="//media.example.com/a.webm" type="video/webm"></video>',
      expected: '<p><video poster="https://img.example.com/poster.jpg" controls><source src="https://media.example.com/a.webm" type="video/webm"></video></p>',
    },
    { name: 'drops a video with no source', input: '<video controls></video><p>说明</p>', expected: '<p>说明</p>' },
    {
      name: 'recovers the article an unclosed iframe swallowed, and drops the page after it',
      input:
        '<div>\n<p>开头一段。</p>\n<p align="center"><iframe src="https://player.example.com/v/1" width="640" height="480">\n</p>\n<p>被吞掉的第二段。</p>\n<p align="center"><img src="https://img.example.com/1.png" /></p>\n</div>\n<div class="comments"><script>load()</script><textarea>评论</textarea><a href="https://www.example.com/news/2">相关新闻</a></div></body></html></iframe></p>\n</div>',
      expected:
        '<p>开头一段。</p><p align="center"><iframe src="https://player.example.com/v/1" width="640" height="480"></iframe></p><p>被吞掉的第二段。</p><p align="center"><img src="https://img.example.com/1.png"></p>',
    },
  ]);
});

describe('text and images', () => {
  it.each([
    { name: 'separates blocks and line breaks with newlines', input: '<h2>标题</h2><p>第一行<br>第二行</p><ul><li>甲</li><li>乙</li></ul>', text: '标题\n第一行\n第二行\n甲\n乙' },
    { name: 'collapses whitespace', input: '<p>  many\n   spaces\u00a0and\u3000more  </p>', text: 'many spaces and more' },
    { name: 'counts a caption once', input: '<figure><img src="https://a.example.com/1.jpg">港口的清晨</figure><p>正文</p>', text: '港口的清晨\n正文' },
    { name: 'includes code, line by line', input: '<p>运行：</p><pre><code>npm   install\nnpm test</code></pre>', text: '运行：\nnpm install\nnpm test' },
    { name: 'leaves out what the walk removed', input: '<p>正文</p><script>var a = 1;</script><p hidden>隐藏</p>', text: '正文' },
  ])('$name', ({ input, text }) => {
    expect(normaliseBody(input).text).toBe(text);
  });

  it('lists every image src in document order', () => {
    const body = '<p><img data-src="//a.example.com/1.jpg"></p><figure><a href="https://a.example.com/2-big.jpg"><img src="https://a.example.com/2.jpg"></a></figure><p>文字<img src="https://a.example.com/3.jpg"></p>';
    expect(normaliseBody(body).images).toEqual(['https://a.example.com/1.jpg', 'https://a.example.com/2.jpg', 'https://a.example.com/3.jpg']);
  });
});

describe('robustness', () => {
  it('flattens absurdly deep nesting to its text instead of overflowing the stack', () => {
    const result = normaliseBody(`<div>${'<div><span>'.repeat(5000)}深处的字`);
    expect(result.text).toBe('深处的字');
  });

  it.each(['', '   ', '<div></div>', '<!-- only a comment -->', '<script>x()</script>', '</p></div>', '<<<>>>'])('survives %j', (input) => {
    expect(() => normaliseBody(input)).not.toThrow();
  });
});

describe('output is well-formed HTML5', () => {
  it('escapes text and attribute values and writes void elements without a slash', () => {
    const { html: output } = normaliseBody('<p title="say &quot;hi&quot;">1 &lt; 2 &amp;&amp; 3 &gt; 2 &#123;ok&#125;<br/>x</p><hr/><p>y</p>');
    expect(output).toBe('<p title="say &quot;hi&quot;">1 &lt; 2 &amp;&amp; 3 &gt; 2 {ok}<br>x</p><hr><p>y</p>');
  });
});

const CORPUS = '/work/shared/corpus';

function postFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return postFiles(full);
    return entry.name.endsWith('.md') && entry.name !== 'MANIFEST.md' ? [full] : [];
  });
}

// Test-only split: the body is what follows the second `---` line.
function bodyOf(file: string): string {
  const lines = readFileSync(file, 'utf8').split('\n');
  const fences = lines.flatMap((line, index) => (line === '---' ? [index] : []));
  return lines.slice((fences[1] ?? -1) + 1).join('\n');
}

describe.runIf(existsSync(CORPUS))('the real corpus', () => {
  const files = existsSync(CORPUS) ? postFiles(CORPUS) : [];

  it('has posts to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((file) => ({ file: path.relative(CORPUS, file), full: file })))('$file', ({ full }) => {
    const body = bodyOf(full);
    const result = normaliseBody(body);
    const output = parseDocument(result.html).children;
    expect(DomUtils.findAll((element) => element.name === 'script' || element.name === 'style', output)).toEqual([]);
    const images = DomUtils.findAll((element) => element.name === 'img', output);
    expect(images.filter((img) => !img.attribs.src)).toEqual([]);
    expect(result.images).toEqual(images.map((img) => img.attribs.src));
    // Every original <figure> with caption text comes out with a non-empty <figcaption>.
    const captioned = DomUtils.findAll((element) => element.name === 'figure', parseDocument(body).children).filter(
      (figure) => DomUtils.textContent(figure).trim() !== '',
    );
    const figcaptions = DomUtils.findAll((element) => element.name === 'figcaption', output).filter(
      (caption) => DomUtils.textContent(caption).trim() !== '',
    );
    expect(figcaptions.length).toBeGreaterThanOrEqual(captioned.length);
  });
});
