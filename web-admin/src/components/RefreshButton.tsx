// The refresh button of a page's title row: fetches the page's data again.
import { ReloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useT } from '../locales';

export function RefreshButton({
  onRefresh,
  iconOnly = false,
  testId,
}: {
  onRefresh: () => unknown;
  iconOnly?: boolean;
  testId?: string;
}) {
  const t = useT();
  return (
    <Button
      icon={<ReloadOutlined />}
      onClick={() => {
        void onRefresh();
      }}
      aria-label={t('common.refresh')}
      data-testid={testId}
    >
      {iconOnly ? null : t('common.refresh')}
    </Button>
  );
}
