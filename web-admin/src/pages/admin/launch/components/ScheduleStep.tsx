import { Divider, Row, Select, type FormInstance } from 'antd';
import { DateTimeInput } from '../../../../components/DateTimeInput';
import { FormField } from '../../../../components/FormField';
import { useT } from '../../../../locales';
import { REPORT_CADENCES, type LaunchFormValues } from '../form';
import { EscalationLadderEditor } from './EscalationLadderEditor';

export const SCHEDULE_FIELDS = ['taskDueAt', 'reportEvery', 'remindOn', 'remindBefore', 'steps'] as const;

export function ScheduleStep({ form }: { form: FormInstance<LaunchFormValues> }) {
  const t = useT();
  return (
    <>
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
      <Divider titlePlacement="start">{t('ladder.title')}</Divider>
      <EscalationLadderEditor form={form} />
    </>
  );
}
