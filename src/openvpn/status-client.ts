export type StatusVersion = 1 | 2 | 3;

/** One connected client as OpenVPN's status output reports it. */
export interface StatusClient {
  /** 1-based line in the input. */
  lineNumber: number;
  /** The raw line, without its line ending. */
  line: string;
  /** null when OpenVPN wrote UNDEF. */
  commonName: string | null;
  /** Canonical text form (common/ip.ts: as PostgreSQL's inet prints it), protocol prefix and port removed. */
  srcIp: string;
  /** null when the line carries no port (OpenVPN 2.4–2.6 print IPv6 peers, and IPv4 peers of a dual-stack socket, without one). */
  srcPort: number | null;
  /** OpenVPN 2.7's Real Address prefix without the colon ('udp4', 'tcp4-server', 'udp6', ...); null before 2.7. */
  transport: string | null;
  /** null when empty or absent. */
  vpnIp4: string | null;
  vpnIp6: string | null;
  bytesReceived: bigint;
  bytesSent: bigint;
  /** Unix seconds: the time_t column, or for status version 1 the date text converted. */
  connectedSince: number;
  /** null for UNDEF or absent. */
  username: string | null;
}

export interface RejectedStatusLine {
  lineNumber: number;
  /** The raw line; lines longer than OpenVPN can write are cut short and end in '…'. */
  line: string;
  reason: string;
}

export interface StatusSnapshot {
  version: StatusVersion;
  /** The status's own TIME / Updated, unix seconds. */
  time: number;
  clients: StatusClient[];
  /** Client lines (and unrecognised lines) that could not be understood. */
  rejected: RejectedStatusLine[];
  /**
   * Lines of the input, numbered as `lineNumber`: those neither in `clients` nor in `rejected` are the
   * status's other lines (title, time, headers, routes, statistics, END and what follows it).
   */
  lineCount: number;
}
