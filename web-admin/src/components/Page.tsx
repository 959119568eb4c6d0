import type { ReactNode } from 'react';

/** A page's title row: the title, then actions on the right (they wrap under it on a tablet). */
export function Page({
  title,
  extra,
  children,
  testId,
}: {
  title: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <section data-testid={testId}>
      <div className="page-header">
        <h1>{title}</h1>
        {extra ? <div className="page-extra">{extra}</div> : null}
      </div>
      {children}
    </section>
  );
}
