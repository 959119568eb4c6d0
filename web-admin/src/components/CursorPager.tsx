// The pager under a list of Relay pages: a stack of cursors walked forwards and back.
import { Button, Space, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useT } from '../locales';

/** Relay pages walked forwards and back: a stack of the cursors that opened each page. */
export function useCursorPages(resetKey: string) {
  const [state, setState] = useState<{ key: string; stack: (string | null)[] }>({ key: resetKey, stack: [null] });
  const stack = state.key === resetKey ? state.stack : [null];
  const after = stack[stack.length - 1] ?? null;
  const next = useCallback(
    (endCursor: string | null) => {
      if (endCursor) setState({ key: resetKey, stack: [...stack, endCursor] });
    },
    [resetKey, stack],
  );
  const previous = useCallback(() => {
    if (stack.length > 1) setState({ key: resetKey, stack: stack.slice(0, -1) });
  }, [resetKey, stack]);
  return { after, page: stack.length, next, previous };
}

/** What the pager under a list shows and does. */
export interface Pager {
  page: number;
  total: number;
  hasNextPage: boolean;
  endCursor: string | null;
  onNext: (cursor: string | null) => void;
  onPrevious: () => void;
}

export function CursorPager({ page, total, hasNextPage, endCursor, onNext, onPrevious }: Pager) {
  const t = useT();
  return (
    <Space style={{ marginTop: 12, display: 'flex', justifyContent: 'flex-end' }} wrap>
      <Typography.Text type="secondary" data-testid="pager-total">
        {t('common.total', { n: total })}
      </Typography.Text>
      <Typography.Text type="secondary">{t('common.pageOf', { page })}</Typography.Text>
      <Button size="small" disabled={page <= 1} onClick={onPrevious}>
        {t('common.prevPage')}
      </Button>
      <Button size="small" disabled={!hasNextPage} onClick={() => onNext(endCursor)}>
        {t('common.nextPage')}
      </Button>
    </Space>
  );
}
