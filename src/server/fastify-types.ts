import type { PartyScope, Store, User } from '../store/index.js';
import type { ApiRouteInfo, RouteAccess } from './access.js';
import type { ReportComputer } from './exchange/report-computer.js';
import type { Exporter } from './exports/run-export.js';

/** The signed-in caller, resolved from the session cookie on each request (nothing kept in memory). */
export interface AuthContext {
  user: User;
  sessionToken: string;
  csrfToken: string;
  expiresAt: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    auth: AuthContext | null;
    /** Set by the access hook on every non-public route; handlers pass it to the repositories. */
    scope: PartyScope;
  }
  interface FastifyInstance {
    store: Store;
    apiRoutes: ApiRouteInfo[];
    /** Writes PDF and XLSX exports in worker threads, within a time and memory budget. */
    exporter: Exporter;
    /** Computes the discrepancy report in worker threads, within a time and memory budget. */
    reportComputer: ReportComputer;
  }
}
