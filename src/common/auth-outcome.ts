/**
 * A login outcome the server log shows: src/server-log reads it from a line,
 * src/sessions/auth-event-log.ts stores it in auth_event.
 */
export interface AuthOutcome {
  outcome: 'success' | 'failure';
  reason: string;
  /** The certificate's common name (or the name OpenVPN knows the client by). */
  cn: string | null;
  /** A username/password or directory login name. */
  userName: string | null;
  ip: string | null;
  port: number | null;
}

/** A login outcome and when it happened: what one auth_event row says. */
export interface AuthEvent extends AuthOutcome {
  /** Unix seconds. */
  time: number;
}
