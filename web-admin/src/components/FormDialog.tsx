// A dialog that sends one form as one mutation: its submit button, its cancel (which forgets a refusal), the
// refusal in the server's words above the form.
import { Modal, type ButtonProps } from 'antd';
import type { ReactNode } from 'react';
import { useT, type MessageKey } from '../locales';

/** A locale area with a `.title` and a `.submit`: a dialog's words. */
export type DialogTexts = {
  [K in MessageKey]: K extends `${infer Area}.submit` ? (`${Area}.title` extends MessageKey ? Area : never) : never;
}[MessageKey];
import { ErrorAlert } from './ErrorAlert';

export function FormDialog({
  open,
  texts,
  mutation,
  onSubmit,
  onClose,
  testId,
  submitTestId,
  busy = false,
  width,
  keepOnClose = false,
  intro,
  children,
}: {
  open: boolean;
  texts: DialogTexts;
  mutation: { loading: boolean; error: unknown; reset: () => void };
  onSubmit: () => Promise<void>;
  onClose: () => void;
  testId: string;
  submitTestId?: string;
  /** Something the form waits for (a photo uploading): submitting waits too. */
  busy?: boolean;
  width?: number;
  /** Keep what was typed when the dialog closes (it is cleared once sent). */
  keepOnClose?: boolean;
  /** What the form is about, above it. */
  intro?: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  const submitText = t(`${texts}.submit`);
  const submitProps: ButtonProps & { 'data-testid'?: string } = { 'aria-label': submitText, disabled: busy };
  if (submitTestId) submitProps['data-testid'] = submitTestId;
  return (
    <Modal
      open={open}
      title={t(`${texts}.title`)}
      okText={submitText}
      cancelText={t('common.cancel')}
      onOk={() => {
        void onSubmit();
      }}
      onCancel={() => {
        mutation.reset();
        onClose();
      }}
      confirmLoading={mutation.loading}
      okButtonProps={submitProps}
      destroyOnHidden={!keepOnClose}
      width={width}
      modalRender={(node) => <div data-testid={testId}>{node}</div>}
    >
      {intro}
      <ErrorAlert error={mutation.error} />
      {children}
    </Modal>
  );
}
