// The hazard funnel of a campaign: found → rectifying → awaiting verification → closed, each stage a link to its list.
import { Col, Row, Statistic } from 'antd';
import { useNavigate } from 'react-router-dom';
import { EChart, type ChartOption } from '../../../../components/EChart';
import type { HazardStatus } from '../../../../gql/graphql';
import { useT } from '../../../../locales';
import { ledgerSearch } from '../../../../shared/hazards/filters';

interface Stage {
  key: 'found' | 'open' | 'pending' | 'closed';
  value: number;
  status: HazardStatus[];
}

const COLORS = ['#5470c6', '#fa8c16', '#1677ff', '#52c41a'];

export function HazardFunnel({
  campaignId,
  found,
  open,
  pending,
  closed,
}: {
  campaignId: string;
  found: number;
  open: number;
  pending: number;
  closed: number;
}) {
  const t = useT();
  const navigate = useNavigate();
  const stages: Stage[] = [
    { key: 'found', value: found, status: [] },
    { key: 'open', value: open, status: ['OPEN'] },
    { key: 'pending', value: pending, status: ['PENDING_VERIFICATION'] },
    { key: 'closed', value: closed, status: ['CLOSED'] },
  ];
  const go = (stage: Stage) => void navigate(`/admin/hazards?${ledgerSearch({ campaignId, status: stage.status })}`);
  const option: ChartOption = {
    color: COLORS,
    tooltip: { trigger: 'item', formatter: '{b}: {c}' },
    series: [
      {
        type: 'funnel',
        sort: 'none',
        left: '5%',
        width: '90%',
        minSize: '20%',
        gap: 2,
        label: { show: true, position: 'inside', formatter: '{b}  {c}' },
        data: stages.map((s) => ({ name: t(`campaign.funnel.${s.key}`), value: s.value })),
      },
    ],
  };
  return (
    <>
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        {stages.map((stage, i) => (
          <Col key={stage.key} xs={12} md={6}>
            <div
              className="number-link"
              role="link"
              tabIndex={0}
              onClick={() => go(stage)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') go(stage);
              }}
              data-testid={`funnel-${stage.key}`}
            >
              <Statistic
                title={t(`campaign.funnel.${stage.key}`)}
                value={stage.value}
                styles={{ content: { color: COLORS[i] } }}
              />
            </div>
          </Col>
        ))}
      </Row>
      <EChart
        option={option}
        height={220}
        label={t('campaign.funnel.title')}
        testId="chart-funnel"
        onClick={(event) => {
          const stage = stages[event.dataIndex];
          if (stage) go(stage);
        }}
      />
    </>
  );
}
