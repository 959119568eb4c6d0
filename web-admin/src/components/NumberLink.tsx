import { Button } from 'antd';
import type { ReactNode } from 'react';

/** A figure that opens the list behind it. */
export function NumberLink({
  children,
  onClick,
  label,
  testId,
}: {
  children: ReactNode;
  onClick: () => void;
  label: string;
  testId?: string;
}) {
  return (
    <Button
      type="link"
      size="small"
      style={{ padding: 0, height: 'auto' }}
      onClick={onClick}
      aria-label={label}
      data-testid={testId}
    >
      {children}
    </Button>
  );
}
