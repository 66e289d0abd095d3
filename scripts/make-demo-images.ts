// Writes the demo posts' local illustrations (SVG scenes and a few PNG "photos") into public/demo/images/.
// The output is committed, so the demo needs no build step; rerun with `npx tsx scripts/make-demo-images.ts`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const OUT_DIR = join(import.meta.dirname, '..', 'public', 'demo', 'images');
const W = 1200;
const H = 675;

/** Sky top, sky bottom, accent, mid tone, dark tone. */
type Palette = readonly [string, string, string, string, string];

const PALETTES = {
  dawn: ['#ffb88c', '#ffdfba', '#ff6f61', '#8e5572', '#3d2c4e'],
  ocean: ['#0f4c75', '#62b6cb', '#fcd581', '#1b98e0', '#08263d'],
  night: ['#0b1026', '#2b3a67', '#ffd166', '#496a81', '#05070f'],
  forest: ['#c9e4ca', '#f4f1de', '#e07a5f', '#3b7d4f', '#1d3a2a'],
  violet: ['#2e1760', '#7b2cbf', '#f72585', '#b5179e', '#10002b'],
  mint: ['#d8f3dc', '#f1faee', '#ef476f', '#52b788', '#1b4332'],
  slate: ['#1e2a38', '#3a506b', '#5bc0be', '#6fffe9', '#0b132b'],
  sand: ['#f6e7cb', '#fdf6ec', '#d1495b', '#edae49', '#5c3d2e'],
  berry: ['#ffe5ec', '#fff0f3', '#c9184a', '#ff8fa3', '#590d22'],
  steel: ['#e0e1dd', '#f8f9fa', '#fb8500', '#778da9', '#1b263b'],
} as const satisfies Record<string, Palette>;

// Deterministic, so rerunning the script produces byte-identical files.
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const r1 = (n: number) => Math.round(n * 10) / 10;

function skyGradient(p: Palette, id = 'sky'): string {
  return `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p[0]}"/><stop offset="1" stop-color="${p[1]}"/></linearGradient>`;
}

function glowGradient(color: string, id = 'glow'): string {
  return `<radialGradient id="${id}"><stop offset="0" stop-color="${color}"/><stop offset="1" stop-color="${color}" stop-opacity="0"/></radialGradient>`;
}

const BACKGROUND = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;

function stars(rand: () => number, count: number, maxY: number): string {
  let out = '';
  for (let i = 0; i < count; i++) {
    out += `<circle cx="${r1(rand() * W)}" cy="${r1(rand() * maxY)}" r="${r1(0.6 + rand() * 1.8)}"/>`;
  }
  return `<g fill="#fff" opacity=".8">${out}</g>`;
}

function ridge(rand: () => number, base: number, amplitude: number, steps: number): string {
  const points = [`0,${H}`];
  for (let i = 0; i <= steps; i++) {
    points.push(`${r1((i / steps) * W)},${r1(base - rand() * amplitude)}`);
  }
  points.push(`${W},${H}`);
  return points.join(' ');
}

function wave(y: number, amp: number, length: number, phase: number): string {
  let d = `M${-phase} ${y}`;
  for (let x = -phase; x < W + length; x += length) {
    d += ` q${length / 4} ${-amp} ${length / 2} 0 t${length / 2} 0`;
  }
  return `${d} V${H} H0 Z`;
}

type Scene = (p: Palette, rand: () => number) => { defs?: string; body: string };

