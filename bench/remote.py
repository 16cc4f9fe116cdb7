#!/usr/bin/env python3
"""The window over an emulated slow X11 link, as operators on bastion hosts meet it over ssh -X.

Usage: bench/remote.py [--build build] [--runs 5] [--delay-ms 25] [--mbit 10] [--xtrace] [--link-tool PATH]
                       [--markdown] [--write-results]

Starts an Xvfb, and in front of it the link ../shared/tools/xlink.py (relative to the repository
root; see its header): --delay-ms each way, at most --mbit megabits per second each way, byte counts
each way. Every client runs with DISPLAY=127.0.0.1:<link display>, QT_QPA_PLATFORM=xcb and
QT_XCB_NO_MITSHM=1 (shared memory does not cross ssh). Cases, each measured side by side in one run:

  (a) an empty Qt Widgets window of the same size (bench_minimalwindow), the baseline;
  (b) `mackerel-inspector --demo ec2 --screenshot` from start to painted results (and exit);
  (c) switching to each tab of a running window (Alt+2, Alt+3, ...; the Fleet tab's first showing
  includes joining the demo organization with its reports); (d) one re-run (F5), on the first tab;
  (e) a Mackerel check (Alt+C) on the Mackerel tab.

(a) and (b) alternate, --runs times each; the figure is the median. Wall time is start to exit, as
the screenshot is taken after the window has painted its results. For (c) to (e) the actions are
typed with xdotool into the Xvfb directly (outside the link, so its bytes are not counted); the
bytes are the link's counts from the moment before the action to the moment they stop changing
(the link writes them every 0.3 s), so the times of (c) to (e) are when the program stopped
sending, to the nearest 0.3 s. With --xtrace, one more run of (a) and (b) goes through xtrace
(Debian package xtrace) to count X requests and replies (each reply is a round trip the program
waited for, or could have).

--write-results replaces the "Over an emulated X link" section of bench/RESULTS.md with the table.
"""
import argparse
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import socket
import tempfile
import threading
import time
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WIDTH, HEIGHT = 1100, 720
FRAME_BYTES = WIDTH * HEIGHT * 4  # one full-window frame as 32-bit pixels, what PutImage carries
SECTION = "## Over an emulated X link"


def find_link_tool(given: str) -> str:
    """--link-tool, else shared/tools/xlink.py next to the repository (or next to a parent of it, for a
    git worktree), else a copy in bench/."""
    candidates = [given] if given else []
    directory = os.path.dirname(ROOT)
    for _ in range(3):
        candidates.append(os.path.join(directory, "shared", "tools", "xlink.py"))
        directory = os.path.dirname(directory)
    candidates.append(os.path.join(ROOT, "bench", "xlink.py"))
    for candidate in candidates:
        if os.path.exists(candidate):
            return os.path.abspath(candidate)
    raise SystemExit("no X link tool: expected ../shared/tools/xlink.py next to the repository (or --link-tool)")


def free_display(start: int) -> int:
    for display in range(start, start + 100):
        if not os.path.exists(f"/tmp/.X{display}-lock") and not os.path.exists(f"/tmp/.X11-unix/X{display}"):
            return display
    raise SystemExit("no free X display number")


def port_free(display: int) -> bool:
    s = socket.socket()
    try:
        s.bind(("127.0.0.1", 6000 + display))
        return True
    except OSError:
        return False
    finally:
        s.close()


