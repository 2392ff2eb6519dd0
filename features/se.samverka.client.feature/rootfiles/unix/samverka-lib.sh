# shellcheck shell=bash
# Shell functions shared by the start script of an installed Samverka and the ./samverka script at the root of
# the source tree: finding Java 21+ and checking for a display.
#
# samverka_find_java [jdk] prints the path of a java executable of version 21 or newer and returns 0, or prints
# what to install on standard error and returns 1. With "jdk" it only accepts a full JDK (javac beside java),
# which building needs. It looks, in this order, at $SAMVERKA_JAVA, $JAVA_HOME, the java on the PATH, and the
# usual install folders of Linux and macOS.

SAMVERKA_MIN_JAVA=21

# The feature version of a java executable (17, 21, 25, ...), or nothing when it cannot be run.
samverka_java_version() {
    "$1" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

samverka_find_java() {
    local need_jdk=${1:-} candidates=() candidate version seen="" what="Java"
    [ "$need_jdk" = jdk ] && what="a JDK (Java Development Kit)"
    [ -n "${SAMVERKA_JAVA:-}" ] && candidates+=("$SAMVERKA_JAVA")
    [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
    command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
    for candidate in /usr/lib/jvm/*/bin/java /opt/java/*/bin/java /opt/*jdk*/bin/java \
                     /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java \
                     "$HOME"/.sdkman/candidates/java/*/bin/java; do
        [ -x "$candidate" ] && candidates+=("$candidate")
    done
    for candidate in "${candidates[@]}"; do
        [ -x "$candidate" ] || continue
        candidate=$(readlink -f "$candidate" 2>/dev/null || printf '%s' "$candidate")
        case "$seen" in *"  $candidate "*) continue ;; esac
        if [ "$need_jdk" = jdk ] && [ ! -x "$(dirname "$candidate")/javac" ]; then
            seen="$seen\n  $candidate (no javac: not a JDK)"
            continue
        fi
        version=$(samverka_java_version "$candidate")
        if [ -n "$version" ] && [ "$version" -ge "$SAMVERKA_MIN_JAVA" ]; then
            printf '%s\n' "$candidate"
            return 0
        fi
        seen="$seen\n  $candidate (Java ${version:-?})"
    done
    {
        echo "Samverka needs $what of version $SAMVERKA_MIN_JAVA or newer, and none was found."
        [ -n "$seen" ] && printf "Found only:%b\n" "$seen"
        echo "Install a JDK $SAMVERKA_MIN_JAVA+ (for example Eclipse Temurin 25 from https://adoptium.net, or"
        echo "'apt-get install openjdk-21-jdk'), or point JAVA_HOME at one."
    } >&2
    return 1
}

# Succeeds when a graphical display is available; otherwise explains how to run under Xvfb and fails.
samverka_require_display() {
    [ "$(uname -s)" = Darwin ] && return 0
    [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ] && return 0
    {
        echo "Samverka needs a graphical desktop, and there is none (DISPLAY is not set)."
        echo "On a server or in a terminal session, run it under a virtual display:"
        echo "  xvfb-run -a $*"
        command -v xvfb-run >/dev/null 2>&1 || echo "(xvfb-run comes with Xvfb: apt-get install xvfb)"
    } >&2
    return 1
}
