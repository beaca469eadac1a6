import { type Kysely, type Migration, sql } from 'kysely';
import type { Backend } from '../src/db/backend.ts';

/**
 * The Perl tool's tables with its column types per dialect. Tables that
 * already exist are adopted as they are (a database the Perl tool made), only
 * gaining vpn_ip6 where an older Perl schema lacks it.
 */
export function perlSchema(backend: Backend): Migration {
  const types = columnTypes[backend];
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('instance')
        .ifNotExists()
        .addColumn('id', types.id, (col) => types.idColumn(col))
        .addColumn('name', sql`varchar(64)`, (col) => col.notNull().defaultTo(''))
        .addColumn('port', types.port, (col) => col.notNull().defaultTo(0))
        .addColumn('protocol', sql`varchar(10)`, (col) => col.notNull().defaultTo(''))
        .addUniqueConstraint('unique_instance', ['name', 'port', 'protocol'])
        .modifyEnd(types.tableOptions)
        .execute();
      await db.schema
        .createTable('session')
        .ifNotExists()
        .addColumn('id', types.id, (col) => types.idColumn(col))
        .addColumn('instance_id', types.reference, (col) => col.notNull())
        .addColumn('connect_time', sql`bigint`, (col) => col.notNull())
        .addColumn('src_ip', types.ip, (col) => col.notNull())
        .addColumn('src_port', types.port, (col) => col.notNull())
        .addColumn('cn', types.cn, (col) => col.notNull())
        .addColumn('vpn_ip4', types.ip4)
        .addColumn('vpn_ip6', types.ip)
        .addColumn('disconnect_time', sql`bigint`)
        .addColumn('duration', sql`integer`)
        .addColumn('bytes_in', types.counter)
        .addColumn('bytes_out', types.counter)
        .addUniqueConstraint('unique_session', ['instance_id', 'connect_time', 'src_ip', 'src_port', 'cn'])
        .modifyEnd(types.tableOptions)
        .execute();
      const session = (await db.introspection.getTables()).find((table) => table.name === 'session');
      if (session && !session.columns.some((column) => column.name === 'vpn_ip6')) {
        await db.schema.alterTable('session').addColumn('vpn_ip6', types.ip).execute();
      }
    },
  };
}

type ColumnBuilder = Parameters<Parameters<ReturnType<Kysely<any>['schema']['createTable']>['addColumn']>[2] & {}>[0];

interface ColumnTypes {
  id: ReturnType<typeof sql>;
  idColumn: (col: ColumnBuilder) => ColumnBuilder;
  reference: ReturnType<typeof sql>;
  ip: ReturnType<typeof sql>;
  ip4: ReturnType<typeof sql>;
  port: ReturnType<typeof sql>;
  cn: ReturnType<typeof sql>;
  counter: ReturnType<typeof sql>;
  tableOptions: ReturnType<typeof sql>;
}

const columnTypes: Record<Backend, ColumnTypes> = {
  sqlite: {
    id: sql`integer`,
    idColumn: (col) => col.primaryKey().autoIncrement(),
    reference: sql`integer`,
    ip: sql`varchar(39)`,
    ip4: sql`varchar(15)`,
    port: sql`unsigned smallint`,
    cn: sql`varchar(64)`,
    counter: sql`unsigned bigint`,
    tableOptions: sql``,
  },
  postgres: {
    id: sql`bigserial`,
    idColumn: (col) => col.primaryKey(),
    reference: sql`bigint`,
    ip: sql`inet`,
    ip4: sql`inet`,
    port: sql`integer`,
    cn: sql`varchar(64)`,
    counter: sql`bigint`,
    tableOptions: sql``,
  },
  mysql: {
    id: sql`bigint unsigned`,
    idColumn: (col) => col.notNull().autoIncrement().primaryKey(),
    reference: sql`bigint unsigned`,
    ip: sql`varchar(39)`,
    ip4: sql`varchar(15)`,
    port: sql`smallint unsigned`,
    // Binary collation: CNs compare exactly (case, trailing spaces), as in SQLite and PostgreSQL.
    cn: sql`varchar(64) character set utf8mb4 collate utf8mb4_bin`,
    counter: sql`bigint unsigned`,
    tableOptions: sql`engine = InnoDB default charset = utf8mb4`,
  },
};
