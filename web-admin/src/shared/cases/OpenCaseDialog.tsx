// 立案: an officer of the unit opens a case from its inspection's violation or from a hazard whose 复查 failed — the
// violation, the provisions and legal basis, and at least one more officer of the unit as co-handler. On success the
// case's record opens.
import { App, Alert, Button, Form, Input, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { newIdempotencyKey } from '../../api/client';
import { useMutation, useQuery } from '../../api/hooks';
import { FormDialog } from '../../components/FormDialog';
import type { CaseColleaguesQuery as ColleaguesResult } from '../../gql/graphql';
import { useLocale } from '../../locales';
import { useUser } from '../../session';
import { CASE_LIMITS } from '../../../../domain/cases';
import { casePath } from './CaseDeskPage';
import { CaseColleaguesQuery, OpenCaseMutation } from './queries';
import { plainUserId, userGlobalId } from './rules';

interface Values {
  violation: string;
  legalBasis: string;
  coHandlerIds: string[];
}

/** The other officers of the viewer's unit, by name, the viewer left out. */
function colleaguesOf(data: ColleaguesResult | undefined, selfId: string) {
  return (data?.unitOfficers ?? [])
    .filter((person) => plainUserId(person.id) !== plainUserId(selfId))
    .map((person) => ({ value: userGlobalId(person.id), label: person.name }))
    .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
}

export function OpenCaseDialog({
  open,
  source,
  enterpriseName,
  defaultViolation = '',
  onClose,
}: {
  open: boolean;
  /** What the case comes from: the inspection, or the hazard whose 复查 failed. */
  source: { inspectionId: string } | { hazardId: string };
  enterpriseName: string;
  defaultViolation?: string;
  onClose: () => void;
}) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useUser();
  const [form] = Form.useForm<Values>();
  const openCase = useMutation(OpenCaseMutation);
  const [key] = useState(newIdempotencyKey);
  const colleagues = useQuery(CaseColleaguesQuery, {}, { skip: !open });
  const options = useMemo(() => colleaguesOf(colleagues.data, user.id), [colleagues.data, user.id]);

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const result = await openCase.run({
      input: {
        ...source,
        violation: values.violation.trim(),
        legalBasis: values.legalBasis.trim(),
        coHandlerIds: values.coHandlerIds,
        idempotencyKey: key,
      },
    });
    if (!result) return;
    message.success(t('case.open.done'));
    onClose();
    void navigate(casePath('/regulator/cases', result.openCase.id));
  };

  return (
    <FormDialog
      open={open}
      texts="case.open"
      mutation={openCase}
      onSubmit={submit}
      onClose={onClose}
      testId="case-open-dialog"
      submitTestId="case-open-submit"
      width={640}
      intro={
        <Typography.Paragraph type="secondary">
          {t('case.open.intro', { enterprise: enterpriseName })}
        </Typography.Paragraph>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ violation: defaultViolation, legalBasis: '', coHandlerIds: [] }}
      >
        <Form.Item
          name="violation"
          label={t('case.open.violation')}
          rules={[
            { required: true, whitespace: true, message: t('case.open.violationRequired') },
            { max: CASE_LIMITS.text.max, message: t('case.form.textTooLong') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={CASE_LIMITS.text.max} showCount data-testid="case-violation-input" />
        </Form.Item>
        <Form.Item
          name="legalBasis"
          label={t('case.open.legalBasis')}
          rules={[
            { required: true, whitespace: true, message: t('case.open.basisRequired') },
            { max: CASE_LIMITS.text.max, message: t('case.form.textTooLong') },
          ]}
        >
          <Input.TextArea
            rows={2}
            maxLength={CASE_LIMITS.text.max}
            placeholder={t('case.open.legalBasisPlaceholder')}
            data-testid="case-legal-basis"
          />
        </Form.Item>
        <Form.Item
          name="coHandlerIds"
          label={t('case.open.coHandlers')}
          extra={t('case.open.coHandlersHint')}
          rules={[{ required: true, type: 'array', min: 1, message: t('case.open.coHandlerRequired') }]}
        >
          <Select<string[]>
            mode="multiple"
            options={options}
            loading={colleagues.loading}
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={t('case.open.coHandlers')}
            data-testid="case-co-handlers"
          />
        </Form.Item>
        {colleagues.error ? (
          <Alert
            type="warning"
            showIcon
            title={t('error.loadFailed')}
            action={
              <Button size="small" onClick={() => void colleagues.refetch()}>
                {t('error.retry')}
              </Button>
            }
          />
        ) : !colleagues.loading && colleagues.data && options.length === 0 ? (
          <Alert type="warning" showIcon title={t('case.open.noColleagues')} data-testid="case-no-colleagues" />
        ) : null}
      </Form>
    </FormDialog>
  );
}
