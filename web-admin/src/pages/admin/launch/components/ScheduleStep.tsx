import { Col, Divider, Form, Row, Select, type FormInstance } from 'antd';
import { DateTimeInput } from '../../../../components/DateTimeInput';
import { useT } from '../../../../locales';
import { REPORT_CADENCES, type LaunchFormValues } from '../form';
import { EscalationLadderEditor } from './EscalationLadderEditor';

export const SCHEDULE_FIELDS = ['taskDueAt', 'reportEvery', 'remindOn', 'remindBefore', 'steps'] as const;

export function ScheduleStep({ form }: { form: FormInstance<LaunchFormValues> }) {
  const t = useT();
  return (
    <>
      <Row gutter={24}>
        <Col xs={24} md={12}>
          <Form.Item
            name="taskDueAt"
            label={t('launch.field.taskDueAt')}
            extra={t('launch.field.taskDueAtHint')}
            rules={[{ required: true, message: t('common.required', { field: t('launch.field.taskDueAt') }) }]}
          >
            <DateTimeInput testId="launch-due" ariaLabel={t('launch.field.taskDueAt')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="reportEvery" label={t('launch.field.reportEvery')} extra={t('launch.field.reportEveryHint')}>
            <Select<string>
              data-testid="launch-cadence"
              options={REPORT_CADENCES.map((c) => ({ value: c.value, label: t(c.label) }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start">{t('ladder.title')}</Divider>
      <EscalationLadderEditor form={form} />
    </>
  );
}
