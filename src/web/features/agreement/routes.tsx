import type { RouteObject } from 'react-router';
import { HomePage } from './home-page.js';

export const agreementRoutes: RouteObject[] = [{ path: 'agreement', element: <HomePage /> }];
