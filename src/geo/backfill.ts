import { readFileSync } from 'node:fs';
import maxmind from 'maxmind';
import { UserError } from '../common/errors.ts';
import type { DatabaseHandle } from '../db/open-database.ts';
import { toBigInt } from '../db/int8.ts';
import { type ResolvedFilter, sessionCondition } from '../history/session-filter.ts';
import { countryOfRecord } from './mmdb-country.ts';
import { publicAddress } from './country-lookup.ts';

const BATCH_SIZE = 1000;

export interface BackfillResult {
  /** Matching sessions that had no country. */
  examined: number;
  /** Of those, the ones that have one now. */
  filled: number;
}

/**
 * Fills session.country where it is NULL, for the sessions the filter
 * matches, in batches of one transaction each (keyset over id, so a run can
 * be stopped and started again). Many lookups: maxmind's Reader over the
 * file read once is faster here than the hook's reader of single nodes.
 * Sessions whose address has no country stay NULL.
 */
export async function backfillCountries(
  handle: DatabaseHandle,
  resolved: ResolvedFilter,
  geoipPath: string,
): Promise<BackfillResult> {
  let reader: maxmind.Reader<maxmind.Response>;
  try {
    reader = new maxmind.Reader(readFileSync(geoipPath));
  } catch (error) {
    throw new UserError(
      `cannot read --geoip ${geoipPath} (${error instanceof Error ? error.message : String(error)}): expected an MMDB file`,
    );
  }
  const country = (address: string) => {
    const lookup = publicAddress(address);
    return lookup === null ? null : countryOfRecord(reader.get(lookup));
  };
  const result: BackfillResult = { examined: 0, filled: 0 };
  let after = -1n;
  for (;;) {
    const rows = await handle.db
      .selectFrom('session')
      .select(['id', 'src_ip'])
      .where((eb) => sessionCondition(eb, resolved))
      .where('country', 'is', null)
      .where('id', '>', after)
      .orderBy('id')
      .limit(BATCH_SIZE)
      .execute();
    if (rows.length === 0) return result;
    after = toBigInt(rows.at(-1)!.id);
    result.examined += rows.length;
    const byCountry = new Map<string, bigint[]>();
    for (const row of rows) {
      const code = country(row.src_ip);
      if (code === null) continue;
      byCountry.set(code, [...(byCountry.get(code) ?? []), toBigInt(row.id)]);
    }
    await handle.db.transaction().execute(async (trx) => {
      for (const [code, ids] of byCountry) {
        await trx.updateTable('session').set({ country: code }).where('id', 'in', ids).where('country', 'is', null).execute();
        result.filled += ids.length;
      }
    });
  }
}
