# Sourced by the project's scripts: servers are known by the process id their start recorded,
# never by a pattern that could match another checkout's server.

# recorded_pid PIDFILE DIR: the recorded process, if it is alive and its command line names DIR
# (a pid can be reused by another program after a reboot or a long time).
recorded_pid() {
  local p
  p=$(cat "$1" 2>/dev/null || true)
  [ -n "$p" ] && kill -0 "$p" 2>/dev/null && tr '\0' ' ' < "/proc/$p/cmdline" 2>/dev/null | grep -qF "$2" \
    && echo "$p" || true
}

# stop_recorded PIDFILE DIR [SECONDS]: TERM, then KILL after SECONDS (30); removes the pid file.
stop_recorded() {
  local p
  p=$(recorded_pid "$1" "$2")
  if [ -n "$p" ]; then
    kill "$p" 2>/dev/null || true
    for _ in $(seq 1 "${3:-30}"); do kill -0 "$p" 2>/dev/null || break; sleep 1; done
    kill -0 "$p" 2>/dev/null && kill -9 "$p" 2>/dev/null
  fi
  rm -f "$1"
}
