// The inspection form: the enterprise, the campaign's checklist, findings with photos, the group's size, notes.
import { AuditOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Form,
  Input,
  InputNumber,
  Result,
  Row,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { newIdempotencyKey } from '../../../api/client';
import { useMutation, useQuery } from '../../../api/hooks';
import { mayInspect, mayWorkFor } from '../../../access';
import { DateTimeInput } from '../../../components/DateTimeInput';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { BackButton } from '../../../components/BackButton';
import { Page } from '../../../components/Page';
import { HazardLevelTag, HazardStatusTag, OverdueTag, TaskStatusTag } from '../../../components/tags';
import { formatDateTime, fromShanghaiInput } from '../../../format';
import type { InspectionTaskQuery as InspectionTaskResult } from '../../../gql/graphql';
import { useLocale } from '../../../locales';
import { useUser } from '../../../session';
import { OpenCaseDialog } from '../../../shared/cases/OpenCaseDialog';
import { DocumentsCard } from '../../../shared/documents/DocumentsCard';
import { PhotoGallery } from '../../../shared/photos/PhotoGallery';
import { PhotosField, useUploadsBusy } from '../../../shared/photos/PhotoUpload';
import { ChecklistPanel } from './components/ChecklistPanel';
import { FindingCard } from './components/FindingCard';
import { LookBackPanel } from './components/LookBackPanel';
import { inspectionDefaults, newFinding, toSubmitInput, type FindingValues, type InspectionValues } from './form';
import { InspectionTaskQuery, SubmitInspectionMutation } from './queries';
import { inspectedAtCheck } from '../../../../../domain/inspection-rules';
import { taskSource } from '../../../shared/task-origin';

type Task = Extract<NonNullable<InspectionTaskResult['node']>, { __typename: 'Task' }>;

// `node` answers any type: only a Task is a task.
function asTask(node: InspectionTaskResult['node']): Task | null {
  return node?.__typename === 'Task' ? node : null;
}

function TaskSummary({ task }: { task: Task }) {
  const { t, locale } = useLocale();
  return (
    <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }} data-testid="inspection-enterprise">
      <Descriptions.Item label={t('task.field.enterprise')}>
        {task.enterprise.name}
        {task.enterprise.majorHazardSource ? (
          <Tag color="red" style={{ marginLeft: 6 }}>
            {t('enterprise.majorSource')}
          </Tag>
        ) : null}
      </Descriptions.Item>
      <Descriptions.Item label={t('enterprise.field.uscc')}>
        <code>{task.enterprise.uscc}</code>
      </Descriptions.Item>
      <Descriptions.Item label={t('enterprise.field.industry')}>
        {t(`enum.industry.${task.enterprise.industry}`)}
      </Descriptions.Item>
      <Descriptions.Item label={t('enterprise.field.address')}>{task.enterprise.address ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('enterprise.field.legalRepresentative')}>
        {task.enterprise.legalRepresentative ?? '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('task.field.campaign')}>{taskSource(task, t)}</Descriptions.Item>
      {task.supervisedUnit ? (
        // 督导: the unit whose enterprise the county office's group checks; what it finds is that unit's to rectify.
        <Descriptions.Item label={t('supervision.tasks.unit')}>
          <span data-testid="inspection-supervised-unit">{task.supervisedUnit.name}</span>
        </Descriptions.Item>
      ) : null}
      {task.patrolWindowStartsAt ? (
        // 夜间巡查: the inspection is to happen inside this window; one outside it is accepted and flagged.
        <Descriptions.Item label={t('patrol.task.window')}>
          {formatDateTime(task.patrolWindowStartsAt, locale)} – {formatDateTime(task.dueAt, locale)}
          <Typography.Text type="secondary"> {t('patrol.task.windowHint')}</Typography.Text>
        </Descriptions.Item>
      ) : null}
      <Descriptions.Item label={t('task.field.dueAt')}>
        {formatDateTime(task.dueAt, locale)} {task.status === 'OPEN' ? <OverdueTag overdue={task.overdue} /> : null}
      </Descriptions.Item>
      <Descriptions.Item label={t('task.field.status')}>
        <TaskStatusTag status={task.status} />
      </Descriptions.Item>
    </Descriptions>
  );
}

/**
 * A unit's inspection of its task (the task in the path's `:id`); the county office's supervision group opens its own
 * site checks the same way from a 督导 round, with the task given and the round to go back to.
 */
