#!/usr/bin/env bash
# Load benchmark for `faultline serve` (a note, not a timed test): fills a store with
# EVENTS synthetic event mentions, serves it, and runs Debian's wrk against /api/events
# with a rotating mix of filters, printing the latency percentiles (p99 is the target:
# at most 50 ms on a million events, with no errors).
#
#   bench/serve_load.sh [EVENTS=1000000] [SECONDS=30]
#   FAULTLINE_BIN=build/release/src/cli/faultline (default)
#   FAULTLINE_BENCH_DB=path: keep the store there and reuse it on the next run (filling a
#     million events takes a minute or two); default a temporary file
#
# The store starts from the examples coded by the real pipeline (`faultline ingest`); their
# event rows are then copied with dates spread over ten years and places jittered by up to
# half a degree, so filters select realistic fractions of the rows. Needs wrk and python3.
set -euo pipefail
cd "$(dirname "$0")/.."

EVENTS=${1:-1000000}
SECONDS_=${2:-30}
BIN=${FAULTLINE_BIN:-build/release/src/cli/faultline}
for tool in wrk python3; do
  command -v "$tool" >/dev/null || { echo "serve_load: $tool is missing (apt-get install $tool)" >&2; exit 2; }
done
[ -x "$BIN" ] || { echo "serve_load: build faultline first ($BIN)" >&2; exit 2; }

DIR=$(mktemp -d)
SERVER=""
cleanup() {
  [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null
  rm -rf "$DIR"
}
trap cleanup EXIT
DB=${FAULTLINE_BENCH_DB:-$DIR/bench.db}

[ -f "$DB" ] || "$BIN" ingest --db "$DB" examples/ >/dev/null 2>&1
python3 - "$DB" "$EVENTS" <<'PY'
import sqlite3, sys, time
db, target = sys.argv[1], int(sys.argv[2])
con = sqlite3.connect(db)
# (PRAGMA table_info leaves out generated columns such as events.cell, as it should here.)
cols = [r[1] for r in con.execute("PRAGMA table_info(events)") if r[1] != "id"]
# Copies of the existing rows; only date, lat and lon change, and copies have no cluster.
select = []
for c in cols:
    if c == "date":
        select.append("CASE WHEN length(date) = 10 THEN date('2015-01-01', '+' || (abs(random()) % 3650) || ' days') ELSE date END")
    elif c in ("lat", "lon"):
        select.append(f"CASE WHEN {c} IS NULL THEN NULL ELSE {c} + (abs(random()) % 1000) / 1000.0 - 0.5 END")
    elif c == "cluster_id":
        select.append("NULL")
    else:
        select.append(c)
start = time.time()
n = con.execute("SELECT COUNT(*) FROM events").fetchone()[0]
if n >= target:
    print(f"serve_load: reusing {db} ({n} event mentions)")
    sys.exit(0)
while n < target:
    batch = min(n, target - n)
    con.execute(f"INSERT INTO events ({', '.join(cols)}) SELECT {', '.join(select)} FROM events LIMIT {batch}")
    con.commit()
    n += batch
con.execute("ANALYZE")
con.commit()
print(f"serve_load: {n} event mentions in the store ({time.time() - start:.0f} s to fill)")
PY

"$BIN" serve --db "$DB" --port 0 --threads 8 >"$DIR/serve.out" 2>&1 &
SERVER=$!
for _ in $(seq 600); do  # a store from an older schema migrates first
  URL=$(grep -o 'http://127.0.0.1:[0-9]*/' "$DIR/serve.out" || true)
  [ -n "$URL" ] && break
  sleep 0.1
done
[ -n "$URL" ] || { cat "$DIR/serve.out" >&2; exit 1; }

# Filtered first pages as the dashboard asks for them; wrk keeps 8 connections, one per
# server worker (httplib serves a kept-alive connection on one thread).
cat >"$DIR/paths.lua" <<'LUA'
local paths = {
  "/api/events?limit=100",
  "/api/events?country=SY&limit=100",
  "/api/events?country=UA&since=2020-01-01&until=2020-12-31",
  "/api/events?root=19&limit=100",
  "/api/events?root=18&since=2018-01-01&until=2018-06-30",
  "/api/events?actor=RUS&limit=50",
  "/api/events?actor=SYRMIL&since=2019-01-01",
  "/api/events?quad=4&country=PS",
  "/api/events?near=35.85,36.68,50&limit=100",
  "/api/events?since=2024-01-01&until=2024-03-31",
}
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("serve_load: %d requests, p50 %.1f ms, p99 %.1f ms, max %.1f ms, errors %d (non-2xx %d)\n",
    summary.requests, latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.connect + e.read + e.write + e.timeout, e.status))
end
LUA
wrk -t2 -c8 -d"${SECONDS_}s" --latency -s "$DIR/paths.lua" "${URL%/}"
