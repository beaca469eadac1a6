#!/bin/sh
# OpenVPN --up helper for the e2e lab (test/e2e/openvpn-lab.ts).
#
# Configured as:   up "/bin/sh <labdir>/bin/tun-netns-up.sh <netns>"
# OpenVPN appends: <dev> <tun_mtu> <link_mtu> <ifconfig_local> <netmask|remote> <init|restart>
# and exports dev, tun_mtu, ifconfig_local, ifconfig_netmask / ifconfig_remote,
# ifconfig_ipv6_local, ifconfig_ipv6_netbits (server: its own addresses;
# client: the pushed ones).
#
# Moves the freshly opened tun device out of the host namespace into <netns>
# (created beforehand by the harness) and configures it THERE. Nothing is ever
# configured in the host namespace: no address, no route, not even link-up.
# The server/client must run with ifconfig-noexec + route-noexec.
set -u
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
export PATH

die() { echo "tun-netns-up: $*" >&2; exit 1; }

ns=${1:-}
case "$ns" in
  ovl-*) ;;
  *) die "refusing netns name '$ns' (must start with ovl-)" ;;
esac
[ -e "/run/netns/$ns" ] || die "netns $ns does not exist (the harness creates it)"
d=${dev:-}
[ -n "$d" ] || die "no \$dev from OpenVPN"
[ -e "/sys/class/net/$d" ] || die "device $d not found in the host namespace"

mask2len() {
  n=0
  old_ifs=$IFS; IFS=.
  # shellcheck disable=SC2086
  set -- $1
  IFS=$old_ifs
  [ $# -eq 4 ] || return 1
  for o in "$@"; do
    case $o in
      255) n=$((n + 8)) ;; 254) n=$((n + 7)) ;; 252) n=$((n + 6)) ;; 248) n=$((n + 5)) ;;
      240) n=$((n + 4)) ;; 224) n=$((n + 3)) ;; 192) n=$((n + 2)) ;; 128) n=$((n + 1)) ;; 0) ;;
      *) return 1 ;;
    esac
  done
  echo "$n"
}

ip link set dev "$d" netns "$ns" || die "could not move $d into $ns"
ip -n "$ns" link set dev lo up || die "lo up in $ns failed"
if [ -n "${tun_mtu:-}" ]; then
  ip -n "$ns" link set dev "$d" mtu "$tun_mtu" || die "mtu $tun_mtu on $d failed"
fi
ip -n "$ns" link set dev "$d" up || die "link up $d in $ns failed"

if [ -n "${ifconfig_local:-}" ]; then
  if [ -n "${ifconfig_netmask:-}" ]; then
    len=$(mask2len "$ifconfig_netmask") || die "bad netmask $ifconfig_netmask"
    ip -n "$ns" addr add "$ifconfig_local/$len" dev "$d" || die "addr $ifconfig_local/$len failed"
  elif [ -n "${ifconfig_remote:-}" ]; then
    ip -n "$ns" addr add "$ifconfig_local" peer "$ifconfig_remote" dev "$d" || die "addr $ifconfig_local peer $ifconfig_remote failed"
  else
    die "ifconfig_local without netmask/remote"
  fi
fi
if [ -n "${ifconfig_ipv6_local:-}" ]; then
  # IPv6 inside the namespace is best effort (it may be disabled on the host kernel)
  ip -n "$ns" -6 addr add "$ifconfig_ipv6_local/${ifconfig_ipv6_netbits:-64}" dev "$d" nodad ||
    echo "tun-netns-up: WARNING: IPv6 address $ifconfig_ipv6_local on $d in $ns failed" >&2
fi
echo "tun-netns-up: $d -> netns $ns (${ifconfig_local:-no ipv4} ${ifconfig_ipv6_local:-no ipv6})"
exit 0