const scenes: Record<string, Scene> = {
  mountains: (p, rand) => ({
    defs: glowGradient(p[2]),
    body: `${BACKGROUND}<circle cx="860" cy="260" r="220" fill="url(#glow)" opacity=".7"/><circle cx="860" cy="260" r="80" fill="${p[2]}"/>
<polygon points="${ridge(rand, 420, 160, 9)}" fill="${p[3]}" opacity=".55"/><polygon points="${ridge(rand, 500, 140, 12)}" fill="${p[3]}"/><polygon points="${ridge(rand, 600, 90, 16)}" fill="${p[4]}"/>`,
  }),
  waves: (p) => ({
    defs: glowGradient(p[2]),
    body: `${BACKGROUND}<circle cx="300" cy="200" r="200" fill="url(#glow)" opacity=".6"/><circle cx="300" cy="200" r="70" fill="${p[2]}"/>
${[0, 1, 2, 3, 4].map((i) => `<path d="${wave(380 + i * 60, 18 + i * 4, 220 + i * 40, i * 37)}" fill="${i % 2 ? p[3] : p[4]}" opacity="${r1(0.35 + i * 0.15)}"/>`).join('')}`,
  }),
  circuit: (p, rand) => {
    let traces = '';
    for (let i = 0; i < 26; i++) {
      const x = Math.round(rand() * 12) * 100;
      const y = Math.round(rand() * 6) * 100 + 37;
      const dx = (rand() > 0.5 ? 1 : -1) * (100 + Math.round(rand() * 3) * 100);
      const dy = (rand() > 0.5 ? 1 : -1) * 100;
      traces += `<path d="M${x} ${y}h${dx}l60 ${dy}h${dx / 2}"/><circle cx="${x + dx * 1.5 + 60}" cy="${y + dy}" r="9" fill="${p[2]}"/>`;
    }
    return {
      body: `<rect width="${W}" height="${H}" fill="${p[4]}"/><g stroke="${p[3]}" stroke-width="5" fill="none" opacity=".75">${traces}</g>
<rect x="480" y="217" width="240" height="240" rx="24" fill="${p[0]}" stroke="${p[2]}" stroke-width="8"/><rect x="540" y="277" width="120" height="120" rx="12" fill="${p[1]}"/>`,
    };
  },
  planet: (p, rand) => ({
    defs: `<radialGradient id="ball" cx=".35" cy=".35"><stop offset="0" stop-color="${p[2]}"/><stop offset="1" stop-color="${p[3]}"/></radialGradient>`,
    body: `${BACKGROUND}${stars(rand, 90, H)}<circle cx="640" cy="340" r="170" fill="url(#ball)"/>
<ellipse cx="640" cy="340" rx="300" ry="60" fill="none" stroke="${p[1]}" stroke-width="14" opacity=".8" transform="rotate(-18 640 340)"/><circle cx="250" cy="520" r="36" fill="${p[2]}" opacity=".8"/>`,
  }),
  skyline: (p, rand) => {
    let towers = '';
    let windows = '';
    for (let x = 0; x < W; ) {
      const w = 60 + Math.round(rand() * 80);
      const h = 160 + Math.round(rand() * 300);
      towers += `<rect x="${x}" y="${H - h}" width="${w - 6}" height="${h}"/>`;
      if (rand() > 0.4) windows += `<rect x="${x + 14}" y="${H - h + 30}" width="${w - 34}" height="${r1(h / 3)}" opacity="${r1(0.3 + rand() * 0.5)}"/>`;
      x += w;
    }
    return {
      body: `${BACKGROUND}<circle cx="930" cy="150" r="60" fill="${p[2]}"/><g fill="${p[4]}">${towers}</g><g fill="${p[2]}">${windows}</g>`,
    };
  },
  bars: (p, rand) => {
    let bars = '';
    for (let i = 0; i < 9; i++) {
      const h = 120 + Math.round(rand() * 380);
      bars += `<rect x="${110 + i * 115}" y="${580 - h}" width="80" height="${h}" rx="14"/>`;
    }
    return {
      defs: `<linearGradient id="bar" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p[2]}"/><stop offset="1" stop-color="${p[3]}"/></linearGradient>`,
      body: `${BACKGROUND}<g fill="url(#bar)">${bars}</g><rect x="80" y="580" width="1040" height="8" rx="4" fill="${p[4]}"/>`,
    };
  },
  blobs: (p, rand) => {
    let out = '';
    for (let i = 0; i < 7; i++) {
      out += `<circle cx="${r1(rand() * W)}" cy="${r1(rand() * H)}" r="${r1(120 + rand() * 220)}" fill="url(#g${i % 3})" opacity=".8"/>`;
    }
    return {
      defs: [p[2], p[3], p[4]].map((c, i) => glowGradient(c, `g${i}`)).join(''),
      body: `${BACKGROUND}${out}`,
    };
  },
  books: (p) => {
    const spines = [
      [300, 500, 620, p[2]],
      [330, 430, 560, p[3]],
      [280, 360, 640, p[4]],
      [350, 290, 520, p[2]],
    ] as const;
    return {
      body: `${BACKGROUND}<rect x="150" y="570" width="900" height="24" rx="6" fill="${p[4]}"/>${spines
        .map(([x, y, w, c]) => `<rect x="${x}" y="${y}" width="${w}" height="66" rx="10" fill="${c}"/><rect x="${x + 40}" y="${y + 26}" width="${w - 80}" height="12" rx="6" fill="${p[1]}" opacity=".6"/>`)
        .join('')}<path d="M860 290c0-60 30-90 60-110" stroke="${p[3]}" stroke-width="10" fill="none"/><circle cx="925" cy="178" r="26" fill="${p[2]}"/>`,
    };
  },
  controller: (p) => ({
    body: `${BACKGROUND}<path d="M360 260h480c90 0 140 80 160 200 16 96-50 130-100 80l-80-80H380l-80 80c-50 50-116 16-100-80 20-120 70-200 160-200z" fill="${p[4]}"/>
<g fill="${p[1]}"><rect x="370" y="330" width="110" height="34" rx="8"/><rect x="408" y="292" width="34" height="110" rx="8"/></g>
<g fill="${p[2]}"><circle cx="790" cy="310" r="24"/><circle cx="840" cy="360" r="24"/><circle cx="740" cy="360" r="24"/><circle cx="790" cy="410" r="24"/></g><circle cx="560" cy="420" r="36" fill="${p[3]}"/><circle cx="680" cy="420" r="36" fill="${p[3]}"/>`,
  }),
  forest: (p, rand) => {
    let trees = '';
    for (let layer = 0; layer < 3; layer++) {
      for (let i = 0; i < 14; i++) {
        const x = r1(rand() * W);
        const h = 140 + layer * 60 + rand() * 80;
        const base = 470 + layer * 80;
        trees += `<polygon points="${x},${r1(base - h)} ${r1(x - h / 3)},${base} ${r1(x + h / 3)},${base}" fill="${layer === 2 ? p[4] : p[3]}" opacity="${r1(0.45 + layer * 0.27)}"/>`;
      }
    }
    return { body: `${BACKGROUND}<circle cx="250" cy="170" r="70" fill="${p[2]}" opacity=".85"/>${trees}<rect y="630" width="${W}" height="45" fill="${p[4]}"/>` };
  },
  train: (p, rand) => {
    let cars = '';
    for (let i = 0; i < 5; i++) {
      const x = 120 + i * 200;
      cars += `<rect x="${x}" y="430" width="190" height="90" rx="18" fill="${p[3]}"/><rect x="${x + 18}" y="448" width="154" height="30" rx="6" fill="${p[2]}" opacity=".9"/>`;
    }
    return {
      body: `${BACKGROUND}${stars(rand, 60, 300)}<circle cx="980" cy="130" r="46" fill="${p[2]}"/><polygon points="${ridge(rand, 430, 90, 8)}" fill="${p[4]}" opacity=".7"/>${cars}<rect y="528" width="${W}" height="10" fill="${p[2]}" opacity=".6"/><rect y="538" width="${W}" height="137" fill="${p[4]}"/>`,
    };
  },
  aurora: (p, rand) => ({
    defs: `<linearGradient id="band" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p[2]}" stop-opacity="0"/><stop offset=".6" stop-color="${p[3]}" stop-opacity=".8"/><stop offset="1" stop-color="${p[3]}" stop-opacity="0"/></linearGradient>`,
    body: `${BACKGROUND}${stars(rand, 80, 420)}${[0, 1, 2].map((i) => `<path d="M0 ${200 + i * 50}C300 ${60 + i * 90} 500 ${340 - i * 40} ${W} ${150 + i * 60}v160C800 ${420 - i * 30} 400 ${260 + i * 50} 0 ${380 + i * 40}z" fill="url(#band)" opacity="${r1(0.9 - i * 0.2)}"/>`).join('')}
<polygon points="${ridge(rand, 580, 70, 10)}" fill="${p[4]}"/>`,
  }),
  mindmap: (p, rand) => {
    let branches = '';
    for (let i = 0; i < 7; i++) {
      const angle = (i / 7) * Math.PI * 2 + 0.3;
      const x = r1(600 + Math.cos(angle) * 360);
      const y = r1(337 + Math.sin(angle) * 220);
      branches += `<path d="M600 337Q${r1(600 + Math.cos(angle) * 120)} ${r1(337 + Math.sin(angle) * 160)} ${x} ${y}" stroke="${p[3]}" stroke-width="6" fill="none"/><rect x="${x - 70}" y="${y - 26}" width="140" height="52" rx="26" fill="${i % 2 ? p[2] : p[3]}" opacity="${r1(0.7 + rand() * 0.3)}"/>`;
    }
    return { body: `${BACKGROUND}${branches}<circle cx="600" cy="337" r="78" fill="${p[4]}"/><circle cx="600" cy="337" r="44" fill="${p[2]}"/>` };
  },
  terminal: (p, rand) => {
    let lines = '';
    for (let i = 0; i < 9; i++) {
      const indent = Math.round(rand() * 3) * 40;
      lines += `<rect x="${250 + indent}" y="${230 + i * 40}" width="${r1(120 + rand() * 420)}" height="16" rx="8" fill="${[p[2], p[3], p[1]][i % 3]}" opacity=".85"/>`;
    }
    return {
      body: `${BACKGROUND}<rect x="200" y="120" width="800" height="460" rx="22" fill="${p[4]}"/><rect x="200" y="120" width="800" height="60" rx="22" fill="${p[3]}" opacity=".35"/>
<circle cx="240" cy="150" r="10" fill="#ff5f57"/><circle cx="272" cy="150" r="10" fill="#febc2e"/><circle cx="304" cy="150" r="10" fill="#28c840"/>${lines}`,
    };
  },
  chip: (p) => {
    let pins = '';
    for (let i = 0; i < 8; i++) {
      const o = 400 + i * 56;
      pins += `<rect x="${o}" y="110" width="22" height="60" rx="4"/><rect x="${o}" y="505" width="22" height="60" rx="4"/>`;
      if (i < 5) pins += `<rect x="340" y="${210 + i * 56}" width="60" height="22" rx="4"/><rect x="800" y="${210 + i * 56}" width="60" height="22" rx="4"/>`;
    }
    return {
      body: `${BACKGROUND}<g fill="${p[3]}">${pins}</g><rect x="390" y="160" width="420" height="355" rx="30" fill="${p[4]}"/><rect x="480" y="245" width="240" height="185" rx="16" fill="${p[2]}" opacity=".9"/>`,
    };
  },
  telescope: (p, rand) => ({
    body: `${BACKGROUND}${stars(rand, 110, 460)}<path d="M0 600Q600 420 ${W} 600V${H}H0z" fill="${p[4]}"/>
<g transform="rotate(-28 700 420)"><rect x="560" y="390" width="300" height="64" rx="14" fill="${p[3]}"/><rect x="850" y="380" width="40" height="84" rx="8" fill="${p[2]}"/></g>
<path d="M690 450l-70 120M700 450l0 125M710 450l70 118" stroke="${p[3]}" stroke-width="10" stroke-linecap="round"/>`,
  }),
  fireflies: (p, rand) => {
    let flies = '';
    for (let i = 0; i < 36; i++) {
      flies += `<circle cx="${r1(rand() * W)}" cy="${r1(150 + rand() * 420)}" r="${r1(10 + rand() * 22)}" fill="url(#glow)"/>`;
    }
    let grass = 'M0 675';
    for (let x = 0; x <= W; x += 30) grass += `L${x} ${r1(560 + rand() * 60)}L${x + 15} 675`;
    return { defs: glowGradient(p[2]), body: `${BACKGROUND}${flies}<path d="${grass}z" fill="${p[4]}"/>` };
  },
  globe: (p) => ({
    body: `${BACKGROUND}<circle cx="600" cy="337" r="230" fill="${p[3]}"/><g fill="none" stroke="${p[1]}" stroke-width="4" opacity=".7">
<ellipse cx="600" cy="337" rx="90" ry="230"/><ellipse cx="600" cy="337" rx="170" ry="230"/><line x1="600" y1="107" x2="600" y2="567"/><line x1="370" y1="337" x2="830" y2="337"/><path d="M400 225h400M400 449h400"/></g>
<ellipse cx="600" cy="337" rx="380" ry="90" fill="none" stroke="${p[2]}" stroke-width="8" transform="rotate(-15 600 337)"/><circle cx="950" cy="250" r="16" fill="${p[2]}"/>`,
  }),
  lineChart: (p, rand) => {
    let line = 'M100 520';
    let y = 520;
    for (let x = 180; x <= 1100; x += 80) {
      y = Math.max(140, Math.min(560, y - 60 + rand() * 90));
      line += `L${x} ${r1(y)}`;
    }
    return {
      defs: `<linearGradient id="area" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p[2]}" stop-opacity=".6"/><stop offset="1" stop-color="${p[2]}" stop-opacity="0"/></linearGradient>`,
      body: `${BACKGROUND}<g stroke="${p[3]}" stroke-width="2" opacity=".4">${[160, 280, 400, 520].map((gy) => `<line x1="100" y1="${gy}" x2="1100" y2="${gy}"/>`).join('')}</g>
<path d="${line}V600H100z" fill="url(#area)"/><path d="${line}" fill="none" stroke="${p[2]}" stroke-width="8" stroke-linejoin="round"/>`,
    };
  },
  pixelHero: (p) => {
    const sprite = ['..1111..', '.122221.', '12322321', '12222221', '.124421.', '..1221..', '.12..21.', '.11..11.'];
    let px = '';
    sprite.forEach((row, y) => {
      [...row].forEach((c, x) => {
        if (c !== '.') px += `<rect x="${360 + x * 60}" y="${97 + y * 60}" width="60" height="60" fill="${[p[4], p[2], p[1], p[3]][Number(c) - 1]}"/>`;
      });
    });
    return { body: `${BACKGROUND}${px}` };
  },
  cranes: (p, rand) => {
    let boxes = '';
    for (let i = 0; i < 18; i++) {
      boxes += `<rect x="${120 + (i % 6) * 110}" y="${470 - Math.floor(i / 6) * 50}" width="104" height="46" rx="4" fill="${[p[2], p[3], p[4]][Math.floor(rand() * 3)]}"/>`;
    }
    return {
      body: `${BACKGROUND}<g stroke="${p[4]}" stroke-width="14" fill="none"><path d="M880 520V140M960 520V140M860 150h300M880 150l-120 80"/></g><path d="M1100 150v120" stroke="${p[4]}" stroke-width="4"/><rect x="1070" y="270" width="60" height="30" fill="${p[2]}"/>${boxes}<path d="${wave(525, 8, 160, 0)}" fill="${p[3]}" opacity=".9"/>`,
    };
  },
  comet: (p, rand) => ({
    defs: `<linearGradient id="tail" x1="1" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p[2]}"/><stop offset="1" stop-color="${p[2]}" stop-opacity="0"/></linearGradient>${glowGradient(p[1])}`,
    body: `${BACKGROUND}${stars(rand, 100, H)}<polygon points="820,200 180,560 140,500" fill="url(#tail)" opacity=".9"/><circle cx="820" cy="200" r="90" fill="url(#glow)"/><circle cx="820" cy="200" r="26" fill="#fff"/><circle cx="870" cy="170" r="8" fill="#fff"/><circle cx="892" cy="150" r="5" fill="#fff"/>`,
  }),
  ereader: (p) => {
    let rows = '';
    for (let i = 0; i < 10; i++) rows += `<rect x="490" y="${180 + i * 34}" width="${i % 4 === 3 ? 130 : 220}" height="12" rx="6"/>`;
    return {
      body: `${BACKGROUND}<rect x="430" y="90" width="340" height="500" rx="30" fill="${p[4]}"/><rect x="460" y="140" width="280" height="380" rx="6" fill="${p[1]}"/><g fill="${p[3]}" opacity=".7">${rows}</g><rect x="560" y="540" width="80" height="14" rx="7" fill="${p[3]}"/>`,
    };
  },
  giftBox: (p, rand) => ({
    body: `${BACKGROUND}${stars(rand, 40, H)}<rect x="420" y="300" width="360" height="260" rx="16" fill="${p[3]}"/><rect x="400" y="240" width="400" height="80" rx="14" fill="${p[4]}"/><rect x="570" y="240" width="60" height="320" fill="${p[2]}"/>
<path d="M600 240c-60-90-160-60-120-10 20 20 80 14 120 10zm0 0c60-90 160-60 120-10-20 20-80 14-120 10z" fill="${p[2]}"/>`,
  }),
  bread: (p) => ({
    body: `${BACKGROUND}<ellipse cx="600" cy="560" rx="420" ry="40" fill="${p[4]}" opacity=".25"/><path d="M260 520c-40-200 160-300 340-300s380 100 340 300z" fill="${p[3]}"/>
<g stroke="${p[1]}" stroke-width="12" stroke-linecap="round" opacity=".8"><path d="M420 330l60 110M560 300l50 120M700 310l40 120"/></g>`,
  }),
  ferry: (p, rand) => ({
    body: `${BACKGROUND}<ellipse cx="200" cy="420" rx="180" ry="50" fill="${p[4]}"/><ellipse cx="1040" cy="440" rx="200" ry="60" fill="${p[4]}"/>
<path d="M260 470C480 400 760 560 980 460" stroke="${p[2]}" stroke-width="6" stroke-dasharray="18 14" fill="none"/>${[0, 1, 2, 3].map((i) => `<path d="${wave(490 + i * 45, 10, 180, i * 50 + rand() * 20)}" fill="${p[3]}" opacity="${r1(0.3 + i * 0.15)}"/>`).join('')}
<path d="M540 470h220l-40 50H580z" fill="${p[1]}"/><rect x="590" y="430" width="120" height="40" rx="6" fill="${p[2]}"/>`,
  }),
  octopus: (p) => ({
    body: `${BACKGROUND}<g stroke="${p[3]}" stroke-width="26" stroke-linecap="round" fill="none">${[-3, -2, -1, 0, 1, 2, 3].map((i) => `<path d="M${600 + i * 30} 380q${i * 60} 120 ${i * 90 + 40} 200"/>`).join('')}</g>
<ellipse cx="600" cy="300" rx="170" ry="150" fill="${p[3]}"/><circle cx="545" cy="320" r="22" fill="${p[1]}"/><circle cx="655" cy="320" r="22" fill="${p[1]}"/><circle cx="545" cy="325" r="10" fill="${p[4]}"/><circle cx="655" cy="325" r="10" fill="${p[4]}"/>`,
  }),
};

