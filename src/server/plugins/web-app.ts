import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { problem, sendProblem } from '../problem.js';

export interface WebAppOptions {
  /** The built single-page app (`npm run build:web` writes it); absent in a checkout that has not built it. */
  webRoot: string;
}

/**
 * Serves the built web app and answers what no route matched: JSON 404 under /api, the SPA's index.html for
 * other GET requests (client-side routes), JSON 404 otherwise.
 */
export const webAppPlugin = fp<WebAppOptions>(
  async (app: FastifyInstance, opts) => {
    const hasWeb = existsSync(`${opts.webRoot}/index.html`);
    if (hasWeb) {
      await app.register(fastifyStatic, {
        root: opts.webRoot,
        wildcard: false,
        index: ['index.html'],
        cacheControl: false,
        // Vite names built assets by their content hash: they never change, so browsers may keep them.
        setHeaders: (reply, path) => {
          const immutable = /[\\/]assets[\\/][^\\/]+-[\w-]{8,}\.\w+$/.test(path);
          reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
        },
      });
    }
    app.setNotFoundHandler((req, reply) => {
      const path = req.url.split('?')[0];
      const isApi = path === '/api' || path.startsWith('/api/');
      // A missing file (`/assets/old-hash.js`) is a 404; only page paths get the app's index.html.
      const looksLikeFile = /\.[a-z0-9]+$/i.test(path);
      if (!isApi && !looksLikeFile && hasWeb && (req.method === 'GET' || req.method === 'HEAD')) {
        return reply
          .header('cache-control', 'no-cache')
          .type('text/html; charset=utf-8')
          .sendFile('index.html');
      }
      return sendProblem(reply, problem(404, `No route ${req.method} ${path}`, { instance: path }));
    });
  },
  { name: 'web-app' },
);
