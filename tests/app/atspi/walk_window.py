#!/usr/bin/python3
"""What a screen reader sees of the window, through AT-SPI (pyatspi), as a test.

Usage: walk_window.py DOSSIER_BINARY

Run inside a session bus and an X server (run_atspi.sh sets both up). Starts the accessibility
bus, then the application with Qt's AT-SPI bridge forced on, waits for it on the bus and checks:
the filter summary's text is readable, the combo boxes are labelled, no accessible text holds
U+FDD0..U+FDEF (QTextDocument's frame markers), no row header is a bare row number, the year
box showing "any" reports no year as its value, the citation panel is read-only text whose
links are its children with an action, and a search typed in the filter bar changes
the count the summary announces (with an accessible-name change event). Every interactive
widget on screen has a name, and Tab alone, pressed as a keyboard would, walks from the search
field through the timeline, the claims, the overview, the actors, the citations and Show in
Article back to the filter bar, each stop named. Exit 0 on success, 1 on a failed check, 77 when
the accessibility stack is missing.
"""
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

SKIP = 77
try:
    import pyatspi
    from gi.repository import Gio, GLib
except ImportError as error:  # pragma: no cover - depends on the machine
    print(f"SKIP: pyatspi is not available ({error})")
    sys.exit(SKIP)

BUS_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher",
                 "/usr/lib/at-spi2/at-spi-bus-launcher")
failures = []


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message)
    if not condition:
        failures.append(message)


def pump(seconds):
    """Lets pyatspi deliver the events queued for our listeners."""
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while context.iteration(False):
            pass
        time.sleep(0.05)


def wait_for_bus(timeout):
    """Until the accessibility bus is owned and its registry answers: an application started
    before that finds no bus, and Qt does not look again."""
    session = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        reply = session.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus",
                                  "org.freedesktop.DBus", "NameHasOwner",
                                  GLib.Variant("(s)", ("org.a11y.Bus",)), None,
                                  Gio.DBusCallFlags.NONE, 2000, None)
        if reply.unpack()[0]:
            try:
                pyatspi.Registry.getDesktop(0).childCount  # starts the registry
                return True
            except Exception:
                pass
        time.sleep(0.1)
    return False


def find_app(pid, timeout):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app and app.get_process_id() == pid and app.childCount > 0:
                    return app
            except Exception:
                pass
        time.sleep(0.3)
    return None


def walk(node, out, depth=0):
    """Every node, but only the first rows of big tables and lists."""
    try:
        role = node.getRoleName()
        count = node.childCount
    except Exception:
        return
    out.append(node)
    if depth > 25:
        return
    if role in ("table", "tree table", "list") and count > 40:
        count = 40
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        if child is not None:
            walk(child, out, depth + 1)


def text_of(node):
    try:
        text = node.queryText()
        return text.getText(0, text.characterCount)
    except NotImplementedError:
        return ""
    except Exception:
        return ""


def labels_of(node):
    names = []
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            for i in range(relation.getNTargets()):
                names.append(relation.getTarget(i).name)
    return names


INTERACTIVE = {"push button", "toggle button", "check box", "radio button", "combo box",
               "spin button", "text", "entry", "slider", "page tab", "table", "list", "tree",
               "tree table", "link", "scroll bar"}
# The views Tab must reach, by the accessible name of the view or of one of its ancestors.
VIEWS = ("Filter", "Timeline of claims", "Claims", "Overview of the dispute", "Actors", "Claim details",
         "Show in Article")


def showing(node):
    try:
        return node.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def view_of(node):
    """The first of VIEWS that the node or one of its ancestors is named (or starts with)."""
    depth = 0
    while node is not None and depth < 30:
        try:
            name = node.name or ""
            role = node.getRoleName()
        except Exception:
            return None
        for view in VIEWS:
            if name == view or (view == "Show in Article" and name.startswith(view)) or (
                    view == "Filter" and role == "filler" and name.startswith("Filter")):
                return view
        try:
            node = node.parent
        except Exception:
            return None
        depth += 1
    return None


