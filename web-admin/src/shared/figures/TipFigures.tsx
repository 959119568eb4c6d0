// 有奖举报 in the dashboard's window: tips received, accepted, confirmed, and the rewards approved with their sum.
import { Card, Col, Row, Statistic } from 'antd';
import { formatYuan } from '../../format';
import { useLocale } from '../../locales';

export interface TipFiguresValues {
  received: number;
  accepted: number;
  confirmed: number;
  rewarded: number;
  rewardAmount: number;
}

export function TipFigures({ figures }: { figures: TipFiguresValues | null | undefined }) {
  const { t, locale } = useLocale();
  if (!figures) return null;
  return (
    <Card size="small" title={t('figure.tips.title')} data-testid="tip-figures">
      <Row gutter={[16, 12]}>
        <Col xs={12} md={6}>
          <Statistic title={t('figure.tips.received')} value={figures.received} data-testid="figure-tips-received" />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('figure.tips.accepted')} value={figures.accepted} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('figure.tips.confirmed')} value={figures.confirmed} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={t('figure.tips.rewarded', { n: figures.rewarded })}
            value={formatYuan(figures.rewardAmount, locale)}
          />
        </Col>
      </Row>
    </Card>
  );
}
