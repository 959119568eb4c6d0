// One list page's table: the rows of a query (a page of a Relay connection, or a whole list), its loading, its
// refusal with a retry, its empty state, and the cursor pager under it.
import { Card, Empty, Table, Typography, type TableProps } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { HTMLAttributes, ReactNode } from 'react';
import { useQuery } from '../api/hooks';
import type { ApiError } from '../api/errors';
import type { TypedDocumentString } from '../gql/graphql';
import { CursorPager, useCursorPages, type Pager } from './CursorPager';
import { ErrorAlert } from './ErrorAlert';
import { rowHook } from './testing';

export const PAGE_SIZE = 20;

/** The part of a Relay connection a list reads. */
export interface Connection<Row> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: readonly { node: Row }[];
}

/** The rows a list shows and how they came: what ListTable draws. */
export interface ListState<Row> {
  rows: readonly Row[];
  loading: boolean;
  error: ApiError | undefined;
  refetch: () => Promise<void>;
  /** The cursor pager, once a page has arrived; a list fetched whole has none. */
  pager?: Pager | null;
}

/** The variables a connection's page is asked with. */
export interface PageVariables {
  first?: number | null;
  after?: string | null;
}

/** A page of a connection: a change of `variables` (a filter) goes back to the first page. */
export function useConnectionList<TResult, TVariables extends object, Row>(
  document: TypedDocumentString<TResult, TVariables & PageVariables>,
  variables: TVariables,
  connectionOf: (data: TResult) => Connection<Row>,
): ListState<Row> {
  const pages = useCursorPages(JSON.stringify(variables));
  const { data, loading, error, refetch } = useQuery(document, { ...variables, first: PAGE_SIZE, after: pages.after });
  const connection = data ? connectionOf(data) : undefined;
  return {
    rows: connection?.edges.map((e) => e.node) ?? [],
    loading,
    error,
    refetch,
    pager: connection
      ? {
          page: pages.page,
          total: connection.totalCount,
          hasNextPage: connection.pageInfo.hasNextPage,
          endCursor: connection.pageInfo.endCursor,
          onNext: pages.next,
          onPrevious: pages.previous,
        }
      : null,
  };
}

export function ListTable<Row extends { id: string }>({
  list,
  columns,
  rowTestId,
  empty,
  emptyAction,
  hint,
  onRowClick,
  rowClassName,
  error = list.error,
  onRetry = list.refetch,
  size = 'middle',
  scrollX,
  clientPageSize,
}: {
  list: ListState<Row>;
  columns: ColumnsType<Row>;
  rowTestId: string;
  /** What the empty table says. */
  empty: ReactNode;
  emptyAction?: ReactNode;
  /** A line above the table on how to read it. */
  hint?: ReactNode;
  onRowClick?: (row: Row) => void;
  rowClassName?: (row: Row) => string | undefined;
  /** The refusal to show, when the page fetches more than the list (counts beside it). */
  error?: unknown;
  onRetry?: () => unknown;
  size?: TableProps<Row>['size'];
  scrollX?: number;
  /** Pages a list fetched whole on the device, this many rows a page. */
  clientPageSize?: number;
}) {
  const rowProps = (row: Row): HTMLAttributes<HTMLElement> => ({
    className: rowClassName?.(row),
    ...(onRowClick ? { onClick: () => onRowClick(row), style: { cursor: 'pointer' } } : {}),
  });
  return (
    <>
      <ErrorAlert
        error={error}
        onRetry={() => {
          void onRetry();
        }}
      />
      <Card size="small">
        {hint ? (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {hint}
          </Typography.Paragraph>
        ) : null}
        <Table<Row>
          rowKey="id"
          size={size}
          loading={list.loading}
          columns={columns}
          dataSource={list.rows}
          pagination={clientPageSize ? { pageSize: clientPageSize, hideOnSinglePage: true } : false}
          locale={{ emptyText: <Empty description={empty}>{emptyAction}</Empty> }}
          onRow={(row) => rowHook(rowTestId, rowProps(row))}
          scroll={scrollX ? { x: scrollX } : undefined}
        />
        {list.pager ? <CursorPager {...list.pager} /> : null}
      </Card>
    </>
  );
}
