// The responses the viewer may read, active first, newest first: what each is, its status, its townships, since
// when; a row opens the response's page.
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { ListTable, useConnectionList } from '../../components/ListTable';
import { formatDateTime } from '../../format';
import type { ResponseFieldsFragment } from '../../gql/graphql';
import { useLocale } from '../../locales';
import { EmergencyResponsesQuery } from './queries';
import { responseName, responsePath, ResponseLevelTag, ResponseStatusTag, type ResponsePortal } from './words';

export function useResponsesList() {
  return useConnectionList(EmergencyResponsesQuery, {}, (d) => d.emergencyResponses);
}

export function ResponsesTable({
  portal,
  list,
  emptyAction,
}: {
  portal: ResponsePortal;
  list: ReturnType<typeof useResponsesList>;
  emptyAction?: ReactNode;
}) {
  const { t, locale } = useLocale();
  const columns: ColumnsType<ResponseFieldsFragment> = [
    {
      title: t('response.field.name'),
      key: 'name',
      render: (_, row) => (
        <Link to={responsePath(portal, row.id)} data-testid="response-link">
          <strong>{responseName(t, row)}</strong>
        </Link>
      ),
    },
    {
      title: t('response.field.level'),
      key: 'level',
      width: 90,
      render: (_, row) => <ResponseLevelTag level={row.level} />,
    },
    {
      title: t('response.field.status'),
      key: 'status',
      width: 90,
      render: (_, row) => <ResponseStatusTag status={row.status} />,
    },
    {
      title: t('response.field.townships'),
      key: 'townships',
      responsive: ['md'],
      render: (_, row) => row.townships.map((u) => u.name).join('、'),
    },
    {
      title: t('response.field.activatedAt'),
      key: 'activatedAt',
      width: 170,
      responsive: ['sm'],
      render: (_, row) => formatDateTime(row.activatedAt, locale),
    },
    {
      title: t('response.field.endedAt'),
      key: 'endedAt',
      width: 170,
      responsive: ['lg'],
      render: (_, row) => formatDateTime(row.endedAt, locale),
    },
  ];
  return (
    <ListTable
      list={list}
      columns={columns}
      rowTestId="response-row"
      size="large"
      empty={t('response.list.empty')}
      emptyAction={emptyAction}
      rowClassName={(row) => (row.status === 'ACTIVE' ? 'lag-row' : undefined)}
    />
  );
}