class Link:
    """An Xvfb and the emulated link in front of it."""

    def __init__(self, tmp: str, delay_ms: float, mbit: float, tool: str):
        self.server_display = free_display(99)
        self.xvfb = subprocess.Popen(["Xvfb", f":{self.server_display}", "-screen", "0", "1280x1024x24",
                                      "-nolisten", "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        socket_path = f"/tmp/.X11-unix/X{self.server_display}"
        deadline = time.monotonic() + 20
        while not os.path.exists(socket_path):
            if time.monotonic() > deadline or self.xvfb.poll() is not None:
                raise SystemExit("Xvfb did not start")
            time.sleep(0.05)
        self.link_display = next(d for d in range(self.server_display + 1, self.server_display + 200)
                                 if port_free(d))
        self.tool, self.delay_ms, self.mbit = tool, delay_ms, mbit
        self.count_file = os.path.join(tmp, "xlink.count")
        self.start_link(socket_path)

    def start_link(self, target: str):
        if os.path.exists(self.count_file):
            os.unlink(self.count_file)
        self.link = subprocess.Popen([sys.executable, self.tool, "--display", str(self.link_display),
                                      "--target", target, "--delay-ms", str(self.delay_ms), "--mbit", str(self.mbit),
                                      "--count", self.count_file],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while not os.path.exists(self.count_file):
            if self.link.poll() is not None:
                raise SystemExit("the link did not start")
            time.sleep(0.05)

    def retarget(self, target: str):
        """The same link in front of another X socket (counts start again)."""
        self.link.send_signal(signal.SIGTERM)
        self.link.wait()
        self.start_link(target)

    def env(self, base: dict, display: int = 0) -> dict:
        env = dict(base)
        env.update({"DISPLAY": f"127.0.0.1:{display or self.link_display}", "QT_QPA_PLATFORM": "xcb",
                    "QT_XCB_NO_MITSHM": "1"})
        return env

    def local_env(self, base: dict) -> dict:
        env = dict(base)
        env["DISPLAY"] = f":{self.server_display}"
        return env

    def counts(self) -> tuple:
        for _ in range(20):
            try:
                with open(self.count_file) as f:
                    data = json.load(f)
                return data.get("up", 0), data.get("down", 0)
            except (OSError, ValueError):
                time.sleep(0.02)  # caught while the link rewrites it
        raise SystemExit("cannot read the link's counts")

    def settled_counts(self, quiet: float = 1.5, limit: float = 120.0) -> tuple:
        """Counts once they have not changed for `quiet` seconds; and when they last changed."""
        last = self.counts()
        changed_at = time.monotonic()
        deadline = changed_at + limit
        while time.monotonic() < deadline:
            time.sleep(0.1)
            now = self.counts()
            if now != last:
                last, changed_at = now, time.monotonic()
            elif time.monotonic() - changed_at >= quiet:
                return last, changed_at
        raise SystemExit("the program never went quiet on the link")

    def alive(self) -> bool:
        return self.link.poll() is None and self.xvfb.poll() is None

    def close(self):
        for proc in (self.link, self.xvfb):
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


class ZlibRelay:
    """One end of an emulated ssh -C: what goes one way is compressed (zlib, flushed after each read,
    as ssh compresses each packet), what comes back is decompressed. Two of them around the link,
    mirrored, make the link carry compressed bytes, so its counts and its bandwidth are ssh -C's."""

    def __init__(self, listen, connect, compress_up: bool):
        self.connect = connect  # ("unix", path) or ("tcp", port)
        self.compress_up = compress_up
        if listen[0] == "unix":
            self.server = socket.socket(socket.AF_UNIX)
            if os.path.exists(listen[1]):
                os.unlink(listen[1])
            self.server.bind(listen[1])
        else:
            self.server = socket.socket()
            self.server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            self.server.bind(("127.0.0.1", listen[1]))
        self.server.listen(8)
        threading.Thread(target=self.accept, daemon=True).start()

    def accept(self):
        while True:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            if self.connect[0] == "unix":
                upstream = socket.socket(socket.AF_UNIX)
                upstream.connect(self.connect[1])
            else:
                upstream = socket.create_connection(("127.0.0.1", self.connect[1]))
                upstream.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            threading.Thread(target=self.pump, args=(client, upstream, self.compress_up), daemon=True).start()
            threading.Thread(target=self.pump, args=(upstream, client, not self.compress_up), daemon=True).start()

    @staticmethod
    def pump(source, sink, compress: bool):
        codec = zlib.compressobj(6) if compress else zlib.decompressobj()
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                out = codec.compress(data) + codec.flush(zlib.Z_SYNC_FLUSH) if compress else codec.decompress(data)
                if out:
                    sink.sendall(out)
        except OSError:
            pass
        try:
            sink.shutdown(socket.SHUT_WR)
        except OSError:
            pass

    def close(self):
        self.server.close()


def compressed_link(link: "Link", tmp: str) -> int:
    """Relays around the link for ssh -C; returns the display number clients use."""
    behind = os.path.join(tmp, "behind-link")
    # behind the link: decompress what goes up to Xvfb, compress what comes back
    ZlibRelay(("unix", behind), ("unix", f"/tmp/.X11-unix/X{link.server_display}"), compress_up=False)
    link.retarget(behind)
    front = next(d for d in range(link.link_display + 1, link.link_display + 200) if port_free(d))
    ZlibRelay(("tcp", 6000 + front), ("tcp", 6000 + link.link_display), compress_up=True)
    return front


def run_to_exit(link: Link, command, env) -> tuple:
    """Wall time (s) and bytes up/down of one run of a program that exits when it has painted."""
    before, _ = link.settled_counts(quiet=0.7)
    start = time.perf_counter()
    result = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"failed ({result.returncode}): {' '.join(command)}")
    after, _ = link.settled_counts(quiet=0.7)
    return seconds, after[0] - before[0], after[1] - before[1]


def xdotool(link: Link, env, *args):
    subprocess.run(["xdotool", *args], env=link.local_env(env), check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def interactive_cases(link: Link, inspector: str, env, tab_names) -> list:
    """(c), (d), (e) on one running window: [(case, seconds, up, down)]."""
    log = open(os.path.join(os.path.dirname(link.count_file), "inspector.log"), "w")
    proc = subprocess.Popen([inspector, "--demo", "ec2"], env=link.env(env), stdout=log, stderr=log)
    results = []
    try:
        link.settled_counts(quiet=2.0)
        # Without a window manager the pointer decides where keys go: put it on the window.
        xdotool(link, env, "mousemove", str(WIDTH // 2), str(HEIGHT // 2))
        # The window by its name, mapped (xdotool's --sync can miss it on a loaded machine: poll).
        deadline = time.monotonic() + 120
        window = []
        while not window and time.monotonic() < deadline:
            window = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "Mackerel Inspector"],
                                    env=link.local_env(env), capture_output=True, text=True, timeout=30).stdout.split()
            if not window:
                time.sleep(0.5)
        if not window:
            log.flush()
            with open(log.name) as f:
                raise SystemExit(f"the inspector's window never appeared (running: {proc.poll() is None}):\n{f.read()[-2000:]}")
        xdotool(link, env, "windowfocus", "--sync", window[0])
        link.settled_counts(quiet=1.0)

        def act(case, *keys):
            before, _ = link.settled_counts(quiet=0.5)
            start = time.monotonic()
            xdotool(link, env, "key", *keys)
            after, changed_at = link.settled_counts(quiet=1.5)
            results.append((case, max(0.0, changed_at - start), after[0] - before[0], after[1] - before[1]))

        # (c) every tab in turn (Alt+N opens tab N), then back to the first
        for number, name in enumerate(tab_names[1:], start=2):
            act(f"(c) switch to the {name} tab", f"alt+{number}")
        xdotool(link, env, "key", "alt+1")
        link.settled_counts(quiet=1.0)
        # (d) one re-run, on the first tab
        act("(d) re-run (F5), Evidence tab shown", "F5")
        # (e) a Mackerel check, on the Mackerel tab
        xdotool(link, env, "key", f"alt+{tab_names.index('Mackerel') + 1}")
        link.settled_counts(quiet=1.0)
        act("(e) Mackerel check and its result", "alt+c")
    finally:
        proc.terminate()
        proc.wait()
        log.close()
    return results


def xtrace_counts(link: Link, command, env, tmp) -> tuple:
    """X requests and replies of one run, counted by xtrace between the program and the link."""
    trace_display = free_display(link.link_display + 1)
    log = os.path.join(tmp, f"xtrace-{os.path.basename(command[0])}.log")
    if os.path.exists(log):
        os.unlink(log)  # xtrace appends
    traced = link.env(env)
    traced["DISPLAY"] = f":{trace_display}"
    subprocess.run(["xtrace", "-n", "-d", f"127.0.0.1:{link.link_display}", "-D", f":{trace_display}", "-o", log,
                    "--", "env", *[f"{k}={v}" for k, v in traced.items() if k in ("DISPLAY", "QT_QPA_PLATFORM",
                                                                                  "QT_XCB_NO_MITSHM")], *command],
                   env=traced, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    requests = replies = 0
    with open(log, "rb") as f:
        for line in f:
            if re.match(rb"^\d+:<:[0-9a-f]+:", line):
                requests += 1
            elif b": Reply to " in line:
                replies += 1
    return requests, replies


def mb(n: float) -> str:
    return f"{n / 1e6:.2f} MB"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--delay-ms", type=float, default=25.0)
    parser.add_argument("--mbit", type=float, default=10.0)
    parser.add_argument("--link-tool", default="", help="the link (default: ../shared/tools/xlink.py)")
    parser.add_argument("--no-compression-case", action="store_true", help="skip the ssh -C emulation")
    parser.add_argument("--xtrace", action="store_true", help="also count X requests and replies with xtrace")
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--write-results", action="store_true", help="update bench/RESULTS.md")
    args = parser.parse_args()

    inspector = os.path.join(args.build, "app", "mackerel-inspector")
    baseline_window = os.path.join(args.build, "bench", "bench_minimalwindow")
    for binary in (inspector, baseline_window):
        if not os.access(binary, os.X_OK):
            raise SystemExit(f"missing {binary}: run `make build` first")
    for tool in ("Xvfb", "xdotool"):
        if not shutil.which(tool):
            raise SystemExit(f"{tool} is not installed: run scripts/install-deps.sh")

    # A signal ends the run through the finally clauses: no Xvfb or link left behind.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    env = dict(os.environ)
    env.pop("http_proxy", None)
    load_before = os.getloadavg()[0]
    tmp = tempfile.mkdtemp(prefix="mi-remote-")
    tool = find_link_tool(args.link_tool)
    link = Link(tmp, args.delay_ms, args.mbit, tool)
    rows = []
    try:
        shot = os.path.join(tmp, "shot.png")
        base_runs, gui_runs = [], []
        for _ in range(args.runs):
            if not link.alive():
                print("the link or Xvfb stopped: starting them again", file=sys.stderr)
                link.close()
                link = Link(tmp, args.delay_ms, args.mbit, tool)
            base_runs.append(run_to_exit(link, [baseline_window, shot], link.env(env)))
            gui_runs.append(run_to_exit(link, [inspector, "--demo", "ec2", "--screenshot", shot], link.env(env)))

        def median(runs, i):
            return statistics.median(r[i] for r in runs)

        base_s, base_up, base_down = (median(base_runs, i) for i in range(3))
        gui_s, gui_up, gui_down = (median(gui_runs, i) for i in range(3))
        rows.append(("(a) empty Qt Widgets window, 1100×720", f"{base_s:.2f} s", mb(base_up), mb(base_down),
                     "baseline", "", None))
        rows.append(("(b) `--demo ec2 --screenshot`, start to painted results", f"{gui_s:.2f} s", mb(gui_up),
                     mb(gui_down), f"{gui_s / base_s:.2f}× time, {gui_up / base_up:.2f}× bytes",
                     "≤ 1.3× time, ≤ 1.5× bytes", gui_s / base_s <= 1.3 and gui_up / base_up <= 1.5))

        tab_names = ["Evidence", "Cloud metadata", "Host specs", "Mackerel", "Fleet"]
        interactive = {}
        for _ in range(max(1, args.runs // 2)):
            # A fresh Xvfb and link for each window (long runs have seen the pair stop answering).
            link.close()
            link = Link(tmp, args.delay_ms, args.mbit, tool)
            for case, seconds, up, down in interactive_cases(link, inspector, env, tab_names):
                interactive.setdefault(case, []).append((seconds, up, down))
        for case, runs in interactive.items():
            seconds, up, down = (statistics.median(r[i] for r in runs) for i in range(3))
            rows.append((case, f"≈ {seconds:.1f} s", mb(up), mb(down), f"{up / FRAME_BYTES:.2f} frames",
                         "≤ 1 frame", up <= FRAME_BYTES))

        link.close()
        link = Link(tmp, args.delay_ms, args.mbit, tool)
        if args.xtrace and shutil.which("xtrace"):
            base_req, base_rep = xtrace_counts(link, [baseline_window, shot], env, tmp)
            gui_req, gui_rep = xtrace_counts(link, [inspector, "--demo", "ec2", "--screenshot", shot], env, tmp)
            rows.append(("X requests / replies, (a)", f"{base_req} / {base_rep}", "", "", "", "", None))
            rows.append(("X requests / replies, (b)", f"{gui_req} / {gui_rep}", "", "",
                         f"{gui_rep / max(1, base_rep):.2f}× replies", "", None))
        if not args.no_compression_case:
            # Last, as it moves the link behind a decompressing relay: (a) and (b) again, over ssh -C.
            front = compressed_link(link, tmp)
            zbase, zgui = [], []
            for _ in range(max(1, args.runs // 2)):
                zbase.append(run_to_exit(link, [baseline_window, shot], link.env(env, front)))
                zgui.append(run_to_exit(link, [inspector, "--demo", "ec2", "--screenshot", shot], link.env(env, front)))
            zb_s, zb_up, zb_down = (median(zbase, i) for i in range(3))
            zg_s, zg_up, zg_down = (median(zgui, i) for i in range(3))
            rows.append(("(a) with ssh -C (zlib level 6, as ssh)", f"{zb_s:.2f} s", mb(zb_up), mb(zb_down),
                         f"{base_s / zb_s:.1f}× faster than without", "", None))
            rows.append(("(b) with ssh -C (zlib level 6, as ssh)", f"{zg_s:.2f} s", mb(zg_up), mb(zg_down),
                         f"{gui_s / zg_s:.1f}× faster than without; {zg_s / zb_s:.2f}× (a)", "", None))

    finally:
        link.close()
        shutil.rmtree(tmp, ignore_errors=True)
    load_after = os.getloadavg()[0]

    header = ("case", "time", "bytes to the X server", "bytes back", "ratio", "goal", "met")
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for a, b, c, d, e, f, met in rows:
        lines.append("| " + " | ".join((a, b, c, d, e, f, "yes" if met else ("no" if met is not None else ""))) + " |")
    intro = (f"Measured with `bench/remote.py --runs {args.runs}` on {time.strftime('%Y-%m-%d %H:%M')}: "
             f"{args.delay_ms:g} ms each way, {args.mbit:g} Mbit/s each way, no MIT-SHM, through "
             f"`../shared/tools/xlink.py` in front of Xvfb. Load average {load_before:.1f} before, "
             f"{load_after:.1f} after (2 cores). One full-window frame is {mb(FRAME_BYTES)}. Medians of "
             f"{args.runs} alternating runs for (a) and (b), {max(1, args.runs // 2)} for (c) to (e).")
    if args.markdown or args.write_results:
        text = intro + "\n\n" + "\n".join(lines) + "\n"
        print(text)
        if args.write_results:
            path = os.path.join(ROOT, "bench", "RESULTS.md")
            with open(path) as f:
                current = f.read()
            start = current.find(SECTION)
            if start >= 0:
                end = current.find("\n## ", start + len(SECTION))
                notes = ""
                marker = current.find("\nHow to read it:", start)
                if marker >= 0 and (end < 0 or marker < end):
                    notes = current[marker:end if end >= 0 else len(current)].rstrip("\n") + "\n"
                current = current[:start] + SECTION + "\n\n" + text + notes + (current[end:] if end >= 0 else "")
            else:
                current = current.rstrip("\n") + "\n\n" + SECTION + "\n\n" + text
            with open(path + ".tmp", "w") as f:
                f.write(current)
            os.replace(path + ".tmp", path)
    else:
        for row in rows:
            print("  ".join(str(cell) for cell in row[:6]), "met" if row[6] else ("NOT met" if row[6] is not None else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