def activate(pid):
    """Gives the window the X input focus, as a window manager would on a click: with no window
    manager under Xvfb the window is never active, and Qt moves no focus in an inactive one."""
    if shutil.which("xdotool") is None:
        return False
    ids = subprocess.run(["xdotool", "search", "--pid", str(pid), "--onlyvisible", "--name",
                          "Dossier"], capture_output=True, text=True).stdout.split()
    for window in ids:
        subprocess.run(["xdotool", "windowfocus", "--sync", window], capture_output=True)
    pump(0.5)
    return bool(ids)


def tab_walk(steps):
    """Presses Tab `steps` times and returns what had the focus after each press."""
    focused = []

    def listener(event):
        if event.detail1 == 1:
            focused.append(event.source)

    pyatspi.Registry.registerEventListener(listener, "object:state-changed:focused")
    pump(0.3)
    seen = []
    for _ in range(steps):
        del focused[:]
        pyatspi.Registry.generateKeyboardEvent(0xff09, None, pyatspi.KEY_SYM)  # Tab
        pump(0.25)
        if focused:
            seen.append(focused[-1])
    pyatspi.Registry.deregisterEventListener(listener, "object:state-changed:focused")
    return seen


def summary_node(nodes):
    for node in nodes:
        if node.getRoleName() == "label" and (node.description or "").startswith("Active filter"):
            return node
    return None


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    binary = os.path.abspath(sys.argv[1])
    launcher = next((path for path in BUS_LAUNCHERS if os.path.exists(path)), None)
    if launcher is None or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        print("SKIP: no at-spi-bus-launcher or no session bus")
        return SKIP
    home = tempfile.mkdtemp(prefix="dossier-atspi-")
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
               XDG_DATA_HOME=os.path.join(home, "data"), XDG_CONFIG_HOME=os.path.join(home, "cfg"),
               XDG_CACHE_HOME=os.path.join(home, "cache"), LANGUAGE="en", LANG="C.UTF-8",
               LC_ALL="C.UTF-8", QT_QPA_PLATFORM="xcb")
    env.pop("QT_QPA_PLATFORMTHEME", None)
    bus = subprocess.Popen([launcher, "--launch-immediately"], env=env)
    app_process = None
    try:
        if not wait_for_bus(10):
            print("FAIL the accessibility bus did not start")
            return 1
        app_process = subprocess.Popen([binary], env=env)
        app = find_app(app_process.pid, 20)
        if app is None:
            print("FAIL the application never appeared on the accessibility bus")
            return 1
        time.sleep(1.0)  # the window's first layout
        nodes = []
        walk(app, nodes)
        print(f"{len(nodes)} accessible objects")

        summary = summary_node(nodes)
        check(summary is not None, "the filter summary is on the bus (description 'Active filter…')")
        if summary is not None:
            check(re.search(r"\d+ of \d+ claims", summary.name or "") is not None,
                  f"the summary's name is its text: {summary.name!r}")

        combos = [n for n in nodes if n.getRoleName() == "combo box"]
        check(len(combos) >= 2, f"{len(combos)} combo boxes")
        for combo in combos:
            labels = [name for name in labels_of(combo) if name]
            check(bool(labels), f"combo box {combo.name!r} is labelled by {labels}")

        # A claim selected through the table, so the citation panel shows its quotes.
        table = next((n for n in nodes if n.getRoleName() == "table" and n.name == "Claims"), None)
        check(table is not None, "the claim table is on the bus")
        details = next((n for n in nodes if n.name == "Claim details"), None)
        check(details is not None, "the citation panel's text is on the bus")
        if table is not None and details is not None:
            table.queryTable().addRowSelection(0)
            end = time.monotonic() + 5
            while time.monotonic() < end and "paragraph" not in text_of(details):
                pump(0.2)
            shown = text_of(details)
            check("paragraph" in shown and "“" in shown,
                  f"the citation panel reads the claim's quotes ({len(shown)} characters)")
            nodes.append(details)
            check(details.getRoleName() != "label",
                  f"the citation text is text, not a label ({details.getRoleName()})")
            links = [details.getChildAtIndex(i) for i in range(details.childCount)]
            names = [link.name for link in links if link.getRoleName() == "link"]
            check(any(name.startswith("Show in article") for name in names),
                  f"the citation panel lists its links: {names}")
            pressable = [link for link in links
                         if link.getRoleName() == "link" and link.queryAction().nActions > 0]
            check(len(pressable) == len(links) and links, "every link has an action")

        # Every control a user can operate says what it is and what it is called.
        unnamed = []
        for node in nodes:
            try:
                role = node.getRoleName()
            except Exception:
                continue
            if role in INTERACTIVE and showing(node):
                if not (node.name or "").strip() and not [n for n in labels_of(node) if n]:
                    unnamed.append(role)
        check(not unnamed, f"every interactive widget on screen has a name (unnamed: {unnamed})")

        # Tab alone walks the window's views, starting from the search field.
        search = next((n for n in nodes if n.getRoleName() == "text" and n.name == "Search"), None)
        if search is not None and not activate(app_process.pid):
            print("skip the Tab walk: xdotool is needed to give the window the focus")
        elif search is not None:
            search.queryComponent().grabFocus()
            pump(0.5)
            stops = tab_walk(60)
            reached = []
            nameless = []
            for stop in stops:
                view = view_of(stop)
                if view and view not in reached:
                    reached.append(view)
                try:
                    if not (stop.name or "").strip() and not labels_of(stop):
                        nameless.append(stop.getRoleName())
                except Exception:
                    pass
            print(f"Tab reached, in order: {reached} ({len(stops)} stops)")
            missing = [view for view in VIEWS if view not in reached]
            check(not missing, f"Tab reaches every view (missing: {missing})")
            check(not nameless, f"every Tab stop has a name (nameless: {nameless[:5]})")

        marked = []
        for node in nodes:
            for where, text in (("text", text_of(node)), ("name", node.name or ""),
                                ("description", node.description or "")):
                if any(0xFDD0 <= ord(c) <= 0xFDEF for c in text):
                    marked.append((node.getRoleName(), node.name, where))
        check(not marked, f"no accessible text holds U+FDD0..U+FDEF {marked[:3]}")

        headers = [n for n in nodes if n.getRoleName() in ("row header", "table row header")]
        bare = [n.name for n in headers if (n.name or "").strip().isdigit()]
        check(not bare, f"no row header is a bare number ({len(headers)} seen, bare: {bare[:5]})")

        spins = [n for n in nodes if n.getRoleName() == "spin button"]
        check(len(spins) >= 2, f"{len(spins)} spin buttons")
        for spin in spins:
            shown = text_of(spin)
            try:
                value = spin.queryValue().currentValue
            except NotImplementedError:
                value = None
            if shown.strip() == "any":
                check(value is None or not 1000 <= value <= 9999,
                      f"spin box {spin.name!r} showing 'any' reports no year (value {value})")

        # A search typed in the filter bar: the summary's name changes, with an event.
        search = next((n for n in nodes if n.getRoleName() == "text" and n.name == "Search"), None)
        check(search is not None, "the search field is on the bus")
        if summary is not None and search is not None:
            events = []

            def listener(event):
                if event.source == summary:
                    events.append(event.type)

            pyatspi.Registry.registerEventListener(listener,
                                                   "object:property-change:accessible-name")
            before = summary.name
            search.queryComponent().grabFocus()
            pump(0.5)
            pyatspi.Registry.generateKeyboardEvent(0, "Acme", pyatspi.KEY_STRING)
            pump(0.2)
            pyatspi.Registry.generateKeyboardEvent(0xff0d, None, pyatspi.KEY_SYM)  # Return
            end = time.monotonic() + 5
            while time.monotonic() < end and summary.name == before:
                pump(0.2)
            pump(0.5)
            pyatspi.Registry.deregisterEventListener(listener,
                                                     "object:property-change:accessible-name")
            check(summary.name != before, f"the count changed: {before!r} -> {summary.name!r}")
            check(bool(events), f"a name change was announced ({len(events)} events)")
    finally:
        for process in (app_process, bus):
            if process is not None and process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()
        shutil.rmtree(home, ignore_errors=True)
    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