export function InspectionPage({ taskId, backTo = '/regulator/tasks' }: { taskId?: string; backTo?: string }) {
  const { t, locale } = useLocale();
  const params = useParams();
  const id = taskId ?? params.id ?? '';
  const user = useUser();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<InspectionValues>();
  const [initial] = useState(inspectionDefaults);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [opening, setOpening] = useState(false);
  const { busy, onBusyChange: onBusy } = useUploadsBusy();
  const { data, loading, error, refetch } = useQuery(InspectionTaskQuery, { id });
  const submit = useMutation(SubmitInspectionMutation);
  const findings: FindingValues[] = Form.useWatch('findings', form) ?? [];
  const inspectedAt: string | undefined = Form.useWatch('inspectedAt', form);

  const task = asTask(data?.node ?? null);
  if (loading && !data) return <Spin size="large" style={{ display: 'block', margin: 64 }} />;
  if (!task) {
    return error ? (
      <ErrorAlert
        error={error}
        onRetry={() => {
          void refetch();
        }}
      />
    ) : (
      <Result status="404" title={t('inspection.notFound')} extra={<BackButton to={backTo} plain />} />
    );
  }
  // A tip's verification (VERIFY) has no campaign: no checklist and no window to inspect in.
  const items = task.campaign?.checklistTemplate?.items ?? [];
  const editable = task.status === 'OPEN' && mayInspect(user, task.assignee.id);
  // 立案: the unit's officers, from an inspection that found a violation.
  const mayOpenCase = Boolean(task.inspection?.hazards.length) && mayWorkFor(user, task.assignee.id);

  const addFinding = (finding: FindingValues) => {
    form.setFieldValue('findings', [...(form.getFieldValue('findings') ?? []), finding]);
  };

  const send = async (values: InspectionValues) => {
    const result = await submit.run({ input: toSubmitInput(task.id, values, idempotencyKey) });
    if (!result) return;
    message.success(t('inspection.done', { n: result.submitInspection.hazards.length }));
    void navigate(backTo);
  };

  const onSubmit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) {
      message.error(t('inspection.problem.fix'));
      return;
    }
    const all: InspectionValues = { ...initial, ...values, findings: values.findings ?? [] };
    if (all.findings.length === 0) {
      modal.confirm({
        title: t('inspection.noFindings.title'),
        content: t('inspection.noFindings.content'),
        okText: t('inspection.submit'),
        cancelText: t('common.cancel'),
        onOk: () => send(all),
      });
      return;
    }
    await send(all);
  };

  return (
    <Page title={t('inspection.title')} testId="inspection-page" extra={<BackButton to={backTo} />}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <TaskSummary task={task} />
        {task.inspection ? (
          <Card
            size="small"
            title={t('inspection.recorded', { at: formatDateTime(task.inspection.inspectedAt, locale) })}
            data-testid="inspection-recorded"
            extra={
              mayOpenCase ? (
                <Button icon={<AuditOutlined />} onClick={() => setOpening(true)} data-testid="case-open">
                  {t('case.open.action')}
                </Button>
              ) : null
            }
          >
            <Typography.Paragraph>
              {t('inspection.recordedGroup', { n: task.inspection.inspectorCount })}
              {task.inspection.notes ? ` · ${task.inspection.notes}` : ''}
            </Typography.Paragraph>
            {task.inspection.hazards.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inspection.noHazards')} />
            ) : (
              <Space orientation="vertical">
                {task.inspection.hazards.map((h) => (
                  <Space key={h.id} wrap>
                    <HazardLevelTag level={h.level} />
                    <HazardStatusTag status={h.status} />
                    {h.description}
                  </Space>
                ))}
              </Space>
            )}
          </Card>
        ) : null}
        {task.inspection && task.inspection.hazards.length > 0 ? (
          // 执法文书: the record and the order the inspection issued, to print and have signed for on site.
          <DocumentsCard subjectId={task.inspection.id} mayIssue />
        ) : null}
        {task.tip ? (
          <Card size="small" title={t('inspection.tip.title')} data-testid="inspection-tip">
            <Typography.Paragraph strong>{task.tip.description}</Typography.Paragraph>
            <Typography.Paragraph type="secondary">
              {task.tip.location}
              {task.tip.enterpriseText ? ` · ${task.tip.enterpriseText}` : ''}
            </Typography.Paragraph>
            <Alert type="info" showIcon title={t('inspection.tip.hint')} style={{ marginBottom: 12 }} />
            {task.tip.photos.length > 0 ? <PhotoGallery photos={task.tip.photos} /> : null}
          </Card>
        ) : null}
        {task.selfCheck ? (
          <Alert
            type={task.selfCheck.hazards.length > 0 ? 'warning' : 'info'}
            showIcon
            data-testid="inspection-self-check"
            title={t('inspection.selfCheck.summary', {
              at: formatDateTime(task.selfCheck.submittedAt, locale),
              n: task.selfCheck.answers.filter((a) => a.answer === 'NON_COMPLIANT').length,
              h: task.selfCheck.hazards.length,
            })}
          />
        ) : null}
        {task.lookBackCheck ? (
          <LookBackPanel taskId={task.id} check={task.lookBackCheck} editable={editable} />
        ) : editable ? (
          <Form<InspectionValues> form={form} layout="vertical" initialValues={initial} requiredMark="optional">
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={10}>
                <Card
                  size="small"
                  title={
                    task.campaign?.checklistTemplate
                      ? t('inspection.checklist.title', { name: task.campaign.checklistTemplate.name })
                      : t('inspection.checklist.untitled')
                  }
                >
                  <ChecklistPanel
                    items={items}
                    selfCheck={
                      task.selfCheck
                        ? new Map(task.selfCheck.answers.map((a) => [a.item.id, { answer: a.answer, note: a.note }]))
                        : undefined
                    }
                    usedItemIds={new Set(findings.flatMap((f) => (f.checklistItemId ? [f.checklistItemId] : [])))}
                    onFinding={(item) =>
                      addFinding(newFinding(item.majorCriterion ? 'MAJOR' : 'GENERAL', item.text, item.id))
                    }
                  />
                </Card>
              </Col>
              <Col xs={24} xl={14}>
                <Card size="small" title={t('inspection.group.title')} style={{ marginBottom: 16 }}>
                  <Row gutter={16}>
                    <Col xs={24} md={12}>
                      <Form.Item
                        name="inspectedAt"
                        label={t('inspection.field.inspectedAt')}
                        rules={[
                          {
                            required: true,
                            message: t('common.required', { field: t('inspection.field.inspectedAt') }),
                          },
                          {
                            validator: async (_, value: string | undefined) => {
                              const at = Date.parse(fromShanghaiInput(value) ?? '');
                              if (Number.isNaN(at)) return;
                              const problem = inspectedAtCheck(
                                new Date(at),
                                new Date(),
                                task.campaign
                                  ? {
                                      startsAt: new Date(task.campaign.startsAt),
                                      endsAt: new Date(task.campaign.endsAt),
                                    }
                                  : null,
                              );
                              if (problem) throw new Error(t(`inspection.problem.${problem}`));
                            },
                          },
                        ]}
                      >
                        <DateTimeInput testId="inspection-at" ariaLabel={t('inspection.field.inspectedAt')} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={12}>
                      <Form.Item
                        name="inspectorCount"
                        label={t('inspection.field.inspectorCount')}
                        extra={t('inspection.field.inspectorCountHint')}
                        rules={[
                          {
                            required: true,
                            type: 'number',
                            min: 1,
                            max: 100,
                            message: t('inspection.problem.inspectorCount'),
                          },
                        ]}
                      >
                        <InputNumber
                          min={1}
                          max={100}
                          precision={0}
                          data-testid="inspection-inspectors"
                          style={{ width: 140 }}
                          suffix={t('inspection.people')}
                        />
                      </Form.Item>
                    </Col>
                  </Row>
                </Card>
                <Form.List name="findings">
                  {(fields, { remove }) => (
                    <>
                      {fields.length === 0 ? (
                        <Card size="small" style={{ marginBottom: 12 }}>
                          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inspection.finding.none')} />
                        </Card>
                      ) : null}
                      {fields.map((field, index) => (
                        <FindingCard
                          key={field.key}
                          index={index}
                          fieldName={field.name}
                          items={items}
                          inspectedAt={inspectedAt}
                          onRemove={() => remove(field.name)}
                          onBusy={onBusy}
                        />
                      ))}
                    </>
                  )}
                </Form.List>
                <Button
                  type="dashed"
                  block
                  icon={<PlusOutlined />}
                  onClick={() => addFinding(newFinding('GENERAL'))}
                  data-testid="finding-add"
                  style={{ marginBottom: 16 }}
                >
                  {t('inspection.finding.add')}
                </Button>
                <Card size="small" title={t('inspection.notes.title')}>
                  <Form.Item name="notes" label={t('inspection.field.notes')} rules={[{ max: 2000 }]}>
                    <Input.TextArea rows={3} data-testid="inspection-notes" maxLength={2000} />
                  </Form.Item>
                  <PhotosField label={t('inspection.field.photos')} testId="inspection-photos" onBusyChange={onBusy} />
                </Card>
                <ErrorAlert error={submit.error} />
                <Space style={{ marginTop: 16 }}>
                  <Button
                    type="primary"
                    size="large"
                    icon={<SendOutlined />}
                    loading={submit.loading}
                    disabled={busy}
                    onClick={() => {
                      void onSubmit();
                    }}
                    data-testid="inspection-submit"
                  >
                    {busy ? t('photo.uploading') : t('inspection.submit')}
                  </Button>
                  <Typography.Text type="secondary">
                    {t('inspection.findingCount', { n: findings.length })}
                  </Typography.Text>
                </Space>
              </Col>
            </Row>
          </Form>
        ) : task.status === 'OPEN' ? (
          <Typography.Paragraph type="secondary">{t('inspection.readOnly')}</Typography.Paragraph>
        ) : null}
      </Space>
      {task.inspection && mayOpenCase ? (
        <OpenCaseDialog
          open={opening}
          source={{ inspectionId: task.inspection.id }}
          enterpriseName={task.enterprise.name}
          defaultViolation={task.inspection.hazards.map((h) => h.description).join('；')}
          onClose={() => setOpening(false)}
        />
      ) : null}
    </Page>
  );
}
