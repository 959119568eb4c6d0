// 调整: the county office sets one enterprise's grade in a proposal under review, with the reason; choosing the
// proposed grade again withdraws the override.
import { Form, Input, Radio, Row } from 'antd';
import { useEffect } from 'react';
import { LIMITS } from '../../../../domain/limits';
import { useMutation } from '../../api/hooks';
import { FormDialog } from '../../components/FormDialog';
import { FormField } from '../../components/FormField';
import type { Grade } from '../../gql/graphql';
import { useT } from '../../locales';
import { OverrideProposedGradeMutation } from './queries';
import { GRADES } from './tags';

export interface OverrideTarget {
  enterprise: { id: string; name: string };
  proposedGrade: Grade;
  grade: Grade;
  overrideReason: string | null;
}

interface OverrideForm {
  grade: Grade;
  reason: string;
}

export function OverrideGradeDialog({
  proposalId,
  item,
  onClose,
  onDone,
}: {
  proposalId: string;
  item: OverrideTarget | null;
  onClose: () => void;
  /** `withdrawn` when the proposed grade was chosen again. */
  onDone: (name: string, withdrawn: boolean) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<OverrideForm>();
  const override = useMutation(OverrideProposedGradeMutation);

  useEffect(() => {
    if (item) form.setFieldsValue({ grade: item.grade, reason: item.overrideReason ?? '' });
  }, [item, form]);

  const submit = async () => {
    if (!item) return;
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const result = await override.run({
      proposalId,
      enterpriseId: item.enterprise.id,
      grade: values.grade,
      reason: values.reason.trim(),
    });
    if (result) onDone(item.enterprise.name, values.grade === item.proposedGrade);
  };

  const proposed = item ? t(`enum.grade.${item.proposedGrade}`) : '';
  return (
    <FormDialog
      open={item !== null}
      texts="grading.override"
      mutation={override}
      onSubmit={submit}
      onClose={onClose}
      testId="grading-override-dialog"
      submitTestId="grading-override-submit"
      intro={
        <p>
          <strong>{item?.enterprise.name}</strong>
          <br />
          {t('grading.override.intro', { grade: proposed })}
        </p>
      }
    >
      <Form<OverrideForm> form={form} layout="vertical">
        <Row gutter={16}>
          <FormField cell={{ xs: 24 }} name="grade" label={t('grading.override.grade')} required="pick">
            <Radio.Group
              data-testid="grading-override-grade"
              optionType="button"
              buttonStyle="solid"
              options={GRADES.map((g) => ({ value: g, label: t(`enum.grade.${g}`) }))}
            />
          </FormField>
          <FormField
            cell={{ xs: 24 }}
            name="reason"
            label={t('grading.override.reason')}
            rules={[{ required: true, whitespace: true, message: t('grading.override.reasonRule') }]}
          >
            <Input.TextArea rows={3} maxLength={LIMITS.reason} showCount data-testid="grading-override-reason" />
          </FormField>
        </Row>
      </Form>
    </FormDialog>
  );
}
