// 企业主体责任落实: the enterprises' own part in the figures — their self-checks (自查率), the hazards they found
// themselves, who reported the rectifications (the enterprise or a regulator for it, 代报), and the major hazards
// awaiting the county office's sign-off. Beside the county's figures on the dashboard and a campaign's page.
import { Card, Col, Progress, Row, Statistic, Typography } from 'antd';
import { formatPercent } from '../../format';
import { useLocale } from '../../locales';

export interface EnterpriseDutyFigures {
  selfChecksDue: number;
  selfChecksDone: number;
  selfCheckRate: number | null;
  hazardsFound: number;
  hazardsSelfFound: number;
  rectificationsByEnterprise: number;
  rectificationsOnBehalf: number;
  majorHazardsAwaitingSignOff: number;
}

export function EnterpriseDuty({
  figures,
  onSignOff,
}: {
  figures: EnterpriseDutyFigures | undefined;
  onSignOff?: () => void;
}) {
  const { t, locale } = useLocale();
  if (!figures) return null;
  const reported = figures.rectificationsByEnterprise + figures.rectificationsOnBehalf;
  return (
    <Card size="small" title={t('figure.duty.title')} data-testid="enterprise-duty">
      <Row gutter={[16, 12]}>
        <Col xs={12} md={6}>
          <Statistic
            title={t('figure.selfCheckRate')}
            value={figures.selfCheckRate === null ? '—' : formatPercent(figures.selfCheckRate, locale)}
            data-testid="figure-self-check-rate"
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('figure.selfChecks', { done: figures.selfChecksDone, due: figures.selfChecksDue })}
          </Typography.Text>
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('figure.hazardsSelfFound')} value={figures.hazardsSelfFound} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('figure.hazardsByInspectors', { n: figures.hazardsFound - figures.hazardsSelfFound })}
          </Typography.Text>
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={t('figure.rectificationsByEnterprise')}
            value={figures.rectificationsByEnterprise}
            suffix={`/ ${reported}`}
          />
          <Progress
            percent={reported === 0 ? 0 : Math.round((figures.rectificationsByEnterprise / reported) * 100)}
            size="small"
            showInfo={false}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('figure.rectificationsOnBehalf', { n: figures.rectificationsOnBehalf })}
          </Typography.Text>
        </Col>
        <Col xs={12} md={6}>
          <Card
            size="small"
            hoverable={Boolean(onSignOff)}
            onClick={onSignOff}
            data-testid="figure-awaiting-sign-off"
            styles={{ body: { padding: 8 } }}
          >
            <Statistic
              title={t('figure.majorHazardsAwaitingSignOff')}
              value={figures.majorHazardsAwaitingSignOff}
              styles={{ content: { color: figures.majorHazardsAwaitingSignOff > 0 ? '#cf1322' : undefined } }}
            />
          </Card>
        </Col>
      </Row>
    </Card>
  );
}
