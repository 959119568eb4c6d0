// 重置密码: the county office gives a person who forgot their password a one-time one, shown here once; the person
// changes it at their next login, and every session of theirs ends now.
import { Alert, Button, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useMutation } from '../../../../api/hooks';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { useT } from '../../../../locales';
import { ResetPasswordMutation } from '../queries';

export function ResetPasswordDialog({
  user,
  onClose,
}: {
  user: { id: string; username: string; displayName: string } | null;
  onClose: () => void;
}) {
  const t = useT();
  const reset = useMutation(ResetPasswordMutation);
  const [password, setPassword] = useState<string | null>(null);

  const run = async () => {
    if (!user) return;
    const result = await reset.run({ userId: user.id });
    if (result) setPassword(result.resetPassword.password);
  };

  useEffect(() => {
    setPassword(null);
    if (user) reset.reset();
    // Forget the last password shown whenever the dialog opens for someone.
  }, [user]);

  return (
    <Modal
      open={user !== null}
      title={t('users.reset.title', { username: user?.username ?? '' })}
      onCancel={onClose}
      destroyOnHidden
      modalRender={(node) => <div data-testid="reset-dialog">{node}</div>}
      footer={
        password ? (
          <Button type="primary" onClick={onClose} data-testid="reset-done">
            {t('users.reset.done')}
          </Button>
        ) : (
          <>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button
              type="primary"
              danger
              loading={reset.loading}
              onClick={() => void run()}
              data-testid="reset-confirm"
            >
              {t('users.reset.action')}
            </Button>
          </>
        )
      }
    >
      <ErrorAlert error={reset.error} />
      {password ? (
        <>
          <Alert type="success" showIcon title={t('users.reset.shown')} style={{ marginBottom: 16 }} />
          <Typography.Paragraph>
            <Typography.Text code copyable style={{ fontSize: 20 }} data-testid="reset-password">
              {password}
            </Typography.Text>
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary">{t('users.reset.tell')}</Typography.Paragraph>
        </>
      ) : (
        <Typography.Paragraph>{t('users.reset.confirm', { name: user?.displayName ?? '' })}</Typography.Paragraph>
      )}
    </Modal>
  );
}
