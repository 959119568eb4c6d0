// The self-check form (企业自查表), made for a phone: every item of the campaign's checklist answered 符合 / 不符合 /
// 不适用; each item not met is recorded at once as a hazard with its plan, deadline and photos. Once submitted, the
// page shows what was submitted.
import { Alert, App, Button, Card, Empty, Form, Input, Radio, Result, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { newIdempotencyKey } from '../../api/client';
import { useMutation, useQuery } from '../../api/hooks';
import { BackButton } from '../../components/BackButton';
import { DateTimeInput } from '../../components/DateTimeInput';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { DueCell } from '../../components/cells';
import { HazardLevelTag, HazardStatusTag } from '../../components/tags';
import { formatDateTime, fromShanghaiInput, inDays, toShanghaiInput } from '../../format';
import type { HazardLevel, SelfCheckAnswer, SelfCheckTaskQuery } from '../../gql/graphql';
import { useLocale } from '../../locales';
import { PhotosField, useUploadsBusy } from '../../shared/photos/PhotoUpload';
import { SelfCheckTaskQuery as TaskQuery, SubmitSelfCheckMutation } from './queries';

type Task = Extract<NonNullable<SelfCheckTaskQuery['node']>, { __typename: 'Task' }>;
type Item = NonNullable<NonNullable<Task['campaign']>['checklistTemplate']>['items'][number];

interface HazardValues {
  level: HazardLevel;
  description: string;
  rectifyBy: string;
  rectificationPlan: string;
  photoIds?: string[];
}

interface SelfCheckValues {
  answers?: Record<string, { answer?: SelfCheckAnswer; note?: string }>;
  hazards?: Record<string, HazardValues>;
  notes?: string;
}

const ANSWERS: SelfCheckAnswer[] = ['COMPLIANT', 'NON_COMPLIANT', 'NOT_APPLICABLE'];

function asTask(node: SelfCheckTaskQuery['node'] | undefined): Task | null {
  return node?.__typename === 'Task' ? node : null;
}

/** A not-met item's hazard: its text as the description, major if the item is a major-hazard criterion. */
function hazardDefaults(item: Item): HazardValues {
  const level: HazardLevel = item.majorCriterion ? 'MAJOR' : 'GENERAL';
  return {
    level,
    description: item.text,
    rectifyBy: `${toShanghaiInput(inDays(level === 'MAJOR' ? 30 : 7)).slice(0, 10)}T17:30`,
    rectificationPlan: '',
    photoIds: [],
  };
}

function ItemCard({ item, onBusyChange }: { item: Item; onBusyChange: (busy: boolean) => void }) {
  const { t } = useLocale();
  const form = Form.useFormInstance<SelfCheckValues>();
  const answer = Form.useWatch(['answers', item.id, 'answer'], form);
  return (
    <Card size="small" data-testid="self-check-item">
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">{item.position}. </Typography.Text>
        {item.majorCriterion ? <Tag color="red">{t('inspection.checklist.major')}</Tag> : null}
        {item.text}
      </Typography.Paragraph>
      {item.basis ? (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('inspection.checklist.basis', { basis: item.basis })}
        </Typography.Paragraph>
      ) : null}
      <Form.Item
        name={['answers', item.id, 'answer']}
        rules={[{ required: true, message: t('enterprise.selfCheck.answerRequired') }]}
        style={{ marginBottom: 8 }}
      >
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          data-testid="self-check-answer"
          options={ANSWERS.map((a) => ({ value: a, label: t(`enum.selfCheckAnswer.${a}`) }))}
          onChange={(event) => {
            if (event.target.value === 'NON_COMPLIANT' && !form.getFieldValue(['hazards', item.id]))
              form.setFieldValue(['hazards', item.id], hazardDefaults(item));
          }}
        />
      </Form.Item>
      <Form.Item name={['answers', item.id, 'note']} style={{ marginBottom: answer === 'NON_COMPLIANT' ? 8 : 0 }}>
        <Input placeholder={t('enterprise.selfCheck.notePlaceholder')} maxLength={200} />
      </Form.Item>
      {answer === 'NON_COMPLIANT' ? (
        <Card size="small" type="inner" title={t('enterprise.selfCheck.hazardTitle')} data-testid="self-check-hazard">
          <Form.Item name={['hazards', item.id, 'level']} label={t('hazard.field.level')}>
            <Radio.Group
              options={(['GENERAL', 'MAJOR'] as const).map((level) => ({
                value: level,
                label: t(`enum.hazardLevel.${level}`),
              }))}
            />
          </Form.Item>
          <Form.Item
            name={['hazards', item.id, 'description']}
            label={t('hazard.field.description')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('common.required', { field: t('hazard.field.description') }),
              },
            ]}
          >
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <Form.Item
            name={['hazards', item.id, 'rectificationPlan']}
            label={t('hazard.field.rectificationPlan')}
            rules={[{ required: true, whitespace: true, message: t('enterprise.selfCheck.planRequired') }]}
          >
            <Input.TextArea
              rows={2}
              maxLength={2000}
              placeholder={t('enterprise.selfCheck.planPlaceholder')}
              data-testid="self-check-plan"
            />
          </Form.Item>
          <Form.Item
            name={['hazards', item.id, 'rectifyBy']}
            label={t('hazard.field.rectifyBy')}
            rules={[
              { required: true, message: t('enterprise.selfCheck.rectifyByRequired') },
              {
                validator: async (_, value: string | undefined) => {
                  const at = Date.parse(fromShanghaiInput(value) ?? '');
                  if (!Number.isNaN(at) && at <= Date.now()) throw new Error(t('enterprise.selfCheck.rectifyByFuture'));
                },
              },
            ]}
          >
            <DateTimeInput ariaLabel={t('hazard.field.rectifyBy')} />
          </Form.Item>
          <PhotosField
            name={['hazards', item.id, 'photoIds']}
            label={t('enterprise.selfCheck.photos')}
            testId="self-check-photos"
            onBusyChange={onBusyChange}
            camera
          />
        </Card>
      ) : null}
    </Card>
  );
}

