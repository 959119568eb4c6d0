// 新增 / 编辑包保责任: one link of the chain. Its tier decides the rest: a county leader (a leader's account) answers
// for a township; a township official answers for a village or a danger point under the township's county leader; a
// village cadre answers for households or a point under a township official. A person is an account, or a name and
// an 11-digit mobile number (texted a link to acknowledge). The server's refusal shows above the form.
import { Form, Input, Radio, Row, Select } from 'antd';
import { useMemo } from 'react';
import { isMobilePhone, PARENT_TIER, tierProblem } from '../../../../../../domain/emergency-response';
import { LIMITS } from '../../../../../../domain/limits';
import { useMutation, useQuery } from '../../../../api/hooks';
import { FormDialog } from '../../../../components/FormDialog';
import { FormField } from '../../../../components/FormField';
import type { DutyAssignmentFieldsFragment, DutyTargetKind, DutyTier } from '../../../../gql/graphql';
import { useT } from '../../../../locales';
import { DUTY_TIERS } from '../../../../shared/emergency/words';
import { useOrgUnits } from '../../../../shared/reference/useReference';
import { CreateDutyAssignmentMutation, DutyParentOptionsQuery, UpdateDutyAssignmentMutation } from '../queries';
import { useDutyAccounts } from './duty-accounts';

const TARGET_KINDS: readonly DutyTargetKind[] = [
  'TOWNSHIP',
  'VILLAGE',
  'RESERVOIR',
  'TORRENT_GULLY',
  'GEOLOGICAL_POINT',
  'ENTERPRISE',
  'HOUSEHOLDS',
  'OTHER_POINT',
];

type PersonMode = 'account' | 'phone';

interface LinkForm {
  tier: DutyTier;
  townshipId: string;
  targetKind: DutyTargetKind;
  targetName: string;
  parentId?: string;
  personMode: PersonMode;
  userId?: string;
  personName: string;
  phone?: string;
}

const initialOf = (link: DutyAssignmentFieldsFragment | null): Partial<LinkForm> =>
  link
    ? {
        tier: link.tier,
        townshipId: link.township.id,
        targetKind: link.targetKind,
        targetName: link.targetName,
        parentId: link.parentId ?? undefined,
        personMode: link.userId || link.tier === 'COUNTY' ? 'account' : 'phone',
        userId: link.userId ?? undefined,
        personName: link.personName,
        phone: link.phone ?? undefined,
      }
    : { tier: 'VILLAGE', personMode: 'phone' };

