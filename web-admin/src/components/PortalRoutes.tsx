// A portal's pages by path: its home for the bare and unknown paths, and the old paths of pages that moved.
import type { ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';

export function PortalRoutes({
  home,
  index = <Navigate to={home} replace />,
  pages,
  moved = {},
}: {
  home: string;
  /** What the portal's own path shows (its home by default). */
  index?: ReactNode;
  pages: Record<string, ReactNode>;
  /** Bookmarks of a page's old path keep working. */
  moved?: Record<string, string>;
}) {
  return (
    <Routes>
      <Route index element={index} />
      {Object.entries(pages).map(([path, page]) => (
        <Route key={path} path={path} element={page} />
      ))}
      {Object.entries(moved).map(([path, to]) => (
        <Route key={path} path={path} element={<Navigate to={to} replace />} />
      ))}
      <Route path="*" element={<Navigate to={home} replace />} />
    </Routes>
  );
}
