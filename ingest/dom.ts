// Small helpers over the htmlparser2 (domhandler) tree that the body normaliser builds and rewires.
import { type ChildNode, Element, type ParentNode, Text } from 'domhandler';

// Whitespace as a reader sees it: includes no-break, ideographic and zero-width spaces used as spacers.
const BLANK = /^[\s\u00a0\u3000\u200b\ufeff]*$/;

export function isElement(node: ChildNode): node is Element {
  return node instanceof Element;
}

export function isTextNode(node: ChildNode): node is Text {
  return node instanceof Text;
}

export function isBlank(text: string): boolean {
  return BLANK.test(text);
}

/** A text node with nothing a reader would see in it. */
export function isBlankText(node: ChildNode): boolean {
  return node instanceof Text && isBlank(node.data);
}

export function isNamed<Name extends string>(node: ChildNode | undefined, name: Name): node is Element & { name: Name } {
  return node instanceof Element && node.name === name;
}

/** Replaces a parent's children, fixing the sibling and parent links the serialiser and domutils rely on. */
export function setChildren(parent: ParentNode, children: ChildNode[]): void {
  parent.children = children;
  let previous: ChildNode | null = null;
  for (const child of children) {
    child.parent = parent;
    child.prev = previous;
    if (previous !== null) previous.next = child;
    previous = child;
  }
  if (previous !== null) previous.next = null;
}

export function createElement(name: string, children: ChildNode[], attribs: Record<string, string> = {}): Element {
  const element = new Element(name, attribs);
  setChildren(element, children);
  return element;
}

/** Concatenated text of a subtree (no separators: for length and emptiness checks). */
export function textOf(nodes: readonly ChildNode[]): string {
  let text = '';
  for (const node of nodes) {
    if (node instanceof Text) text += node.data;
    else if (node instanceof Element) text += textOf(node.children);
  }
  return text;
}

/** The element's children with blank text left out. */
export function contentOf(element: Element): ChildNode[] {
  return element.children.filter((child) => !isBlankText(child));
}

/**
 * Every text in a subtree, joined, without recursion: for subtrees nested too deep to walk (a page with
 * thousands of unclosed tags would otherwise overflow the stack).
 */
export function flatText(nodes: readonly ChildNode[]): string {
  let text = '';
  const stack: ChildNode[] = [...nodes].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node instanceof Text) text += node.data;
    else if (node instanceof Element) stack.push(...[...node.children].reverse());
  }
  return text;
}

export function findDescendant(nodes: readonly ChildNode[], test: (element: Element) => boolean): Element | null {
  for (const node of nodes) {
    if (!(node instanceof Element)) continue;
    if (test(node)) return node;
    const found = findDescendant(node.children, test);
    if (found !== null) return found;
  }
  return null;
}
