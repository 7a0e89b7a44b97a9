import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { ROLES, type Role, type Store, StoreError, SYSTEM_SCOPE } from '../../store/index.js';
import { cliContext, withConfiguredStore } from '../config.js';

interface UserAddOptions {
  username: string;
  role: string;
  party?: string;
  displayName?: string;
  post?: string;
  password?: string;
  passwordStdin?: boolean;
  locale?: string;
  timeZone?: string;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** The password given, read from stdin, or generated (and then printed once). */
async function choosePassword(opts: { password?: string; passwordStdin?: boolean }) {
  if (opts.password !== undefined) return { password: opts.password, generated: false };
  if (opts.passwordStdin) return { password: await readStdin(), generated: false };
  return { password: randomBytes(15).toString('base64url'), generated: true };
}

async function findUserId(store: Store, username: string): Promise<string> {
  const wanted = username.trim().toLowerCase();
  const user = (await store.repos.users.list(SYSTEM_SCOPE)).find((u) => u.username === wanted);
  if (!user) throw new StoreError('not_found', `No user "${wanted}"`);
  return user.id;
}

export function registerUserCommand(program: Command): void {
  const user = program.command('user').description('user accounts');

  user
    .command('add')
    .description('create a user (e.g. the first coordinator of a deployment)')
    .requiredOption('--username <name>', 'login name (letters, digits, . _ -)')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--party <code>', 'code of the party the user belongs to (required for a liaison)')
    .option('--display-name <name>', 'name shown in the app (default: the username)')
    .option('--post <post>', 'post of a field officer')
    .option('--password <password>', 'the password (default: a generated one, printed once)')
    .option('--password-stdin', 'read the password from standard input')
    .option('--locale <locale>', 'interface language: en, ru, hy or az')
    .option('--time-zone <zone>', 'IANA time zone, e.g. Asia/Baku')
    .action(async (opts: UserAddOptions) => {
      await withConfiguredStore('user add', async (store) => {
        if (!(ROLES as readonly string[]).includes(opts.role)) {
          throw new StoreError('invalid', `--role must be one of ${ROLES.join(', ')}, not "${opts.role}"`);
        }
        let partyId: string | null = null;
        if (opts.party) {
          const party = await store.repos.parties.findByCode(SYSTEM_SCOPE, opts.party);
          if (!party) {
            const codes = (await store.repos.parties.list(SYSTEM_SCOPE)).map((p) => p.code);
            throw new StoreError(
              'invalid',
              `No party with code "${opts.party}"${codes.length ? ` (known: ${codes.join(', ')})` : ' (there are no parties yet)'}`,
            );
          }
          partyId = party.id;
        }
        const { password, generated } = await choosePassword(opts);
        const created = await store.repos.users.create(cliContext(), {
          username: opts.username,
          displayName: opts.displayName,
          role: opts.role as Role,
          partyId,
          post: opts.post ?? null,
          password,
          locale: opts.locale,
          timeZone: opts.timeZone,
        });
        console.log(`Created ${created.role} "${created.username}" (id ${created.id}).`);
        if (generated) console.log(`Password (shown once): ${password}`);
      });
    });

  user
    .command('set-password')
    .description("set a user's password and end their sessions")
    .requiredOption('--username <name>', 'login name')
    .option('--password <password>', 'the password (default: a generated one, printed once)')
    .option('--password-stdin', 'read the password from standard input')
    .action(async (opts: { username: string; password?: string; passwordStdin?: boolean }) => {
      await withConfiguredStore('user set-password', async (store) => {
        const id = await findUserId(store, opts.username);
        const { password, generated } = await choosePassword(opts);
        await store.repos.users.resetPassword(cliContext(), id, password);
        console.log(`Password of "${opts.username.trim().toLowerCase()}" set; their sessions have ended.`);
        if (generated) console.log(`Password (shown once): ${password}`);
      });
    });

  user
    .command('list')
    .description('list the users')
    .action(async () => {
      await withConfiguredStore('user list', async (store) => {
        const parties = new Map((await store.repos.parties.list(SYSTEM_SCOPE)).map((p) => [p.id, p.code]));
        for (const u of await store.repos.users.list(SYSTEM_SCOPE)) {
          const party = u.partyId ? (parties.get(u.partyId) ?? '?') : '-';
          console.log(
            `${u.username.padEnd(20)} ${u.role.padEnd(14)} ${party.padEnd(10)} ${u.active ? 'active' : 'inactive'}`,
          );
        }
      });
    });
}
