import { parseCli } from '../cli.js';
import { ensureAuthSchema } from '../../server/auth/auth-schema.js';
import { isRole, ROLES } from '../../server/auth/roles.js';
import {
  addUser,
  checkPassword,
  checkUserName,
  listUsers,
  removeUser,
  resetPassword,
} from '../../server/auth/users.js';
import { Executor } from '../../server/database/executor.js';
import { readNewPassword } from './read-password.js';

const USAGE = `usage: npm run user -- add NAME --role ${ROLES.join('|')}   (password from a prompt or stdin)
       npm run user -- list
       npm run user -- remove NAME
       npm run user -- reset-password NAME`;

/** A mistake of the caller: printed as one line, with the usage. */
class UsageError extends Error {}

async function readCheckedPassword(): Promise<string> {
  const password = await readNewPassword();
  const problem = checkPassword(password);
  if (problem) throw new UsageError(problem);
  return password;
}

function requireName(name: string | undefined): string {
  if (!name) throw new UsageError('name the user');
  const problem = checkUserName(name);
  if (problem) throw new UsageError(problem);
  return name;
}

/** `npm run user -- add|list|remove|reset-password`: manages the editors and admins kept in Neo4j. */
async function main(): Promise<void> {
  const { positionals, ...values } = parseCli({
    command: 'npm run user --',
    summary: 'Manages the editors and admins kept in Neo4j; passwords are read from a prompt or stdin.',
    positionals: `add NAME --role ${ROLES.join('|')} | list | remove NAME | reset-password NAME`,
    options: { role: { type: 'string', value: 'ROLE', description: `the role of a user to add: ${ROLES.join(', ')}` } },
  });
  const [command, nameArgument] = positionals;
  const run = async (work: (executor: Executor) => Promise<string>) => {
    // Imported here: a bad setting then ends in the one-line message below, not a stack trace.
    const { openNeo4j } = await import('../../neo4j/connect.js');
    const neo4j = await openNeo4j({ onProgress: (line) => console.error(line) });
    try {
      const executor = new Executor({ driver: neo4j.driver, ...(neo4j.database && { database: neo4j.database }) });
      await ensureAuthSchema(executor);
      console.log(await work(executor));
    } finally {
      await neo4j.close();
    }
  };
  switch (command) {
    case 'add': {
      const name = requireName(nameArgument);
      const role = values.role ?? '';
      if (!isRole(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}, got "${role}"`);
      const password = await readCheckedPassword();
      return run(async (executor) => {
        if (!(await addUser(executor, name, role, password))) throw new UsageError(`user "${name}" exists already`);
        return `added ${role} "${name}"`;
      });
    }
    case 'list':
      return run(async (executor) =>
        (await listUsers(executor)).map((user) => `${user.name}\t${user.role}\t${user.createdAt}`).join('\n'),
      );
    case 'remove': {
      const name = requireName(nameArgument);
      return run(async (executor) => {
        if (!(await removeUser(executor, name))) throw new UsageError(`no user "${name}"`);
        return `removed "${name}", with their sessions and API tokens`;
      });
    }
    case 'reset-password': {
      const name = requireName(nameArgument);
      const password = await readCheckedPassword();
      return run(async (executor) => {
        if (!(await resetPassword(executor, name, password))) throw new UsageError(`no user "${name}"`);
        return `set a new password for "${name}" and ended their sessions`;
      });
    }
    default:
      throw new UsageError(command ? `unknown command "${command}"` : 'name a command');
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  console.error(`user: ${message}`);
  if (error instanceof UsageError) console.error(USAGE);
  process.exitCode = 1;
});
