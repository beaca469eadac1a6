#!/bin/sh
# client-connect / client-disconnect wrapper for the e2e lab (test/e2e/openvpn-lab.ts).
#
# Configured as:
#   client-connect    "/bin/sh <labdir>/bin/dump-env.sh <callsdir> <N> [cmd arg1 ... argN-1]"
#   client-disconnect "/bin/sh <labdir>/bin/dump-env.sh <callsdir> <N> [cmd arg1 ... argN-1]"
# <N> = number of words of the optional hook command that follow; OpenVPN
# appends its own arguments after them (client-connect: the dynamic config file).
#
# Records, per call, in <callsdir>:
#   <ns>-<pid>.env   the environment exactly as OpenVPN passed it (/proc/$$/environ: NUL separated)
#   <ns>-<pid>.argv  the arguments OpenVPN appended (NUL terminated each)
#   <ns>-<pid>.rc    "<exit status> <end ns>" -- written last (atomic rename): the call is complete
# then runs the hook command (if any) with exactly the captured environment
# (env -i + the captured NAME=VALUE list; nothing added by this shell, e.g. PWD)
# and the arguments it would have got if OpenVPN had run it directly, and
# exits with its exit status.
#
# OpenVPN passes no PATH: every command below is called by absolute path and
# PATH is never set or exported here.
calls=$1
nwords=$2
shift 2
start=$(/bin/date +%s%N)
base="$calls/$start-$$"
/bin/cat "/proc/$$/environ" > "$base.env.tmp" || exit 97

i=0
for a in "$@"; do
  i=$((i + 1))
  if [ "$i" -gt "$nwords" ]; then printf '%s\0' "$a"; fi
done > "$base.argv.tmp" || exit 97
/bin/mv -f "$base.env.tmp" "$base.env" || exit 97
/bin/mv -f "$base.argv.tmp" "$base.argv" || exit 97

rc=0
if [ "$nwords" -gt 0 ]; then
  # Each NUL terminated NAME=VALUE record -> one single-quoted shell word.
  q=$(/bin/sed -z -e "s/'/'\\\\''/g" -e "s/^/'/" -e "s/\$/' /" "$base.env" | /usr/bin/tr -d '\000') || exit 97
  eval "/usr/bin/env -i -- $q \"\$@\""
  rc=$?
fi
printf '%s %s\n' "$rc" "$(/bin/date +%s%N)" > "$base.rc.tmp"
/bin/mv -f "$base.rc.tmp" "$base.rc"
exit "$rc"
