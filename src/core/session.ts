/** The OpenVPN server a session belongs to: the Perl tool's instance triple. */
export interface Instance {
  name: string;
  protocol: string;
  port: number;
}

export const defaultInstance: Instance = { name: '', protocol: '', port: 0 };

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