/** What was submitted: the answers item by item and the hazards found. */
function Submitted({ task }: { task: Task }) {
  const { t, locale } = useLocale();
  const selfCheck = task.selfCheck;
  if (!selfCheck) return null;
  const items = task.campaign?.checklistTemplate?.items ?? [];
  const answerOf = new Map(selfCheck.answers.map((a) => [a.item.id, a]));
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="self-check-submitted">
      <Alert
        type="success"
        showIcon
        title={t('enterprise.selfCheck.submitted', {
          at: formatDateTime(selfCheck.submittedAt, locale),
          by: selfCheck.submitterName ?? '—',
        })}
      />
      {items.map((item) => {
        const a = answerOf.get(item.id);
        return (
          <Card size="small" key={item.id}>
            <Space orientation="vertical" size={2}>
              <span>
                {item.position}. {item.text}
              </span>
              {a ? (
                <Space size={4}>
                  <Tag color={a.answer === 'NON_COMPLIANT' ? 'red' : a.answer === 'COMPLIANT' ? 'green' : 'default'}>
                    {t(`enum.selfCheckAnswer.${a.answer}`)}
                  </Tag>
                  {a.note ? <Typography.Text type="secondary">{a.note}</Typography.Text> : null}
                </Space>
              ) : null}
            </Space>
          </Card>
        );
      })}
      {selfCheck.hazards.length > 0 ? (
        <Card size="small" title={t('enterprise.selfCheck.hazardsFound')}>
          <Space orientation="vertical">
            {selfCheck.hazards.map((h) => (
              <Space key={h.id} wrap>
                <HazardLevelTag level={h.level} />
                <HazardStatusTag status={h.status} />
                {h.description}
              </Space>
            ))}
          </Space>
        </Card>
      ) : null}
    </Space>
  );
}

