// The 双随机 draw: 统一比例 (one ratio for every enterprise) or 按风险等级 (a ratio per grade, black-listed always in),
// with the live preview of what a draw by grade takes over the scope chosen.
import { Card, Form, InputNumber, Radio, Slider, Space, Spin, Typography } from 'antd';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import type { CampaignSamplePreviewQuery } from '../../../../gql/graphql';
import { useT, type MessageKey } from '../../../../locales';
import { drawnTotal, GRADES_WORST_FIRST, type SampleMode } from '../sampling';

/** The preview of a draw by grade as the scope step fetched it. */
export interface SamplePreviewState {
  data: CampaignSamplePreviewQuery['campaignSamplePreview'] | undefined;
  loading: boolean;
  error: unknown;
  /** Why there is nothing to preview (e.g. every grade at 0 %), as a locale key. */
  problem: MessageKey | null;
}

export function SamplingControl({ mode, preview }: { mode: SampleMode; preview: SamplePreviewState }) {
  const t = useT();
  return (
    <Form.Item
      label={t('launch.field.sample')}
      extra={mode === 'BY_GRADE' ? t('launch.sample.byGradeHint') : t('launch.field.sampleHint')}
    >
      <Form.Item name="sampleMode" noStyle>
        <Radio.Group
          buttonStyle="solid"
          aria-label={t('launch.sample.mode')}
          data-testid="launch-sample-mode"
          style={{ marginBottom: 12 }}
        >
          <Radio.Button value="UNIFORM" data-testid="sample-mode-UNIFORM">
            {t('launch.sample.uniform')}
          </Radio.Button>
          <Radio.Button value="BY_GRADE" data-testid="sample-mode-BY_GRADE">
            {t('launch.sample.byGrade')}
          </Radio.Button>
        </Radio.Group>
      </Form.Item>
      {mode === 'BY_GRADE' ? <GradeRatios preview={preview} /> : <UniformRatio />}
    </Form.Item>
  );
}

function UniformRatio() {
  const t = useT();
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Form.Item name="samplePercent" noStyle>
        <Slider min={1} max={100} style={{ flex: 1, marginRight: 16 }} aria-label={t('launch.field.sample')} />
      </Form.Item>
      <Form.Item
        name="samplePercent"
        noStyle
        rules={[{ required: true, type: 'number', min: 1, max: 100, message: t('launch.problem.sample') }]}
      >
        <InputNumber
          min={1}
          max={100}
          precision={0}
          suffix="%"
          data-testid="launch-ratio"
          aria-label={t('launch.field.sample')}
          style={{ width: 110 }}
        />
      </Form.Item>
    </Space.Compact>
  );
}

function GradeRatios({ preview }: { preview: SamplePreviewState }) {
  const t = useT();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        {GRADES_WORST_FIRST.map((grade) => (
          <Form.Item
            key={grade}
            name={['gradePercents', grade]}
            noStyle
            rules={[{ required: true, type: 'number', min: 0, max: 100, message: t('launch.problem.gradeRatio') }]}
          >
            <InputNumber
              min={0}
              max={100}
              precision={0}
              prefix={t(`enum.grade.${grade}`)}
              suffix="%"
              data-testid={`launch-grade-${grade}`}
              aria-label={t('launch.sample.gradeRatio', { grade: t(`enum.grade.${grade}`) })}
              style={{ width: 130 }}
            />
          </Form.Item>
        ))}
      </Space>
      <GradePreview preview={preview} />
    </Space>
  );
}

function GradePreview({ preview }: { preview: SamplePreviewState }) {
  const t = useT();
  // A cleared or out-of-range input has its own message under the inputs; nothing to preview then.
  if (preview.problem === 'launch.problem.gradeRatio') return null;
  if (preview.problem)
    return (
      <Typography.Text type="danger" data-testid="sample-grade-problem">
        {t(preview.problem)}
      </Typography.Text>
    );
  if (preview.error) return <ErrorAlert error={preview.error} />;
  const { data } = preview;
  return (
    <Card size="small" title={t('launch.sample.previewTitle')} data-testid="sample-preview">
      {data === undefined ? (
        <Spin size="small" />
      ) : (
        <Space orientation="vertical" size={2}>
          {GRADES_WORST_FIRST.map((grade) => (
            <Typography.Text key={grade} data-testid={`sample-preview-${grade}`}>
              {t('launch.sample.previewGrade', {
                grade: t(`enum.grade.${grade}`),
                inScope: data.inScope[grade],
                drawn: data.drawn[grade],
              })}
            </Typography.Text>
          ))}
          <Typography.Text data-testid="sample-preview-black">
            {t('launch.sample.previewBlack', { n: data.inScope.blackListed })}
          </Typography.Text>
          <Typography.Text strong data-testid="sample-preview-total">
            {t('launch.sample.previewTotal', { n: drawnTotal(data.drawn) })}
          </Typography.Text>
        </Space>
      )}
    </Card>
  );
}
