// Every English UI string, in one place; strings-zh.ts mirrors this shape.
import { formatCount } from '@/i18n/format-count';

export const en = {
  appName: 'Kanbao',
  skipToContent: 'Skip to content',
  // --- search (the header box; the results page has its own strings in search-strings.ts) ---
  search: 'Search',
  searchPlaceholder: 'Search articles',
  // --- end search ---
  home: 'Newest',
  allArticles: 'All articles',
  categories: 'Categories',
  breadcrumb: 'Breadcrumb',
  openCategories: 'Browse categories',
  closeCategories: 'Close categories',
  expandGroup: (name: string) => `${name}: subcategories`,
  saved: 'Saved',
  themeToDark: 'Dark theme',
  articleCount: (n: number) => (n === 1 ? '1 article' : `${formatCount(n)} articles`),
  readingTime: (minutes: number) => (minutes <= 1 ? '1 min read' : `${minutes} min read`),
  byAuthor: (author: string) => `by ${author}`,
  loadMore: 'Load more',
  loadingMore: 'Loading…',
  endOfList: 'You have reached the end.',
  emptyCategory: 'No articles in this category yet.',
  emptyCollection: 'There are no articles yet. Ingest a posts folder to fill the reader.',
  loading: 'Loading…',
  notFoundTitle: 'Not found',
  notFoundArticle: 'This article was not found. It may have been removed from the collection.',
  notFoundCategory: 'This category was not found.',
  notFoundPage: 'There is no page at this address.',
  loadErrorTitle: 'Could not load',
  loadErrorBody: 'The reader could not load this page. Check your connection and try again.',
  retry: 'Retry',
  backHome: 'Back to the newest articles',
  newer: 'Newer',
  older: 'Older',
  articleNeighbours: 'More in this category',
  imageFailed: 'Image could not be loaded.',
  imageFailedLink: 'Image could not be loaded. Open the original image',
  loadVideo: (host: string) => `Load video from ${host}`,
  videoNotice: 'Loading it connects to that site.',
  filterByCategory: 'Category',
  allCategories: 'All categories',
  untitled: 'Untitled',
  saveForLater: 'Save for later',
  statusRecovered: (dropped: number) =>
    dropped === 0
      ? 'Your saved list was damaged and has been repaired. A copy of the old data was kept.'
      : `Your saved list was damaged: ${dropped === 1 ? '1 entry' : `${dropped} entries`} could not be read. A copy of the old data was kept.`,
  statusWriteFailed:
    'Saved articles cannot be stored right now (storage is full or blocked). They are kept while this tab is open and will be stored when possible.',
  statusNewerVersion:
    'Your saved list was written by a newer version of Kanbao. It is shown here, but changes made in this tab will not be stored.',
  // Saved for later, offline and export (issue 4)
  offline: 'Offline',
  offlineDetail: 'Saved articles still open; other pages may not.',
  // Reading comfort and keyboard shortcuts (src/comfort/, src/keyboard/); their dialogs' strings are in strings-reading.ts
  readingSettings: 'Reading settings',
  close: 'Close',
  hideRead: 'Hide read',
  readMark: 'Read',
  noUnread: 'You have read everything here.',
};

export type Strings = typeof en;
