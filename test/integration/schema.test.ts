import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { sql } from 'kysely';
import type { Backend } from '../../src/db/backend.ts';
import type { DatabaseHandle } from '../../src/db/open-database.ts';
import { runBin } from '../helpers/run-bin.ts';
import { createTestDatabase, describeEachBackend } from '../helpers/test-database.ts';

const schemaFile: Record<Backend, string> = { sqlite: 'sqlite.sql', postgres: 'pg.sql', mysql: 'mysql.sql' };

const ourTables = ['instance', 'session', 'stats_rollup', 'stats_rollup_open', 'stats_rollup_state', 'auth_event'];
const tableList = sql.join(ourTables.map((name) => sql.lit(name)));

/** What the schema promises: tables, columns with type and nullability, indexes by their columns, seeded rows. */
async function describeSchema(handle: DatabaseHandle) {
  const tables = (await handle.db.introspection.getTables())
    .filter((table) => ourTables.includes(table.name))
    .map((table) => ({
      name: table.name,
      columns: table.columns
        .map((column) => `${column.name} ${column.dataType.toLowerCase()}${column.isNullable ? '' : ' not null'}`)
        .sort(),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const rollupState = await handle.db.selectFrom('stats_rollup_state').selectAll().execute();
  return { tables, indexes: await indexColumns(handle), rollupState, storage: await storageOptions(handle) };
}

/** PostgreSQL's per-table storage parameters (the session table's fillfactor); the others have none. */
async function storageOptions(handle: DatabaseHandle): Promise<string[]> {
  if (handle.backend !== 'postgres') return [];
  const rows = await sql<{ options: string }>`select relname || ':' || array_to_string(reloptions, ',') as options from pg_class where reloptions is not null and relname in (${tableList})`.execute(handle.db);
  return rows.rows.map((row) => row.options).sort();
}

async function indexColumns(handle: DatabaseHandle): Promise<string[]> {
  const { db } = handle;
  switch (handle.backend) {
    case 'sqlite': {
      const indexes = await sql<{ tbl_name: string; name: string }>`select tbl_name, name from sqlite_master where type = 'index' and tbl_name in (${tableList})`.execute(db);
      const described = [];
      for (const index of indexes.rows) {
        const columns = await sql<{ name: string }>`select name from pragma_index_info(${index.name}) order by seqno`.execute(db);
        described.push(`${index.tbl_name}(${columns.rows.map((c) => c.name).join(',')})`);
      }
      return described.sort();
    }
    case 'postgres': {
      const rows = await sql<{ def: string }>`select tablename || regexp_replace(indexdef, '^.* USING [a-z]+ ', '') as def from pg_indexes where tablename in (${tableList})`.execute(db);
      return rows.rows.map((r) => r.def.replace(/\s/g, '')).sort();
    }
    case 'mysql': {
      const rows = await sql<{ def: string }>`select concat(table_name, '(', group_concat(column_name order by seq_in_index), ')', if(max(sub_part) is null, '', '')) as def from information_schema.statistics where table_schema = database() and table_name in (${tableList}) group by table_name, index_name`.execute(db);
      return rows.rows.map((r) => r.def).sort();
    }
    default:
      return handle.backend satisfies never;
  }
}

async function loadSqlFile(handle: DatabaseHandle, file: string) {
  const text = readFileSync(new URL(`../../schema/${file}`, import.meta.url), 'utf8').replace(/--[^\n]*/g, '');
  for (const statement of text.split(';').map((s) => s.trim()).filter(Boolean)) {
    await sql.raw(statement).execute(handle.db);
  }
}

describeEachBackend('schema', (backend: Backend) => {
  it('migrate and schema/*.sql give the same tables, columns and indexes', async (t) => {
    const migrated = await createTestDatabase(backend, t);
    if (!migrated) return;
    const loaded = await createTestDatabase(backend, t);
    try {
      assert.ok(loaded);
      const result = await runBin(['migrate', ...migrated.args]);
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, /applied 001-perl-schema/);
      if (backend === 'sqlite') assert.equal((await runBin(['migrate', ...loaded.args])).code, 0);
      const loadedHandle = await loaded.open();
      if (backend === 'sqlite') {
        for (const table of ourTables) await sql`drop table ${sql.table(table)}`.execute(loadedHandle.db);
      }
      await loadSqlFile(loadedHandle, schemaFile[backend]);
      assert.deepEqual(await describeSchema(loadedHandle), await describeSchema(await migrated.open()));
      const again = await runBin(['migrate', ...migrated.args]);
      assert.match(again.stdout, /schema is up to date/);
    } finally {
      await migrated.drop();
      await loaded?.drop();
    }
  });
});
