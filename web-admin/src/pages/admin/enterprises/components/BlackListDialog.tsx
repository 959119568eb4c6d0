// 列入黑名单: the county office lists an enterprise on a legal ground, for a period of six months to three years,
// with the facts and evidence; the listing ends by itself when the period does.
import { Form, Input, Row, Select } from 'antd';
import { useEffect, useState } from 'react';
import { BLACK_LIST_GROUNDS, LIST_POLICY } from '../../../../../../domain/lists';
import { newIdempotencyKey } from '../../../../api/client';
import { useMutation } from '../../../../api/hooks';
import { FormDialog } from '../../../../components/FormDialog';
import { FormField } from '../../../../components/FormField';
import { shanghaiDayStart, toShanghaiDate } from '../../../../format';
import type { BlackListGround } from '../../../../gql/graphql';
import { useT } from '../../../../locales';
import { BlackListEnterpriseMutation } from '../queries';

interface BlackListForm {
  ground: BlackListGround;
  startsOn: string;
  endsOn: string;
  evidence: string;
}

/** The calendar day `months` after a `YYYY-MM-DD` day (the month's last day where it is shorter). */
function monthsAfter(day: string, months: number): string {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
}

export function BlackListDialog({
  enterprise,
  onClose,
  onDone,
}: {
  enterprise: { id: string; name: string } | null;
  onClose: () => void;
  onDone: (name: string) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<BlackListForm>();
  const blackList = useMutation(BlackListEnterpriseMutation);
  const [key, setKey] = useState(newIdempotencyKey);

  useEffect(() => {
    if (!enterprise) return;
    const today = toShanghaiDate(new Date());
    form.setFieldsValue({ startsOn: today, endsOn: monthsAfter(today, LIST_POLICY.maxMonths), evidence: '' });
    setKey(newIdempotencyKey());
  }, [enterprise, form]);

  const submit = async () => {
    if (!enterprise) return;
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const result = await blackList.run({
      input: {
        enterpriseId: enterprise.id,
        ground: values.ground,
        startsAt: shanghaiDayStart(values.startsOn),
        endsAt: shanghaiDayStart(values.endsOn),
        evidence: values.evidence.trim(),
        idempotencyKey: key,
      },
    });
    if (result) onDone(enterprise.name);
  };

  return (
    <FormDialog
      open={enterprise !== null}
      texts="blackList"
      mutation={blackList}
      onSubmit={submit}
      onClose={onClose}
      testId="black-list-dialog"
      submitTestId="black-list-submit"
      width={640}
      intro={<p>{t('blackList.intro', { name: enterprise?.name ?? '' })}</p>}
    >
      <Form<BlackListForm> form={form} layout="vertical">
        <Row gutter={16}>
          <FormField cell={{ xs: 24 }} name="ground" label={t('blackList.ground')} required="pick">
            <Select<BlackListGround>
              aria-label={t('blackList.ground')}
              placeholder={t('blackList.ground')}
              data-testid="black-list-ground"
              showSearch={{ optionFilterProp: 'label' }}
              options={BLACK_LIST_GROUNDS.map((g) => ({ value: g, label: t(`enum.blackListGround.${g}`) }))}
            />
          </FormField>
          <FormField name="startsOn" label={t('blackList.startsAt')} required="fill">
            <Input
              type="date"
              max={toShanghaiDate(new Date())}
              aria-label={t('blackList.startsAt')}
              data-testid="black-list-starts"
            />
          </FormField>
          <FormField name="endsOn" label={t('blackList.endsAt')} required="fill" extra={t('blackList.endsAtHint')}>
            <Input type="date" aria-label={t('blackList.endsAt')} data-testid="black-list-ends" />
          </FormField>
          <FormField
            cell={{ xs: 24 }}
            name="evidence"
            label={t('blackList.evidence')}
            rules={[{ required: true, whitespace: true, message: t('blackList.evidenceRule') }]}
          >
            <Input.TextArea
              rows={4}
              maxLength={LIST_POLICY.evidenceMaxLength}
              showCount
              data-testid="black-list-evidence"
            />
          </FormField>
        </Row>
      </Form>
    </FormDialog>
  );
}
