// Every Chinese UI string, in one place; the shape is checked against strings-en.ts.
import { formatCount } from '@/i18n/format-count';
import type { Strings } from '@/i18n/strings-en';

export const zh: Strings = {
  appName: '看报',
  skipToContent: '跳到正文',
  // --- search (the header box; the results page has its own strings in search-strings.ts) ---
  search: '搜索',
  searchPlaceholder: '搜索文章',
  // --- end search ---
  home: '最新',
  allArticles: '全部文章',
  categories: '分类',
  breadcrumb: '位置',
  openCategories: '浏览分类',
  closeCategories: '关闭分类',
  expandGroup: (name: string) => `${name}的子分类`,
  saved: '已保存',
  themeToDark: '深色主题',
  articleCount: (n: number) => `${formatCount(n)} 篇文章`,
  readingTime: (minutes: number) => `阅读约 ${Math.max(1, minutes)} 分钟`,
  byAuthor: (author: string) => `作者：${author}`,
  loadMore: '加载更多',
  loadingMore: '加载中…',
  endOfList: '已经到底了。',
  emptyCategory: '这个分类还没有文章。',
  emptyCollection: '还没有文章。导入一个文章文件夹后即可阅读。',
  loading: '加载中…',
  notFoundTitle: '未找到',
  notFoundArticle: '没有找到这篇文章，它可能已从文库中移除。',
  notFoundCategory: '没有找到这个分类。',
  notFoundPage: '这个地址没有页面。',
  loadErrorTitle: '无法加载',
  loadErrorBody: '页面没能加载出来。请检查网络连接后重试。',
  retry: '重试',
  backHome: '返回最新文章',
  newer: '较新',
  older: '较早',
  articleNeighbours: '同分类的其他文章',
  imageFailed: '图片无法加载。',
  imageFailedLink: '图片无法加载，点此打开原图',
  loadVideo: (host: string) => `加载来自 ${host} 的视频`,
  videoNotice: '加载后会连接到该网站。',
  filterByCategory: '分类',
  allCategories: '全部分类',
  untitled: '无标题',
  saveForLater: '稍后阅读',
  statusRecovered: (dropped: number) =>
    dropped === 0
      ? '已保存列表的数据损坏，已修复，旧数据已另存一份。'
      : `已保存列表的数据损坏：有 ${dropped} 条无法读取，旧数据已另存一份。`,
  statusWriteFailed: '目前无法保存（存储空间已满或被禁用）。在此标签页打开期间列表不会丢失，条件允许时会自动写入。',
  statusNewerVersion: '已保存列表由更新版本的看报写入。可以查看，但在此标签页中的更改不会被存储。',
  // Saved for later, offline and export (issue 4)
  offline: '离线',
  offlineDetail: '已保存的文章仍可打开，其他页面可能无法加载。',
  // Reading comfort and keyboard shortcuts (src/comfort/, src/keyboard/); their dialogs' strings are in strings-reading.ts
  readingSettings: '阅读设置',
  close: '关闭',
  hideRead: '隐藏已读',
  readMark: '已读',
  noUnread: '这里的文章都读过了。',
};
