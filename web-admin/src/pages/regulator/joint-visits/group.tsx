// One inspection group's visit: who goes and when, each visited enterprise's budget, then one card per unit's task where
// any member records that unit's findings (the ordinary inspection, named for the group), and the visit's summary.
import { PlusOutlined, SendOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Form,
  Input,
  InputNumber,
  Result,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { newIdempotencyKey } from '../../../api/client';
import { useMutation, useQuery } from '../../../api/hooks';
import { BackButton } from '../../../components/BackButton';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Page } from '../../../components/Page';
import { TaskStatusTag } from '../../../components/tags';
import { formatDate, formatDateTime } from '../../../format';
import type { InspectionGroupQuery as GroupResult } from '../../../gql/graphql';
import { useLocale } from '../../../locales';
import { useUser } from '../../../session';
import { useUploadsBusy } from '../../../shared/photos/PhotoUpload';
import { FindingCard } from '../inspection/components/FindingCard';
import { inspectionDefaults, newFinding, toSubmitInput, type InspectionValues } from '../inspection/form';
import { BudgetLine } from './index';
import { InspectionGroupQuery, SubmitGroupInspectionMutation } from './queries';

type Group = Extract<NonNullable<GroupResult['node']>, { __typename: 'InspectionGroup' }>;
type GroupTask = Group['tasks'][number];

function TaskRecordForm({ task, inspectors, onDone }: { task: GroupTask; inspectors: number; onDone: () => void }) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<InspectionValues>();
  // Inspected now: the server stamps the time of the record (no minute-rounded time before the campaign's start).
  const [initial] = useState(() => ({ ...inspectionDefaults(), inspectedAt: '', inspectorCount: inspectors }));
  const [key] = useState(newIdempotencyKey);
  const { busy, onBusyChange: onBusy } = useUploadsBusy();
  const submit = useMutation(SubmitGroupInspectionMutation);
  const send = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const all: InspectionValues = { ...initial, ...values, findings: values.findings ?? [] };
    const result = await submit.run({ input: toSubmitInput(task.id, all, key) });
    if (!result) return;
    void message.success(t('groups.task.done', { unit: task.unitName }));
    onDone();
  };
  return (
    <Form<InspectionValues> form={form} layout="vertical" initialValues={initial} requiredMark="optional">
      <Form.Item
        name="inspectorCount"
        label={t('groups.task.inspectors')}
        rules={[{ required: true, type: 'number', min: 1, max: 100, message: t('inspection.problem.inspectorCount') }]}
      >
        <InputNumber
          min={1}
          max={100}
          precision={0}
          data-testid="group-task-inspectors"
          suffix={t('inspection.people')}
        />
      </Form.Item>
      <Form.List name="findings">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <FindingCard
                key={field.key}
                index={index}
                fieldName={field.name}
                items={[]}
                inspectedAt={undefined}
                onRemove={() => remove(field.name)}
                onBusy={onBusy}
              />
            ))}
            <Button
              type="dashed"
              block
              icon={<PlusOutlined />}
              onClick={() => add(newFinding('GENERAL'))}
              data-testid="group-finding-add"
              style={{ marginBottom: 12 }}
            >
              {t('groups.task.addFinding')}
            </Button>
          </>
        )}
      </Form.List>
      <Form.Item name="notes" label={t('inspection.field.notes')} rules={[{ max: 2000 }]}>
        <Input.TextArea rows={2} maxLength={2000} data-testid="group-task-notes" />
      </Form.Item>
      <ErrorAlert error={submit.error} />
      <Button
        type="primary"
        icon={<SendOutlined />}
        loading={submit.loading}
        disabled={busy}
        onClick={() => void send()}
        data-testid="group-task-submit"
      >
        {t('groups.task.submit', { unit: task.unitName })}
      </Button>
    </Form>
  );
}

export function InspectionGroupPage() {
  const { t, locale } = useLocale();
  const { id = '' } = useParams();
  const user = useUser();
  const { data, loading, error, refetch } = useQuery(InspectionGroupQuery, { id });
  const group = data?.node?.__typename === 'InspectionGroup' ? data.node : null;
  if (loading && !data) return <Spin size="large" style={{ display: 'block', margin: 64 }} />;
  if (!group) {
    return error ? (
      <ErrorAlert error={error} onRetry={() => void refetch()} />
    ) : (
      <Result
        status="404"
        title={t('groups.page.notFound')}
        extra={<BackButton to="/regulator/joint-visits" plain />}
      />
    );
  }
  const member = group.members.some((m) => m.id === user.id);
  const done = group.tasks.filter((task) => task.status !== 'OPEN');
  const units = new Set(group.tasks.map((task) => task.unitName));
  const finished = group.tasks.length > 0 && done.length === group.tasks.length;
  return (
    <Page title={group.name} testId="inspection-group-page" extra={<BackButton to="/regulator/joint-visits" />}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} data-testid="group-summary">
          <Descriptions.Item label={t('groups.field.visitDate')}>
            {formatDate(group.visitDate, locale)}
          </Descriptions.Item>
          <Descriptions.Item label={t('groups.field.leader')}>{group.leader?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('groups.page.enterprises')}>
            {group.enterprises.map((e) => e.name).join('、')}
          </Descriptions.Item>
          <Descriptions.Item label={t('groups.page.members', { n: group.members.length })}>
            <Space wrap size={4}>
              {group.members.map((m) => (
                <Tag key={m.id}>
                  {m.name}
                  {m.unitName ? `（${m.unitName}）` : ''}
                </Tag>
              ))}
            </Space>
          </Descriptions.Item>
        </Descriptions>
        {group.budgets.map((budget, i) => (
          <BudgetLine key={i} budget={budget} testId="group-budget" />
        ))}
        {finished ? (
          <Result
            status="success"
            title={t('groups.summary.title')}
            subTitle={t('groups.summary.text', {
              units: units.size,
              tasks: group.tasks.length,
              hazards: group.tasks.reduce((sum, task) => sum + task.findings, 0),
            })}
            data-testid="group-finished"
          />
        ) : null}
        {group.tasks.map((task) => (
          <Card
            key={task.id}
            size="small"
            data-testid="group-task"
            title={
              <Space>
                {t('groups.task.title', { unit: task.unitName })}
                <TaskStatusTag status={task.status} />
              </Space>
            }
          >
            <Typography.Paragraph type="secondary">
              {task.enterpriseName} ·{' '}
              {t('groups.task.origin', { origin: task.origin, due: formatDate(task.dueAt, locale) })}
            </Typography.Paragraph>
            {task.status === 'OPEN' ? (
              member ? (
                <TaskRecordForm task={task} inspectors={group.members.length} onDone={() => void refetch()} />
              ) : (
                <Typography.Text type="secondary">{t('groups.task.notMember')}</Typography.Text>
              )
            ) : task.inspectedAt ? (
              <Typography.Text data-testid="group-task-recorded">
                {t('groups.task.recorded', { at: formatDateTime(task.inspectedAt, locale), n: task.findings })}
              </Typography.Text>
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
            )}
          </Card>
        ))}
      </Space>
    </Page>
  );
}
