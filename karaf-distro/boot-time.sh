#!/usr/bin/env bash
# Boot-time harness for the distribution (results: docs/benchmarks.md).
# Usage: boot-time.sh [RUNS] [--keep-data]
# Unpacks karaf-distro/target/karaf-distro-*.tar.gz, then RUNS times (default 5): empties data/
# (a first boot; --keep-data measures restarts instead), runs bin/start and measures until the PBX
# is fully booted (the core logs "Strowger fully booted" once every boot module is running) and ssh
# accepts connections. Prints each run and the median.
set -euo pipefail
cd "$(dirname "$0")"
runs="${1:-5}"
keep_data="${2:-}"
tarball=$(ls target/karaf-distro-*.tar.gz | head -n 1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar xzf "$tarball" -C "$work"
home=$(ls -d "$work"/*/ | head -n 1)
export JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
port=$(grep -E '^sshPort' "$home/etc/org.apache.karaf.shell.cfg" | sed 's/.*= *//')
now_ms() { date +%s%3N; }
results=()
for run in $(seq 1 "$runs"); do
  if [ "$keep_data" != "--keep-data" ] || [ "$run" = 1 ]; then rm -rf "$home/data"; else rm -f "$home/data/log/karaf.log"; fi
  t0=$(now_ms)
  (cd "$home" && setsid bin/start </dev/null >/dev/null 2>&1)
  booted=""; ssh=""
  while [ -z "$booted" ] || [ -z "$ssh" ]; do
    if [ -z "$booted" ] && grep -q "Strowger fully booted" "$home/data/log/karaf.log" 2>/dev/null; then booted=$(now_ms); fi
    if [ -z "$ssh" ] && (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then ssh=$(now_ms); fi
    if [ $(( $(now_ms) - t0 )) -gt 120000 ]; then echo "run $run: no boot within 120 s" >&2; exit 1; fi
    sleep 0.05
  done
  total=$(( (booted > ssh ? booted : ssh) - t0 ))
  echo "run $run: fully booted after $((booted - t0)) ms, ssh up after $((ssh - t0)) ms -> $total ms"
  results+=("$total")
  pid=$(sed -n 's/^item.0.pid *= *//p' "$home/instances/instance.properties")
  (cd "$home" && bin/stop >/dev/null 2>&1 || true)
  # bin/start refuses to run while the old JVM lives, and bin/status says "Not Running" before it exits.
  while [ -n "$pid" ] && [ "$pid" != 0 ] && kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
done
median=$(printf '%s\n' "${results[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median of $runs runs: $median ms (bin/start to PBX fully booted and ssh up, ${keep_data:-empty data/})"
