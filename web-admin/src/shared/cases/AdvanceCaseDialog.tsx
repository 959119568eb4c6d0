// One 办理 step of a case as a small form: the note the step records (required where the law wants it written), the
// fine proposed or decided, the archive number. The server checks the order, the windows and who may; its refusal
// is shown in its own words above the form.
import { App, Form, Input, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import { newIdempotencyKey } from '../../api/client';
import { useMutation } from '../../api/hooks';
import { FormDialog } from '../../components/FormDialog';
import type { AdvanceCaseMutation as AdvanceResult, CaseAction } from '../../gql/graphql';
import { useLocale } from '../../locales';
import { CASE_LIMITS } from '../../../../domain/cases';
import { AdvanceCaseMutation } from './queries';

/** The steps whose note the law wants written (the statement, the investigation, the hearing, the review, the execution). */
const NOTE_REQUIRED: readonly CaseAction[] = ['INVESTIGATE', 'RECORD_STATEMENT', 'HOLD_HEARING', 'REVIEW', 'EXECUTE'];
const WITH_PENALTY: readonly CaseAction[] = ['NOTIFY', 'DECIDE'];

interface Values {
  note?: string;
  penaltyYuan?: number | null;
  archiveNumber?: string;
}

export function AdvanceCaseDialog({
  caseId,
  action,
  proposedPenaltyYuan,
  onClose,
  onDone,
}: {
  caseId: string;
  /** The step to take; null: closed. */
  action: CaseAction | null;
  /** The fine the notice proposed: the decision's starting value. */
  proposedPenaltyYuan: number | null;
  onClose: () => void;
  onDone: (updated: AdvanceResult['advanceCase']) => void;
}) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const advance = useMutation(AdvanceCaseMutation);
  const [key, setKey] = useState(newIdempotencyKey);
  const shown: CaseAction = action ?? 'INVESTIGATE';
  const noteRequired = NOTE_REQUIRED.includes(shown);
  const penalty = WITH_PENALTY.includes(shown);
  const archive = shown === 'ARCHIVE';

  const submit = async () => {
    if (!action) return;
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const note = values.note?.trim() ?? '';
    const result = await advance.run({
      input: {
        caseId,
        action,
        note: note || null,
        penaltyYuan: penalty ? (values.penaltyYuan ?? null) : null,
        archiveNumber: archive ? (values.archiveNumber?.trim() ?? null) : null,
        idempotencyKey: key,
      },
    });
    if (!result) return;
    setKey(newIdempotencyKey());
    message.success(t('case.advance.done', { action: t(`enum.caseAction.${action}`) }));
    onDone(result.advanceCase);
  };

  return (
    <FormDialog
      open={action !== null}
      texts={`case.action.${shown}`}
      mutation={advance}
      onSubmit={submit}
      onClose={onClose}
      testId="case-advance-dialog"
      submitTestId="case-advance-submit"
      intro={<Typography.Paragraph type="secondary">{t(`case.action.${shown}.intro`)}</Typography.Paragraph>}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ penaltyYuan: shown === 'DECIDE' ? proposedPenaltyYuan : null }}
      >
        {penalty ? (
          <Form.Item
            name="penaltyYuan"
            label={t('case.form.penalty')}
            rules={[{ required: true, message: t('case.form.penaltyRequired') }]}
          >
            <InputNumber<number>
              min={0.01}
              max={CASE_LIMITS.penaltyYuan.max}
              precision={2}
              step={1000}
              style={{ width: 220 }}
              data-testid="case-penalty"
            />
          </Form.Item>
        ) : null}
        {archive ? (
          <Form.Item
            name="archiveNumber"
            label={t('case.form.archiveNumber')}
            rules={[
              { required: true, whitespace: true, message: t('case.form.archiveNumberRequired') },
              { max: CASE_LIMITS.shortText.max, message: t('case.form.textTooLong') },
            ]}
          >
            <Input maxLength={CASE_LIMITS.shortText.max} data-testid="case-archive-number" />
          </Form.Item>
        ) : null}
        <Form.Item
          name="note"
          label={t(`case.action.${shown}.note`)}
          rules={[
            {
              required: noteRequired,
              whitespace: true,
              message: t(shown === 'RECORD_STATEMENT' ? 'case.form.statementRequired' : 'case.form.noteRequired'),
            },
            { max: CASE_LIMITS.text.max, message: t('case.form.textTooLong') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={CASE_LIMITS.text.max} showCount data-testid="case-note" />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
