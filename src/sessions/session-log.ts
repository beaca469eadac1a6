import { sql } from 'kysely';
import type { DatabaseHandle } from '../db/open-database.ts';
import { ignoringDuplicates } from '../db/dialect-sql.ts';
import { toBigInt, toNullableBigInt, toNullableNumber } from '../db/int8.ts';
import type { Db } from '../db/database.ts';
import { UserError } from '../common/errors.ts';
import { markRollupStaleIfOld } from './rollup-staleness.ts';
import type { HookEvent } from '../openvpn/hook-event.ts';
import type { Instance, SessionProgress, SessionStart } from '../common/session.ts';

/** Where a hook event becomes a row. */
export async function applyHookEvent(
  handle: DatabaseHandle,
  instance: Instance,
  event: HookEvent,
  options: { createMissing: boolean; country?: string | null },
): Promise<void> {
  switch (event.type) {
    case 'client-connect':
      return logConnect(handle, instance, event.start, options.country ?? null);
    case 'client-disconnect':
      return logDisconnect(handle, instance, event.start, event.end, options);
    case 'db-update':
      return logProgress(handle, instance, event.start, event.progress, options);
    default:
      return event satisfies never;
  }
}

/** A second real disconnect of a session with other values: the first is kept, this one only reported. */
export class DisconnectConflict extends UserError {}

export async function findInstanceId(db: Db, instance: Instance): Promise<bigint | null> {
  const row = await db
    .selectFrom('instance')
    .select('id')
    .where('name', '=', instance.name)
    .where('port', '=', instance.port)
    .where('protocol', '=', instance.protocol)
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return row ? toBigInt(row.id) : null;
}

/**
 * Insert-or-ignore, then read: many first connects at the same moment all
 * get the one instance row instead of racing on a SELECT-then-INSERT.
 */
export async function ensureInstanceId(handle: DatabaseHandle, instance: Instance): Promise<bigint> {
  const existing = await findInstanceId(handle.db, instance);
  if (existing !== null) return existing;
  await ignoringDuplicates(
    handle.backend,
    handle.db.insertInto('instance').values({ name: instance.name, port: instance.port, protocol: instance.protocol }),
  ).execute();
  const created = await findInstanceId(handle.db, instance);
  if (created === null) throw new Error(`instance ${describeInstance(instance)} vanished right after it was created`);
  return created;
}

/**
 * `country` null stores nothing in the column, so a database without it (the
 * Perl tool's, before `migrate`) still takes every connect: if the INSERT
 * with a country finds no such column, it is made again without one.
 */
export async function logConnect(
  handle: DatabaseHandle,
  instance: Instance,
  start: SessionStart,
  country: string | null = null,
): Promise<void> {
  const instanceId = await ensureInstanceId(handle, instance);
  const insert = (withCountry: boolean) =>
    ignoringDuplicates(
      handle.backend,
      handle.db
        .insertInto('session')
        .values(withCountry ? { ...startColumns(instanceId, start), country } : startColumns(instanceId, start)),
    ).executeTakeFirst();
  let inserted;
  try {
    inserted = await insert(country !== null);
  } catch (error) {
    if (country === null || !handle.adapter.isMissingColumn(error)) throw error;
    inserted = await insert(false);
  }
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) > 0) {
    await markRollupStaleIfOld(handle, [start.connectTime]);
    return;
  }
  // A replayed connect finds its own row; anything else on the same key is a different session.
  const existing = await findSession(handle.db, instanceId, start, { vpnIp4Aware: false });
  if (existing && (existing.vpn_ip4 !== start.vpnIp4 || existing.vpn_ip6 !== start.vpnIp6)) {
    throw new UserError(
      `a different session of ${describeStart(start)} is already logged (VPN address ${existing.vpn_ip4 ?? existing.vpn_ip6 ?? 'none'})`,
    );
  }
}

