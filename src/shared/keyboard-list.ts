// How the keyboard shortcuts find a list in the page and ask a windowed list to bring a row into view.

/** Marks a list (`ul`) whose rows j/k move through; its `li` rows carry `data-index` when windowed. */
export const KEYBOARD_LIST_ATTRIBUTE = 'data-keyboard-list';

/** A CustomEvent<number> sent to a windowed list: scroll the row with this index into the window. */
export const SCROLL_TO_INDEX_EVENT = 'kanbao:scroll-to-index';
