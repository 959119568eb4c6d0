// 督办交办 for the county office: the letters from above with each item's unit, deadline and answer; register a new
// one; send the consolidated reply once every item is answered.
import { App, Button, Drawer, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
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
import type { DirectiveFieldsFragment, DirectiveItemFieldsFragment } from '../../../gql/graphql';
import { useLocale } from '../../../locales';
import { ItemStatusTag } from '../../../shared/directives/ItemStatusTag';
import { DirectiveListQuery, ReplyDirectiveMutation } from '../../../shared/directives/queries';
import { RegisterDirectiveDialog } from './RegisterDirectiveDialog';

type Row = DirectiveFieldsFragment;

function Items({ directive }: { directive: Row }) {
  const { t, locale } = useLocale();
  const columns: ColumnsType<DirectiveItemFieldsFragment> = [
    { title: '#', key: 'position', width: 50, render: (_, item) => item.position },
    { title: t('directives.field.content'), key: 'content', render: (_, item) => item.content },
    { title: t('directives.field.assignee'), key: 'assignee', width: 140, render: (_, item) => item.assignee.name },
    {
      title: t('directives.field.dueAt'),
      key: 'dueAt',
      width: 160,
      render: (_, item) => formatDateTime(item.dueAt, locale),
    },
    {
      title: t('directives.field.itemStatus'),
      key: 'status',
      width: 140,
      render: (_, item) => <ItemStatusTag item={item} />,
    },
    {
      title: t('directives.field.answer'),
      key: 'answer',
      render: (_, item) =>
        item.answer ? (
          <TwoLines
            main={item.answer}
            detail={`${item.answeredByName ?? '—'} · ${formatDateTime(item.answeredAt, locale)}`}
          />
        ) : (
          '—'
        ),
    },
  ];
  return (
    <Table
      rowKey="id"
      size="small"
      pagination={false}
      columns={columns}
      dataSource={directive.items}
      data-testid="directive-items"
    />
  );
}

function ReplyDialog({
  directive,
  onClose,
  onDone,
}: {
  directive: Row | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useLocale();
  const [form] = Form.useForm<{ reply: string }>();
  const reply = useMutation(ReplyDirectiveMutation);
  const [key, setKey] = useState(newIdempotencyKey);
  const close = () => {
    reply.reset();
    onClose();
  };
  const submit = async () => {
    if (!directive) return;
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const result = await reply.run({ id: directive.id, reply: values.reply.trim(), idempotencyKey: key });
    if (result) {
      setKey(newIdempotencyKey());
      onDone();
    }
  };
  return (
    <Modal
      open={directive !== null}
      title={t('directives.reply.title', { source: directive?.source ?? '' })}
      onCancel={close}
      onOk={() => void submit()}
      okText={t('directives.reply.submit')}
      okButtonProps={{ loading: reply.loading, id: 'directive-reply-submit' }}
      destroyOnHidden
      width={720}
      modalRender={(node) => <div data-testid="directive-reply-dialog">{node}</div>}
    >
      <ErrorAlert error={reply.error} />
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          reply: directive?.items
            .map((item) => `${item.position}. ${item.assignee.name}：${item.answer ?? ''}`)
            .join('\n'),
        }}
      >
        <Form.Item
          name="reply"
          label={t('directives.field.reply')}
          extra={t('directives.reply.hint')}
          rules={[{ required: true, whitespace: true, message: t('directives.required') }]}
        >
          <Input.TextArea rows={10} maxLength={8000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function DirectivesPage() {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const list = useConnectionList(DirectiveListQuery, { filter: null }, (d) => d.directives);
  const [registering, setRegistering] = useState(false);
  const [replying, setReplying] = useState<Row | null>(null);
  const [detail, setDetail] = useState<Row | null>(null);

  const columns: ColumnsType<Row> = [
    {
      title: t('directives.field.title'),
      key: 'title',
      render: (_, row) => (
        <TwoLines
          main={<Typography.Text strong>{row.title}</Typography.Text>}
          detail={`${t(`directives.kind.${row.kind}`)} · ${row.source} · ${row.documentNumber}`}
        />
      ),
    },
    {
      title: t('directives.field.progress'),
      key: 'progress',
      width: 120,
      render: (_, row) =>
        t('directives.progress', {
          answered: row.items.filter((i) => i.status === 'ANSWERED').length,
          total: row.items.length,
        }),
    },
    {
      title: t('directives.field.status'),
      key: 'status',
      width: 170,
      render: (_, row) => (
        <Tag color={row.status === 'REPLIED' ? 'green' : row.status === 'ANSWERED' ? 'gold' : 'processing'}>
          {t(`directives.status.${row.status}`)}
        </Tag>
      ),
    },
    {
      title: t('directives.field.replyDueAt'),
      key: 'replyDueAt',
      width: 160,
      responsive: ['md'],
      render: (_, row) => formatDateTime(row.replyDueAt, locale),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 200,
      render: (_, row) => (
        <Space wrap onClick={(event) => event.stopPropagation()}>
          {row.status === 'ANSWERED' ? (
            <Button type="primary" onClick={() => setReplying(row)} data-testid="directive-reply-open">
              {t('directives.reply.action')}
            </Button>
          ) : null}
          <Button onClick={() => setDetail(row)}>{t('common.details')}</Button>
        </Space>
      ),
    },
  ];

  return (
    <Page
      title={t('directives.title')}
      testId="directives-page"
      extra={
        <Space>
          <Button type="primary" onClick={() => setRegistering(true)} data-testid="directive-register-open">
            {t('directives.register.action')}
          </Button>
          <RefreshButton onRefresh={() => void list.refetch()} />
        </Space>
      }
    >
      <ListTable
        list={list}
        columns={columns}
        rowTestId="directive-row"
        hint={t('directives.hint')}
        empty={t('directives.empty')}
        onRowClick={(row) => setDetail(row)}
      />
      <Drawer
        open={detail !== null}
        onClose={() => setDetail(null)}
        title={detail?.title}
        size="large"
        destroyOnHidden
        data-testid="directive-drawer"
      >
        {detail ? (
          <Space orientation="vertical" style={{ width: '100%' }} size="large">
            <Typography.Text type="secondary">
              {t(`directives.kind.${detail.kind}`)} · {detail.source} · {detail.documentNumber} ·{' '}
              {t('directives.field.receivedAt')} {formatDateTime(detail.receivedAt, locale)}
            </Typography.Text>
            <Items directive={detail} />
            {detail.reply ? (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
                <Typography.Text strong>{t('directives.field.reply')}：</Typography.Text>
                {detail.reply}
              </Typography.Paragraph>
            ) : null}
          </Space>
        ) : null}
      </Drawer>
      <RegisterDirectiveDialog
        open={registering}
        onClose={() => setRegistering(false)}
        onDone={() => {
          setRegistering(false);
          void message.success(t('directives.register.done'));
          void list.refetch();
        }}
      />
      <ReplyDialog
        directive={replying}
        onClose={() => setReplying(null)}
        onDone={() => {
          setReplying(null);
          void message.success(t('directives.reply.done'));
          void list.refetch();
        }}
      />
    </Page>
  );
}
