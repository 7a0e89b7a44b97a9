import type { RouteObject } from 'react-router';
import './corridor.css';

// Every signed-in role reads the corridor; the API scopes each movement and refuses writes by role. The pages load
// on first use: the map (MapLibre, the Natural Earth base) and the charts stay out of the first download.
export const corridorRoutes: RouteObject[] = [
  {
    path: 'corridor/map',
    lazy: async () => {
      // MapLibre's download starts with the page's own, not after the page has rendered.
      void import('../map/map-view.js').then(({ preloadMap }) => preloadMap());
      return { Component: (await import('./map-page.js')).MapPage };
    },
  },
  {
    path: 'corridor/movements',
    lazy: async () => ({ Component: (await import('./movements-page.js')).MovementsPage }),
  },
  {
    path: 'corridor/movements/:movementId',
    lazy: async () => ({ Component: (await import('./movement-page.js')).MovementPage }),
  },
  {
    path: 'corridor/cargo',
    lazy: async () => ({ Component: (await import('./cargo-page.js')).CargoPage }),
  },
  {
    path: 'corridor/bulletin',
    lazy: async () => ({ Component: (await import('./bulletin-page.js')).BulletinPage }),
  },
  {
    path: 'corridor/passages',
    lazy: async () => ({ Component: (await import('./passages-page.js')).PassagesPage }),
  },
  {
    path: 'corridor/returns',
    lazy: async () => ({ Component: (await import('./returns-page.js')).ReturnsPage }),
  },
];
