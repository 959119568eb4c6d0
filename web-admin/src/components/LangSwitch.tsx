import { Segmented } from 'antd';
import { useLocale, type Locale } from '../locales';

const LABELS: Record<Locale, string> = { 'zh-CN': '中文', 'en-US': 'EN' };

/** Language names stay in their own language, so they are not translated. */
export function LangSwitch() {
  const { locale, setLocale, t } = useLocale();
  return (
    <Segmented<Locale>
      data-testid="lang-switch"
      aria-label={t('header.language')}
      size="small"
      value={locale}
      options={(['zh-CN', 'en-US'] as const).map((value) => ({
        value,
        label: <span data-testid={`lang-${value}`}>{LABELS[value]}</span>,
      }))}
      onChange={(value) => {
        void setLocale(value);
      }}
    />
  );
}
