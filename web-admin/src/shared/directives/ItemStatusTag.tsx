// An item's status (待反馈 / 已反馈) and whether it is late.
import { Space, Tag } from 'antd';
import type { DirectiveItemFieldsFragment } from '../../gql/graphql';
import { useLocale } from '../../locales';

export function ItemStatusTag({ item }: { item: DirectiveItemFieldsFragment }) {
  const { t } = useLocale();
  return (
    <Space size={4} wrap>
      <Tag color={item.status === 'ANSWERED' ? 'green' : 'processing'}>{t(`directives.itemStatus.${item.status}`)}</Tag>
      {item.late ? <Tag color="red">{t('directives.late')}</Tag> : null}
    </Space>
  );
}
