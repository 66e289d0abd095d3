// The strings of the reading-settings and keyboard-shortcuts dialogs, in their own module so that only those
// lazily loaded dialogs carry them, not the app shell (strings-en.ts and strings-zh.ts hold everything else).
import { uiLang } from '@/i18n/locale';

const en = {
  textSize: 'Text size',
  smallerText: 'Smaller text',
  largerText: 'Larger text',
  lineWidth: 'Line width',
  lineWidthNarrow: 'Narrow',
  lineWidthMedium: 'Medium',
  lineWidthWide: 'Wide',
  typeface: 'Typeface',
  typefaceSans: 'Sans-serif',
  typefaceSerif: 'Serif',
  keyboardShortcuts: 'Keyboard shortcuts',
  shortcutNext: 'Next article in the list',
  shortcutPrevious: 'Previous article in the list',
  shortcutOpen: 'Open the current article',
  shortcutSave: 'Save or unsave the current article',
  shortcutUp: 'Back to the list',
  shortcutHome: 'Go to the newest articles',
  shortcutSaved: 'Go to saved articles',
  shortcutSearch: 'Search',
  shortcutHelp: 'Show these shortcuts',
  shortcutThen: 'then',
  shortcutsNote: 'Shortcuts are off while you type in a field or compose with an input method.',
};

const zh: typeof en = {
  textSize: '字号',
  smallerText: '缩小字号',
  largerText: '放大字号',
  lineWidth: '行宽',
  lineWidthNarrow: '窄',
  lineWidthMedium: '中',
  lineWidthWide: '宽',
  typeface: '字体',
  typefaceSans: '黑体（无衬线）',
  typefaceSerif: '宋体（衬线）',
  keyboardShortcuts: '键盘快捷键',
  shortcutNext: '列表中的下一篇',
  shortcutPrevious: '列表中的上一篇',
  shortcutOpen: '打开当前文章',
  shortcutSave: '保存或取消保存当前文章',
  shortcutUp: '返回列表',
  shortcutHome: '前往最新文章',
  shortcutSaved: '前往已保存',
  shortcutSearch: '搜索',
  shortcutHelp: '显示这些快捷键',
  shortcutThen: '然后',
  shortcutsNote: '在输入框中打字或使用输入法输入时，快捷键不会生效。',
};

export const tr = uiLang === 'zh' ? zh : en;
