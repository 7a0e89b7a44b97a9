import type { Command } from 'commander';
import type { App } from '../../server/app.js';
import type { DemoLoadResult, Store } from '../../store/index.js';
import { ConfigError, readConfig, storeTarget } from '../config.js';

interface ServeOptions {
  port?: string;
  host: string;
  demo: boolean;
}

function fail(message: string): void {
  console.error(`parley serve: ${message}`);
  process.exitCode = 1;
}

function printBanner(url: string, demo: DemoLoadResult): void {
  const lines = [`Parley is listening on ${url}`, `API documentation: ${url}/api/docs`];
  if (demo.loaded) {
    lines.push('Demo scenario loaded. Demo accounts (shown this once; username / password / role):');
    for (const a of demo.accounts)
      lines.push(`  ${a.username.padEnd(16)} ${a.password.padEnd(20)} ${a.role}`);
  } else {
    lines.push('Forgot a password? `parley user set-password --username NAME` sets a new one.');
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** Closes the server (letting requests in flight finish) and then the store, once, on SIGINT or SIGTERM. */
function closeOnSignals(app: App, store: Store): void {
  let closing = false;
  const close = (signal: NodeJS.Signals) => {
    if (closing) {
      process.exit(1);
    }
    closing = true;
    app.log.info({ signal }, 'shutting down');
    app
      .close()
      .then(() => store.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(
            `parley serve: shutdown failed: ${error instanceof Error ? error.message : String(error)}`,
          );
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', close);
  process.on('SIGTERM', close);
}

async function serve(opts: ServeOptions): Promise<void> {
  let config: ReturnType<typeof readConfig>;
  try {
    config = readConfig();
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message);
    throw error;
  }
  const port = opts.port === undefined ? config.port : Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return fail(`not a port number: ${opts.port}`);

  // Loaded here, not at the top, so that other commands (and `parley --help`) do not pay for the server.
  const [{ pino }, { buildApp }, { loadDemo, openStore, StoreUnavailableError }] = await Promise.all([
    import('pino'),
    import('../../server/app.js'),
    import('../../store/index.js'),
  ]);
  let store: Store;
  try {
    store = await openStore({
      ...storeTarget(config),
      migrate: config.autoMigrate,
      requireCurrentSchema: true,
    });
  } catch (error) {
    if (error instanceof StoreUnavailableError) return fail(error.message);
    throw error;
  }
  const demo: DemoLoadResult = opts.demo ? await loadDemo(store) : { loaded: false, accounts: [] };
  const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });
  let app: App;
  try {
    app = await buildApp({
      store,
      logger,
      secureCookies: process.env.PARLEY_SECURE_COOKIES === '1',
      trustProxy: process.env.PARLEY_TRUST_PROXY === '1',
      purgeEveryMs: 60 * 60_000,
      metricsToken: config.metricsToken,
      map: config.map,
      backups: config.backups,
      retention: config.retention,
      jobs: { runStaleAfterMs: config.runStaleAfterMs, runMaxTakeovers: config.runMaxTakeovers },
    });
  } catch (error) {
    await store.close();
    return fail(error instanceof Error ? error.message : String(error));
  }
  closeOnSignals(app, store);
  try {
    await app.listen({ port, host: opts.host });
  } catch (error) {
    await app.close();
    await store.close();
    return fail(error instanceof Error ? error.message : String(error));
  }
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = opts.host === '0.0.0.0' || opts.host === '::' ? 'localhost' : opts.host;
  printBanner(`http://${shownHost}:${actualPort}`, demo);
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Run the Parley server: the API under /api and the web app (migrates the database first)')
    .option('-p, --port <port>', 'port to listen on (default: PORT or 8080; 0 picks a free one)')
    .option(
      '--host <host>',
      'address to listen on (HOST; 0.0.0.0 for every interface)',
      process.env.HOST ?? 'localhost',
    )
    .option('--no-demo', 'do not load the demo scenario into an empty database')
    .action(async (opts: ServeOptions) => {
      try {
        await serve(opts);
      } catch (error) {
        fail(error instanceof Error ? error.message : String(error));
      }
    });
}
