// Reads a normalised body the way a reader would: its text line by line, and its pictures.
import { type ChildNode, Element, Text } from 'domhandler';
import { BLOCK_ELEMENTS } from './html-rules';

export interface BodyDigest {
  /** Text with blocks and line breaks as '\n', whitespace runs as one space, no empty lines. */
  text: string;
  /** Every image's src in document order. */
  images: string[];
}

const SPACES = /[\s\u200b\ufeff]+/g;

export function digestBody(nodes: readonly ChildNode[]): BodyDigest {
  const reader = new BodyReader();
  reader.read(nodes, false);
  reader.endLine();
  return { text: reader.lines.join('\n'), images: reader.images };
}

// A class rather than closures: this runs for every post, and closures cost an allocation per call.
class BodyReader {
  readonly lines: string[] = [];
  readonly images: string[] = [];
  private line = '';

  read(nodes: readonly ChildNode[], inPre: boolean): void {
    for (const node of nodes) {
      if (node instanceof Text) this.readText(node.data, inPre);
      else if (node instanceof Element) this.readElement(node, inPre);
    }
  }

  endLine(): void {
    const collapsed = this.line.replace(SPACES, ' ').trim();
    if (collapsed !== '') this.lines.push(collapsed);
    this.line = '';
  }

  private readText(text: string, inPre: boolean): void {
    if (!inPre) {
      this.line += text;
      return;
    }
    // Code keeps its lines: they are what a reader scans.
    const [first = '', ...rest] = text.split('\n');
    this.line += first;
    for (const part of rest) {
      this.endLine();
      this.line += part;
    }
  }

  private readElement(element: Element, inPre: boolean): void {
    if (element.name === 'img') {
      this.images.push(element.attribs.src ?? '');
    } else if (element.name === 'br') {
      this.endLine();
    } else {
      const block = BLOCK_ELEMENTS.has(element.name);
      if (block) this.endLine();
      this.read(element.children, inPre || element.name === 'pre');
      if (block) this.endLine();
    }
  }
}
