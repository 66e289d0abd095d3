// UI strings of the save button and the storage notice, in both languages, until the i18n module takes them in.
import { uiLang } from '@/i18n/locale';

const en = {
  saveForLater: 'Save for later',
  statusRecovered: (dropped: number) =>
    dropped === 0
      ? 'Your saved list was damaged and has been repaired. A copy of the old data was kept.'
      : `Your saved list was damaged: ${dropped === 1 ? '1 entry' : `${dropped} entries`} could not be read. A copy of the old data was kept.`,
  statusWriteFailed: 'Saved articles cannot be stored right now (storage is full or blocked). They are kept while this tab is open and will be stored when possible.',
  statusNewerVersion: 'Your saved list was written by a newer version of Kanbao. It is shown here, but changes made in this tab will not be stored.',
};

const zh: typeof en = {
  saveForLater: '稍后阅读',
  statusRecovered: (dropped: number) =>
    dropped === 0
      ? '已保存列表的数据损坏，已修复，旧数据已另存一份。'
      : `已保存列表的数据损坏：有 ${dropped} 条无法读取，旧数据已另存一份。`,
  statusWriteFailed: '目前无法保存（存储空间已满或被禁用）。在此标签页打开期间列表不会丢失，条件允许时会自动写入。',
  statusNewerVersion: '已保存列表由更新版本的看报写入。可以查看，但在此标签页中的更改不会被存储。',
};

export const savedStrings = { en, zh };

/** The strings for the language the UI speaks. */
export const savedText = savedStrings[uiLang];
