import { en } from './en';
import { zhCN, type MessageKey } from './zh-cn';

export type Lang = 'zh-CN' | 'en';
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Each language's messages: the first page's catalogue, then those of lazily loaded screens as they load. */
export const dictionaries: Record<Lang, Record<string, string>> = { 'zh-CN': { ...zhCN }, en: { ...en } };

/**
 * Adds the messages of screens loaded on demand, called by their module as it loads, so that before
 * any of them renders. Keeps their words out of the first page's script, which every visitor downloads.
 */
export function addMessages(tables: Record<Lang, Record<string, string>>): void {
  Object.assign(dictionaries['zh-CN'], tables['zh-CN']);
  Object.assign(dictionaries.en, tables.en);
}

/**
 * `{n, plural, one {# log} other {# logs}}`: the case the language's plural rules pick for n, with `#` the
 * number. A case's text may hold `{name}` placeholders, filled afterwards like the rest of the message.
 */
export const PLURAL =
  /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other) \{[^{}]*(?:\{\w+\}[^{}]*)*\})+)\s*\}/g;
const PLURAL_CASE = /(=\d+|zero|one|two|few|many|other) \{([^{}]*(?:\{\w+\}[^{}]*)*)\}/g;

/** A count may arrive already formatted ("1,234"): the rules need the number. */
const asNumber = (value: string | number) => (typeof value === 'number' ? value : Number(value.replace(/[,\s]/g, '')));

function pluralise(template: string, params: Record<string, string | number>, rules: Intl.PluralRules): string {
  return template.replace(PLURAL, (whole, name: string, body: string) => {
    if (!(name in params)) return whole;
    const value = params[name]!;
    const count = asNumber(value);
    const cases = new Map([...body.matchAll(PLURAL_CASE)].map((m) => [m[1]!, m[2]!]));
    const text =
      cases.get(`=${count}`) ?? cases.get(Number.isNaN(count) ? 'other' : rules.select(count)) ?? cases.get('other');
    return text === undefined ? whole : text.replaceAll('#', String(value));
  });
}

/** Fills `{name}` placeholders; a missing parameter stays visible rather than silently vanishing. */
function format(template: string, rules: Intl.PluralRules, params?: Record<string, string | number>): string {
  if (!params) return template;
  return pluralise(template, params, rules).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The sentences of one language, outside React (the provider below and tests use the same). */
export function translator(lang: Lang): Translate {
  const rules = new Intl.PluralRules(lang);
  // A key whose screen has not loaded its messages yet shows itself rather than breaking the page.
  return (key, params) => format(dictionaries[lang][key] ?? key, rules, params);
}