export async function logDisconnect(
  handle: DatabaseHandle,
  instance: Instance,
  start: SessionStart,
  end: SessionProgress,
  options: { createMissing: boolean },
): Promise<void> {
  const closing = {
    disconnect_time: start.connectTime + end.duration,
    duration: end.duration,
    bytes_in: end.bytesIn,
    bytes_out: end.bytesOut,
  };
  const instanceId = options.createMissing
    ? await ensureInstanceId(handle, instance)
    : await findInstanceId(handle.db, instance);
  if (instanceId !== null) {
    const updated = await matching(handle.db.updateTable('session').set(closing), instanceId, start)
      .where('disconnect_time', 'is', null)
      .executeTakeFirst();
    if (updated.numUpdatedRows > 0n) {
      await markRollupStaleIfOld(handle, [closing.disconnect_time]);
      return;
    }
    const existing = await findSession(handle.db, instanceId, start, { vpnIp4Aware: true });
    if (existing) {
      const same =
        toNullableNumber(existing.disconnect_time) === closing.disconnect_time &&
        toNullableNumber(existing.duration) === closing.duration &&
        toNullableBigInt(existing.bytes_in) === closing.bytes_in &&
        toNullableBigInt(existing.bytes_out) === closing.bytes_out;
      if (same && existing.end_reason == null) return;
      // A stale close is an estimate made without the client; its real disconnect replaces it.
      if (existing.end_reason === 'stale') {
        const replaced = await handle.db
          .updateTable('session')
          .set({ ...closing, end_reason: null })
          .where('id', '=', existing.id)
          .where('end_reason', '=', 'stale')
          .executeTakeFirst();
        if (replaced.numUpdatedRows > 0n) {
          await markRollupStaleIfOld(handle, [closing.disconnect_time, toNullableNumber(existing.disconnect_time) ?? closing.disconnect_time]);
          return;
        }
      }
      throw new DisconnectConflict(
        `the session of ${describeStart(start)} is already closed by another disconnect ` +
          `(at ${toNullableNumber(existing.disconnect_time)}, ${toNullableBigInt(existing.bytes_in)} bytes in, ` +
          `${toNullableBigInt(existing.bytes_out)} out); kept it, this one (at ${closing.disconnect_time}, ` +
          `${closing.bytes_in} in, ${closing.bytes_out} out) is ignored`,
      );
    }
    if (options.createMissing) {
      await ignoringDuplicates(
        handle.backend,
        handle.db.insertInto('session').values({ ...startColumns(instanceId, start), ...closing }),
      ).execute();
      await markRollupStaleIfOld(handle, [start.connectTime]);
      return;
    }
  }
  throw noMatch('client-disconnect', start, instance);
}

export async function logProgress(
  handle: DatabaseHandle,
  instance: Instance,
  start: SessionStart,
  progress: SessionProgress,
  options: { createMissing: boolean },
): Promise<void> {
  const counters = { duration: progress.duration, bytes_in: progress.bytesIn, bytes_out: progress.bytesOut };
  const instanceId = options.createMissing
    ? await ensureInstanceId(handle, instance)
    : await findInstanceId(handle.db, instance);
  if (instanceId !== null) {
    const updated = await matching(handle.db.updateTable('session').set(counters), instanceId, start)
      .where('disconnect_time', 'is', null)
      .executeTakeFirst();
    if (updated.numUpdatedRows > 0n) return;
    const existing = await findSession(handle.db, instanceId, start, { vpnIp4Aware: true });
    // MySQL counts only changed rows: an open row means the values were already these.
    if (existing?.disconnect_time === null) return;
    if (existing?.end_reason === 'stale') {
      await reopenIfAliveLater(handle, existing, start, counters);
      return;
    }
    if (existing) throw new UserError(`cannot update the session of ${describeStart(start)}: it has disconnected`);
    if (options.createMissing) {
      await ignoringDuplicates(
        handle.backend,
        handle.db.insertInto('session').values({ ...startColumns(instanceId, start), ...counters }),
      ).execute();
      await markRollupStaleIfOld(handle, [start.connectTime]);
      return;
    }
  }
  throw noMatch('db-update', start, instance);
}

