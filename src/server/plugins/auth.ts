import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import '../fastify-types.js';

export const SESSION_COOKIE = 'parley_session';

export interface AuthPluginOptions {
  /** Always mark the cookie Secure; otherwise it is Secure when the request came over https. */
  secureCookies: boolean;
  /** Each use of a session moves its expiry this far ahead. */
  sessionTtlMs: number;
}

/**
 * A browser-session cookie (no Expires): the database decides when a session ends, and each use slides that
 * end, which a fixed cookie expiry could not follow.
 */
export function setSessionCookie(
  req: FastifyRequest,
  reply: FastifyReply,
  token: string,
  secureCookies: boolean,
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/api',
    httpOnly: true,
    sameSite: 'strict',
    secure: secureCookies || req.protocol === 'https',
  });
}

export function clearSessionCookie(req: FastifyRequest, reply: FastifyReply, secureCookies: boolean): void {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/api',
    httpOnly: true,
    sameSite: 'strict',
    secure: secureCookies || req.protocol === 'https',
  });
}

/** Resolves `req.auth` from the session cookie against the database on every API request. */
export const authPlugin = fp<AuthPluginOptions>(
  async (app: FastifyInstance, opts) => {
    await app.register(fastifyCookie);
    app.decorateRequest('auth', null);
    app.addHook('onRequest', async (req) => {
      if (!req.url.startsWith('/api/')) return;
      const token = req.cookies[SESSION_COOKIE];
      if (!token) return;
      const found = await app.store.repos.sessions.findActive(token, { ttlMs: opts.sessionTtlMs });
      if (!found) return;
      req.auth = {
        user: found.user,
        sessionToken: token,
        csrfToken: found.session.csrfToken,
        expiresAt: found.session.expiresAt,
      };
    });
  },
  { name: 'auth' },
);
