// The words and colors of 应急响应 every portal shares: a response's name (防汛Ⅳ级应急响应), its level and status tags,
// a warning's level tag (蓝色 … 红色预警), a duration in minutes or hours, and where a response opens in each portal.
import { Tag } from 'antd';
import type { DutyTier, ResponseKind, ResponseLevel, ResponseStatus, WarningLevel } from '../../gql/graphql';
import { useT, type Translate } from '../../locales';

/** Lowest first, as the office raises them: Ⅳ级 … Ⅰ级. */
export const RESPONSE_LEVELS: readonly ResponseLevel[] = ['LEVEL_IV', 'LEVEL_III', 'LEVEL_II', 'LEVEL_I'];
export const RESPONSE_KINDS: readonly ResponseKind[] = ['FLOOD', 'TYPHOON', 'GEOLOGICAL', 'FOREST_FIRE', 'OTHER'];
export const DUTY_TIERS: readonly DutyTier[] = ['COUNTY', 'TOWNSHIP', 'VILLAGE'];
/** Lowest first: 蓝色 … 红色预警. */
export const WARNING_LEVELS: readonly WarningLevel[] = ['BLUE', 'YELLOW', 'ORANGE', 'RED'];

/** The colors of the warning levels: Ⅳ blue, Ⅲ yellow, Ⅱ orange, Ⅰ red. */
const LEVEL_COLORS: Record<ResponseLevel, string> = {
  LEVEL_IV: 'blue',
  LEVEL_III: 'gold',
  LEVEL_II: 'orange',
  LEVEL_I: 'red',
};

/** 防汛Ⅳ级应急响应. */
export function responseName(t: Translate, response: { kind: ResponseKind; level: ResponseLevel }): string {
  return t('response.name', {
    kind: t(`enum.responseKind.${response.kind}`),
    level: t(`enum.responseLevel.${response.level}`),
  });
}

/** 90 分钟, 2 小时, 12 小时. */
export function minutesText(t: Translate, minutes: number): string {
  return minutes % 60 === 0 ? t('response.hours', { n: minutes / 60 }) : t('response.minutes', { n: minutes });
}

export function ResponseLevelTag({ level }: { level: ResponseLevel }) {
  const t = useT();
  return (
    <Tag color={LEVEL_COLORS[level]} data-testid="response-level">
      {t(`enum.responseLevel.${level}`)}
    </Tag>
  );
}

const WARNING_COLORS: Record<WarningLevel, string> = { BLUE: 'blue', YELLOW: 'gold', ORANGE: 'orange', RED: 'red' };

export function WarningLevelTag({ level }: { level: WarningLevel }) {
  const t = useT();
  return (
    <Tag color={WARNING_COLORS[level]} data-testid="warning-level">
      {t(`enum.warningLevel.${level}`)}
    </Tag>
  );
}

export function ResponseStatusTag({ status }: { status: ResponseStatus }) {
  const t = useT();
  return (
    <Tag color={status === 'ACTIVE' ? 'red' : 'default'} data-testid="response-status">
      {t(`enum.responseStatus.${status}`)}
    </Tag>
  );
}

export type ResponsePortal = 'admin' | 'leader' | 'regulator';

export const responsesPath = (portal: ResponsePortal) => `/${portal}/responses`;

export const responsePath = (portal: ResponsePortal, id: string) =>
  `${responsesPath(portal)}/${encodeURIComponent(id)}`;
