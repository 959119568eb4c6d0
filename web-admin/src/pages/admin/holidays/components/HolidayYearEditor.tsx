// Enter or correct a year's arrangement as the State Council's notice gives it: each holiday's first and last day off,
// each 调休 working weekend day and the holiday it pays for, the notice's number — or provisional until it is out.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, InputNumber, Select, Switch } from 'antd';
import { useEffect } from 'react';
import { HOLIDAY_LIMITS } from '../../../../../../domain/holiday-rules';
import { useMutation } from '../../../../api/hooks';
import { FormDialog } from '../../../../components/FormDialog';
import type { HolidayYearsAdminQuery } from '../../../../gql/graphql';
import { useT } from '../../../../locales';
import { SetHolidayYearMutation } from '../queries';

export type HolidayYearRow = HolidayYearsAdminQuery['holidayYears'][number];

interface EditorForm {
  year: number;
  provisional: boolean;
  source: string;
  holidays: { name: string; first: string; last: string }[];
  adjustedWorkdays: { date: string; holiday: string }[];
}

export function HolidayYearEditor({
  open,
  year,
  onClose,
  onSaved,
}: {
  open: boolean;
  /** The year to correct; null to enter a new one (the year after the last, by default). */
  year: HolidayYearRow | { year: number } | null;
  onClose: () => void;
  onSaved: (year: number) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<EditorForm>();
  const save = useMutation(SetHolidayYearMutation);
  const names = (Form.useWatch('holidays', form) ?? []).map((h) => h?.name?.trim()).filter(Boolean);

  useEffect(() => {
    if (!open || !year) return;
    form.setFieldsValue(
      'holidays' in year
        ? {
            year: year.year,
            provisional: year.provisional,
            source: year.source,
            holidays: year.holidays.map((h) => ({ name: h.name, first: h.first, last: h.last })),
            adjustedWorkdays: year.adjustedWorkdays.map((w) => ({ date: w.date, holiday: w.holiday })),
          }
        : {
            year: year.year,
            provisional: false,
            source: '',
            holidays: [{ name: '元旦', first: `${year.year}-01-01`, last: `${year.year}-01-01` }],
            adjustedWorkdays: [],
          },
    );
  }, [open, year, form]);

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const result = await save.run({
      input: {
        year: values.year,
        provisional: values.provisional,
        source: values.source.trim(),
        holidays: values.holidays,
        adjustedWorkdays: values.adjustedWorkdays ?? [],
      },
    });
    if (result) onSaved(result.setHolidayYear.year);
  };

  const editing = year !== null && 'holidays' in year;
  return (
    <FormDialog
      open={open}
      texts="holidays.edit"
      mutation={save}
      onSubmit={submit}
      onClose={onClose}
      testId="holiday-editor"
      submitTestId="holiday-save"
      width={760}
      intro={<Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('holidays.edit.notice')} />}
    >
      <Form<EditorForm> form={form} layout="vertical">
        <div className="holiday-head">
          <Form.Item name="year" label={t('holidays.field.year')} rules={[{ required: true }]}>
            <InputNumber min={HOLIDAY_LIMITS.firstYear} max={HOLIDAY_LIMITS.lastYear} disabled={editing} />
          </Form.Item>
          <Form.Item name="provisional" label={t('holidays.field.provisional')} valuePropName="checked">
            <Switch data-testid="holiday-provisional" aria-label={t('holidays.field.provisional')} />
          </Form.Item>
          <Form.Item name="source" label={t('holidays.field.source')} style={{ flex: 1 }}>
            <Input maxLength={HOLIDAY_LIMITS.source} data-testid="holiday-source" />
          </Form.Item>
        </div>
        <h4>{t('holidays.field.holidays')}</h4>
        <Form.List name="holidays">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <div key={field.key} className="holiday-row" data-testid="holiday-period">
                  <Form.Item name={[field.name, 'name']} rules={[{ required: true, whitespace: true }]}>
                    <Input placeholder={t('holidays.field.name')} aria-label={t('holidays.field.name')} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'first']} rules={[{ required: true }]}>
                    <Input type="date" aria-label={t('holidays.field.first')} />
                  </Form.Item>
                  <span className="holiday-to">{t('holidays.to')}</span>
                  <Form.Item name={[field.name, 'last']} rules={[{ required: true }]}>
                    <Input type="date" aria-label={t('holidays.field.last')} />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('holidays.remove')}
                    onClick={() => remove(field.name)}
                  />
                </div>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ name: '', first: '', last: '' })}
                disabled={fields.length >= HOLIDAY_LIMITS.maxPeriods}
                data-testid="holiday-add-period"
              >
                {t('holidays.addPeriod')}
              </Button>
            </>
          )}
        </Form.List>
        <h4 style={{ marginTop: 16 }}>{t('holidays.field.adjustedWorkdays')}</h4>
        <Form.List name="adjustedWorkdays">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <div key={field.key} className="holiday-row" data-testid="holiday-workday">
                  <Form.Item name={[field.name, 'date']} rules={[{ required: true }]}>
                    <Input type="date" aria-label={t('holidays.field.date')} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'holiday']} rules={[{ required: true }]} style={{ minWidth: 160 }}>
                    <Select
                      aria-label={t('holidays.field.for')}
                      placeholder={t('holidays.field.for')}
                      options={names.map((name) => ({ value: name, label: name }))}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('holidays.remove')}
                    onClick={() => remove(field.name)}
                  />
                </div>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ date: '', holiday: names[0] ?? '' })}
                disabled={fields.length >= HOLIDAY_LIMITS.maxWorkdays}
                data-testid="holiday-add-workday"
              >
                {t('holidays.addWorkday')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </FormDialog>
  );
}
