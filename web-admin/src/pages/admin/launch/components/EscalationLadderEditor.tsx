// The escalation ladder: a reminder before the due time, then rungs that climb after it; presets fill it in one click.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Select, Space, Switch, Typography, type FormInstance } from 'antd';
import type { EscalationLevel } from '../../../../gql/graphql';
import { useT } from '../../../../locales';
import type { LaunchFormValues } from '../form';
import { LEVEL_ORDER, MAX_STEPS, PRESETS, ladderProblems, type LadderStep, type PresetName } from '../ladder';
import { DurationInput } from './DurationInput';

const PRESET_NAMES: readonly PresetName[] = ['standard', 'strict', 'workingDays', 'none'];

export function EscalationLadderEditor({ form }: { form: FormInstance<LaunchFormValues> }) {
  const t = useT();
  const steps: LadderStep[] = Form.useWatch('steps', form) ?? [];
  const remindOn = Form.useWatch('remindOn', form) ?? false;
  const problems = ladderProblems(steps);

  const applyPreset = (name: PresetName) => {
    const preset = PRESETS[name];
    form.setFieldValue('remindOn', preset.remindBefore !== null);
    form.setFieldValue('remindBefore', preset.remindBefore ?? 'P1D');
    form.setFieldValue(
      'steps',
      preset.steps.map((s) => ({ ...s })),
    );
  };

  return (
    <div data-testid="ladder-editor">
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Text>{t('ladder.presets')}</Typography.Text>
        {PRESET_NAMES.map((name) => (
          <Button key={name} size="small" onClick={() => applyPreset(name)} data-testid={`ladder-preset-${name}`}>
            {t(`ladder.preset.${name}`)}
          </Button>
        ))}
      </Space>
      <Space align="center" wrap style={{ marginBottom: 12 }}>
        <Form.Item name="remindOn" valuePropName="checked" noStyle>
          <Switch aria-label={t('ladder.remind')} />
        </Form.Item>
        <Typography.Text>{t('ladder.remind')}</Typography.Text>
        {remindOn ? (
          <Form.Item name="remindBefore" noStyle>
            <DurationInput ariaLabel={t('ladder.remindBefore')} />
          </Form.Item>
        ) : null}
      </Space>
      <Form.List name="steps">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Space
                key={field.key}
                align="baseline"
                wrap
                data-testid="ladder-step-row"
                style={{ display: 'flex', marginBottom: 8 }}
              >
                <Typography.Text strong>{t('ladder.step', { n: index + 1 })}</Typography.Text>
                <Typography.Text>{t('ladder.after')}</Typography.Text>
                <Form.Item name={[field.name, 'after']} noStyle>
                  <DurationInput ariaLabel={t('ladder.afterLabel', { n: index + 1 })} />
                </Form.Item>
                <Typography.Text>{t('ladder.escalateTo')}</Typography.Text>
                <Form.Item name={[field.name, 'level']} noStyle>
                  <Select<EscalationLevel>
                    style={{ width: 170 }}
                    aria-label={t('ladder.levelLabel', { n: index + 1 })}
                    options={LEVEL_ORDER.map((level) => ({ value: level, label: t(`enum.escalationLevel.${level}`) }))}
                  />
                </Form.Item>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('ladder.remove', { n: index + 1 })}
                  onClick={() => remove(field.name)}
                />
              </Space>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              disabled={fields.length >= MAX_STEPS}
              data-testid="ladder-add"
              onClick={() => {
                const last = steps[steps.length - 1];
                add({ after: 'P3D', level: last?.level ?? 'REGULATOR_HEAD' });
              }}
            >
              {t('ladder.add')}
            </Button>
            {fields.length === 0 ? (
              <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
                {t('ladder.noSteps')}
              </Typography.Paragraph>
            ) : null}
          </>
        )}
      </Form.List>
      {problems.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          data-testid="ladder-problems"
          title={problems.map((p) => t(p.key, { n: p.step, prev: p.step - 1 })).join('；')}
        />
      ) : null}
    </div>
  );
}
