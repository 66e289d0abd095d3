// A place in an article as "block N, this far through it", so it survives a change of text size or width.

export interface Anchor {
  /** Index of the body's top-level block (paragraph, figure, heading...). */
  p: number;
  /** How far through that block, from 0 to 1. */
  f: number;
}

export interface BlockBox {
  top: number;
  height: number;
}

/** The anchor of the block under `line` (all in the same coordinates); null above the first block. */
export function anchorAt(blocks: readonly BlockBox[], line: number): Anchor | null {
  const first = blocks[0];
  if (!first || line < first.top) return null;
  const index = blocks.findIndex((b) => b.top + b.height > line);
  const p = index === -1 ? blocks.length - 1 : index;
  const block = blocks[p] as BlockBox;
  const f = block.height > 0 ? Math.min(1, Math.max(0, (line - block.top) / block.height)) : 0;
  return { p, f: Math.round(f * 1000) / 1000 };
}

/** Where an anchor is now; a block past the end (the article changed) means the last block's end. */
export function offsetOf(blocks: readonly BlockBox[], anchor: Anchor): number | null {
  const block = blocks[Math.min(anchor.p, blocks.length - 1)];
  if (!block) return null;
  const f = anchor.p >= blocks.length ? 1 : anchor.f;
  return block.top + f * block.height;
}

/** Feed bodies often wrap everything in one element: the blocks are inside it. */
export function readingBlocks(body: Element): Element[] {
  let blocks = [...body.children];
  while (blocks.length === 1 && (blocks[0] as Element).children.length > 1) blocks = [...(blocks[0] as Element).children];
  return blocks;
}
