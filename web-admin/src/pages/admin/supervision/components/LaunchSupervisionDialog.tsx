// 发起督导检查: the round's name and window, the townships and departments to supervise, how many of each unit's
// enterprises to draw for a site check, an optional checklist. The server's refusal shows above the form.
import { Alert, Form, Input, InputNumber, Row, Select } from 'antd';
import { useState } from 'react';
import { SUPERVISION_SITES } from '../../../../../../domain/supervision-rounds';
import { newIdempotencyKey } from '../../../../api/client';
import { useMutation, useQuery } from '../../../../api/hooks';
import { DateTimeInput } from '../../../../components/DateTimeInput';
import { FormDialog } from '../../../../components/FormDialog';
import { FormField } from '../../../../components/FormField';
import { fromShanghaiInput, inDays, toShanghaiInput } from '../../../../format';
import { useT } from '../../../../locales';
import { windowProblems } from '../../launch/form';
import { LaunchSupervisionMutation, SupervisionLaunchOptionsQuery } from '../queries';

interface LaunchForm {
  name: string;
  startsAt?: string;
  endsAt: string;
  taskDueAt?: string;
  unitIds: string[];
  sitesPerUnit: number;
  checklistTemplateId?: string;
}

const KINDS = ['TOWNSHIP', 'REGULATOR'] as const;

const defaults = (): Partial<LaunchForm> => ({
  endsAt: `${toShanghaiInput(inDays(14)).slice(0, 10)}T17:30`,
  unitIds: [],
  sitesPerUnit: SUPERVISION_SITES.default,
});

export function LaunchSupervisionDialog({
  open,
  onClose,
  onLaunched,
}: {
  open: boolean;
  onClose: () => void;
  onLaunched: (id: string) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<LaunchForm>();
  const launch = useMutation(LaunchSupervisionMutation);
  const options = useQuery(SupervisionLaunchOptionsQuery, {}, { skip: !open });
  const [key, setKey] = useState(newIdempotencyKey);
  const [problems, setProblems] = useState<string[]>([]);
  const [initial] = useState(defaults);

  const units = options.data?.orgUnits ?? [];
  const unitOptions = KINDS.map((kind) => ({
    label: t(`supervision.launch.group.${kind}`),
    title: t(`supervision.launch.group.${kind}`),
    options: units.filter((u) => u.kind === kind).map((u) => ({ value: u.id, label: u.name })),
  }));

  const close = () => {
    setProblems([]);
    onClose();
  };

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const found = windowProblems({
      startsAt: values.startsAt ?? '',
      endsAt: values.endsAt,
      taskDueAt: values.taskDueAt ?? '',
    }).map((k) => t(k));
    setProblems(found);
    if (found.length > 0) return;
    const result = await launch.run({
      input: {
        name: values.name.trim(),
        startsAt: fromShanghaiInput(values.startsAt),
        endsAt: fromShanghaiInput(values.endsAt) ?? '',
        taskDueAt: fromShanghaiInput(values.taskDueAt),
        unitIds: values.unitIds,
        sitesPerUnit: values.sitesPerUnit,
        checklistTemplateId: values.checklistTemplateId ?? null,
        idempotencyKey: key,
      },
    });
    if (!result) return;
    setKey(newIdempotencyKey());
    onLaunched(result.launchSupervision.id);
  };

  return (
    <FormDialog
      open={open}
      texts="supervision.launch"
      mutation={launch}
      onSubmit={submit}
      onClose={close}
      testId="supervision-launch-dialog"
      submitTestId="supervision-launch-submit"
      width={760}
    >
      {problems.length > 0 ? (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={problems.join('；')} />
      ) : null}
      <Form<LaunchForm> form={form} layout="vertical" initialValues={initial} requiredMark="optional">
        <Row gutter={16}>
          <FormField cell={{ xs: 24 }} name="name" label={t('supervision.field.name')} required="fill">
            <Input data-testid="supervision-name" maxLength={100} placeholder={t('supervision.launch.nameHint')} />
          </FormField>
          <FormField
            cell={{ xs: 24, md: 8 }}
            name="startsAt"
            label={t('launch.field.startsAt')}
            extra={t('supervision.launch.startsAtHint')}
          >
            <DateTimeInput testId="supervision-starts-at" ariaLabel={t('launch.field.startsAt')} />
          </FormField>
          <FormField cell={{ xs: 24, md: 8 }} name="endsAt" label={t('launch.field.endsAt')} required="fill">
            <DateTimeInput testId="supervision-ends-at" ariaLabel={t('launch.field.endsAt')} />
          </FormField>
          <FormField
            cell={{ xs: 24, md: 8 }}
            name="taskDueAt"
            label={t('supervision.field.taskDueAt')}
            extra={t('supervision.launch.taskDueAtHint')}
          >
            <DateTimeInput testId="supervision-task-due-at" ariaLabel={t('supervision.field.taskDueAt')} />
          </FormField>
          <FormField
            cell={{ xs: 24 }}
            name="unitIds"
            label={t('supervision.field.units')}
            extra={t('supervision.launch.unitsHint')}
            rules={[{ type: 'array', required: true, min: 1, message: t('supervision.launch.unitsRequired') }]}
          >
            <Select<string[]>
              mode="multiple"
              allowClear
              data-testid="supervision-units"
              loading={options.loading}
              options={unitOptions}
              showSearch={{ optionFilterProp: 'label' }}
            />
          </FormField>
          <FormField
            cell={{ xs: 24, md: 10 }}
            name="sitesPerUnit"
            label={t('supervision.launch.sites')}
            extra={t('supervision.launch.sitesHint')}
            rules={[
              {
                required: true,
                type: 'integer',
                min: SUPERVISION_SITES.min,
                max: SUPERVISION_SITES.max,
                message: t('supervision.launch.sitesRange'),
              },
            ]}
          >
            <InputNumber
              min={SUPERVISION_SITES.min}
              max={SUPERVISION_SITES.max}
              precision={0}
              data-testid="supervision-sites"
              suffix={t('supervision.launch.sitesUnit')}
              style={{ width: 140 }}
            />
          </FormField>
          <FormField cell={{ xs: 24, md: 14 }} name="checklistTemplateId" label={t('supervision.field.template')}>
            <Select<string>
              allowClear
              data-testid="supervision-template"
              placeholder={t('launch.field.noTemplate')}
              loading={options.loading}
              showSearch={{ optionFilterProp: 'label' }}
              options={(options.data?.checklistTemplates ?? []).map((tpl) => ({ value: tpl.id, label: tpl.name }))}
            />
          </FormField>
        </Row>
      </Form>
    </FormDialog>
  );
}
