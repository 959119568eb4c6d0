// 挂牌督办 in a major hazard's record: since when it is listed and whether it is removed (核销), the enterprise's 五落实
// 治理方案, the order to suspend production (责令暂时停产停业) and the experts' acceptance (专家验收). The enterprise
// files its plan (its unit may enter it on its behalf); the hazard's unit or the county office orders the suspension
// once and records the acceptance once the rectification is reported. The server decides; this only hides what it
// would refuse.
import { ExperimentOutlined, FileTextOutlined, StopOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useMutation } from '../../api/hooks';
import { mayWorkFor } from '../../access';
import { FormDialog } from '../../components/FormDialog';
import { formatDate, formatDateTime, formatYuan, shanghaiDayStart, toShanghaiDate } from '../../format';
import type { HazardListingFieldsFragment, HazardStatus } from '../../gql/graphql';
import { useLocale } from '../../locales';
import { useUser } from '../../session';
import { LISTING_LIMITS } from '../../../../domain/listed-supervision';
import { documentsChanged } from '../documents/changed';
import { OrderSuspensionMutation, RecordExpertAcceptanceMutation, SubmitListingPlanMutation } from './listing-queries';

/** What the section reads of the hazard: its listing, and whose it is. */
export interface ListingHazard extends HazardListingFieldsFragment {
  id: string;
  description: string;
  status: HazardStatus;
  rectifyBy: string;
  enterprise: { id: string };
  regulator: { id: string };
}

type Plan = NonNullable<NonNullable<ListingHazard['listing']>['plan']>;

/** The last moment of a Shanghai calendar day `YYYY-MM-DD` (a deadline is the whole day), or null. */
function endOfDay(day: string): string | null {
  const next = shanghaiDayStart(day, 1);
  return next ? new Date(Date.parse(next) - 1000).toISOString() : null;
}

interface PlanForm {
  measures: string;
  responsible: string;
  fundsYuan: number | null;
  completeBy: string;
  contingencyPlan: string;
}

