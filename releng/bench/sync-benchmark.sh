#!/usr/bin/env bash
# Sync benchmark: a typical day (a county laptop pushing 300 changed records), the first sync of a municipality
# laptop, a trainer's day (30 participants x 3 session days of attendance marks) and a CSV import (1 000 new
# enrolments), against a real county server (Derby Network Server, TLS) on loopback and through an emulated rural link
# (300 ms round trip, 1 Mbit/s), each beside the floor (3 round trips + bytes / bandwidth) and beside a raw Derby
# bulk insert of the same rows measured in the same run. See docs/BENCHMARKS.md.
#
#   releng/bench/sync-benchmark.sh [rounds]     (default 5 rounds after a warm-up; builds what it needs)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd -P)
cd "$root"
source "$root/features/se.samverka.client.feature/rootfiles/unix/samverka-lib.sh"
java=$(samverka_find_java jdk) || exit 1
JAVA_HOME=$(dirname "$(dirname "$java")")
export JAVA_HOME
log="$root/bundles/se.samverka.sync.tests/target/sync-benchmark-build.log"
mkdir -p "$(dirname "$log")"
# The bundles the benchmark runs on, built from this tree (Tycho's -am does not follow bundle dependencies), with the
# build tools they need from the reactor: the target platform and the model's code generator. Nothing is taken from
# ~/.m2 that only "mvnw install" would have put there, so this works right after "./samverka test" in a fresh clone.
modules=target-platform,releng/se.samverka.model.generator
modules=$modules,bundles/se.samverka.model,bundles/se.samverka.store,bundles/se.samverka.demo,bundles/se.samverka.sync
modules=$modules,bundles/se.samverka.server,bundles/se.samverka.server.app,bundles/se.samverka.sync.tests
./mvnw -B -ntp verify -pl "$modules" -Dtest=SyncBenchmark \
    -Dsurefire.failIfNoSpecifiedTests=false -DfailIfNoTests=false -Dsamverka.unitTests.failIfNone=false -Dsamverka.bench.rounds="${1:-5}" \
    > "$log" 2>&1 || {
    tail -40 "$log" >&2
    exit 1
}
echo "Sync benchmark ($(date -u +%Y-%m-%d)):"
cat "$root/bundles/se.samverka.sync.tests/target/sync-benchmark.txt"