export function SelfCheckPage() {
  const { t } = useLocale();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(TaskQuery, { id });
  const submit = useMutation(SubmitSelfCheckMutation);
  const [form] = Form.useForm<SelfCheckValues>();
  const [key] = useState(newIdempotencyKey);
  const { busy, onBusyChange } = useUploadsBusy();
  const task = asTask(data?.node);

  if (!task) {
    if (loading) return <Spin />;
    return error ? (
      <ErrorAlert error={error} onRetry={() => void refetch()} />
    ) : (
      <Result
        status="404"
        title={t('enterprise.selfCheck.notFound')}
        extra={<BackButton to="/enterprise/tasks" plain />}
      />
    );
  }
  const items = [...(task.campaign?.checklistTemplate?.items ?? [])].sort((a, b) => a.position - b.position);

  const send = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) {
      message.error(t('enterprise.selfCheck.fix'));
      return;
    }
    const answers = items.map((item) => ({
      checklistItemId: item.id,
      answer: values.answers?.[item.id]?.answer ?? 'COMPLIANT',
      note: values.answers?.[item.id]?.note?.trim() || null,
    }));
    const hazards = items.flatMap((item) => {
      const h = values.hazards?.[item.id];
      const rectifyBy = fromShanghaiInput(h?.rectifyBy);
      if (values.answers?.[item.id]?.answer !== 'NON_COMPLIANT' || !h || !rectifyBy) return [];
      return [
        {
          level: h.level,
          description: h.description.trim(),
          checklistItemId: item.id,
          rectifyBy,
          rectificationPlan: h.rectificationPlan.trim(),
          photoIds: h.photoIds && h.photoIds.length > 0 ? h.photoIds : null,
        },
      ];
    });
    const result = await submit.run({
      input: { taskId: task.id, answers, hazards, notes: values.notes?.trim() || null, idempotencyKey: key },
    });
    if (!result) return;
    message.success(t('enterprise.selfCheck.sent', { n: result.submitSelfCheck.hazards.length }));
    void navigate('/enterprise/tasks');
  };

  return (
    <Page title={task.campaign?.name ?? ''} testId="self-check-page" extra={<BackButton to="/enterprise/tasks" />}>
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Card size="small">
          <Space orientation="vertical" size={2}>
            <Typography.Text strong>{task.enterprise.name}</Typography.Text>
            <span>
              {t('enterprise.selfCheck.dueAt')}：
              <DueCell at={task.dueAt} overdue={task.overdue && task.status === 'OPEN'} />
            </span>
            <Typography.Text type="secondary">{t('enterprise.selfCheck.intro')}</Typography.Text>
          </Space>
        </Card>
        {task.selfCheck ? (
          <Submitted task={task} />
        ) : task.status !== 'OPEN' ? (
          <Alert type="info" showIcon title={t('enterprise.selfCheck.closed')} />
        ) : (
          <Form<SelfCheckValues> form={form} layout="vertical" requiredMark={false}>
            <Space orientation="vertical" size={12} style={{ width: '100%' }}>
              {items.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('enterprise.selfCheck.noChecklist')} />
              ) : (
                items.map((item) => <ItemCard key={item.id} item={item} onBusyChange={onBusyChange} />)
              )}
              <Card size="small">
                <Form.Item name="notes" label={t('enterprise.selfCheck.notes')} style={{ marginBottom: 0 }}>
                  <Input.TextArea rows={2} maxLength={2000} placeholder={t('enterprise.selfCheck.notesPlaceholder')} />
                </Form.Item>
              </Card>
              <ErrorAlert error={submit.error} />
              <Button
                type="primary"
                size="large"
                block
                loading={submit.loading}
                disabled={busy}
                onClick={() => void send()}
                data-testid="self-check-submit"
              >
                {t('enterprise.selfCheck.submit')}
              </Button>
            </Space>
          </Form>
        )}
      </Space>
    </Page>
  );
}
