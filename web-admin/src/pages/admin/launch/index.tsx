// The launch wizard: basics → scope → schedule and escalation → review; each step is checked before the next.
import { RocketOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Grid, Space, Steps } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { newIdempotencyKey, request } from '../../../api/client';
import { useMutation, useQuery } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { BackButton } from '../../../components/BackButton';
import { Page } from '../../../components/Page';
import { useT } from '../../../locales';
import { BASICS_FIELDS, BasicsStep } from './components/BasicsStep';
import { ReviewStep } from './components/ReviewStep';
import { SCHEDULE_FIELDS, ScheduleStep } from './components/ScheduleStep';
import { SCOPE_FIELDS, ScopeStep } from './components/ScopeStep';
import {
  launchDefaults,
  sampleProblems,
  tasksPerEnterprise,
  toLaunchInput,
  windowProblems,
  type LaunchFormValues,
} from './form';
import { ladderProblems } from './ladder';
import { LaunchCampaignMutation, LaunchOptionsQuery, SamplePreviewQuery, ScopeCountQuery } from './queries';
import { drawnTotal } from './sampling';

/** What the campaign page needs to show the fan-out: how many tasks to expect. */
export interface LaunchedState {
  launched: true;
  expectedTasks: number | null;
}

const STEP_FIELDS = [BASICS_FIELDS, SCOPE_FIELDS, SCHEDULE_FIELDS, []] as const;

export function LaunchWizardPage() {
  const t = useT();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<LaunchFormValues>();
  const [step, setStep] = useState(0);
  const [problems, setProblems] = useState<string[]>([]);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const options = useQuery(LaunchOptionsQuery, {});
  const launch = useMutation(LaunchCampaignMutation);
  const [initial] = useState(launchDefaults);

  const checkStep = async (index: number): Promise<boolean> => {
    const names = STEP_FIELDS[index] ?? [];
    try {
      await form.validateFields([...names]);
    } catch {
      return false;
    }
    const values: LaunchFormValues = { ...initial, ...form.getFieldsValue(true) };
    const found =
      index === 0
        ? windowProblems(values).map((k) => t(k))
        : index === 1
          ? sampleProblems(values).map((k) => t(k))
          : index === 2
            ? [
                ...windowProblems(values).map((k) => t(k)),
                ...ladderProblems(values.steps).map((p) => t(p.key, { n: p.step, prev: p.step - 1 })),
              ]
            : [];
    setProblems(found);
    return found.length === 0;
  };

  const next = async () => {
    if (await checkStep(step)) setStep(step + 1);
  };

  const submit = async () => {
    for (const index of [0, 1, 2]) {
      if (!(await checkStep(index))) {
        setStep(index);
        return;
      }
    }
    const values: LaunchFormValues = { ...initial, ...form.getFieldsValue(true) };
    const input = toLaunchInput(values, idempotencyKey);
    const scope = { industries: input.industries, townshipIds: input.townshipIds };
    // How many enterprises the draw takes: by grade, the preview's total; else the ratio of those in scope.
    const inScope = await (
      input.sampleRatioByGrade
        ? request(SamplePreviewQuery, { ...scope, ratios: input.sampleRatioByGrade }).then((r) =>
            drawnTotal(r.campaignSamplePreview.drawn),
          )
        : request(ScopeCountQuery, { filter: scope }).then((r) =>
            Math.ceil((r.enterprises.totalCount * values.samplePercent) / 100),
          )
    ).catch(() => null);
    const result = await launch.run({ input });
    if (!result) return;
    const perEnterprise = tasksPerEnterprise(values.topics);
    const expectedTasks = inScope === null || perEnterprise === null ? null : inScope * perEnterprise;
    const state: LaunchedState = { launched: true, expectedTasks };
    void navigate(`/admin/campaigns/${encodeURIComponent(result.launchCampaign.id)}`, { state });
  };

  // The store is read for the review only: the form is connected by then.
  const values: LaunchFormValues = step === 3 ? { ...initial, ...form.getFieldsValue(true) } : initial;
  const titles = [t('launch.step.basics'), t('launch.step.scope'), t('launch.step.schedule'), t('launch.step.review')];

  return (
    <Page title={t('launch.title')} testId="launch-wizard" extra={<BackButton to="/admin/campaigns" />}>
      <Card>
        <Steps
          current={step}
          size="small"
          orientation={screens.md ? 'horizontal' : 'vertical'}
          style={{ marginBottom: 24 }}
          items={titles.map((title) => ({ title }))}
        />
        <ErrorAlert
          error={options.error}
          onRetry={() => {
            void options.refetch();
          }}
        />
        {problems.length > 0 ? (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title={problems.join('；')}
            data-testid="wizard-problems"
          />
        ) : null}
        <ErrorAlert error={launch.error} />
        <Form<LaunchFormValues>
          form={form}
          layout="vertical"
          initialValues={initial}
          requiredMark="optional"
          data-testid={`wizard-step-${step}`}
        >
          {step === 0 ? <BasicsStep /> : null}
          {step === 1 ? <ScopeStep form={form} options={options.data} /> : null}
          {step === 2 ? <ScheduleStep form={form} /> : null}
          {step === 3 ? <ReviewStep values={values} options={options.data} /> : null}
        </Form>
        <Space style={{ marginTop: 24 }}>
          {step > 0 ? (
            <Button
              onClick={() => {
                setProblems([]);
                setStep(step - 1);
              }}
              data-testid="wizard-prev"
            >
              {t('common.previous')}
            </Button>
          ) : null}
          {step < 3 ? (
            <Button type="primary" onClick={() => void next()} data-testid="wizard-next">
              {t('common.next')}
            </Button>
          ) : (
            <Button
              type="primary"
              icon={<RocketOutlined />}
              loading={launch.loading}
              onClick={() => void submit()}
              data-testid="wizard-submit"
            >
              {t('launch.submit')}
            </Button>
          )}
        </Space>
      </Card>
    </Page>
  );
}
