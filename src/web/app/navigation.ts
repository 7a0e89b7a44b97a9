import type { Role } from '../../server/routes/common.schemas.js';
import type en from '../i18n/locales/en.json';

/** A label of the menu: a key under `layout.nav` of the catalogue, so a missing translation fails the build. */
type NavigationKey = `layout.nav.${keyof (typeof en)['layout']['nav']}`;

interface NavigationPage {
  to: string;
  key: NavigationKey;
  roles: readonly Role[] | null;
}

interface NavigationModule {
  id: string;
  key: NavigationKey;
  pages: readonly NavigationPage[];
}

/**
 * The modules that exist, in menu order, each with its pages; a module that is not built yet is not listed.
 * The top bar shows the modules, the bar under it the pages of the module being read, so the menu stays one
 * short row in every language however many modules there are.
 */
export const NAVIGATION = [
  // The dashboard is the first page after login for every role (each sees on it what it may see elsewhere).
  {
    id: 'dashboard',
    key: 'layout.nav.dashboard',
    pages: [{ to: '/', key: 'layout.nav.dashboard', roles: null }],
  },
  {
    id: 'agreement',
    key: 'layout.nav.home',
    pages: [
      { to: '/agreement', key: 'layout.nav.home', roles: null },
      { to: '/provisions', key: 'layout.nav.provisions', roles: null },
      { to: '/meetings', key: 'layout.nav.meetings', roles: null },
    ],
  },
  {
    id: 'incidents',
    key: 'layout.nav.incidents',
    pages: [{ to: '/incidents', key: 'layout.nav.incidents', roles: null }],
  },
  {
    id: 'tracing',
    key: 'layout.nav.tracing',
    pages: [
      { to: '/tracing/cases', key: 'layout.nav.tracingCases', roles: ['coordinator', 'liaison'] },
      { to: '/tracing/matches', key: 'layout.nav.tracingMatches', roles: ['coordinator'] },
      { to: '/tracing/remains', key: 'layout.nav.tracingRemains', roles: ['coordinator', 'liaison'] },
      {
        to: '/tracing/counts',
        key: 'layout.nav.tracingCounts',
        roles: ['coordinator', 'liaison', 'observer'],
      },
    ],
  },
  {
    id: 'exchange',
    key: 'layout.nav.exchange',
    pages: [
      { to: '/exchange/lists', key: 'layout.nav.exchangeLists', roles: ['coordinator', 'liaison'] },
      { to: '/exchange/reconciliations', key: 'layout.nav.exchangeReconciliations', roles: ['coordinator'] },
      { to: '/exchange/report', key: 'layout.nav.exchangeReport', roles: ['coordinator', 'observer'] },
      { to: '/exchange/results', key: 'layout.nav.exchangeResults', roles: ['liaison'] },
      { to: '/exchange/persons', key: 'layout.nav.exchangePersons', roles: ['coordinator', 'liaison'] },
      { to: '/exchange/plan', key: 'layout.nav.exchangePlan', roles: ['coordinator'] },
      {
        to: '/exchange/events',
        key: 'layout.nav.exchangeEvents',
        roles: ['coordinator', 'liaison', 'observer'],
      },
    ],
  },
  {
    id: 'corridor',
    key: 'layout.nav.corridor',
    pages: [
      { to: '/corridor/map', key: 'layout.nav.corridorMap', roles: null },
      { to: '/corridor/movements', key: 'layout.nav.corridorMovements', roles: null },
      { to: '/corridor/cargo', key: 'layout.nav.corridorCargo', roles: null },
      { to: '/corridor/returns', key: 'layout.nav.corridorReturns', roles: null },
      { to: '/corridor/bulletin', key: 'layout.nav.corridorBulletin', roles: null },
      {
        to: '/corridor/passages',
        key: 'layout.nav.corridorPassages',
        roles: ['coordinator', 'observer', 'field_officer'],
      },
    ],
  },
  {
    id: 'administration',
    key: 'layout.nav.administration',
    pages: [
      { to: '/parties', key: 'layout.nav.parties', roles: ['coordinator'] },
      { to: '/users', key: 'layout.nav.users', roles: ['coordinator'] },
      { to: '/audit', key: 'layout.nav.audit', roles: ['coordinator'] },
    ],
  },
] as const satisfies readonly NavigationModule[];

export type ModuleNavigation = { id: string; key: NavigationKey; to: string; pages: NavigationPage[] };

/** The modules a role may open, each with only the pages it may see; its link goes to the first of them. */
export function navigationFor(role: Role): ModuleNavigation[] {
  const modules: ModuleNavigation[] = [];
  for (const module of NAVIGATION as readonly NavigationModule[]) {
    const pages = module.pages.filter((page) => page.roles === null || page.roles.includes(role));
    const first = pages[0];
    if (first !== undefined) modules.push({ id: module.id, key: module.key, to: first.to, pages });
  }
  return modules;
}

function firstSegment(path: string): string {
  return path.split('/')[1] ?? '';
}

/** The module a path belongs to: the one with a page under the same first path segment (`/exchange/…`). */
export function moduleOfPath(
  modules: readonly ModuleNavigation[],
  path: string,
): ModuleNavigation | undefined {
  const segment = firstSegment(path);
  return modules.find((module) => module.pages.some((page) => firstSegment(page.to) === segment));
}
