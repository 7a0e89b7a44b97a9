import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { User } from '../../store/index.js';
import { PUBLIC, SIGNED_IN } from '../access.js';
import type { AuthContext } from '../fastify-types.js';
import { admitLogin, type LoginLimits } from '../login-throttle.js';
import { clearSessionCookie, DEVICE_COOKIE, setDeviceCookie, setSessionCookie } from '../plugins/auth.js';
import { HttpProblem, problemResponses } from '../problem.js';
import { writeContext } from '../write-context.js';
import { LoginBody, MeDto, PreferencesBody, SessionDto } from './auth.schemas.js';
import { NoContent } from './common.schemas.js';

export interface AuthRoutesOptions {
  secureCookies: boolean;
  sessionTtlMs: number;
  loginLimits: LoginLimits;
}

/** Said for every failed sign-in, whatever was wrong, so that no answer tells which part was. */
export const WRONG_CREDENTIALS = 'Wrong username or password';

export const authRoutes: FastifyPluginAsyncZod<AuthRoutesOptions> = async (app, opts) => {
  const { users, sessions, parties, loginAttempts, loginDevices } = app.store.repos;
  const errors = problemResponses(400, 401, 403, 429);

  async function sessionView(user: User, csrfToken: string) {
    const scope = { userId: user.id, role: user.role, partyId: user.partyId };
    const party = user.partyId ? await parties.findById(scope, user.partyId) : null;
    return { user, party, csrfToken };
  }

  function signedIn(auth: AuthContext | null): AuthContext {
    if (!auth) throw new HttpProblem(401, 'Sign in to continue');
    return auth;
  }

  app.post(
    '/auth/login',
    {
      config: { access: PUBLIC },
      schema: { tags: ['auth'], body: LoginBody, response: { 200: SessionDto, ...errors } },
    },
    async (req, reply) => {
      const { username, password } = req.body;
      const deviceToken = req.cookies[DEVICE_COOKIE];
      const knownDevice = await loginDevices.recognise(deviceToken, username);
      const admitted = await admitLogin(app.store, opts.loginLimits, { username, ip: req.ip, knownDevice });
      const user = await users.authenticate(username, password);
      await loginAttempts.record({ username, ip: req.ip, succeeded: user !== null });
      if (!user)
        throw new HttpProblem(401, WRONG_CREDENTIALS, { type: 'urn:parley:problem:wrong-credentials' });
      await admitted.succeeded();
      setDeviceCookie(req, reply, await loginDevices.remember(user.id, deviceToken), opts.secureCookies);
      // Signing in again (as anyone) from a browser that still holds a session ends that session.
      if (req.auth) await sessions.revoke(req.auth.sessionToken);
      const session = await sessions.create({
        userId: user.id,
        ip: req.ip,
        userAgent: req.headers['user-agent'] ?? null,
        ttlMs: opts.sessionTtlMs,
      });
      setSessionCookie(req, reply, session.token, opts.secureCookies);
      return sessionView(user, session.csrfToken);
    },
  );

  app.post(
    '/auth/logout',
    { config: { access: SIGNED_IN }, schema: { tags: ['auth'], response: { 204: NoContent, ...errors } } },
    async (req, reply) => {
      await sessions.revoke(signedIn(req.auth).sessionToken);
      clearSessionCookie(req, reply, opts.secureCookies);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    { config: { access: SIGNED_IN }, schema: { tags: ['auth'], response: { 200: SessionDto, ...errors } } },
    async (req) => {
      const auth = signedIn(req.auth);
      return sessionView(auth.user, auth.csrfToken);
    },
  );

  app.patch(
    '/auth/me',
    {
      config: { access: SIGNED_IN },
      schema: { tags: ['auth'], body: PreferencesBody, response: { 200: MeDto, ...errors } },
    },
    async (req) => {
      const auth = signedIn(req.auth);
      const user = await users.updatePreferences(writeContext(req), auth.user.id, req.body);
      if (!user) throw new HttpProblem(401, 'Sign in to continue');
      return { user };
    },
  );
};
