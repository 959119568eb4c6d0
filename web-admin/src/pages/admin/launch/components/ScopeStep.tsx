// Scope: industries and townships, where the tasks go (监管分工), with the live count of enterprises they cover and the sample that will be drawn.
import {
  Alert,
  Card,
  Checkbox,
  Col,
  Form,
  Row,
  Select,
  Space,
  Statistic,
  Tag,
  Typography,
  type FormInstance,
} from 'antd';
import { useState } from 'react';
import { useQuery } from '../../../../api/hooks';
import type { LaunchOptionsQuery } from '../../../../gql/graphql';
import { useLocale } from '../../../../locales';
import { INDUSTRIES, SUPERVISION_TOPICS } from '../../../../../../domain/types';
import type { LaunchFormValues } from '../form';
import { fromShanghaiInput } from '../../../../format';
import { CampaignBudgetPreviewQuery, SamplePreviewQuery, ScopeCountQuery } from '../queries';
import { DEFAULT_GRADE_PERCENTS, drawnTotal, gradePercentsProblem, gradeRatiosOf } from '../sampling';
import { SamplingControl, type SamplePreviewState } from './SamplingControl';

export const SCOPE_FIELDS = [
  'industries',
  'townshipIds',
  'topics',
  'sampleMode',
  'samplePercent',
  ['gradePercents', 'POOR'],
  ['gradePercents', 'FAIR'],
  ['gradePercents', 'GOOD'],
  'checklistTemplateId',
] as const;

type Options = LaunchOptionsQuery;

export function ScopeStep({ form, options }: { form: FormInstance<LaunchFormValues>; options: Options | undefined }) {
  const { t, locale } = useLocale();
  const industries = Form.useWatch('industries', form) ?? [];
  const townshipIds = Form.useWatch('townshipIds', form) ?? [];
  const samplePercent = Form.useWatch('samplePercent', form) ?? 100;
  const sampleMode = Form.useWatch('sampleMode', form) ?? 'UNIFORM';
  const gradePercents = Form.useWatch('gradePercents', form) ?? DEFAULT_GRADE_PERCENTS;
  const filter = {
    industries: industries.length > 0 ? industries : null,
    townshipIds: townshipIds.length > 0 ? townshipIds : null,
  };
  const scope = useQuery(ScopeCountQuery, { filter });
  // The quarter the tasks fall due in (today's until a due time is chosen): enterprises already at the visit cap.
  const taskDueAt: string | undefined = Form.useWatch('taskDueAt', form);
  const [today] = useState(() => new Date().toISOString());
  const budget = useQuery(CampaignBudgetPreviewQuery, {
    industries,
    townshipIds: filter.townshipIds,
    dueAt: fromShanghaiInput(taskDueAt) ?? today,
  });
  const atCap = budget.data?.campaignBudgetPreview;
  const total = scope.data?.enterprises.totalCount;
  // By grade: the draw's own count over the scope, refetched as the scope or a ratio changes.
  const byGrade = sampleMode === 'BY_GRADE';
  const ratios = byGrade ? gradeRatiosOf(gradePercents) : null;
  const preview = useQuery(
    SamplePreviewQuery,
    { ...filter, ratios: ratios ?? { GOOD: 1, FAIR: 1, POOR: 1 } },
    { skip: ratios === null },
  );
  const previewState: SamplePreviewState = {
    data: ratios === null ? undefined : preview.data?.campaignSamplePreview,
    loading: preview.loading,
    error: ratios === null ? undefined : preview.error,
    problem: byGrade ? gradePercentsProblem(gradePercents) : null,
  };
  const sampled = byGrade
    ? previewState.data && drawnTotal(previewState.data.drawn)
    : total === undefined
      ? undefined
      : Math.ceil(total * (samplePercent / 100));
  const templates = options?.checklistTemplates ?? [];
  const recommended = new Set(
    templates.filter((tpl) => tpl.industries.some((i) => industries.includes(i))).map((tpl) => tpl.id),
  );

  return (
    <Row gutter={24}>
      <Col xs={24} lg={16}>
        <Form.Item name="industries" label={t('launch.field.industries')} extra={t('launch.field.industriesHint')}>
          <Checkbox.Group style={{ width: '100%' }} data-testid="launch-industries">
            <Row gutter={[8, 8]}>
              {INDUSTRIES.map((i) => (
                <Col key={i} xs={12} md={8}>
                  <Checkbox value={i} data-testid={`industry-${i}`}>
                    {t(`enum.industry.${i}`)}
                  </Checkbox>
                </Col>
              ))}
            </Row>
          </Checkbox.Group>
        </Form.Item>
        <Form.Item name="townshipIds" label={t('launch.field.townships')} extra={t('launch.field.townshipsHint')}>
          <Select<string[]>
            mode="multiple"
            allowClear
            data-testid="launch-townships"
            placeholder={t('launch.field.allTownships')}
            options={(options?.orgUnits ?? []).map((u) => ({ value: u.id, label: u.name }))}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Form.Item
          name="topics"
          label={t('launch.field.topics')}
          extra={t('launch.field.topicsHint')}
          rules={[{ type: 'array', required: true, min: 1, message: t('launch.problem.topics') }]}
        >
          <Checkbox.Group style={{ width: '100%' }} data-testid="launch-topics">
            <Row gutter={[8, 8]}>
              {SUPERVISION_TOPICS.map((topic) => (
                <Col key={topic} xs={12} md={8}>
                  <Checkbox value={topic} data-testid={`topic-${topic}`}>
                    {t(`enum.supervisionTopic.${topic}`)}
                  </Checkbox>
                </Col>
              ))}
            </Row>
          </Checkbox.Group>
        </Form.Item>
        <SamplingControl mode={sampleMode} preview={previewState} />
        <Form.Item name="checklistTemplateId" label={t('launch.field.template')} extra={t('launch.field.templateHint')}>
          <Select<string>
            allowClear
            data-testid="launch-template"
            placeholder={t('launch.field.noTemplate')}
            showSearch={{ optionFilterProp: 'name' }}
            options={templates.map((tpl) => ({
              value: tpl.id,
              name: tpl.name,
              label: (
                <Space>
                  {tpl.name}
                  <Typography.Text type="secondary">
                    {t('launch.field.templateItems', { n: tpl.items.length })}
                  </Typography.Text>
                  {recommended.has(tpl.id) ? <Tag color="blue">{t('launch.field.recommended')}</Tag> : null}
                </Space>
              ),
            }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} lg={8}>
        <Card size="small" style={{ background: '#f6f9ff' }}>
          <Statistic
            title={t('launch.scope.inScope')}
            value={total ?? '—'}
            loading={scope.loading && total === undefined}
            suffix={t('launch.scope.unit')}
            data-testid="scope-count"
          />
          <Statistic
            style={{ marginTop: 16 }}
            title={byGrade ? t('launch.scope.sampledByGrade') : t('launch.scope.sampled', { percent: samplePercent })}
            value={sampled ?? '—'}
            suffix={t('launch.scope.unit')}
            data-testid="scope-sampled"
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {industries.length === 0
              ? t('launch.scope.allIndustries')
              : industries.map((i) => t(`enum.industry.${i}`)).join(locale === 'zh-CN' ? '、' : ', ')}
          </Typography.Paragraph>
          {atCap && atCap.atCap > 0 ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginTop: 12 }}
              data-testid="launch-budget-warning"
              title={t('launch.budget.warning', { n: atCap.atCap, period: atCap.periodLabel, cap: atCap.cap })}
            />
          ) : null}
        </Card>
      </Col>
    </Row>
  );
}
