import { Alert, Button } from 'antd';
import { errorText } from '../api/errors';
import { useT } from '../locales';

/** An API refusal in the server's words (or the locale's, for a network fault), next to what caused it. */
export function ErrorAlert({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const t = useT();
  if (!error) return null;
  return (
    <Alert
      data-testid="error-alert"
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={title ?? t('error.title')}
      description={errorText(error, t)}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('error.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