/** File name (without .svg) -> scene, palette, seed. */
const SVG_IMAGES: Record<string, [keyof typeof scenes, keyof typeof PALETTES, number]> = {
  'mountain-dawn': ['mountains', 'dawn', 11],
  'sea-waves': ['waves', 'ocean', 12],
  'circuit-board': ['circuit', 'slate', 13],
  'ringed-planet': ['planet', 'violet', 14],
  'city-night': ['skyline', 'night', 15],
  'bar-chart': ['bars', 'mint', 16],
  'soft-blobs': ['blobs', 'berry', 17],
  'book-stack': ['books', 'sand', 18],
  'game-controller': ['controller', 'violet', 19],
  'pine-forest': ['forest', 'forest', 20],
  'night-train': ['train', 'night', 21],
  'aurora-sky': ['aurora', 'slate', 22],
  'mind-map': ['mindmap', 'mint', 23],
  'terminal-window': ['terminal', 'slate', 24],
  'memory-chip': ['chip', 'steel', 25],
  'telescope-hill': ['telescope', 'night', 26],
  fireflies: ['fireflies', 'night', 27],
  'globe-grid': ['globe', 'ocean', 28],
  'line-chart': ['lineChart', 'steel', 29],
  'pixel-hero': ['pixelHero', 'berry', 30],
  'harbor-cranes': ['cranes', 'dawn', 31],
  'comet-trail': ['comet', 'violet', 32],
  'e-reader': ['ereader', 'sand', 33],
  'gift-box': ['giftBox', 'berry', 34],
  'bread-loaf': ['bread', 'sand', 35],
  'ferry-route': ['ferry', 'ocean', 36],
  octopus: ['octopus', 'ocean', 37],
  'river-delta': ['mountains', 'forest', 38],
  'storm-front': ['waves', 'slate', 39],
};

