// A list as cards, one under another: what a phone shows instead of a table's columns (no sideways scrolling).
import { Empty, Space, Spin } from 'antd';
import type { ReactNode } from 'react';
import { CursorPager } from './CursorPager';
import { ErrorAlert } from './ErrorAlert';
import type { ListState } from './ListTable';

export function CardList<Row extends { id: string }>({
  list,
  render,
  empty,
  testId,
}: {
  list: ListState<Row>;
  render: (row: Row) => ReactNode;
  empty: ReactNode;
  testId?: string;
}) {
  return (
    <>
      <ErrorAlert
        error={list.error}
        onRetry={() => {
          void list.refetch();
        }}
      />
      <Spin spinning={list.loading && list.rows.length === 0}>
        {list.rows.length === 0 && !list.loading ? (
          <Empty description={empty} />
        ) : (
          <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid={testId}>
            {list.rows.map((row) => (
              <div key={row.id}>{render(row)}</div>
            ))}
          </Space>
        )}
      </Spin>
      {list.pager ? <CursorPager {...list.pager} /> : null}
    </>
  );
}
