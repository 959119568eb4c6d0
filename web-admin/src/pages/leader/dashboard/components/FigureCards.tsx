// The county's figures at a glance (DOMAIN.md's table); each opens the list behind it.
import {
  AlertOutlined,
  CheckCircleOutlined,
  ExclamationCircleOutlined,
  FileSearchOutlined,
  PercentageOutlined,
  ShopOutlined,
  TeamOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Card, Col, Row, Statistic } from 'antd';
import type { ReactNode } from 'react';
import { formatPercent } from '../../../../format';
import type { LeaderDashboardQuery } from '../../../../gql/graphql';
import { useLocale, type MessageKey } from '../../../../locales';

export type FigureName =
  | 'inspections'
  | 'inspectorsDispatched'
  | 'enterprisesInspected'
  | 'hazardsFound'
  | 'hazardsClosed'
  | 'rectificationRate'
  | 'majorHazardsOpen'
  | 'overdueHazards';

type Figures = LeaderDashboardQuery['dashboard'];

const FIGURES: readonly { name: FigureName; label: MessageKey; icon: ReactNode; color: string }[] = [
  { name: 'inspections', label: 'figure.inspections', icon: <FileSearchOutlined />, color: '#1e5bb8' },
  { name: 'inspectorsDispatched', label: 'figure.inspectorsDispatched', icon: <TeamOutlined />, color: '#1e5bb8' },
  { name: 'enterprisesInspected', label: 'figure.enterprisesInspected', icon: <ShopOutlined />, color: '#1e5bb8' },
  { name: 'hazardsFound', label: 'figure.hazardsFound', icon: <WarningOutlined />, color: '#d46b08' },
  { name: 'hazardsClosed', label: 'figure.hazardsClosed', icon: <CheckCircleOutlined />, color: '#389e0d' },
  { name: 'rectificationRate', label: 'figure.rectificationRate', icon: <PercentageOutlined />, color: '#389e0d' },
  { name: 'majorHazardsOpen', label: 'figure.majorHazardsOpen', icon: <AlertOutlined />, color: '#cf1322' },
  { name: 'overdueHazards', label: 'figure.overdueHazards', icon: <ExclamationCircleOutlined />, color: '#cf1322' },
];

export function FigureCards({
  figures,
  loading,
  onOpen,
}: {
  figures: Figures | undefined;
  loading: boolean;
  onOpen: (name: FigureName) => void;
}) {
  const { t, locale } = useLocale();
  return (
    <Row gutter={[12, 12]}>
      {FIGURES.map((f) => {
        const raw = figures?.[f.name];
        const value = raw === undefined ? '—' : f.name === 'rectificationRate' ? formatPercent(raw, locale) : raw;
        return (
          <Col key={f.name} xs={12} md={6}>
            <Card
              size="small"
              className="figure-card"
              hoverable
              role="button"
              tabIndex={0}
              aria-label={`${t(f.label)} ${value}`}
              onClick={() => onOpen(f.name)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') onOpen(f.name);
              }}
              data-testid={`dashboard-figure-${f.name}`}
            >
              <Statistic
                title={t(f.label)}
                value={value}
                loading={loading && !figures}
                prefix={f.icon}
                styles={{ content: { color: f.color, fontWeight: 600 } }}
              />
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
