import { en } from './en';
import { zhCN, type MessageKey } from './zh-cn';

export type Lang = 'zh-CN' | 'en';
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export const dictionaries: Record<Lang, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

/** Fills `{name}` placeholders; a missing parameter stays visible rather than silently vanishing. */
function format(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The sentences of one language, outside React (the provider below and tests use the same). */
export function translator(lang: Lang): Translate {
  return (key, params) => format(dictionaries[lang][key], params);
}
