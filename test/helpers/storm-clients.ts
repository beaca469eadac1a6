/** The clients of a reconnect storm (the storm test and bench:storm): client i's connect and its own disconnect values. */
export const stormConnectTime = 1_795_431_403;

export const stormClient = (i: number) => ({
  common_name: `storm-${i}`,
  trusted_ip: `198.51.100.${i % 250}`,
  trusted_port: String(30000 + i),
  time_unix: String(stormConnectTime + (i % 7)),
  ifconfig_pool_remote_ip: `10.${8 + (i >> 8)}.0.${i & 255}`,
});

export const stormDisconnect = (i: number) => ({
  script_type: 'client-disconnect',
  ...stormClient(i),
  time_duration: String(4000 + i),
  bytes_received: String(1_000_000 + i),
  bytes_sent: String(2_000_000 + i),
});
