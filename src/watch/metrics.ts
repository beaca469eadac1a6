import { createServer, type Server } from 'node:http';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { ipFamily } from '../common/ip.ts';
import { listEvents } from '../spool/spool-dir.ts';
import type { StatusSnapshot } from '../openvpn/status-client.ts';

/** What a source last reported: its status (for the per-client figures) and whether reading it worked. */
interface SourceState {
  up: boolean;
  snapshot: StatusSnapshot | null;
}

const CLIENT_LABELS = ['status_path', 'common_name', 'connection_time', 'real_address', 'virtual_address', 'username'] as const;

/**
 * The figures `watch --metrics` serves: kumina openvpn_exporter's names and
 * labels (status_path is the source: the file, or management:ADDRESS), so its
 * Grafana dashboards work unchanged, and this tool's own.
 * The per-client series are built when scraped, from the last status of each
 * source: an update costs nothing here, and clients that left disappear.
 */
export class WatchMetrics {
  readonly registry = new Registry();
  readonly #sources = new Map<string, SourceState>();
  readonly updates: Counter<'status_path'>;
  readonly updateSeconds: Histogram<'status_path'>;
  readonly databaseErrors: Counter;
  readonly authEvents: Counter<'outcome'>;

  constructor(spoolDir: string | undefined) {
    const registers = [this.registry];
    const sources = this.#sources;
    new Gauge({
      name: 'openvpn_up',
      help: 'Whether scraping OpenVPN\'s metrics was successful.',
      labelNames: ['status_path'],
      registers,
      collect() {
        this.reset();
        for (const [path, state] of sources) this.set({ status_path: path }, state.up ? 1 : 0);
      },
    });
    new Gauge({
      name: 'openvpn_status_update_time_seconds',
      help: 'UNIX timestamp at which the OpenVPN statistics were updated.',
      labelNames: ['status_path'],
      registers,
      collect() {
        this.reset();
        for (const [path, state] of sources) if (state.snapshot) this.set({ status_path: path }, state.snapshot.time);
      },
    });
    new Gauge({
      name: 'openvpn_server_connected_clients',
      help: 'Number Of Connected Clients',
      labelNames: ['status_path'],
      registers,
      collect() {
        this.reset();
        for (const [path, state] of sources) if (state.snapshot) this.set({ status_path: path }, state.snapshot.clients.length);
      },
    });
    for (const [name, help, field] of [
      ['openvpn_server_client_received_bytes_total', 'Amount of data received over a connection on the VPN server, in bytes.', 'bytesReceived'],
      ['openvpn_server_client_sent_bytes_total', 'Amount of data sent over a connection on the VPN server, in bytes.', 'bytesSent'],
    ] as const) {
      new Counter({
        name,
        help,
        labelNames: CLIENT_LABELS,
        registers,
        collect() {
          this.reset();
          for (const [path, state] of sources) {
            for (const client of state.snapshot?.clients ?? []) {
              const labels = {
                status_path: path,
                common_name: client.commonName ?? 'UNDEF',
                connection_time: String(client.connectedSince),
                real_address: realAddress(client.srcIp, client.srcPort),
                virtual_address: client.vpnIp4 ?? client.vpnIp6 ?? '',
                username: client.username ?? 'UNDEF',
              };
              this.inc(labels, Number(client[field]));
            }
          }
        },
      });
    }
    this.updates = new Counter({
      name: 'openvpn_db_log_status_updates_total',
      help: 'Status updates committed to the database.',
      labelNames: ['status_path'],
      registers,
    });
    this.updateSeconds = new Histogram({
      name: 'openvpn_db_log_status_update_duration_seconds',
      help: 'Time from reading a status to its commit.',
      labelNames: ['status_path'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.databaseErrors = new Counter({
      name: 'openvpn_db_log_database_errors_total',
      help: 'Status updates and server log batches the database did not take (connection lost, timeout, refused).',
      registers,
    });
    this.authEvents = new Counter({
      name: 'openvpn_db_log_auth_events_total',
      help: 'Login outcomes from the server log stored as new auth_event rows (a line read again adds none).',
      labelNames: ['outcome'],
      registers,
    });
    if (spoolDir !== undefined) {
      new Gauge({
        name: 'openvpn_db_log_spool_backlog',
        help: 'Hook events waiting in the spool directory.',
        registers,
        collect() {
          this.set(listEvents(spoolDir).length);
        },
      });
    }
  }

  source(path: string, state: SourceState): void {
    this.#sources.set(path, state);
  }

  /** Serves /metrics on host:port; resolves once listening. */
  async serve(host: string, port: number): Promise<Server> {
    const server = createServer((request, response) => {
      if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found: the metrics are at /metrics\n');
        return;
      }
      this.registry.metrics().then(
        (text) => response.writeHead(200, { 'content-type': this.registry.contentType }).end(text),
        (error: unknown) => response.writeHead(500, { 'content-type': 'text/plain' }).end(`${String(error)}\n`),
      );
    });
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, host, resolve));
    return server;
  }
}

function realAddress(ip: string, port: number | null): string {
  if (port === null) return ip;
  return ipFamily(ip) === 6 ? `[${ip}]:${port}` : `${ip}:${port}`;
}
