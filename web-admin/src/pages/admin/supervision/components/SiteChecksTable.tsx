// The round's site checks: each drawn enterprise with the unit it stands for, its status and deadline; the group opens
// an open one to inspect it on site, a done one to read what was recorded.
import { EyeOutlined, FormOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import { DueCell } from '../../../../components/cells';
import { ListTable, useConnectionList, type Connection } from '../../../../components/ListTable';
import { TaskStatusTag } from '../../../../components/tags';
import type { SupervisionSiteChecksQuery } from '../../../../gql/graphql';
import { useT } from '../../../../locales';
import { siteCheckPath } from '../paths';
import { SupervisionSiteChecksQuery as SiteChecksQuery } from '../queries';

type Tasks = NonNullable<SupervisionSiteChecksQuery['campaign']>['tasks'];
type Row = Tasks['edges'][number]['node'];

const NONE: Connection<Row> = { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] };

export function SiteChecksTable({ roundId, refreshKey }: { roundId: string; refreshKey: number }) {
  const t = useT();
  const navigate = useNavigate();
  const list = useConnectionList(SiteChecksQuery, { id: roundId }, (data) => data.campaign?.tasks ?? NONE);
  const { refetch } = list;
  useEffect(() => {
    if (refreshKey > 0) void refetch();
  }, [refreshKey, refetch]);

  const columns: ColumnsType<Row> = [
    {
      title: t('supervision.tasks.enterprise'),
      key: 'enterprise',
      render: (_, row) => <Typography.Text strong>{row.enterprise.name}</Typography.Text>,
    },
    {
      title: t('supervision.tasks.unit'),
      key: 'unit',
      width: 200,
      render: (_, row) => row.supervisedUnit?.name ?? '—',
    },
    {
      title: t('supervision.tasks.status'),
      key: 'status',
      width: 190,
      render: (_, row) => (
        <Space size={4} wrap>
          <TaskStatusTag status={row.status} />
          {row.inspection ? (
            <Typography.Text type={row.inspection.hazards.length > 0 ? 'danger' : 'secondary'}>
              {t('supervision.tasks.found', { n: row.inspection.hazards.length })}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('supervision.tasks.dueAt'),
      key: 'dueAt',
      width: 180,
      responsive: ['md'],
      render: (_, row) => <DueCell at={row.dueAt} overdue={row.status === 'OPEN' && row.overdue} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 130,
      render: (_, row) => {
        const open = () => void navigate(siteCheckPath(roundId, row.id));
        return row.status === 'OPEN' ? (
          <Button type="primary" icon={<FormOutlined />} onClick={open} data-testid="site-check-open">
            {t('supervision.tasks.inspect')}
          </Button>
        ) : (
          <Button icon={<EyeOutlined />} onClick={open} data-testid="site-check-view">
            {t('supervision.tasks.view')}
          </Button>
        );
      },
    },
  ];

  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('supervision.tasks.title')}
      </Typography.Title>
      <ListTable
        list={list}
        columns={columns}
        rowTestId="site-check-row"
        empty={t('supervision.tasks.empty')}
        scrollX={800}
      />
    </>
  );
}
