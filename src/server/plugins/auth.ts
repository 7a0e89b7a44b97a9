import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import '../fastify-types.js';

export const SESSION_COOKIE = 'parley_session';
/** Marks a browser that has signed in before, for the login limit (see login-limits.ts); no access by itself. */
export const DEVICE_COOKIE = 'parley_device';
const DEVICE_COOKIE_MAX_AGE_S = 180 * 24 * 60 * 60;

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

/** Kept for 180 days after the last sign-in, sent only to the sign-in route. */
export function setDeviceCookie(
  req: FastifyRequest,
  reply: FastifyReply,
  token: string,
  secureCookies: boolean,
): void {
  reply.setCookie(DEVICE_COOKIE, token, {
    path: '/api/v1/auth/login',
    httpOnly: true,
    sameSite: 'strict',
    secure: secureCookies || req.protocol === 'https',
    maxAge: DEVICE_COOKIE_MAX_AGE_S,
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
