// The saved page's own strings, in both languages: only /saved loads them, not the app shell.
import { uiLang } from '@/i18n/locale';

const en = {
  savedEmpty: 'Nothing saved yet. Use “Save for later” on any article to keep it here.',
  savedFilterEmpty: 'No saved articles in this category.',
  remove: 'Remove',
  removed: (title: string) => `Removed “${title}”.`,
  undo: 'Undo',
  exportSaved: 'Export JSON',
  importSaved: 'Import…',
  importFailed: 'This file is not a saved-articles export.',
  imported: (added: number, skipped: number) => `Imported ${added}, skipped ${skipped}.`,
  exportMarkdown: 'Export Markdown',
  goneFromCollection: 'No longer in the collection',
};

const zh: typeof en = {
  savedEmpty: '还没有保存的文章。在任意文章上点“稍后阅读”即可保存到这里。',
  savedFilterEmpty: '这个分类下没有保存的文章。',
  remove: '移除',
  removed: (title: string) => `已移除“${title}”。`,
  undo: '撤销',
  exportSaved: '导出 JSON',
  importSaved: '导入…',
  importFailed: '这个文件不是导出的已保存列表。',
  imported: (added: number, skipped: number) => `已导入 ${added} 篇，跳过 ${skipped} 篇。`,
  exportMarkdown: '导出 Markdown',
  goneFromCollection: '已不在文库中',
};

export const savedPageText = uiLang === 'zh' ? zh : en;
