import { showValue, UserError } from './errors.ts';
import { requirePort } from './port.ts';

/** The OpenVPN server a session belongs to: the Perl tool's instance triple. */
export interface Instance {
  name: string;
  protocol: string;
  port: number;
}

export const defaultInstance: Instance = { name: '', protocol: '', port: 0 };

/** The instance options as given on the command line or stored in a spooled event. */
export interface RawInstanceOptions {
  instanceName: string;
  instanceProto: string;
  instancePort: string;
}

export function instanceFrom(raw: RawInstanceOptions): Instance {
  if ([...raw.instanceName].length > 64) {
    throw new UserError(`invalid --instance-name ${showValue(raw.instanceName)}: expected at most 64 characters`);
  }
  if ([...raw.instanceProto].length > 10) {
    throw new UserError(`invalid --instance-proto ${showValue(raw.instanceProto)}: expected at most 10 characters`);
  }
  const port = requirePort(raw.instancePort, '--instance-port', 0);
  return { name: raw.instanceName, protocol: raw.instanceProto, port };
}

/** What OpenVPN tells at client-connect; together it identifies one session. */
export interface SessionStart {
  connectTime: number;
  srcIp: string;
  srcPort: number;
  cn: string;
  vpnIp4: string | null;
  vpnIp6: string | null;
}

/** Counters of a session as of some moment: its end, or a partial update. */
export interface SessionProgress {
  duration: number;
  bytesIn: bigint;
  bytesOut: bigint;
}

/** One logged session, as stored. */
export interface Session extends SessionStart {
  id: bigint;
  instance: Instance;
  disconnectTime: number | null;
  duration: number | null;
  bytesIn: bigint | null;
  bytesOut: bigint | null;
}
