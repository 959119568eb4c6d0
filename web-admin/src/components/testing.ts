import type { HTMLAttributes } from 'react';

/** Row attributes for antd's onRow with a stable test hook (a fresh object literal would not accept a data-* key). */
export function rowHook(testId: string, extra: HTMLAttributes<HTMLElement> = {}): HTMLAttributes<HTMLElement> {
  const attributes: HTMLAttributes<HTMLElement> & { 'data-testid': string } = { ...extra, 'data-testid': testId };
  return attributes;
}
