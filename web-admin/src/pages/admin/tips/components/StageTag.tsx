// A tip's stage as a coloured tag, and the stages in the order the filter offers them.
import { Tag } from 'antd';
import type { TipStage } from '../../../../gql/graphql';
import { useLocale } from '../../../../locales';

export const STAGES: TipStage[] = [
  'RECEIVED',
  'ACCEPTED',
  'CONFIRMED',
  'REWARD_APPROVED',
  'PAID',
  'NOT_ACCEPTED',
  'UNFOUNDED',
  'REWARD_REFUSED',
];
const STAGE_COLOURS: Record<TipStage, string> = {
  RECEIVED: 'orange',
  ACCEPTED: 'blue',
  CONFIRMED: 'gold',
  REWARD_APPROVED: 'cyan',
  PAID: 'green',
  NOT_ACCEPTED: 'default',
  UNFOUNDED: 'default',
  REWARD_REFUSED: 'default',
};

export function StageTag({ stage }: { stage: TipStage }) {
  const { t } = useLocale();
  return (
    <Tag color={STAGE_COLOURS[stage]} data-testid="tip-stage-tag">
      {t(`tips.stage.${stage}`)}
    </Tag>
  );
}
