// 生成报告 (the county office): writes, or writes again, the county report of the week, month or year that holds the
// chosen date. Only an ended period can be reported; the server says so in its words for one that has not ended.
import { Form, Input, Radio, Select } from 'antd';
import { useEffect, useMemo } from 'react';
import { useMutation } from '../../api/hooks';
import { FormDialog } from '../../components/FormDialog';
import type { GenerateCountyReportMutation as GenerateResult } from '../../gql/graphql';
import { useT } from '../../locales';
import { COUNTY_KINDS, endedYears, latestEnded, periodStartOf, type CountyKind } from './period';
import { GenerateCountyReportMutation } from './queries';

export type GeneratedReport = GenerateResult['generateCountyReport'];

interface GenerateForm {
  kind: CountyKind;
  day: string;
  month: string;
  year: string;
}

/** The form's field of each kind: a day for a week, a month, a year. */
const FIELD = { WEEKLY: 'day', MONTHLY: 'month', ANNUAL: 'year' } as const satisfies Record<CountyKind, string>;

export function GenerateReportDialog({
  open,
  kind,
  onClose,
  onGenerated,
}: {
  open: boolean;
  /** The kind the dialog opens on (the list's). */
  kind: CountyKind;
  onClose: () => void;
  onGenerated: (report: GeneratedReport) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<GenerateForm>();
  const generate = useMutation(GenerateCountyReportMutation);
  const latest = useMemo(() => latestEnded(), []);
  const years = useMemo(() => endedYears(), []);
  const chosen = Form.useWatch('kind', form) ?? kind;

  useEffect(() => {
    if (open) form.setFieldsValue({ kind, ...latest });
  }, [open, kind, latest, form]);

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const field = FIELD[values.kind];
    const periodStart = periodStartOf(values.kind, form.getFieldValue(field) as string | undefined);
    if (!periodStart) return;
    const result = await generate.run({ kind: values.kind, periodStart });
    if (result) onGenerated(result.generateCountyReport);
  };

  return (
    <FormDialog
      open={open}
      texts="countyReports.generate"
      mutation={generate}
      onSubmit={submit}
      onClose={onClose}
      testId="county-report-dialog"
      submitTestId="county-report-submit"
    >
      <Form<GenerateForm> form={form} layout="vertical" initialValues={{ kind, ...latest }}>
        <Form.Item name="kind" label={t('countyReports.field.kind')}>
          <Radio.Group optionType="button" data-testid="county-report-kind-choice">
            {COUNTY_KINDS.map((k) => (
              <Radio.Button key={k} value={k} data-testid={`county-report-kind-${k.toLowerCase()}`}>
                {t(`countyReports.kindShort.${k}`)}
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        {chosen === 'WEEKLY' ? (
          <Form.Item
            name="day"
            label={t('countyReports.field.day')}
            extra={t('countyReports.generate.hint')}
            rules={[{ required: true, message: t('common.select', { field: t('countyReports.field.day') }) }]}
          >
            <Input
              type="date"
              max={latest.day}
              aria-label={t('countyReports.field.day')}
              data-testid="county-report-day"
              style={{ maxWidth: 220 }}
            />
          </Form.Item>
        ) : chosen === 'MONTHLY' ? (
          <Form.Item
            name="month"
            label={t('countyReports.field.month')}
            extra={t('countyReports.generate.hint')}
            rules={[{ required: true, pattern: /^\d{4}-\d{2}$/, message: t('countyReports.rule.month') }]}
          >
            <Input
              type="month"
              max={latest.month}
              placeholder="2026-05"
              aria-label={t('countyReports.field.month')}
              data-testid="county-report-month"
              style={{ maxWidth: 220 }}
            />
          </Form.Item>
        ) : (
          <Form.Item
            name="year"
            label={t('countyReports.field.year')}
            extra={t('countyReports.generate.hint')}
            rules={[{ required: true, message: t('common.select', { field: t('countyReports.field.year') }) }]}
          >
            <Select
              options={years.map((y) => ({ value: y, label: y }))}
              aria-label={t('countyReports.field.year')}
              data-testid="county-report-year"
              style={{ maxWidth: 220 }}
            />
          </Form.Item>
        )}
      </Form>
    </FormDialog>
  );
}
