import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import { periodKinds } from '../../src/history/periods.ts';
import { pruneSessions } from '../../src/history/prune.ts';
import { refreshStatsRollup } from '../../src/history/refresh-rollup.ts';
import { parseSessionFilter, resolveSessionFilter } from '../../src/history/session-filter.ts';
import { type StatsRow, sessionStats } from '../../src/history/stats-query.ts';
import { type Instance, defaultInstance } from '../../src/common/session.ts';
import { logConnect, logDisconnect, logProgress } from '../../src/sessions/session-log.ts';
import { closeStale } from '../../src/sessions/apply-status.ts';
import type { Backend } from '../../src/db/backend.ts';
import type { DatabaseHandle } from '../../src/db/open-database.ts';
import { seedHistory, seeded } from '../helpers/history-seed.ts';
import { runBin } from '../helpers/run-bin.ts';
import { describeEachBackend, emptyTables, migratedDatabase } from '../helpers/test-database.ts';

const now = () => Math.floor(Date.now() / 1000);

async function statsBy(handle: DatabaseHandle, kind: (typeof periodKinds)[number], rollups: boolean): Promise<StatsRow[]> {
  const filter = parseSessionFilter({}, { now: now(), zone: 'utc' });
  const resolved = await resolveSessionFilter(handle.db, handle.backend, filter);
  return sessionStats(handle.db, resolved, kind, 'utc', { rollups });
}

/** The rollup's answer must be the one computed from the sessions, for every kind. */
async function assertRollupExact(handle: DatabaseHandle, step: string): Promise<void> {
  for (const kind of periodKinds) {
    assert.deepEqual(await statsBy(handle, kind, true), await statsBy(handle, kind, false), `${step}: --by ${kind}`);
  }
}

describeEachBackend('stats rollup', (backend: Backend) => {
  it('answers stats --by day|week|month exactly as the sessions do, through writes that reach back before it', async (t) => {
    const database = await migratedDatabase(backend, t);
    if (!database) return;
    try {
      const handle = await database.open();
      await seedHistory(database.args, handle);
      const cli = async (args: string[], env: Record<string, string> = {}) => {
        const result = await runBin([...args, ...database.args], env);
        assert.deepEqual([result.code, result.stderr], [0, ''], args.join(' '));
        return result.stdout;
      };
      const monthly = () => cli(['stats', '--by', 'month', '--format', 'json']);
      const beforeRefresh = await monthly();

      assert.match(await cli(['refresh-stats']), /stats rollup now holds everything before .*: \d+ days, \d+ weeks, \d+ months .* 2 open sessions added when read/);
      assert.equal(await monthly(), beforeRefresh, 'the CLI prints the same from the rollup');
      await assertRollupExact(handle, 'refreshed');

      // The rows are what stats reads: a changed row shows, and --rebuild puts it right.
      await handle.db.updateTable('stats_rollup').set({ sessions: 99 }).where('kind', '=', 'month').execute();
      assert.notEqual(await monthly(), beforeRefresh);
      await cli(['refresh-stats', '--rebuild']);
      assert.equal(await monthly(), beforeRefresh);

      const marksBefore = Number((await handle.db.selectFrom('stats_rollup_state').select('stale_marks').executeTakeFirstOrThrow()).stale_marks);
      const dave = { common_name: 'dave', trusted_ip: '192.0.2.50', trusted_port: '8000', ifconfig_pool_remote_ip: '10.8.0.50' };
      const office = ['-n', 'office', '-r', 'udp', '-o', '1194'];
      const bytes = { bytes_received: '1000', bytes_sent: '2000' };
      const old = (iso: string) => String(Date.parse(iso) / 1000);
      // A session the rollup took as open, its counters since grown, closed at a time before the horizon.
      await handle.db.updateTable('session').set({ bytes_in: 5, duration: 60 }).where('cn', '=', 'bob').execute();
      await assertRollupExact(handle, 'open counters grew');
      await cli(office, { script_type: 'client-disconnect', ...dave, time_unix: String(seeded.s8.connect), time_duration: '86400', ...bytes });
      assert.notEqual((await handle.db.selectFrom('session').select('disconnect_time').where('id', '=', seeded.s8.id).executeTakeFirstOrThrow()).disconnect_time, null);
      await assertRollupExact(handle, 'an open session closed in the past');
      // Sessions logged late: a connect from 2021, a disconnect whose connect was never logged.
      await cli([], { script_type: 'client-connect', ...dave, common_name: 'late', time_unix: old('2021-11-03T09:00:00Z') });
      await cli(['-C'], { script_type: 'client-disconnect', ...dave, common_name: 'lost', time_unix: old('2021-10-20T09:00:00Z'), time_duration: '100', ...bytes });
      await assertRollupExact(handle, 'sessions logged late');
      // A client connecting now needs no mark: the rollup ends an hour back.
      await cli([], { script_type: 'client-connect', ...dave, common_name: 'now', time_unix: String(now()) });
      await assertRollupExact(handle, 'a new session');
      const marks = await handle.db.selectFrom('stats_rollup_state').select(['stale_from', 'stale_marks']).executeTakeFirstOrThrow();
      assert.equal(Number(marks.stale_from), seeded.s8.connect + 86400, 'the earliest time a write touched');
      assert.equal(Number(marks.stale_marks) - marksBefore, 3, 'three writes reached back; the new connect did not mark');

      await cli(['refresh-stats']);
      await assertRollupExact(handle, 'refreshed again');
      await cli(['close-stale', '--all-open']);
      await assertRollupExact(handle, 'close-stale');
      await cli(['prune', '--older-than', `${now() - Number(old('2021-11-02T00:00:00Z'))}s`]);
      await assertRollupExact(handle, 'pruned');
      await cli(['refresh-stats']);
      await assertRollupExact(handle, 'refreshed after the prune');

      // A state row lost by hand: stats computes from the sessions, refresh-stats says what to do and stores nothing.
      const expected = await statsBy(handle, 'month', false);
      await handle.db.deleteFrom('stats_rollup_state').execute();
      const refused = await runBin(['refresh-stats', ...database.args]);
      assert.equal(refused.code, 100);
      assert.match(refused.stderr, /^openvpn-db-log: table stats_rollup_state has lost its row \(id 1\): put it back with `INSERT INTO stats_rollup_state \(id, stale_marks\) VALUES \(1, 0\)`\n$/);
      assert.deepEqual(await statsBy(handle, 'month', true), expected);
    } finally {
      await database.drop();
    }
  });
});

