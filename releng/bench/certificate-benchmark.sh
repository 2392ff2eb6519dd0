#!/usr/bin/env bash
# Certificate benchmark: 200 course certificates as PDF/A-2u (a file each, and all in one file of 200 pages) beside the
# baseline of one trivial PDF/A page made in the same rounds, inside OSGi as in the application. Issue 11's budget:
# 200 certificates in at most 5 s. See docs/BENCHMARKS.md.
#
#   releng/bench/certificate-benchmark.sh [rounds]     (default 5 rounds after a warm-up; builds what it needs)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd -P)
cd "$root"
source "$root/features/se.samverka.client.feature/rootfiles/unix/samverka-lib.sh"
java=$(samverka_find_java jdk) || exit 1
JAVA_HOME=$(dirname "$(dirname "$java")")
export JAVA_HOME
log="$root/bundles/se.samverka.reports.tests/target/certificate-benchmark-build.log"
mkdir -p "$(dirname "$log")"
# The bundles the benchmark runs on, built from this tree, with the build tools they need from the reactor.
modules=target-platform,releng/se.samverka.model.generator,releng/se.samverka.pdfa.check
modules=$modules,bundles/se.samverka.model,bundles/se.samverka.store,bundles/se.samverka.reports
modules=$modules,bundles/se.samverka.courses,bundles/se.samverka.reports.tests
./mvnw -B -ntp verify -pl "$modules" -Dtest=CertificateBenchmark -Dsamverka.pdfa.skip=true \
    -Dsurefire.failIfNoSpecifiedTests=false -DfailIfNoTests=false -Dsamverka.unitTests.failIfNone=false \
    -Dsamverka.bench.rounds="${1:-5}" > "$log" 2>&1 || {
    tail -40 "$log" >&2
    exit 1
}
echo "Certificate benchmark ($(date -u +%Y-%m-%d)):"
cat "$root/bundles/se.samverka.reports.tests/target/certificate-benchmark.txt"
