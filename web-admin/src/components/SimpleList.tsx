import type { Key, ReactNode } from 'react';

/** A plain list of rows with optional actions on the right (antd's List is deprecated in v6). */
export function SimpleList<T>({
  items,
  rowKey,
  render,
  actions,
  empty,
  testId,
  itemTestId,
}: {
  items: readonly T[];
  rowKey: (item: T) => Key;
  render: (item: T) => ReactNode;
  actions?: (item: T) => ReactNode;
  empty: ReactNode;
  testId?: string;
  itemTestId?: string;
}) {
  if (items.length === 0) return <>{empty}</>;
  return (
    <ul className="simple-list" data-testid={testId}>
      {items.map((item) => (
        <li key={rowKey(item)} data-testid={itemTestId}>
          <div className="simple-list-main">{render(item)}</div>
          {actions ? <div className="simple-list-actions">{actions(item)}</div> : null}
        </li>
      ))}
    </ul>
  );
}
