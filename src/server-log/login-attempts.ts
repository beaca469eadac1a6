import type { AuthEvent, AuthOutcome } from '../common/auth-outcome.ts';
import { parseLogLine } from './parse-line.ts';

/** Longer than OpenVPN's hand-window (60 s): the handshake failure of a refused certificate comes within it. */
const ATTEMPT_SECONDS = 120;
const MAX_PEERS = 10_000;

/**
 * One refused login, one stored failure. A refused certificate is logged
 * as `VERIFY ERROR` and then, for the same client address and port, as `TLS
 * Error: TLS handshake failed`; the second says nothing new and would count
 * the attempt twice. A handshake failure with no earlier failure of that
 * peer (no certificate, wrong tls-crypt key, a timeout) is kept.
 */
export class LoginAttempts {
  #failedPeers = new Map<string, number>();

  /** False for an outcome that repeats a failure of the same attempt. */
  keep(auth: AuthOutcome, time: number): boolean {
    if (auth.outcome !== 'failure' || auth.ip === null || auth.port === null) return true;
    const peer = `${auth.ip} ${auth.port}`;
    const earlier = this.#failedPeers.get(peer);
    const repeat = auth.reason.startsWith('TLS Error: TLS handshake failed') && earlier !== undefined && time - earlier <= ATTEMPT_SECONDS;
    this.#failedPeers.delete(peer);
    this.#failedPeers.set(peer, time);
    if (this.#failedPeers.size > MAX_PEERS) this.#failedPeers.delete(this.#failedPeers.keys().next().value!);
    return !repeat;
  }
}

/** A line's login outcome, and whether its time is the line's own (false: a bare message, timed when it was read). */
export interface LineOutcome {
  event: AuthEvent;
  timed: boolean;
}

/** The login outcomes of a server log's lines, one per attempt, as `ecs --store` and `watch --server-log` store them. */
export class LoginOutcomeReader {
  readonly #attempts = new LoginAttempts();

  /** null: the line shows no login outcome, or repeats a failure of the same attempt. `now` in ms. */
  read(line: string, now: number): LineOutcome | null {
    const { auth, time } = parseLogLine(line, { now });
    if (auth === null) return null;
    // A bare message (journald -o cat, --suppress-timestamps, plugin output) carries no time: it happened as we read it.
    const seconds = time === null ? Math.floor(now / 1000) : Math.floor(time);
    if (!this.#attempts.keep(auth, seconds)) return null;
    return { event: { ...auth, time: seconds }, timed: time !== null };
  }
}
