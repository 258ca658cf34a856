#!/bin/sh
# Runs a command beside a real Secret Service of its own: a private D-Bus session bus
# (dbus-run-session) with gnome-keyring-daemon serving an unlocked "login" collection that lives in
# a throwaway folder. Nothing of the user's (session bus, keyrings, settings) is read or touched,
# and the daemon and the bus are gone when this script returns.
#
#   tests/ui/with_secret_service.sh <command> [args…]      exit code: the command's
#
# Needs the Debian packages dbus, gnome-keyring and libsecret-tools (scripts/setup.sh installs them);
# QtKeychain reaches the service through libsecret. Works headless, as root, without X.
set -eu

for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "with_secret_service: $tool is missing (apt-get install dbus gnome-keyring libsecret-tools)" >&2
    exit 1
  fi
done
[ $# -gt 0 ] || { echo "usage: $0 <command> [args...]" >&2; exit 2; }

root=$(mktemp -d "${TMPDIR:-/tmp}/copydesk-secret-service.XXXXXX")
trap 'rm -rf "$root"' EXIT
# The daemon's control socket goes under $root/run; a socket path must stay under 108 bytes.
if [ "${#root}" -gt 60 ]; then
  rm -rf "$root"
  root=$(mktemp -d /tmp/copydesk-secret-service.XXXXXX)
fi
mkdir -m 700 "$root/run" "$root/data" "$root/config" "$root/cache"

# The session: start the daemon in the foreground (so it stays our child and is ended by us), wait
# until it owns org.freedesktop.secrets and its default collection is unlocked, run the command,
# end the daemon. The password only guards this throwaway keyring; an empty one is not taken.
session='
  set -u
  printf "copydesk-test-keyring" | gnome-keyring-daemon --foreground --unlock --components=secrets \
    >"$XDG_RUNTIME_DIR/daemon.log" 2>&1 &
  daemon=$!
  stop_daemon() { kill "$daemon" 2>/dev/null; wait "$daemon" 2>/dev/null; }

  bus_call() {
    dbus-send --session --print-reply "$@" 2>/dev/null
  }
  ready() {
    bus_call --dest=org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner \
      string:org.freedesktop.secrets | grep -q "boolean true" &&
    bus_call --dest=org.freedesktop.secrets /org/freedesktop/secrets/aliases/default \
      org.freedesktop.DBus.Properties.Get string:org.freedesktop.Secret.Collection string:Locked |
      grep -q "boolean false"
  }
  tries=0
  until ready; do
    tries=$((tries + 1))
    if [ "$tries" -gt 300 ] || ! kill -0 "$daemon" 2>/dev/null; then
      echo "with_secret_service: gnome-keyring-daemon did not serve an unlocked collection:" >&2
      cat "$XDG_RUNTIME_DIR/daemon.log" >&2
      stop_daemon
      exit 1
    fi
    sleep 0.1
  done

  status=0
  "$@" || status=$?
  stop_daemon
  exit "$status"
'

status=0
env -u DBUS_SESSION_BUS_ADDRESS -u GNOME_KEYRING_CONTROL -u SSH_AUTH_SOCK \
  XDG_RUNTIME_DIR="$root/run" XDG_DATA_HOME="$root/data" XDG_CONFIG_HOME="$root/config" \
  XDG_CACHE_HOME="$root/cache" \
  dbus-run-session -- sh -c "$session" with_secret_service "$@" || status=$?
exit "$status"
