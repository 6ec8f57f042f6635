#!/usr/bin/env bash
# How long quitting takes, the way a user quits (issue 18, item 7): the release binary starts under
# Xvfb (settings in a temporary HOME), waits until it is idle, gets Ctrl+Q from xdotool, and the time
# from the key to the process's exit is printed, for the start screen and for Inspect after d2l's
# AlexNet ran to its last layer. The ctest ui.test_quit_timing checks the same path offscreen
# (limit 300 ms, label timing); its X11 run is printed last.
#   scripts/bench_quit.sh [RUNS]      (default 5 runs per state; needs xvfb-run and xdotool)
set -euo pipefail
cd "$(dirname "$0")/.."
app=${ALEXNET_APP:-build/release/app/alexnet-lab}
runs=${1:-5}
[ -x "$app" ] || { echo "bench_quit.sh: build $app first (cmake --build --preset release)" >&2; exit 2; }
command -v xvfb-run >/dev/null && command -v xdotool >/dev/null ||
  { echo "bench_quit.sh: needs xvfb-run and xdotool (apt-get install xvfb xdotool)" >&2; exit 2; }
# Its own X server, always (a desktop session's window manager would change the figures).
[ -n "${ALEXNET_BENCH_IN_XVFB:-}" ] || ALEXNET_BENCH_IN_XVFB=1 exec xvfb-run -a "$0" "$@"

one_run() {  # $@: GUI options. Prints the milliseconds from Ctrl+Q to exit.
  local home pid wid t0 t1
  home=$(mktemp -d)
  HOME=$home XDG_CONFIG_HOME=$home/.config "$app" "$@" >/dev/null 2>&1 &
  pid=$!
  wid=$(xdotool search --sync --onlyvisible --name "AlexNet Lab" | head -1)
  sleep "${ALEXNET_QUIT_SETTLE:-6}"  # startup work (the Training form's warm-up, the first forward pass) ends
  t0=$(date +%s%N)
  xdotool windowfocus --sync "$wid" key --clearmodifiers ctrl+q
  while kill -0 "$pid" 2>/dev/null; do sleep 0.002; done
  t1=$(date +%s%N)
  rm -rf "$home"
  echo $(( (t1 - t0) / 1000000 ))
}
for state in "" "--tab inspect --model alexnet --step 99"; do
  # shellcheck disable=SC2086
  times=$(for _ in $(seq "$runs"); do one_run $state; done)
  sorted=$(echo "$times" | sort -n | tr '\n' ' ')
  median=$(echo "$times" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "quit ${state:-(start screen)}: median ${median} ms (runs: ${sorted}) load $(cut -d' ' -f1 /proc/loadavg)"
done
# The same quit without xdotool's own round trips (its start, focus and key under a loaded machine
# are most of the figures above): File → Quit triggered inside the program, X11 platform.
harness=build/release/tests/ui_test_quit_timing
if [ -x "$harness" ]; then
  ALEXNET_QUIT_PLATFORM=xcb "$harness" 2>&1 | sed -n 's/^QINFO  : TestQuitTiming::[A-Za-z]*() /in-process /p'
fi
