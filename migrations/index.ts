import type { Migration } from 'kysely';
import type { Backend } from '../src/db/backend.ts';
import { perlSchema } from './001-perl-schema.ts';
import { sessionEndReason } from './002-session-end-reason.ts';
import { historyIndexes } from './003-history-indexes.ts';
import { statsRollup } from './004-stats-rollup.ts';
import { sessionFillfactor } from './005-session-fillfactor.ts';
import { sessionCountry } from './006-session-country.ts';
import { authEvent } from './007-auth-event.ts';

/** A static list, so the bundled CLI carries its migrations with it. */
export function migrations(backend: Backend): Record<string, Migration> {
  return {
    '001-perl-schema': perlSchema(backend),
    '002-session-end-reason': sessionEndReason,
    '003-history-indexes': historyIndexes,
    '004-stats-rollup': statsRollup(backend),
    '005-session-fillfactor': sessionFillfactor(backend),
    '006-session-country': sessionCountry,
    '007-auth-event': authEvent(backend),
  };
}
