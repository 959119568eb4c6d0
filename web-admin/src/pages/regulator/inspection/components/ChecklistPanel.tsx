// The campaign's checklist, item by item by category: a non-compliant item becomes a finding in one tap.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Collapse, Empty, Space, Tag, Typography } from 'antd';
import type { InspectionTaskQuery, SelfCheckAnswer } from '../../../../gql/graphql';
import { SimpleList } from '../../../../components/SimpleList';
import { useT } from '../../../../locales';

type Task = Extract<NonNullable<InspectionTaskQuery['node']>, { __typename: 'Task' }>;
type Item = NonNullable<NonNullable<Task['campaign']>['checklistTemplate']>['items'][number];

/** The enterprise's own answer to an item, from its self-check (企业自查), shown beside it. */
export type SelfCheckAnswers = ReadonlyMap<string, { answer: SelfCheckAnswer; note: string | null }>;

const ANSWER_COLORS: Record<SelfCheckAnswer, string> = {
  COMPLIANT: 'green',
  NON_COMPLIANT: 'red',
  NOT_APPLICABLE: 'default',
};

export function ChecklistPanel({
  items,
  usedItemIds,
  onFinding,
  selfCheck,
}: {
  items: readonly Item[];
  usedItemIds: ReadonlySet<string>;
  onFinding: (item: Item) => void;
  selfCheck?: SelfCheckAnswers;
}) {
  const t = useT();
  if (items.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inspection.checklist.none')} />;
  const categories = [...new Set([...items].sort((a, b) => a.position - b.position).map((i) => i.category))];
  return (
    <Collapse
      defaultActiveKey={categories.slice(0, 3)}
      data-testid="checklist"
      items={categories.map((category) => ({
        key: category,
        label: (
          <Space>
            {category}
            <Tag>{items.filter((i) => i.category === category).length}</Tag>
          </Space>
        ),
        children: (
          <SimpleList
            items={items.filter((i) => i.category === category).sort((a, b) => a.position - b.position)}
            rowKey={(item) => item.id}
            itemTestId="checklist-item"
            empty={null}
            actions={(item) => (
              <Button
                size="small"
                icon={<PlusOutlined />}
                disabled={usedItemIds.has(item.id)}
                onClick={() => onFinding(item)}
                data-testid="checklist-add"
                aria-label={`${t('inspection.checklist.record')}：${item.text}`}
              >
                {usedItemIds.has(item.id) ? t('inspection.checklist.recorded') : t('inspection.checklist.record')}
              </Button>
            )}
            render={(item) => (
              <Space orientation="vertical" size={0}>
                <Typography.Text>
                  {item.majorCriterion ? <Tag color="red">{t('inspection.checklist.major')}</Tag> : null}
                  {item.text}
                </Typography.Text>
                {selfCheck?.get(item.id) ? (
                  <Typography.Text style={{ fontSize: 12 }} data-testid="checklist-self-check">
                    {t('inspection.checklist.selfCheck')}：
                    <Tag color={ANSWER_COLORS[selfCheck.get(item.id)?.answer ?? 'NOT_APPLICABLE']}>
                      {t(`enum.selfCheckAnswer.${selfCheck.get(item.id)?.answer ?? 'NOT_APPLICABLE'}`)}
                    </Tag>
                    {selfCheck.get(item.id)?.note ?? ''}
                  </Typography.Text>
                ) : null}
                {item.basis ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('inspection.checklist.basis', { basis: item.basis })}
                  </Typography.Text>
                ) : null}
              </Space>
            )}
          />
        ),
      }))}
    />
  );
}
