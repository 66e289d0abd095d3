// Turns a post's raw body (feed HTML or markdown) into clean, small HTML plus its text and images.
import { type ChildNode, Document, Element, Text } from 'domhandler';
import { render } from 'dom-serializer';
import { parseDocument } from 'htmlparser2';
import { digestBody } from './body-text';
import { cleanBody, PARSE_OPTIONS } from './clean-tree';
import { createElement, isBlankText, setChildren } from './dom';
import { isMarkdownBody, renderMarkdown } from './markdown-body';

export interface NormalisedBody {
  /** Normalised HTML: not sanitised (the browser does that), but with the junk gone. */
  html: string;
  /** Plain text, blocks separated by '\n', whitespace collapsed (excerpt, reading time, language). */
  text: string;
  /** Final src of every <img>, in document order. */
  images: string[];
  /** Images removed as page furniture (an author's avatar): never an article's lead image. */
  furnitureImages: string[];
}

const BLANK_LINE = /\n[ \t\r]*\n/;

// Escapes & < > (and no-break spaces) in text and " in attributes; every other character stays UTF-8.
const SERIALISE = { decodeEntities: true, encodeEntities: 'utf8' } as const;

export function normaliseBody(raw: string): NormalisedBody {
  let source = raw;
  let document = parseDocument(source, PARSE_OPTIONS);
  if (isMarkdownBody(document.children)) {
    source = renderMarkdown(raw);
    document = parseDocument(source, PARSE_OPTIONS);
  }
  const content = withoutWrapper(document);
  const { nodes, furnitureImages } = cleanBody(isPlainText(content) ? textParagraphs(content) : content, source);
  const root = new Document([]);
  setChildren(root, nodes);
  return { html: render(root, SERIALISE), ...digestBody(nodes), furnitureImages };
}

/**
 * A body of bare text (a mirrored plain-text feed item) keeps its line breaks, which HTML would
 * collapse: blank lines part paragraphs, single newlines become <br>.
 */
function textParagraphs(content: Text[]): ChildNode[] {
  const text = content.map((node) => node.data).join('');
  return text.split(BLANK_LINE).map((paragraph) => {
    const lines = paragraph.trim().split('\n');
    return createElement('p', lines.flatMap((line, index) => (index === 0 ? [new Text(line)] : [createElement('br', []), new Text(line)])));
  });
}

function isPlainText(nodes: ChildNode[]): nodes is Text[] {
  return nodes.every((node) => node instanceof Text);
}

/** The mirrored posts wrap every body in one <div>; its children are the content. */
function withoutWrapper(document: Document): ChildNode[] {
  const content = document.children.filter((node) => node instanceof Element || (node instanceof Text && !isBlankText(node)));
  const only = content[0];
  return content.length === 1 && only instanceof Element && only.name === 'div' ? only.children : document.children;
}