function renderSvg(scene: Scene, palette: Palette, seed: number): string {
  const { defs = '', body } = scene(palette, rng(seed));
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}"><defs>${skyGradient(palette)}${defs}</defs>${body}</svg>\n`;
}

// --- PNG: a minimal truecolour encoder (IHDR, one IDAT, IEND) ---

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

type Pixel = (x: number, y: number) => readonly [number, number, number];

function encodePng(width: number, height: number, pixel: Pixel): Buffer {
  // Filter type 1 (Sub) on every row: the smooth gradients below then deflate to a few KB.
  const raw = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 3);
    raw[row] = 1;
    let prev = [0, 0, 0];
    for (let x = 0; x < width; x++) {
      const px = pixel(x, y).map((v) => Math.max(0, Math.min(255, Math.round(v))));
      for (let c = 0; c < 3; c++) raw[row + 1 + x * 3 + c] = ((px[c] ?? 0) - (prev[c] ?? 0)) & 0xff;
      prev = px;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array())]);
}

const mix = (a: number, b: number, t: number) => a + (b - a) * t;
const smooth = (t: number) => t * t * (3 - 2 * t);
const clamp01 = (t: number) => Math.max(0, Math.min(1, t));

const PNG_W = 640;
const PNG_H = 360;

const PNG_IMAGES: Record<string, Pixel> = {
  // Sunrise over a calm sea, with the sun's reflection on the water.
  'harbor-dawn': (x, y) => {
    const horizon = 220;
    const sunD = Math.hypot(x - 420, y - 190);
    if (y < horizon) {
      const t = y / horizon;
      const glow = Math.max(0, 1 - sunD / 260);
      const sun = sunD < 34 ? 1 : 0;
      return [mix(70, 255, t) + glow * 60 + sun * 80, mix(90, 170, t) + glow * 50 + sun * 60, mix(160, 140, t) + sun * 40];
    }
    const t = (y - horizon) / (PNG_H - horizon);
    const streak = Math.max(0, 1 - Math.abs(x - 420) / (30 + t * 90)) * (0.6 + 0.4 * Math.sin(y * 0.9));
    return [mix(200, 30, t) + streak * 90, mix(130, 60, t) + streak * 70, mix(120, 110, t) + streak * 30];
  },
  // A soft nebula: three overlapping coloured glows on deep blue.
  'nebula-field': (x, y) => {
    const g = (cx: number, cy: number, r: number) => Math.max(0, 1 - Math.hypot(x - cx, y - cy) / r) ** 2;
    const a = g(220, 160, 260);
    const b = g(430, 220, 230);
    const c = g(330, 110, 150);
    // Steps of 4 are invisible in a glow and shrink the file by a third.
    const step = (v: number) => Math.round(v / 4) * 4;
    return [step(12 + a * 200 + c * 120), step(10 + b * 90 + c * 150), step(40 + a * 90 + b * 210 + c * 90)];
  },
  // Pixel-art hills and pines at 8x scale; flat colours keep it tiny.
  'pixel-forest': (x, y) => {
    const px = Math.floor(x / 8);
    const py = Math.floor(y / 8);
    const hill = 30 + Math.round(5 * Math.sin(px / 7) + 3 * Math.sin(px / 3));
    const tree = px % 9 < 5 && py > 18 && py < hill && Math.abs((px % 9) - 2) <= (py - 18) / 3;
    if (tree) return [30, 90, 60];
    if (py >= hill) return py > 40 ? [40, 70, 50] : [70, 130, 80];
    return py < 6 ? [110, 170, 230] : py < 14 ? [140, 195, 240] : [180, 220, 245];
  },
  // Desert dunes at dusk: layered sine ridges under a warm sky.
  'dusk-dunes': (x, y) => {
    const ridgeAt = (base: number, amp: number, freq: number, phase: number) => base + amp * Math.sin(x * freq + phase);
    const layers = [ridgeAt(230, 18, 0.012, 1), ridgeAt(270, 22, 0.009, 3), ridgeAt(315, 14, 0.015, 5)];
    const shades: Array<readonly [number, number, number]> = [
      [214, 140, 90],
      [184, 106, 72],
      [140, 74, 58],
    ];
    for (let i = layers.length - 1; i >= 0; i--) {
      const top = layers[i] ?? 0;
      if (y >= top) {
        const s = shades[i] ?? [0, 0, 0];
        const shade = 1 - 0.25 * clamp01((y - top) / 60);
        return [s[0] * shade, s[1] * shade, s[2] * shade];
      }
    }
    const t = smooth(clamp01(y / 240));
    return [mix(60, 250, t), mix(50, 170, t), mix(110, 120, t)];
  },
};

function main(): void {
  mkdirSync(OUT_DIR, { recursive: true });
  for (const [name, [scene, palette, seed]] of Object.entries(SVG_IMAGES)) {
    writeFileSync(join(OUT_DIR, `${name}.svg`), renderSvg(scenes[scene] as Scene, PALETTES[palette], seed));
  }
  for (const [name, pixel] of Object.entries(PNG_IMAGES)) {
    writeFileSync(join(OUT_DIR, `${name}.png`), encodePng(PNG_W, PNG_H, pixel));
  }
}

main();