/**
 * A db-update of a session closed as stale: alive past the stale estimate, so
 * the close was wrong and the session is open again; an update from before the
 * estimate tells nothing new.
 */
async function reopenIfAliveLater(
  handle: DatabaseHandle,
  existing: { id: bigint | number | string; disconnect_time: bigint | number | string | null },
  start: SessionStart,
  counters: { duration: number; bytes_in: bigint; bytes_out: bigint },
): Promise<void> {
  const estimatedEnd = toNullableNumber(existing.disconnect_time) ?? start.connectTime;
  if (start.connectTime + counters.duration <= estimatedEnd) return;
  await handle.db
    .updateTable('session')
    .set({ ...counters, disconnect_time: null, end_reason: null })
    .where('id', '=', existing.id)
    .where('end_reason', '=', 'stale')
    .execute();
  await markRollupStaleIfOld(handle, [estimatedEnd]);
}

/** Whether the session table has the country column (migration 006); asked once by writers that run in a transaction. */
export async function hasCountryColumn(handle: DatabaseHandle): Promise<boolean> {
  try {
    await handle.db.selectFrom('session').select('country').where(sql<boolean>`1 = 0`).execute();
    return true;
  } catch (error) {
    if (handle.adapter.isMissingColumn(error)) return false;
    throw error;
  }
}

function startColumns(instanceId: bigint, start: SessionStart) {
  return {
    instance_id: instanceId,
    connect_time: start.connectTime,
    src_ip: start.srcIp,
    src_port: start.srcPort,
    cn: start.cn,
    vpn_ip4: start.vpnIp4,
    vpn_ip6: start.vpnIp6,
  };
}

/** The Perl tool's match: same instance, connect time, source, CN and VPN IPv4 (NULL-aware). */
function matching<Q extends { where: WhereFn<Q> }>(
  query: Q,
  instanceId: bigint,
  start: SessionStart,
  how = { vpnIp4Aware: true },
): Q {
  const sameStart = query
    .where('instance_id', '=', instanceId)
    .where('connect_time', '=', start.connectTime)
    .where('src_ip', '=', start.srcIp)
    .where('src_port', '=', start.srcPort)
    .where('cn', '=', start.cn);
  return how.vpnIp4Aware ? sameStart.where('vpn_ip4', start.vpnIp4 === null ? 'is' : '=', start.vpnIp4) : sameStart;
}

type WhereFn<Q> = (column: string, operator: '=' | 'is', value: unknown) => Q;

/**
 * All columns: end_reason is there only after `migrate`; a table the Perl tool
 * made has none (undefined here), and its closed rows are real disconnects.
 */
async function findSession(db: Db, instanceId: bigint, start: SessionStart, how: { vpnIp4Aware: boolean }) {
  const query = db.selectFrom('session').selectAll();
  return matching(query, instanceId, start, how).orderBy('id', 'desc').limit(1).executeTakeFirst();
}

function noMatch(what: string, start: SessionStart, instance: Instance): UserError {
  return new UserError(
    `no open session matches ${what} of ${describeStart(start)} on instance ${describeInstance(instance)}; -C creates it`,
  );
}

export function describeStart(start: SessionStart): string {
  const source = start.srcIp.includes(':') ? `[${start.srcIp}]:${start.srcPort}` : `${start.srcIp}:${start.srcPort}`;
  return `common_name=${JSON.stringify(start.cn)} from ${source} connected at ${start.connectTime}`;
}

export function describeInstance(instance: Instance): string {
  return `name=${JSON.stringify(instance.name)} proto=${JSON.stringify(instance.protocol)} port=${instance.port}`;
}
