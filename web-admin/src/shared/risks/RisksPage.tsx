// 风险上报: a unit's own risks (report, 开始处置, 办结 with evidence), or every unit's for the county office.
import { App, Button, Descriptions, Drawer, Select, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { mayWorkFor } from '../../access';
import { ListTable, useConnectionList } from '../../components/ListTable';
import { Page } from '../../components/Page';
import { RefreshButton } from '../../components/RefreshButton';
import { TwoLines } from '../../components/cells';
import { formatDateTime } from '../../format';
import type { RiskFieldsFragment, RiskLevel, RiskStatus } from '../../gql/graphql';
import { useLocale } from '../../locales';
import { useUser } from '../../session';
import { HandleRiskDialog, ReportRiskDialog, RISK_LEVELS } from './RiskDialogs';
import { RiskListQuery } from './queries';

type Row = RiskFieldsFragment;
const STATUSES: readonly RiskStatus[] = ['REPORTED', 'HANDLING', 'CLOSED'];
const LEVEL_COLORS: Record<RiskLevel, string> = { MAJOR: 'red', SIGNIFICANT: 'orange', GENERAL: 'gold', LOW: 'blue' };
const UNIT_ROLES = ['REGULATOR_HEAD', 'REGULATOR_STAFF', 'TOWNSHIP_HEAD', 'TOWNSHIP_STAFF'];

export function RisksPage() {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const user = useUser();
  const [statuses, setStatuses] = useState<RiskStatus[]>([]);
  const [levels, setLevels] = useState<RiskLevel[]>([]);
  const list = useConnectionList(
    RiskListQuery,
    { filter: { statuses: statuses.length ? statuses : null, levels: levels.length ? levels : null } },
    (d) => d.risks,
  );
  const [reporting, setReporting] = useState(false);
  const [handling, setHandling] = useState<{ risk: Row; action: 'START' | 'CLOSE' } | null>(null);
  const [detail, setDetail] = useState<Row | null>(null);
  const canReport = UNIT_ROLES.includes(user.role);

  const columns: ColumnsType<Row> = [
    {
      title: t('risks.field.place'),
      key: 'place',
      render: (_, row) => (
        <TwoLines
          main={<Typography.Text strong>{row.place}</Typography.Text>}
          detail={`${t(`risks.kind.${row.kind}`)} · ${row.unit.name} · ${row.description}`}
        />
      ),
    },
    {
      title: t('risks.field.level'),
      key: 'level',
      width: 110,
      render: (_, row) => <Tag color={LEVEL_COLORS[row.level]}>{t(`risks.level.${row.level}`)}</Tag>,
    },
    {
      title: t('risks.field.status'),
      key: 'status',
      width: 140,
      render: (_, row) => (
        <Space size={4} wrap>
          <Tag color={row.status === 'CLOSED' ? 'green' : 'processing'}>{t(`risks.status.${row.status}`)}</Tag>
          {row.late ? <Tag color="red">{t('risks.late')}</Tag> : null}
        </Space>
      ),
    },
    {
      title: t('risks.field.handleBy'),
      key: 'handleBy',
      width: 160,
      responsive: ['md'],
      render: (_, row) => formatDateTime(row.handleBy, locale),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 220,
      render: (_, row) => (
        <Space wrap onClick={(event) => event.stopPropagation()}>
          {row.status === 'REPORTED' && mayWorkFor(user, row.unit.id) ? (
            <Button onClick={() => setHandling({ risk: row, action: 'START' })} data-testid="risk-start-open">
              {t('risks.start.action')}
            </Button>
          ) : null}
          {row.status !== 'CLOSED' && mayWorkFor(user, row.unit.id) ? (
            <Button
              type="primary"
              onClick={() => setHandling({ risk: row, action: 'CLOSE' })}
              data-testid="risk-close-open"
            >
              {t('risks.close.action')}
            </Button>
          ) : null}
          <Button onClick={() => setDetail(row)}>{t('common.details')}</Button>
        </Space>
      ),
    },
  ];

  return (
    <Page
      title={t('risks.title')}
      testId="risks-page"
      extra={
        <Space>
          {canReport ? (
            <Button type="primary" onClick={() => setReporting(true)} data-testid="risk-report-open">
              {t('risks.report.action')}
            </Button>
          ) : null}
          <RefreshButton onRefresh={() => void list.refetch()} />
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<RiskStatus[]>
          mode="multiple"
          allowClear
          placeholder={t('risks.filter.status')}
          style={{ minWidth: 200 }}
          value={statuses}
          onChange={setStatuses}
          options={STATUSES.map((s) => ({ value: s, label: t(`risks.status.${s}`) }))}
        />
        <Select<RiskLevel[]>
          mode="multiple"
          allowClear
          placeholder={t('risks.filter.level')}
          style={{ minWidth: 200 }}
          value={levels}
          onChange={setLevels}
          options={RISK_LEVELS.map((l) => ({ value: l, label: t(`risks.level.${l}`) }))}
        />
      </Space>
      <ListTable
        list={list}
        columns={columns}
        rowTestId="risk-row"
        empty={t('risks.empty')}
        onRowClick={(row) => setDetail(row)}
      />
      <ReportRiskDialog
        open={reporting}
        onClose={() => setReporting(false)}
        onDone={() => {
          setReporting(false);
          void message.success(t('risks.report.done'));
          void list.refetch();
        }}
      />
      <HandleRiskDialog
        risk={handling?.risk ?? null}
        action={handling?.action ?? 'START'}
        onClose={() => setHandling(null)}
        onDone={() => {
          setHandling(null);
          void message.success(t('risks.handle.done'));
          void list.refetch();
        }}
      />
      <Drawer open={detail !== null} onClose={() => setDetail(null)} title={detail?.place} size="large">
        {detail ? (
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('risks.field.kind')}>{t(`risks.kind.${detail.kind}`)}</Descriptions.Item>
            <Descriptions.Item label={t('risks.field.level')}>{t(`risks.level.${detail.level}`)}</Descriptions.Item>
            <Descriptions.Item label={t('risks.field.unit')}>
              {detail.unit.name}（{detail.reportedByName ?? '—'}）
            </Descriptions.Item>
            <Descriptions.Item label={t('risks.field.reportedAt')}>
              {formatDateTime(detail.reportedAt, locale)}
            </Descriptions.Item>
            <Descriptions.Item label={t('risks.field.description')}>{detail.description}</Descriptions.Item>
            <Descriptions.Item label={t('risks.field.measures')}>{detail.measures}</Descriptions.Item>
            <Descriptions.Item label={t('risks.field.handleBy')}>
              {formatDateTime(detail.handleBy, locale)}
            </Descriptions.Item>
            <Descriptions.Item label={t('risks.field.handlingNote')}>{detail.handlingNote ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('risks.field.closedAt')}>
              {detail.closedAt ? `${formatDateTime(detail.closedAt, locale)}（${detail.closedByName ?? '—'}）` : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('risks.field.closingEvidence')}>
              {detail.closingEvidence ?? '—'}
            </Descriptions.Item>
          </Descriptions>
        ) : null}
      </Drawer>
    </Page>
  );
}
