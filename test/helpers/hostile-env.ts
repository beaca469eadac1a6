/**
 * Hook environments that must be refused: each names the variable the error
 * line has to mention. Shared by the unit test of the parser and the
 * end-to-end check that nothing reaches the database.
 */
export interface HostileCase {
  label: string;
  overrides: Record<string, string | undefined>;
  variable: string;
  scriptType?: 'client-connect' | 'client-disconnect' | 'db-update';
}

const numeric = ['time_unix', 'trusted_port'] as const;
const disconnectNumeric = ['time_duration', 'bytes_received', 'bytes_sent'] as const;
const badNumbers: Array<[string, string]> = [
  ['empty', ''],
  ['negative', '-1'],
  ['non-numeric', 'abc'],
  ['decimal', '1.5'],
  ['hex', '0x10'],
  ['exponent', '1e9'],
  ['above 2^63', '9223372036854775808'],
  ['far above 2^64', '99999999999999999999999999'],
  ['leading space', ' 42'],
  ['inner space', '4 2'],
  ['trailing newline', '42\n'],
  ['control character', '4\u00012'],
];

export const hostileCases: HostileCase[] = [
  { label: 'script_type missing', overrides: { script_type: undefined }, variable: 'script_type' },
  { label: 'script_type unknown', overrides: { script_type: 'learn-address' }, variable: 'script_type' },
  { label: 'script_type empty', overrides: { script_type: '' }, variable: 'script_type' },
  { label: 'common_name missing', overrides: { common_name: undefined }, variable: 'common_name' },
  { label: 'common_name empty', overrides: { common_name: '' }, variable: 'common_name' },
  { label: 'common_name of 65 characters', overrides: { common_name: 'x'.repeat(65) }, variable: 'common_name' },
  { label: 'common_name of 65 UTF-8 characters', overrides: { common_name: 'ë'.repeat(65) }, variable: 'common_name' },
  { label: 'common_name with a newline', overrides: { common_name: 'alice\nbob' }, variable: 'common_name' },
  { label: 'common_name with a tab', overrides: { common_name: 'alice\tbob' }, variable: 'common_name' },
  { label: 'common_name with ESC', overrides: { common_name: 'alice\u001b[31m' }, variable: 'common_name' },
  { label: 'trusted_ip missing', overrides: { trusted_ip: undefined }, variable: 'trusted_ip' },
  { label: 'trusted_ip malformed', overrides: { trusted_ip: '300.1.2.3' }, variable: 'trusted_ip' },
  { label: 'trusted_ip with port', overrides: { trusted_ip: '1.2.3.4:5' }, variable: 'trusted_ip' },
  { label: 'trusted_ip SQL', overrides: { trusted_ip: "1.2.3.4'; DROP TABLE session; --" }, variable: 'trusted_ip' },
  { label: 'trusted_ip6 malformed', overrides: { trusted_ip: undefined, trusted_ip6: '2001:db8::g' }, variable: 'trusted_ip6' },
  { label: 'trusted_ip6 with zone', overrides: { trusted_ip: undefined, trusted_ip6: 'fe80::1%eth0' }, variable: 'trusted_ip6' },
  { label: 'trusted_port above 65535', overrides: { trusted_port: '65536' }, variable: 'trusted_port' },
  { label: 'pool IPv4 malformed', overrides: { ifconfig_pool_remote_ip: '10.8.0' }, variable: 'ifconfig_pool_remote_ip' },
  { label: 'pool IPv4 given IPv6', overrides: { ifconfig_pool_remote_ip: 'fd00::2' }, variable: 'ifconfig_pool_remote_ip' },
  { label: 'pool IPv6 malformed', overrides: { ifconfig_pool_remote_ip6: 'fd00:::2' }, variable: 'ifconfig_pool_remote_ip6' },
  { label: 'time_duration above 32 bits', overrides: { time_duration: '2147483648' }, variable: 'time_duration', scriptType: 'client-disconnect' },
  { label: 'bytes_received missing', overrides: { bytes_received: undefined }, variable: 'bytes_received', scriptType: 'client-disconnect' },
  { label: 'time_update non-numeric', overrides: { time_update: 'later' }, variable: 'time_update', scriptType: 'db-update' },
  { label: 'time_update before time_unix', overrides: { time_update: '1' }, variable: 'time_update', scriptType: 'db-update' },
  ...numeric.flatMap((variable) =>
    badNumbers.map(([label, value]) => ({ label: `${variable} ${label}`, overrides: { [variable]: value }, variable })),
  ),
  ...numeric.map((variable) => ({ label: `${variable} missing`, overrides: { [variable]: undefined }, variable })),
  ...disconnectNumeric.flatMap((variable) =>
    badNumbers.map(([label, value]) => ({
      label: `${variable} ${label}`,
      overrides: { [variable]: value },
      variable,
      scriptType: 'client-disconnect' as const,
    })),
  ),
];

export function hostileEnv(hostile: HostileCase): Record<string, string> {
  const env: Record<string, string> = {
    script_type: hostile.scriptType ?? 'client-connect',
    common_name: 'alice',
    trusted_ip: '198.51.100.7',
    trusted_port: '40001',
    time_unix: '1790000000',
    ifconfig_pool_remote_ip: '10.8.0.2',
    time_duration: '60',
    bytes_received: '1',
    bytes_sent: '2',
    time_update: '1790000060',
  };
  for (const [key, value] of Object.entries(hostile.overrides)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}
