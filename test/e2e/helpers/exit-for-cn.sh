#!/bin/sh
# Test hook command for lab-smoke.test.ts (run by dump-env.sh as the lab's hookCommand).
# usage: exit-for-cn.sh <outdir> <cn> <exit code> [args appended by OpenVPN...]
# Writes its own environment (/proc/$$/environ) and argv to <outdir>, then exits
# with <exit code> when $common_name equals <cn> (only at client-connect), else 0.
out=$1
cn=$2
code=$3
shift 3
f="$out/$(/bin/date +%s%N)-$$"
/bin/cat "/proc/$$/environ" > "$f.env"
for a in "$@"; do printf '%s\0' "$a"; done > "$f.argv"
if [ "${script_type:-}" = client-connect ] && [ "${common_name:-}" = "$cn" ]; then
  echo "exit-for-cn: refusing '$cn' with exit $code"
  exit "$code"
fi
exit 0
