#!/bin/sh
# Runs walk_window.py on the built application inside its own session bus and X server, so the
# AT-SPI check needs nothing from the desktop it runs on. Exits 77 (ctest SKIP_RETURN_CODE)
# when a piece of the accessibility stack is missing, so a bare machine skips rather than fails.
# Usage: run_atspi.sh DOSSIER_BINARY
here=${0%/*}
python=/usr/bin/python3 # the system's, which has python3-pyatspi, not a virtualenv's
skip() { echo "SKIP: $1"; exit 77; }
[ -x "$python" ] || skip "no $python"
"$python" -c 'import pyatspi' 2>/dev/null || skip "python3-pyatspi is not installed"
command -v dbus-run-session >/dev/null || skip "dbus-run-session (dbus) is not installed"
command -v xvfb-run >/dev/null || skip "xvfb-run (xvfb) is not installed"
command -v xauth >/dev/null || skip "xauth is not installed"
found=
for launcher in /usr/libexec/at-spi-bus-launcher /usr/lib/at-spi2-core/at-spi-bus-launcher; do
    [ -x "$launcher" ] && found=1
done
[ -n "$found" ] || skip "at-spi2-core is not installed"
exec dbus-run-session -- xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$python" "$here/walk_window.py" "$1"
