// Locale plumbing: zh-CN is bundled; en-US (with antd's English) is its own chunk, loaded when chosen.
import type { Locale as AntdLocale } from 'antd/es/locale';
import antdZhCN from 'antd/es/locale/zh_CN';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import zhCN from './zh-CN';

export type MessageKey = keyof typeof zhCN;
export type Messages = { readonly [K in MessageKey]: string };
export type Locale = 'zh-CN' | 'en-US';
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export const LOCALES: readonly Locale[] = ['zh-CN', 'en-US'];
const STORAGE_KEY = 'wss.locale';

export interface LoadedLocale {
  locale: Locale;
  messages: Messages;
  antd: AntdLocale;
}

export const ZH_CN: LoadedLocale = { locale: 'zh-CN', messages: zhCN, antd: antdZhCN };

export function storedLocale(): Locale {
  const value = localStorage.getItem(STORAGE_KEY);
  return LOCALES.find((l) => l === value) ?? 'zh-CN';
}

export async function loadLocale(locale: Locale): Promise<LoadedLocale> {
  if (locale === 'zh-CN') return ZH_CN;
  const [{ default: messages }, { default: antd }] = await Promise.all([
    import('./en-US'),
    import('antd/es/locale/en_US'),
  ]);
  return { locale, messages, antd };
}

export function translate(messages: Messages, key: MessageKey, vars?: Record<string, string | number>): string {
  const text = messages[key];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

interface LocaleContextValue {
  locale: Locale;
  antd: AntdLocale;
  t: Translate;
  setLocale: (locale: Locale) => Promise<void>;
}

const LocaleContext = createContext<LocaleContextValue | null>(null);

export function LocaleProvider({ initial, children }: { initial: LoadedLocale; children: ReactNode }) {
  const [loaded, setLoaded] = useState(initial);
  const setLocale = useCallback(async (locale: Locale) => {
    const next = await loadLocale(locale);
    localStorage.setItem(STORAGE_KEY, locale);
    document.documentElement.lang = locale;
    setLoaded(next);
  }, []);
  const value = useMemo<LocaleContextValue>(
    () => ({
      locale: loaded.locale,
      antd: loaded.antd,
      t: (key, vars) => translate(loaded.messages, key, vars),
      setLocale,
    }),
    [loaded, setLocale],
  );
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleContextValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useLocale outside LocaleProvider');
  return value;
}

export function useT(): Translate {
  return useLocale().t;
}
