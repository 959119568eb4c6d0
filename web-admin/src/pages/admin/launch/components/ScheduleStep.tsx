import { Alert, Divider, Form, Row, Select, Switch, type FormInstance } from 'antd';
import { DateTimeInput } from '../../../../components/DateTimeInput';
import { useProvisionalDeadline } from '../../../../components/provisional';
import { fromShanghaiInput } from '../../../../format';
import { FormField } from '../../../../components/FormField';
import { useT } from '../../../../locales';
import { REPORT_CADENCES, type LaunchFormValues } from '../form';
import { EscalationLadderEditor } from './EscalationLadderEditor';

export const SCHEDULE_FIELDS = [
  'taskDueAt',
  'selfCheckOn',
  'selfCheckDueAt',
  'reportEvery',
  'remindOn',
  'remindBefore',
  'steps',
] as const;

export function ScheduleStep({ form }: { form: FormInstance<LaunchFormValues> }) {
  const t = useT();
  const selfCheckOn = Form.useWatch('selfCheckOn', form) === true;
  const provisional = useProvisionalDeadline(fromShanghaiInput(Form.useWatch('taskDueAt', form) as string | undefined));
  return (
    <>
      {provisional ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('holidays.deadlineProvisional')}
          data-testid="launch-due-provisional"
        />
      ) : null}
      <Row gutter={24}>
        <FormField
          name="taskDueAt"
          label={t('launch.field.taskDueAt')}
          extra={t('launch.field.taskDueAtHint')}
          required="fill"
        >
          <DateTimeInput testId="launch-due" ariaLabel={t('launch.field.taskDueAt')} />
        </FormField>
        <FormField name="reportEvery" label={t('launch.field.reportEvery')} extra={t('launch.field.reportEveryHint')}>
          <Select<string>
            data-testid="launch-cadence"
            options={REPORT_CADENCES.map((c) => ({ value: c.value, label: t(c.label) }))}
          />
        </FormField>
      </Row>
      <Row gutter={24}>
        <FormField
          name="selfCheckOn"
          label={t('launch.field.selfCheck')}
          extra={t('launch.field.selfCheckHint')}
          valuePropName="checked"
        >
          <Switch data-testid="launch-self-check" />
        </FormField>
        {selfCheckOn ? (
          <FormField name="selfCheckDueAt" label={t('launch.field.selfCheckDueAt')} required="fill">
            <DateTimeInput testId="launch-self-check-due" ariaLabel={t('launch.field.selfCheckDueAt')} />
          </FormField>
        ) : null}
      </Row>
      <Divider titlePlacement="start">{t('ladder.title')}</Divider>
      <EscalationLadderEditor form={form} />
    </>
  );
}