export function DutyAssignmentDialog({
  open,
  editing,
  onClose,
  onSaved,
}: {
  open: boolean;
  /** The link to edit; null for a new one. */
  editing: DutyAssignmentFieldsFragment | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<LinkForm>();
  const create = useMutation(CreateDutyAssignmentMutation);
  const update = useMutation(UpdateDutyAssignmentMutation);
  const mutation = editing ? update : create;
  const units = useOrgUnits();
  const initial = useMemo(() => initialOf(editing), [editing]);

  const tier = Form.useWatch('tier', form) ?? initial.tier;
  const townshipId = Form.useWatch('townshipId', form) ?? initial.townshipId;
  // Every hook on every render: a county leader's link is always by account.
  const chosenMode = Form.useWatch('personMode', form) ?? initial.personMode ?? 'phone';
  const personMode: PersonMode = tier === 'COUNTY' ? 'account' : chosenMode;
  const parentTier = tier ? PARENT_TIER[tier] : null;

  const parents = useQuery(
    DutyParentOptionsQuery,
    { townshipId: townshipId ?? '', tier: parentTier ?? 'COUNTY' },
    { skip: !open || !townshipId || !parentTier },
  );
  const parentOptions = (parents.data?.dutyAssignments.edges ?? [])
    .map((e) => e.node)
    .filter((p) => p.id !== editing?.id)
    .map((p) => ({ value: p.id, label: t('duty.option', { name: p.personName, detail: p.targetName }) }));
  const { accounts, loading: accountsLoading } = useDutyAccounts(tier, townshipId, !open || personMode !== 'account');

  // The account the edited link names stays a choice while it is chosen, even when it is no longer among the
  // options (stopped since, or moved to another unit): saving the link unchanged keeps it.
  const userId = Form.useWatch('userId', form) ?? initial.userId;
  const accountOptions = accounts.map((a) => ({
    value: a.id,
    label: t('duty.option', { name: a.displayName, detail: a.username }),
  }));
  if (editing?.userId && userId === editing.userId && !accounts.some((a) => a.id === editing.userId))
    accountOptions.unshift({ value: editing.userId, label: editing.personName });

  const targetKinds = tier ? TARGET_KINDS.filter((k) => tierProblem(tier, k) === null) : TARGET_KINDS;

  const onValuesChange = (changed: Partial<LinkForm>) => {
    if ('tier' in changed) {
      // A new tier: its own target kinds and parent tier.
      const next = changed.tier;
      const kind = form.getFieldValue('targetKind') as DutyTargetKind | undefined;
      if (next && kind && tierProblem(next, kind) !== null) form.setFieldValue('targetKind', undefined);
      if (next === 'COUNTY') {
        form.setFieldsValue({ targetKind: 'TOWNSHIP', personMode: 'account', parentId: undefined });
        const township = units.townships.find((u) => u.id === form.getFieldValue('townshipId'));
        if (township && !form.getFieldValue('targetName')) form.setFieldValue('targetName', township.name);
      }
      form.setFieldsValue({ parentId: undefined, userId: undefined });
    }
    if ('townshipId' in changed) {
      form.setFieldsValue({ parentId: undefined });
      if (form.getFieldValue('tier') !== 'COUNTY') form.setFieldsValue({ userId: undefined });
      const township = units.townships.find((u) => u.id === changed.townshipId);
      if (township && form.getFieldValue('tier') === 'COUNTY') form.setFieldValue('targetName', township.name);
    }
    if ('userId' in changed) {
      const account = accounts.find((a) => a.id === changed.userId);
      if (account) form.setFieldValue('personName', account.displayName);
    }
  };

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const mode = values.tier === 'COUNTY' ? 'account' : values.personMode;
    const input = {
      tier: values.tier,
      townshipId: values.townshipId,
      targetKind: values.targetKind,
      targetName: values.targetName.trim(),
      personName: values.personName.trim(),
      phone: values.phone?.trim() || null,
      userId: mode === 'account' ? (values.userId ?? null) : null,
      parentId: PARENT_TIER[values.tier] ? (values.parentId ?? null) : null,
    };
    const saved = editing
      ? await update.run({ id: editing.id, input: { ...input, active: editing.active } })
      : await create.run({ input });
    if (!saved) return;
    form.resetFields();
    onSaved();
  };

  return (
    <FormDialog
      open={open}
      texts={editing ? 'duty.edit' : 'duty.create'}
      mutation={mutation}
      onSubmit={submit}
      onClose={onClose}
      testId="duty-dialog"
      submitTestId="duty-submit"
      width={720}
    >
      <Form<LinkForm>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={initial}
        onValuesChange={onValuesChange}
        preserve={false}
      >
        <Row gutter={16}>
          <FormField cell={{ xs: 24 }} name="tier" label={t('duty.field.tier')} required="pick">
            <Radio.Group
              data-testid="duty-tier"
              optionType="button"
              options={DUTY_TIERS.map((v) => ({ value: v, label: t(`enum.dutyTier.${v}`) }))}
            />
          </FormField>
          <FormField name="townshipId" label={t('duty.field.township')} required="pick">
            <Select<string>
              data-testid="duty-township"
              aria-label={t('duty.field.township')}
              loading={units.loading}
              options={units.townships.map((u) => ({ value: u.id, label: u.name }))}
              showSearch={{ optionFilterProp: 'label' }}
            />
          </FormField>
          {parentTier ? (
            <FormField
              name="parentId"
              label={t('duty.field.parent')}
              extra={t(parentTier === 'COUNTY' ? 'duty.parentHint.COUNTY' : 'duty.parentHint.TOWNSHIP')}
              rules={[{ required: true, message: t('duty.parentRequired') }]}
            >
              <Select<string>
                data-testid="duty-parent"
                aria-label={t('duty.field.parent')}
                loading={parents.loading}
                disabled={!townshipId}
                options={parentOptions}
                showSearch={{ optionFilterProp: 'label' }}
                notFoundContent={t('duty.noParent')}
              />
            </FormField>
          ) : null}
          <FormField name="targetKind" label={t('duty.field.targetKind')} required="pick">
            <Select<DutyTargetKind>
              data-testid="duty-target-kind"
              aria-label={t('duty.field.targetKind')}
              disabled={tier === 'COUNTY'}
              options={targetKinds.map((k) => ({ value: k, label: t(`enum.dutyTargetKind.${k}`) }))}
            />
          </FormField>
          <FormField name="targetName" label={t('duty.field.targetName')} required="fill">
            <Input maxLength={LIMITS.shortText} data-testid="duty-target-name" placeholder={t('duty.targetHint')} />
          </FormField>
          {tier !== 'COUNTY' ? (
            <FormField cell={{ xs: 24 }} name="personMode" label={t('duty.field.personMode')}>
              <Radio.Group
                data-testid="duty-person-mode"
                options={[
                  { value: 'phone', label: t('duty.personMode.phone') },
                  { value: 'account', label: t('duty.personMode.account') },
                ]}
              />
            </FormField>
          ) : null}
          {personMode === 'account' ? (
            <FormField
              name="userId"
              label={t(tier === 'COUNTY' ? 'duty.field.leader' : 'duty.field.account')}
              extra={t(tier === 'COUNTY' ? 'duty.leaderHint' : 'duty.accountHint')}
              rules={[
                { required: true, message: t(tier === 'COUNTY' ? 'duty.leaderRequired' : 'duty.accountRequired') },
              ]}
            >
              <Select<string>
                data-testid="duty-account"
                aria-label={t(tier === 'COUNTY' ? 'duty.field.leader' : 'duty.field.account')}
                loading={accountsLoading}
                options={accountOptions}
                showSearch={{ optionFilterProp: 'label' }}
              />
            </FormField>
          ) : null}
          <FormField name="personName" label={t('duty.field.personName')} required="fill">
            <Input maxLength={LIMITS.legalRepresentative} data-testid="duty-person-name" />
          </FormField>
          <FormField
            name="phone"
            label={t('duty.field.phone')}
            extra={t(personMode === 'phone' ? 'duty.phoneHint' : 'duty.phoneOptional')}
            rules={[
              { required: personMode === 'phone', message: t('duty.phoneInvalid') },
              {
                validator: async (_rule, value?: string) => {
                  if (value?.trim() && !isMobilePhone(value.trim())) throw new Error(t('duty.phoneInvalid'));
                },
              },
            ]}
          >
            <Input inputMode="tel" maxLength={11} data-testid="duty-phone" />
          </FormField>
        </Row>
      </Form>
    </FormDialog>
  );
}
