import { type Kysely, type Migration, sql } from 'kysely';
import type { Backend } from '../src/db/backend.ts';

/**
 * Login outcomes read from the server log (`ecs --store`): refused
 * certificates, AUTH_FAILED, plugin and LDAP failures, TLS handshake
 * failures, successful logins. A hook never sees a client that did not get
 * in, so these come only from the log. line_key (a hash of what the row
 * says, see src/sessions/auth-event-log.ts) is unique: the same line read
 * twice, or OpenVPN's two AUTH_FAILED lines for one refusal, are one row.
 */
export function authEvent(backend: Backend): Migration {
  const t = types[backend];
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('auth_event')
        .addColumn('id', t.id, (col) => t.idColumn(col))
        .addColumn('instance_id', t.reference, (col) => col.notNull())
        .addColumn('event_time', sql`bigint`, (col) => col.notNull())
        .addColumn('outcome', sql`varchar(7)`, (col) => col.notNull())
        .addColumn('reason', sql`varchar(255)`)
        .addColumn('cn', t.name)
        .addColumn('user_name', t.name)
        .addColumn('src_ip', sql`varchar(45)`)
        .addColumn('src_port', sql`integer`)
        .addColumn('line_key', sql`varchar(64)`, (col) => col.notNull())
        .addUniqueConstraint('auth_event_line_key', ['line_key'])
        .modifyEnd(t.tableOptions)
        .execute();
      await db.schema.createIndex('auth_event_time').on('auth_event').columns(['event_time']).execute();
      await db.schema.createIndex('auth_event_src_ip').on('auth_event').columns(['src_ip', 'event_time']).execute();
    },
  };
}

type ColumnBuilder = Parameters<Parameters<ReturnType<Kysely<any>['schema']['createTable']>['addColumn']>[2] & {}>[0];

const types: Record<
  Backend,
  { id: ReturnType<typeof sql>; idColumn: (col: ColumnBuilder) => ColumnBuilder; reference: ReturnType<typeof sql>; name: ReturnType<typeof sql>; tableOptions: ReturnType<typeof sql> }
> = {
  sqlite: {
    id: sql`integer`,
    idColumn: (col) => col.primaryKey().autoIncrement(),
    reference: sql`integer`,
    name: sql`varchar(255)`,
    tableOptions: sql``,
  },
  postgres: { id: sql`bigserial`, idColumn: (col) => col.primaryKey(), reference: sql`bigint`, name: sql`varchar(255)`, tableOptions: sql`` },
  mysql: {
    id: sql`bigint unsigned`,
    idColumn: (col) => col.notNull().autoIncrement().primaryKey(),
    reference: sql`bigint unsigned`,
    // Binary collation: names compare exactly, as the session table's cn does.
    name: sql`varchar(255) character set utf8mb4 collate utf8mb4_bin`,
    tableOptions: sql`engine = InnoDB default charset = utf8mb4`,
  },
};
