// 检查组 in the dashboard's window: groups sent, the inspectors they took (人次), and how many were joint groups.
import { Card, Col, Row, Statistic } from 'antd';
import { useLocale } from '../../locales';

export interface GroupFiguresValues {
  groupsSent: number;
  inspectorsDispatched: number;
  jointGroups: number;
}

export function GroupFigures({ figures }: { figures: GroupFiguresValues | null | undefined }) {
  const { t } = useLocale();
  if (!figures) return null;
  return (
    <Card size="small" title={t('figure.groups.title')} data-testid="group-figures">
      <Row gutter={[16, 12]}>
        <Col xs={8}>
          <Statistic title={t('figure.groups.sent')} value={figures.groupsSent} data-testid="figure-groups-sent" />
        </Col>
        <Col xs={8}>
          <Statistic
            title={t('figure.groups.inspectors')}
            value={figures.inspectorsDispatched}
            data-testid="figure-groups-inspectors"
          />
        </Col>
        <Col xs={8}>
          <Statistic title={t('figure.groups.joint')} value={figures.jointGroups} data-testid="figure-groups-joint" />
        </Col>
      </Row>
    </Card>
  );
}
