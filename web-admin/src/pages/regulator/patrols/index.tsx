// 夜间巡查: the unit's night patrol schedules (a time-of-day window in Shanghai time, e.g. 22:00–06:00), their figures,
// and each schedule's tasks with the inspections recorded outside their window flagged. A unit's head sets one up
// and stops it; each window's tasks reach the unit's inbox 4 hours ahead.
import { App, Button, Checkbox, Drawer, Form, Input, Modal, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { newIdempotencyKey } from '../../../api/client';
import { useMutation, useQuery } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Page } from '../../../components/Page';
import { RefreshButton } from '../../../components/RefreshButton';
import { formatDateTime } from '../../../format';
import type { PatrolSchedulesQuery as PatrolSchedulesResult } from '../../../gql/graphql';
import { useLocale } from '../../../locales';
import { useUser } from '../../../session';
import { EnterpriseSearch } from '../routine';
import {
  CreatePatrolScheduleMutation,
  DeactivatePatrolScheduleMutation,
  PatrolSchedulesQuery,
  PatrolTasksQuery,
} from '../routine/queries';

type Schedule = PatrolSchedulesResult['patrolSchedules'][number];
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const HEADS = ['REGULATOR_HEAD', 'TOWNSHIP_HEAD'];
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

export function PatrolSchedulesPage() {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const user = useUser();
  const list = useQuery(PatrolSchedulesQuery, {});
  const stop = useMutation(DeactivatePatrolScheduleMutation);
  const [creating, setCreating] = useState(false);
  const [shown, setShown] = useState<Schedule | null>(null);
  const isHead = HEADS.includes(user.role);
  const weekdays = (days: readonly number[]) =>
    days.length === 7
      ? t('patrol.everyDay')
      : days.map((d) => t(`patrol.weekday.${d}` as 'patrol.weekday.1')).join('、');

  const columns: ColumnsType<Schedule> = [
    {
      title: t('patrol.field.name'),
      key: 'name',
      render: (_, s) => (
        <Space direction="vertical" size={0}>
          <Typography.Text strong>{s.name}</Typography.Text>
          <Typography.Text type="secondary">
            {s.unit.name} · {t('patrol.enterprises', { n: s.enterprises.length })}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('patrol.field.window'),
      key: 'window',
      render: (_, s) => (
        <Space direction="vertical" size={0}>
          <span>
            {s.startsAt}–{s.crossesMidnight ? t('patrol.nextMorning', { at: s.endsAt }) : s.endsAt}
          </span>
          <Typography.Text type="secondary">{weekdays(s.weekdays)}</Typography.Text>
        </Space>
      ),
    },
    {
      title: t('patrol.field.next'),
      key: 'next',
      responsive: ['md'],
      render: (_, s) => (s.nextWindow ? formatDateTime(s.nextWindow.startsAt, locale) : '—'),
    },
    {
      title: t('patrol.field.figures'),
      key: 'figures',
      render: (_, s) => (
        <Space size={4} wrap>
          <Tag>{t('patrol.figures', { tasks: s.taskCount, inspected: s.inspectedCount })}</Tag>
          {s.outsideWindowCount > 0 ? (
            <Tag color="orange">{t('patrol.outsideCount', { n: s.outsideWindowCount })}</Tag>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('patrol.field.status'),
      key: 'active',
      width: 90,
      render: (_, s) => (s.active ? <Tag color="green">{t('patrol.active')}</Tag> : <Tag>{t('patrol.inactive')}</Tag>),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, s) => (
        <Space wrap onClick={(event) => event.stopPropagation()}>
          <Button onClick={() => setShown(s)} data-testid="patrol-tasks-open">
            {t('patrol.tasks')}
          </Button>
          {isHead && s.active && s.unit.id === user.orgUnit?.id ? (
            <Popconfirm
              title={t('patrol.stop.confirm')}
              onConfirm={() =>
                void stop.run({ id: s.id }).then((done) => {
                  if (!done) return;
                  void message.success(t('patrol.stop.done'));
                  void list.refetch();
                })
              }
            >
              <Button danger data-testid="patrol-stop">
                {t('patrol.stop.action')}
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <Page
      title={t('patrol.title')}
      testId="patrols-page"
      extra={
        <Space>
          {isHead ? (
            <Button type="primary" onClick={() => setCreating(true)} data-testid="patrol-create-open">
              {t('patrol.create.action')}
            </Button>
          ) : null}
          <RefreshButton onRefresh={() => void list.refetch()} />
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('patrol.intro')}</Typography.Paragraph>
      <ErrorAlert error={list.error ?? stop.error} />
      <Table<Schedule>
        rowKey="id"
        size="middle"
        loading={list.loading}
        columns={columns}
        dataSource={list.data?.patrolSchedules ?? []}
        pagination={false}
        locale={{ emptyText: t('patrol.empty') }}
        onRow={(s) => ({ onClick: () => setShown(s), 'data-testid': 'patrol-row' }) as object}
      />
      <CreatePatrolDialog
        open={creating}
        onClose={() => setCreating(false)}
        onDone={() => {
          setCreating(false);
          void message.success(t('patrol.create.done'));
          void list.refetch();
        }}
      />
      <Drawer open={shown !== null} onClose={() => setShown(null)} title={shown?.name} size="large">
        {shown ? <PatrolTasks scheduleId={shown.id} /> : null}
      </Drawer>
    </Page>
  );
}

function PatrolTasks({ scheduleId }: { scheduleId: string }) {
  const { t, locale } = useLocale();
  const tasks = useQuery(PatrolTasksQuery, { id: scheduleId });
  const node = tasks.data?.node;
  const rows = node && 'tasks' in node ? node.tasks : [];
  type Row = (typeof rows)[number];
  const columns: ColumnsType<Row> = [
    { title: t('patrol.task.enterprise'), key: 'enterprise', render: (_, r) => r.enterprise.name },
    {
      title: t('patrol.task.window'),
      key: 'window',
      render: (_, r) => `${formatDateTime(r.patrolWindowStartsAt, locale)} – ${formatDateTime(r.dueAt, locale)}`,
    },
    {
      title: t('patrol.task.inspection'),
      key: 'inspection',
      render: (_, r) =>
        r.inspection ? (
          <Space size={4} wrap>
            <span>{formatDateTime(r.inspection.inspectedAt, locale)}</span>
            {r.inspection.outsideWindow ? <Tag color="orange">{t('patrol.outsideWindow')}</Tag> : null}
          </Space>
        ) : r.status === 'OPEN' ? (
          <Space size={4}>
            {r.overdue ? <Tag color="red">{t('patrol.task.overdue')}</Tag> : null}
            <Link to={`/regulator/tasks/${r.id}/inspect`}>{t('patrol.task.inspect')}</Link>
          </Space>
        ) : (
          t(`enum.taskStatus.${r.status}`)
        ),
    },
  ];
  return (
    <>
      <ErrorAlert error={tasks.error} />
      <Table<Row>
        rowKey="id"
        size="small"
        loading={tasks.loading}
        columns={columns}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('patrol.task.empty') }}
      />
    </>
  );
}

interface CreateValues {
  name: string;
  startsAt: string;
  endsAt: string;
  weekdays: number[];
  enterpriseIds: string[];
}

function CreatePatrolDialog({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useLocale();
  const [form] = Form.useForm<CreateValues>();
  const create = useMutation(CreatePatrolScheduleMutation);
  const [key, setKey] = useState(newIdempotencyKey);
  const clock = (label: string) => [
    { required: true, message: t('common.required', { field: label }) },
    { pattern: CLOCK, message: t('patrol.create.clockFormat') },
  ];
  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    if (await create.run({ input: { ...values, idempotencyKey: key } })) {
      setKey(newIdempotencyKey());
      form.resetFields();
      onDone();
    }
  };
  return (
    <Modal
      open={open}
      title={t('patrol.create.title')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('patrol.create.submit')}
      okButtonProps={{ loading: create.loading, id: 'patrol-create-submit' }}
      destroyOnHidden
      width={640}
    >
      <ErrorAlert error={create.error} />
      <Form<CreateValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ startsAt: '22:00', endsAt: '06:00', weekdays: [...WEEKDAYS], enterpriseIds: [] }}
      >
        <Form.Item
          name="name"
          label={t('patrol.field.name')}
          rules={[{ required: true, whitespace: true, max: 60, message: t('patrol.create.nameRequired') }]}
        >
          <Input maxLength={60} placeholder={t('patrol.create.namePlaceholder')} data-testid="patrol-name" />
        </Form.Item>
        <Space size={16}>
          <Form.Item name="startsAt" label={t('patrol.field.startsAt')} rules={clock(t('patrol.field.startsAt'))}>
            <Input style={{ width: 120 }} placeholder="22:00" />
          </Form.Item>
          <Form.Item
            name="endsAt"
            label={t('patrol.field.endsAt')}
            extra={t('patrol.create.endsHint')}
            rules={clock(t('patrol.field.endsAt'))}
          >
            <Input style={{ width: 120 }} placeholder="06:00" />
          </Form.Item>
        </Space>
        <Form.Item
          name="weekdays"
          label={t('patrol.field.weekdays')}
          rules={[{ required: true, type: 'array', min: 1, message: t('patrol.create.weekdaysRequired') }]}
        >
          <Checkbox.Group
            options={WEEKDAYS.map((d) => ({ value: d, label: t(`patrol.weekday.${d}` as 'patrol.weekday.1') }))}
          />
        </Form.Item>
        <Form.Item
          name="enterpriseIds"
          label={t('patrol.field.enterprises')}
          rules={[{ required: true, type: 'array', min: 1, max: 50, message: t('patrol.create.enterprisesRequired') }]}
        >
          <EnterpriseSearch mode="multiple" testId="patrol-enterprises" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
