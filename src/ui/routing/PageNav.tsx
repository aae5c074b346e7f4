import { PageLink } from './PageLink';
import type { Route } from './route';

/** The header's page links; each marks itself current on the pages it covers. */
const PAGES: { label: string; route: Route; covers: Route['page'][] }[] = [
  { label: 'Overview', route: { page: 'overview' }, covers: ['overview', 'speaker'] },
  { label: 'Articles', route: { page: 'articles' }, covers: ['articles', 'article'] },
  { label: 'Forecasts', route: { page: 'forecasts' }, covers: ['forecasts'] },
];

/** The Pages navigation, shared by the app's header and a shared report's. */
export function PageNav({ page }: { page: Route['page'] }) {
  return (
    <nav aria-label="Pages" className="page-nav">
      {PAGES.map((p) => (
        <PageLink
          key={p.label}
          to={p.route}
          aria-current={p.covers.includes(page) ? 'page' : undefined}
        >
          {p.label}
        </PageLink>
      ))}
    </nav>
  );
}
