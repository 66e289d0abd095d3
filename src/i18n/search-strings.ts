// The search results page's strings, in English and Chinese; apart from strings-*.ts so only /search loads them.
import { formatCount } from '@/i18n/format-count';
import { uiLang } from '@/i18n/locale';

const en = {
  searchResultsFor: (query: string) => `Results for “${query}”`,
  searchPrompt: 'Type a word or a few characters to search titles, categories and articles.',
  searchNoResults: (query: string) => `No articles match “${query}”.`,
  searchNoResultsInCategory: 'No results in this category.',
  searchResultCount: (n: number) => (n === 1 ? '1 result' : `${formatCount(n)} results`),
  searchShowMore: 'Show more results',
  searchResults: 'Search results',
};

const zh: typeof en = {
  searchResultsFor: (query: string) => `“${query}”的搜索结果`,
  searchPrompt: '输入一个词或几个字，搜索标题、分类和正文。',
  searchNoResults: (query: string) => `没有与“${query}”匹配的文章。`,
  searchNoResultsInCategory: '这个分类里没有结果。',
  searchResultCount: (n: number) => `${formatCount(n)} 条结果`,
  searchShowMore: '显示更多结果',
  searchResults: '搜索结果',
};

export const searchStrings = uiLang === 'zh' ? zh : en;
