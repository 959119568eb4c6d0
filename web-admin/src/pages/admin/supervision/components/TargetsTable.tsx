// 被督导单位: each unit of a round with its site checks (done of drawn), what they found (found, awaiting the next-day
// verification, closed) and its ledger check, which the group records or reads from here.
import { FileSearchOutlined, ProfileOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { rowHook } from '../../../../components/testing';
import type { SupervisionTargetFieldsFragment as Target } from '../../../../gql/graphql';
import { useT } from '../../../../locales';
import { LedgerStatusTag } from './LedgerStatusTag';

export function TargetsTable({
  targets,
  onLedger,
}: {
  targets: readonly Target[];
  onLedger: (target: Target) => void;
}) {
  const t = useT();
  const columns: ColumnsType<Target> = [
    {
      title: t('supervision.field.units'),
      key: 'unit',
      render: (_, row) => (
        <Space size={4} wrap>
          <Typography.Text strong>{row.unit.name}</Typography.Text>
          {row.unit.kind === 'TOWNSHIP' || row.unit.kind === 'REGULATOR' ? (
            <Tag color={row.unit.kind === 'TOWNSHIP' ? 'geekblue' : 'cyan'}>
              {t(`supervision.round.unitKind.${row.unit.kind}`)}
            </Tag>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('supervision.col.siteChecks'),
      key: 'siteChecks',
      width: 190,
      render: (_, row) => <span data-testid="target-site-checks">{`${row.siteChecksDone} / ${row.siteChecks}`}</span>,
    },
    {
      title: t('supervision.col.hazards'),
      key: 'hazards',
      width: 250,
      render: (_, row) => (
        <span data-testid="target-hazards">
          {row.hazardsFound} / <Typography.Text type="warning">{row.hazardsAwaitingVerification}</Typography.Text> /{' '}
          <Typography.Text type="success">{row.hazardsClosed}</Typography.Text>
        </span>
      ),
    },
    {
      title: t('supervision.col.ledger'),
      key: 'ledger',
      width: 120,
      render: (_, row) => <LedgerStatusTag check={row.ledgerCheck} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 140,
      render: (_, row) =>
        row.ledgerCheck ? (
          <Button icon={<ProfileOutlined />} onClick={() => onLedger(row)} data-testid="ledger-view">
            {t('supervision.ledger.view')}
          </Button>
        ) : (
          <Button type="primary" icon={<FileSearchOutlined />} onClick={() => onLedger(row)} data-testid="ledger-open">
            {t('supervision.ledger.action')}
          </Button>
        ),
    },
  ];
  return (
    <Card size="small" title={t('supervision.round.targets')} data-testid="supervision-targets">
      <Table<Target>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={targets}
        pagination={false}
        onRow={() => rowHook('target-row')}
        scroll={{ x: 900 }}
      />
    </Card>
  );
}
