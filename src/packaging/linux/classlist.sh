#!/bin/sh
# Writes the list of classes that the class-data-sharing archive is dumped from: those the app loads from
# `main` to its first frame on the seed, the start-up that the archive is there to shorten. That needs a
# display: the one in DISPLAY, else a virtual one from xvfb-run. With neither, the list is that of a headless
# `stats` on the seed, which leaves JavaFX out of the archive but still spares the command-line tools and the
# loader their class loading.
# Usage: classlist.sh JAVA JAR SEED LIST PREFS
set -eu
java=$1 jar=$2 seed=$3 list=$4 prefs=$5
rm -f "$list"
# The preferences the probe's window writes go to the build directory, not to the home of whoever builds.
# The probe quits the window at its first frame; the command-line tools do not read it.
set -- "$java" -XX:DumpLoadedClassList="$list" -Djava.util.prefs.userRoot="$prefs" -Dentente.startupProbe=true \
    -cp "$jar" org.entente.app.Launcher
if [ -n "${DISPLAY:-}" ]; then
    timeout 300 "$@" "$seed"
elif command -v xvfb-run >/dev/null 2>&1; then
    timeout 300 xvfb-run -a -s '-screen 0 1600x1000x24' "$@" "$seed"
else
    echo "classlist.sh: no display and no xvfb-run, so the archive holds what a headless run loads" >&2
    "$@" stats "$seed" >/dev/null
fi
