import { UserError, showValue } from '../common/errors.ts';

export const backends = ['sqlite', 'postgres', 'mysql'] as const;
export type Backend = (typeof backends)[number];

const aliases: Record<string, Backend> = {
  sqlite: 'sqlite',
  sqlite3: 'sqlite',
  pg: 'postgres',
  postgres: 'postgres',
  postgresql: 'postgres',
  mysql: 'mysql',
  mariadb: 'mysql',
};

/** Accepts the Perl tool's DBI driver names (SQLite, Pg, mysql) in any case, and the usual aliases. */
export function parseBackend(name: string): Backend {
  const backend = aliases[name.toLowerCase()];
  if (!backend) {
    throw new UserError(`invalid backend ${showValue(name)}: expected SQLite, Pg or mysql (also postgres, mariadb)`);
  }
  return backend;
}