interface Model {
  open: { start: ReturnType<typeof startOf>; duration: number }[];
}

function startOf(cn: string, connectTime: number, port: number) {
  return { connectTime, srcIp: '192.0.2.1', srcPort: port, cn, vpnIp4: null, vpnIp6: null };
}

type Operation =
  | { op: 'connect'; cn: string; ago: number }
  | { op: 'disconnect'; pick: number; duration: number }
  | { op: 'progress'; pick: number; bytes: number }
  | { op: 'refresh'; ago: number }
  | { op: 'prune'; ago: number }
  | { op: 'close-stale' };

const day = 86400;
/** A history already logged when the rollup is first built: connect age and, unless still open, duration. */
const initialSession = fc.record({
  cn: fc.constantFrom('a', 'b', 'c', 'd'),
  ago: fc.integer({ min: 0, max: 5 * day }),
  duration: fc.option(fc.integer({ min: 0, max: day }), { nil: null }),
});
const operation: fc.Arbitrary<Operation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('connect' as const), cn: fc.constantFrom('a', 'b', 'c', 'd'), ago: fc.oneof(fc.integer({ min: 0, max: 1700 }), fc.integer({ min: 1800, max: 3 * 3600 }), fc.integer({ min: 0, max: 5 * day })) }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('disconnect' as const), pick: fc.nat(), duration: fc.oneof(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 7200 }), fc.integer({ min: 0, max: 2 * day })) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('progress' as const), pick: fc.nat(), bytes: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('refresh' as const), ago: fc.constantFrom(0, 3600, 3 * day) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('prune' as const), ago: fc.integer({ min: 0, max: 5 * day }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('close-stale' as const) }) },
);

describeEachBackend('stats rollup, random histories', (backend: Backend) => {
  it('stays exact whatever the hook, close-stale, prune and refreshes do in any order', async (t) => {
    const database = await migratedDatabase(backend, t);
    if (!database) return;
    try {
      const handle = await database.open();
      const instance: Instance = defaultInstance;
      let port = 1;
      await fc.assert(
        fc.asyncProperty(fc.array(initialSession, { maxLength: 15 }), fc.array(operation, { minLength: 1, maxLength: 25 }), async (initial, operations) => {
          await emptyTables(handle);
          await handle.db.deleteFrom('stats_rollup').execute();
          await handle.db.deleteFrom('stats_rollup_open').execute();
          await handle.db.updateTable('stats_rollup_state').set({ horizon: null, stale_from: null, stale_marks: 0 }).execute();
          const model: Model = { open: [] };
          for (const session of initial) {
            const start = startOf(session.cn, now() - session.ago, port++);
            await logConnect(handle, instance, start);
            if (session.duration === null) model.open.push({ start, duration: 0 });
            else {
              const duration = Math.min(session.duration, now() - start.connectTime);
              await logDisconnect(handle, instance, start, { duration, bytesIn: 3n, bytesOut: 4n }, { createMissing: false });
            }
          }
          if (initial.length > 0) await refreshStatsRollup(handle, { now: now(), rebuild: false });
          for (const step of operations) {
            switch (step.op) {
              case 'connect': {
                const start = startOf(step.cn, now() - step.ago, port++);
                await logConnect(handle, instance, start);
                model.open.push({ start, duration: 0 });
                break;
              }
              case 'disconnect':
              case 'progress': {
                const session = model.open[step.pick % Math.max(1, model.open.length)];
                if (session === undefined) break;
                if (step.op === 'progress') {
                  session.duration = Math.min(now() - session.start.connectTime, session.duration + 60);
                  await logProgress(handle, instance, session.start, { duration: session.duration, bytesIn: BigInt(step.bytes), bytesOut: 1n }, { createMissing: false });
                  break;
                }
                const duration = Math.min(step.duration, now() - session.start.connectTime);
                await logDisconnect(handle, instance, session.start, { duration, bytesIn: 10n, bytesOut: 20n }, { createMissing: false });
                model.open.splice(model.open.indexOf(session), 1);
                break;
              }
              case 'refresh':
                await refreshStatsRollup(handle, { now: now() - step.ago, rebuild: false });
                break;
              case 'prune':
                await pruneSessions(handle, now() - step.ago);
                break;
              case 'close-stale':
                await closeStale(handle, instance, 'all-open');
                model.open = [];
                break;
              default:
                step satisfies never;
            }
            await assertRollupExact(handle, JSON.stringify(step));
          }
        }),
        { numRuns: backend === 'sqlite' ? 150 : 15 },
      );
    } finally {
      await database.drop();
    }
  });
});
