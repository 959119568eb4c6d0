// 督办交办 for a department or township: the items of letters from above assigned to it, earliest deadline first, each
// answered (反馈办理情况) once by its people.
import { App, Button, Descriptions, Form, Input, Modal, Segmented, Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { newIdempotencyKey } from '../../../api/client';
import { useMutation } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ListTable, useConnectionList } from '../../../components/ListTable';
import { Page } from '../../../components/Page';
import { RefreshButton } from '../../../components/RefreshButton';
import { TwoLines } from '../../../components/cells';
import { formatDateTime } from '../../../format';
import type { DirectiveItemListQuery, DirectiveItemStatus } from '../../../gql/graphql';
import { useLocale } from '../../../locales';
import { ItemStatusTag } from '../../../shared/directives/ItemStatusTag';
import { AnswerDirectiveItemMutation, DirectiveItemListQuery as ItemsQuery } from '../../../shared/directives/queries';

type Row = DirectiveItemListQuery['directiveItems']['edges'][number]['node'];

function AnswerDialog({ item, onClose, onDone }: { item: Row | null; onClose: () => void; onDone: () => void }) {
  const { t } = useLocale();
  const [form] = Form.useForm<{ answer: string }>();
  const answer = useMutation(AnswerDirectiveItemMutation);
  const [key, setKey] = useState(newIdempotencyKey);
  const close = () => {
    answer.reset();
    onClose();
  };
  const submit = async () => {
    if (!item) return;
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const result = await answer.run({ input: { itemId: item.id, answer: values.answer.trim(), idempotencyKey: key } });
    if (result) {
      setKey(newIdempotencyKey());
      onDone();
    }
  };
  return (
    <Modal
      open={item !== null}
      title={t('directives.answer.title')}
      onCancel={close}
      onOk={() => void submit()}
      okText={t('directives.answer.submit')}
      okButtonProps={{ loading: answer.loading, id: 'directive-answer-submit' }}
      destroyOnHidden
      width={640}
      modalRender={(node) => <div data-testid="directive-answer-dialog">{node}</div>}
    >
      {item ? (
        <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t('directives.field.title')}>
            {item.directive.source}《{item.directive.title}》（{item.directive.documentNumber}）
          </Descriptions.Item>
          <Descriptions.Item label={t('directives.field.content')}>{item.content}</Descriptions.Item>
        </Descriptions>
      ) : null}
      <ErrorAlert error={answer.error} />
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="answer"
          label={t('directives.field.answer')}
          rules={[{ required: true, whitespace: true, message: t('directives.required') }]}
        >
          <Input.TextArea rows={6} maxLength={4000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function MyDirectiveItemsPage() {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const [status, setStatus] = useState<DirectiveItemStatus | 'ALL'>('OPEN');
  const list = useConnectionList(
    ItemsQuery,
    { filter: { statuses: status === 'ALL' ? null : [status] } },
    (d) => d.directiveItems,
  );
  const [answering, setAnswering] = useState<Row | null>(null);
  const columns: ColumnsType<Row> = [
    {
      title: t('directives.field.content'),
      key: 'content',
      render: (_, row) => (
        <TwoLines
          main={<Typography.Text strong>{row.content}</Typography.Text>}
          detail={`${t(`directives.kind.${row.directive.kind}`)} · ${row.directive.source}《${row.directive.title}》`}
        />
      ),
    },
    {
      title: t('directives.field.dueAt'),
      key: 'dueAt',
      width: 160,
      render: (_, row) => formatDateTime(row.dueAt, locale),
    },
    {
      title: t('directives.field.itemStatus'),
      key: 'status',
      width: 140,
      render: (_, row) => <ItemStatusTag item={row} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 140,
      render: (_, row) =>
        row.status === 'OPEN' ? (
          <Button type="primary" onClick={() => setAnswering(row)} data-testid="directive-answer-open">
            {t('directives.answer.action')}
          </Button>
        ) : (
          <Typography.Text type="secondary">{formatDateTime(row.answeredAt, locale)}</Typography.Text>
        ),
    },
  ];
  return (
    <Page
      title={t('directives.mine.title')}
      testId="my-directive-items-page"
      extra={<RefreshButton onRefresh={() => void list.refetch()} />}
    >
      <Space style={{ marginBottom: 16 }}>
        <Segmented<DirectiveItemStatus | 'ALL'>
          value={status}
          onChange={setStatus}
          options={[
            { value: 'OPEN', label: t('directives.itemStatus.OPEN') },
            { value: 'ANSWERED', label: t('directives.itemStatus.ANSWERED') },
            { value: 'ALL', label: t('directives.all') },
          ]}
        />
      </Space>
      <ListTable list={list} columns={columns} rowTestId="directive-item-row" empty={t('directives.mine.empty')} />
      <AnswerDialog
        item={answering}
        onClose={() => setAnswering(null)}
        onDone={() => {
          setAnswering(null);
          void message.success(t('directives.answer.done'));
          void list.refetch();
        }}
      />
    </Page>
  );
}
