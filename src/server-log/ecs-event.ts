import type { AuthOutcome } from '../common/auth-outcome.ts';

/**
 * An Elastic Common Schema document as the intake writes it: only the fields
 * a line gave, nested as ECS nests them (field reference:
 * https://www.elastic.co/guide/en/ecs/current/ecs-field-reference.html).
 */
export interface EcsEvent {
  '@timestamp'?: string;
  message: string;
  event: {
    kind?: string;
    category: string[];
    type: string[];
    outcome?: 'success' | 'failure';
    reason?: string;
  };
  client?: {
    address?: string;
    domain?: string;
    ip?: string;
    port?: number;
    nat?: { ip: string };
  };
  user?: { name: string; domain?: string };
  tls?: { cipher?: string; version?: string };
  observer?: {
    hostname?: string;
    ip?: string;
    mac?: string;
    egress?: { interface: { name: string } };
    ingress?: { interface: { name: string } };
  };
  process?: { name?: string; pid?: number };
  openvpn?: { peer?: { ip: string } };
  related?: { hosts?: string[]; ip?: string[]; user?: string[] };
}

export interface ParsedLine {
  event: EcsEvent;
  /** Unix seconds of the line's own timestamp; null for a bare message. */
  time: number | null;
  auth: AuthOutcome | null;
}
