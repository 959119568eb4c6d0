// The comment and the new deadline of a hazard sent back for more rectification — a verification that fails (核查不通过)
// or a sign-off returned (退回整改): asked only when sending back, the deadline later than now and within two years.
import { Form, Input } from 'antd';
import { DateTimeInput } from '../../components/DateTimeInput';
import { fromShanghaiInput, inDays, toShanghaiInput } from '../../format';
import { useT, type MessageKey } from '../../locales';

const YEAR_2 = 2 * 366 * 86_400_000;

/** The form's starting value of the new deadline: a week from today at the end of the working day. */
export const defaultNewRectifyBy = (): string => `${toShanghaiInput(inDays(7)).slice(0, 10)}T17:30`;

export function SendBackFields({
  sendingBack,
  labels,
  testIds,
}: {
  /** Read when validating: true when the person chose to send the hazard back. */
  sendingBack: () => boolean;
  labels: { comment: MessageKey; commentHint: MessageKey; commentRequired: MessageKey; deadlineHint: MessageKey };
  testIds: { comment: string; deadline: string };
}) {
  const t = useT();
  return (
    <>
      <Form.Item
        name="comment"
        label={t(labels.comment)}
        extra={t(labels.commentHint)}
        rules={[
          { max: 2000 },
          {
            validator: async (_, value: string | undefined) => {
              if (sendingBack() && !value?.trim()) throw new Error(t(labels.commentRequired));
            },
          },
        ]}
      >
        <Input.TextArea rows={3} maxLength={2000} data-testid={testIds.comment} />
      </Form.Item>
      <Form.Item
        name="newRectifyBy"
        label={t('rectification.verify.newRectifyBy')}
        extra={t(labels.deadlineHint)}
        rules={[
          {
            validator: async (_, value: string | undefined) => {
              if (!sendingBack()) return;
              const at = Date.parse(fromShanghaiInput(value) ?? '');
              if (Number.isNaN(at)) throw new Error(t('rectification.verify.newRectifyByRequired'));
              if (at <= Date.now()) throw new Error(t('rectification.verify.newRectifyByFuture'));
              if (at > Date.now() + YEAR_2) throw new Error(t('inspection.problem.rectifyTooFar'));
            },
          },
        ]}
      >
        <DateTimeInput testId={testIds.deadline} ariaLabel={t('rectification.verify.newRectifyBy')} />
      </Form.Item>
    </>
  );
}