function PlanDialog({
  hazard,
  open,
  onBehalf,
  onClose,
  onDone,
}: {
  hazard: ListingHazard;
  open: boolean;
  onBehalf: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useLocale();
  const [form] = Form.useForm<PlanForm>();
  const submitPlan = useMutation(SubmitListingPlanMutation);
  const plan: Plan | null = hazard.listing?.plan ?? null;
  const tomorrow = toShanghaiDate(new Date(Date.now() + 86_400_000));
  const rectifyDay = toShanghaiDate(new Date(hazard.rectifyBy));
  const initial: Partial<PlanForm> = plan
    ? { ...plan, completeBy: toShanghaiDate(new Date(plan.completeBy)) }
    : { completeBy: rectifyDay >= tomorrow ? rectifyDay : '' };

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const result = await submitPlan.run({
      hazardId: hazard.id,
      input: {
        measures: values.measures.trim(),
        responsible: values.responsible.trim(),
        fundsYuan: values.fundsYuan ?? 0,
        completeBy: endOfDay(values.completeBy) ?? values.completeBy,
        contingencyPlan: values.contingencyPlan.trim(),
      },
    });
    if (result) onDone();
  };

  return (
    <FormDialog
      open={open}
      texts="listing.plan"
      mutation={submitPlan}
      onSubmit={submit}
      onClose={onClose}
      testId="listing-plan-dialog"
      submitTestId="listing-plan-submit"
      width={640}
      intro={
        <>
          <Typography.Paragraph type="secondary">{hazard.description}</Typography.Paragraph>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={onBehalf ? `${t('listing.plan.intro')}${t('listing.plan.onBehalfIntro')}` : t('listing.plan.intro')}
          />
        </>
      }
    >
      <Form<PlanForm> form={form} layout="vertical" preserve={false} initialValues={initial}>
        <Form.Item
          name="measures"
          label={t('listing.plan.measures')}
          rules={[{ required: true, whitespace: true, message: t('listing.plan.measuresRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={LISTING_LIMITS.text} showCount data-testid="listing-plan-measures" />
        </Form.Item>
        <Form.Item
          name="responsible"
          label={t('listing.plan.responsible')}
          rules={[{ required: true, whitespace: true, message: t('listing.plan.responsibleRequired') }]}
        >
          <Input maxLength={LISTING_LIMITS.text} data-testid="listing-plan-responsible" />
        </Form.Item>
        <Form.Item
          name="fundsYuan"
          label={t('listing.plan.fundsYuan')}
          rules={[{ required: true, message: t('listing.plan.fundsRequired') }]}
        >
          <InputNumber
            min={0}
            max={1_000_000_000}
            precision={2}
            style={{ width: '100%' }}
            suffix={t('listing.plan.yuan')}
            inputMode="decimal"
            data-testid="listing-plan-funds"
          />
        </Form.Item>
        <Form.Item
          name="completeBy"
          label={t('listing.plan.completeBy')}
          rules={[{ required: true, message: t('listing.plan.completeByRequired') }]}
        >
          <Input
            type="date"
            min={tomorrow}
            aria-label={t('listing.plan.completeBy')}
            style={{ maxWidth: 220 }}
            data-testid="listing-plan-complete-by"
          />
        </Form.Item>
        <Form.Item
          name="contingencyPlan"
          label={t('listing.plan.contingencyPlan')}
          rules={[{ required: true, whitespace: true, message: t('listing.plan.contingencyPlanRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={LISTING_LIMITS.text} showCount data-testid="listing-plan-contingency" />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}

function SuspendDialog({
  hazard,
  open,
  onClose,
  onDone,
}: {
  hazard: ListingHazard;
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useLocale();
  const [form] = Form.useForm<{ reason: string }>();
  const suspend = useMutation(OrderSuspensionMutation);

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const result = await suspend.run({ hazardId: hazard.id, reason: values.reason.trim() });
    if (result) onDone();
  };

  return (
    <FormDialog
      open={open}
      texts="listing.suspend"
      mutation={suspend}
      onSubmit={submit}
      onClose={onClose}
      testId="listing-suspend-dialog"
      submitTestId="listing-suspend-submit"
      intro={
        <>
          <Typography.Paragraph type="secondary">{hazard.description}</Typography.Paragraph>
          <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('listing.suspend.intro')} />
        </>
      }
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="reason"
          label={t('listing.suspend.reason')}
          extra={t('listing.suspend.reasonHint')}
          rules={[{ required: true, whitespace: true, message: t('listing.suspend.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={LISTING_LIMITS.text} showCount data-testid="listing-suspend-reason" />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}

interface AcceptForm {
  experts: string[];
  opinion: string;
  passed: boolean;
}

function AcceptDialog({
  hazard,
  open,
  onClose,
  onDone,
}: {
  hazard: ListingHazard;
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useLocale();
  const [form] = Form.useForm<AcceptForm>();
  const accept = useMutation(RecordExpertAcceptanceMutation);
  const before = hazard.listing?.expertAcceptance ?? null;
  const n = LISTING_LIMITS.experts;

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const result = await accept.run({
      input: {
        hazardId: hazard.id,
        experts: values.experts.map((e) => e.trim()).filter(Boolean),
        opinion: values.opinion.trim(),
        passed: values.passed,
      },
    });
    if (result) onDone();
  };

  return (
    <FormDialog
      open={open}
      texts="listing.accept"
      mutation={accept}
      onSubmit={submit}
      onClose={onClose}
      testId="listing-accept-dialog"
      submitTestId="listing-accept-submit"
      intro={
        <>
          <Typography.Paragraph type="secondary">{hazard.description}</Typography.Paragraph>
          <Typography.Paragraph>{t('listing.accept.intro')}</Typography.Paragraph>
        </>
      }
    >
      <Form<AcceptForm>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          before ? { experts: before.experts, opinion: before.opinion, passed: before.passed } : { passed: true }
        }
      >
        <Form.Item
          name="experts"
          label={t('listing.accept.experts')}
          extra={t('listing.accept.expertsHint', { n })}
          rules={[
            { required: true, type: 'array', min: 1, message: t('listing.accept.expertsRequired') },
            { type: 'array', max: n, message: t('listing.accept.expertsTooMany', { n }) },
          ]}
        >
          <Select<string[]>
            mode="tags"
            open={false}
            suffixIcon={null}
            tokenSeparators={[',', '，', '、', ';', '；']}
            maxCount={n}
            aria-label={t('listing.accept.experts')}
            data-testid="listing-accept-experts"
          />
        </Form.Item>
        <Form.Item
          name="opinion"
          label={t('listing.accept.opinion')}
          rules={[{ required: true, whitespace: true, message: t('listing.accept.opinionRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={LISTING_LIMITS.text} showCount data-testid="listing-accept-opinion" />
        </Form.Item>
        <Form.Item name="passed" label={t('listing.accept.passed')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            data-testid="listing-accept-passed"
            options={[
              { value: true, label: t('listing.accept.pass') },
              { value: false, label: t('listing.accept.fail') },
            ]}
          />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}

type Dialog = 'plan' | 'suspend' | 'accept' | null;

/** The listing of a listed major hazard, with the steps the viewer may take; nothing for a hazard never listed. */
export function ListingSection({
  hazard,
  readOnly = false,
  onChanged,
}: {
  hazard: ListingHazard;
  /** A drill-down that only reads (the leader's). */
  readOnly?: boolean;
  /** A step was taken: the record is to be read again. */
  onChanged: () => void;
}) {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const user = useUser();
  const [dialog, setDialog] = useState<Dialog>(null);
  if (!hazard.listedAt) return null;

  const listing = hazard.listing;
  const plan = listing?.plan ?? null;
  const acceptance = listing?.expertAcceptance ?? null;
  const open = !hazard.delistedAt && hazard.status !== 'CLOSED';
  const ownEnterprise = user.role === 'ENTERPRISE' && user.enterprise?.id === hazard.enterprise.id;
  const unit = mayWorkFor(user, hazard.regulator.id);
  // The county office's admins act for the listing as its unit does (the server checks the office).
  const office = unit || user.role === 'ADMIN';
  const mayPlan = !readOnly && open && (ownEnterprise || unit);
  const maySuspend = !readOnly && open && office && !listing?.suspendedAt;
  const mayAccept =
    !readOnly && open && office && (hazard.status === 'PENDING_VERIFICATION' || hazard.status === 'PENDING_SIGN_OFF');

  const done = (text: string, issued = false) => {
    setDialog(null);
    message.success(text);
    onChanged();
    if (issued) documentsChanged(hazard.id);
  };

  return (
    <section data-testid="listing-section">
      <Typography.Title level={5}>{t('listing.title')}</Typography.Title>
      <Descriptions column={1} size="small" bordered styles={{ label: { width: 140 } }}>
        <Descriptions.Item label={t('listing.listedAt')}>
          <span data-testid="listing-listed-at">{formatDateTime(hazard.listedAt, locale)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('listing.status')}>
          {hazard.delistedAt ? (
            <Tag color="green" data-testid="listing-status">
              {t('listing.status.removed', { at: formatDateTime(hazard.delistedAt, locale) })}
            </Tag>
          ) : (
            <Tag color="red" data-testid="listing-status">
              {t('listing.status.active')}
            </Tag>
          )}
        </Descriptions.Item>
        {plan ? (
          [
            <Descriptions.Item key="measures" label={t('listing.plan.measures')}>
              <Space orientation="vertical" size={2}>
                <span data-testid="listing-plan-measures-text">{plan.measures}</span>
                {listing?.planAt ? (
                  <Typography.Text type="secondary">
                    {t('listing.plan.filedAt', { at: formatDateTime(listing.planAt, locale) })}
                  </Typography.Text>
                ) : null}
              </Space>
            </Descriptions.Item>,
            <Descriptions.Item key="responsible" label={t('listing.plan.responsible')}>
              {plan.responsible}
            </Descriptions.Item>,
            <Descriptions.Item key="funds" label={t('listing.plan.fundsYuan')}>
              {formatYuan(plan.fundsYuan, locale)}
            </Descriptions.Item>,
            <Descriptions.Item key="completeBy" label={t('listing.plan.completeBy')}>
              <span data-testid="listing-plan-complete-by-text">{formatDate(plan.completeBy, locale)}</span>
            </Descriptions.Item>,
            <Descriptions.Item key="contingency" label={t('listing.plan.contingencyPlan')}>
              {plan.contingencyPlan}
            </Descriptions.Item>,
          ]
        ) : (
          <Descriptions.Item label={t('listing.plan')}>
            <Typography.Text type="warning" data-testid="listing-plan-none">
              {t('listing.plan.none')}
            </Typography.Text>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('listing.suspension')}>
          <div data-testid="listing-suspension">
            {listing?.suspendedAt ? (
              <Space orientation="vertical" size={2}>
                <Tag color="volcano">
                  {t('listing.suspension.ordered', { at: formatDateTime(listing.suspendedAt, locale) })}
                </Tag>
                {listing.suspensionReason ? <span>{listing.suspensionReason}</span> : null}
              </Space>
            ) : (
              <Typography.Text type="secondary">{t('listing.suspension.none')}</Typography.Text>
            )}
          </div>
        </Descriptions.Item>
        <Descriptions.Item label={t('listing.acceptance')}>
          <div data-testid="listing-acceptance">
            {acceptance ? (
              <Space orientation="vertical" size={2}>
                <Tag color={acceptance.passed ? 'green' : 'red'}>
                  {t(acceptance.passed ? 'listing.acceptance.passed' : 'listing.acceptance.failed')}
                </Tag>
                <span>{t('listing.acceptance.experts', { names: acceptance.experts.join('、') })}</span>
                <span>{acceptance.opinion}</span>
                <Typography.Text type="secondary">
                  {t('listing.acceptance.at', { at: formatDateTime(acceptance.at, locale) })}
                </Typography.Text>
              </Space>
            ) : (
              <Typography.Text type="secondary">{t('listing.acceptance.none')}</Typography.Text>
            )}
          </div>
        </Descriptions.Item>
      </Descriptions>
      {mayPlan || maySuspend || mayAccept ? (
        <Space wrap style={{ marginTop: 12 }}>
          {mayPlan ? (
            <Button
              type={plan ? 'default' : 'primary'}
              icon={<FileTextOutlined />}
              onClick={() => setDialog('plan')}
              data-testid="listing-plan-open"
            >
              {t(plan ? 'listing.plan.revise' : ownEnterprise ? 'listing.plan.action' : 'listing.plan.onBehalf')}
            </Button>
          ) : null}
          {maySuspend ? (
            <Button
              danger
              icon={<StopOutlined />}
              onClick={() => setDialog('suspend')}
              data-testid="listing-suspend-open"
            >
              {t('listing.suspend.action')}
            </Button>
          ) : null}
          {mayAccept ? (
            <Button icon={<ExperimentOutlined />} onClick={() => setDialog('accept')} data-testid="listing-accept-open">
              {t(acceptance ? 'listing.accept.again' : 'listing.accept.action')}
            </Button>
          ) : null}
        </Space>
      ) : null}
      {mayPlan ? (
        <PlanDialog
          hazard={hazard}
          open={dialog === 'plan'}
          onBehalf={!ownEnterprise}
          onClose={() => setDialog(null)}
          onDone={() => done(t('listing.plan.done'))}
        />
      ) : null}
      {maySuspend ? (
        <SuspendDialog
          hazard={hazard}
          open={dialog === 'suspend'}
          onClose={() => setDialog(null)}
          onDone={() => done(t('listing.suspend.done'), true)}
        />
      ) : null}
      {mayAccept ? (
        <AcceptDialog
          hazard={hazard}
          open={dialog === 'accept'}
          onClose={() => setDialog(null)}
          onDone={() => done(t('listing.accept.done'))}
        />
      ) : null}
    </section>
  );
}
