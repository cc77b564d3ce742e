// Top-level routes: the wall and the desk app are separate lazily loaded bundles, so a wall
// screen loads neither the desk layout nor its pages (and a desk loads no wall code).
// Declarative routing: the app needs no loaders or actions (Apollo fetches the data), and the
// data router would add ~20 KB to every page.
import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { LoadingState } from '../ui/LoadingState';

const WallPage = lazy(async () => ({
  default: (await import('../modules/wall/components/WallPage')).WallPage,
}));
const DeskRoutes = lazy(async () => ({ default: (await import('./DeskRoutes')).DeskRoutes }));

export function AppRoutes() {
  return (
    <BrowserRouter>
      <Suspense fallback={<LoadingState className="p-6" />}>
        <Routes>
          <Route path="/wall" element={<WallPage />} />
          <Route path="*" element={<DeskRoutes />} />
        </Routes>
      </Suspense>
    </BrowserRouter>
  );
}
