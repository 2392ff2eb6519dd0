#!/usr/bin/env bash
# Start-up benchmark: the time from starting the Samverka client to its main window being shown, beside a bare
# e4 window (bundles/se.samverka.ui/bench/bare.e4xmi) started on the same installation in the same run, alternating.
#
#   releng/bench/startup-benchmark.sh [rounds]      (default 7 rounds; needs a display or xvfb-run)
#
# "Shown" is when the window is mapped on the X display, polled every 20 ms with xdotool. Samverka's time includes
# opening its encrypted database (made in the warm-up round). Prints every round, then median and best of both and
# the ratio Samverka / bare e4.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd -P)
root=$(cd "$here/../.." && pwd -P)
rounds=${1:-7}
installed="$root/releng/se.samverka.client.product/target/products/se.samverka.client/linux/gtk/x86_64/samverka"

if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1440x900x24" "$0" "$@"
fi
command -v xdotool >/dev/null || { echo "The benchmark needs xdotool (apt-get install xdotool)." >&2; exit 1; }
[ -x "$installed/samverka" ] || { echo "Build the client first: ./samverka build" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Starts the client with the given extra arguments, waits for a visible window titled $1, prints milliseconds.
# The data folder is the second argument.
measure() {
    local title=$1 data=$2; shift 2
    local start now pid
    start=$(date +%s%N)
    HOME="$work" "$installed/samverka" -data "$data" "$@" >"$work/out.log" 2>&1 &
    pid=$!
    while ! xdotool search --onlyvisible --name "^$title ?\$" >/dev/null 2>&1; do
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "The client ended before showing '$title':" >&2; cat "$work/out.log" >&2; exit 1
        fi
        now=$(date +%s%N)
        if [ $(( (now - start) / 1000000 )) -gt 60000 ]; then
            echo "No window '$title' within 60 s" >&2; kill "$pid"; exit 1
        fi
        sleep 0.02
    done
    now=$(date +%s%N)
    # Only the start is measured: end the client (SIGTERM shuts it down, closing the database; forced after 15 s).
    kill "$pid"
    for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo $(( (now - start) / 1000000 ))
}

bare_args=(-applicationXMI se.samverka.ui/bench/bare.e4xmi
           -applicationCSS platform:/plugin/se.samverka.ui/bench/bare.css
           -lifeCycleURI bundleclass://se.samverka.ui/se.samverka.ui.internal.BareLifeCycle)
# Samverka signs in without its window (as a scripted start) to a database made in the warm-up round, so the
# rounds measure an everyday start: open the encrypted database, show the window.
export SAMVERKA_USER=bench SAMVERKA_PASSWORD=bench-password-1
samverka_data="$work/samverka-data"
bare=(); samverka=()
# One warm-up of each, not counted (file-system cache).
measure "Bare e4" "$work/bare-data" "${bare_args[@]}" >/dev/null
measure "Samverka" "$samverka_data" >/dev/null
for i in $(seq 1 "$rounds"); do
    b=$(measure "Bare e4" "$work/bare-data" "${bare_args[@]}")
    s=$(measure "Samverka" "$samverka_data")
    bare+=("$b"); samverka+=("$s")
    printf 'round %d: bare e4 %5d ms   Samverka %5d ms\n' "$i" "$b" "$s"
done

stats() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%d %d", m, a[1]}'; }
read -r bare_median bare_best <<<"$(stats "${bare[@]}")"
read -r s_median s_best <<<"$(stats "${samverka[@]}")"
echo
printf 'bare e4 window:        median %5d ms, best %5d ms\n' "$bare_median" "$bare_best"
printf 'Samverka main window:  median %5d ms, best %5d ms\n' "$s_median" "$s_best"
awk -v s="$s_median" -v b="$bare_median" 'BEGIN {printf "ratio Samverka / bare e4 (medians): %.2f\n", s / b}'
