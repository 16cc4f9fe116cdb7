#!/usr/bin/env python3
"""Benchmarks of mackerel-inspector, measured side by side in one run and reported as ratios.

Usage: bench/run.py [--build build] [--runs 5] [--markdown]

Everything runs on 127.0.0.1: the built-in simulator, a closed port, and a listener that never
answers. The agent's times are computed from its schedule in spec/cloud.go (3 s per request,
2 s between tries, and its try counts), since running the agent itself needs its Go toolchain.
"""
import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# mackerel-agent's schedule (spec/cloud.go, spec/isec2_linux.go): timeout, wait, tries.
AGENT_TIMEOUT = 3.0
AGENT_WAIT = 2.0


def agent_seconds(ec2_uuid: bool, dropping: bool) -> float:
    """How long the agent's automatic detection takes off-cloud, from its schedule."""
    per_request = AGENT_TIMEOUT if dropping else 0.0
    # GCE: 2 tries on any failure; Azure: 2 tries on transport errors; both run in parallel.
    gce = 2 * per_request + AGENT_WAIT
    azure = 2 * per_request + AGENT_WAIT
    ec2 = 0.0
    if ec2_uuid:
        # token PUT once, then the partition GET 3 tries with 2 waits
        ec2 = per_request + 3 * per_request + 2 * AGENT_WAIT
    return max(gce, azure, ec2)


def closed_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def silent_listener() -> socket.socket:
    """A listener that never accepts: the kernel completes the handshake, nothing ever answers."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(128)
    return s


def write_sys_root(directory: str, uuid: str) -> None:
    path = os.path.join(directory, "sys/devices/virtual/dmi/id")
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, "product_uuid"), "w") as f:
        f.write(uuid + "\n")


def timed(command, env=None, runs=5):
    """Median wall time (s) of a command over `runs` runs."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
        if result.returncode != 0:
            raise SystemExit(f"failed ({result.returncode}): {' '.join(command)}")
    return statistics.median(times)


def alternated(commands, env, runs):
    """Median wall time (s) of each command, run in turn `runs` times each."""
    times = [[] for _ in commands]
    for _ in range(runs):
        for i, command in enumerate(commands):
            start = time.perf_counter()
            result = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times[i].append(time.perf_counter() - start)
            if result.returncode != 0:
                raise SystemExit(f"failed ({result.returncode}): {' '.join(command)}")
    return [statistics.median(t) for t in times]


def peak_rss_mib(command, env=None):
    """Peak resident memory of one run, from the kernel's accounting of that child (wait4)."""
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command)}")
    return usage.ru_maxrss / 1024.0


def write_big_host(directory: str, cpus: int, devices: int, mounts: int) -> None:
    """A fixture host: `cpus` processors, `devices` block devices, `mounts` mount points."""
    os.makedirs(os.path.join(directory, "proc/self"), exist_ok=True)
    os.makedirs(os.path.join(directory, "proc/sys/kernel"), exist_ok=True)
    with open(os.path.join(directory, "proc/sys/kernel/hostname"), "w") as f:
        f.write("big-host\n")
    with open(os.path.join(directory, "proc/cpuinfo"), "w") as f:
        for i in range(cpus):
            f.write(f"processor\t: {i}\nvendor_id\t: GenuineIntel\ncpu family\t: 6\nmodel\t\t: 85\n"
                    f"model name\t: Intel(R) Xeon(R) Platinum 8259CL CPU @ 2.50GHz\nstepping\t: 7\n"
                    f"cpu MHz\t\t: 2500.000\ncache size\t: 36608 KB\nphysical id\t: {i // 64}\n"
                    f"core id\t\t: {i % 64}\ncpu cores\t: 64\n\n")
    with open(os.path.join(directory, "proc/meminfo"), "w") as f:
        f.write("MemTotal:       1056000000 kB\nMemFree:        1000000000 kB\n")
    for i in range(devices):
        block = os.path.join(directory, f"sys/block/nvme{i}n1")
        os.makedirs(os.path.join(block, "device"), exist_ok=True)
        for name, value in (("size", "2000409264"), ("removable", "0")):
            with open(os.path.join(block, name), "w") as f:
                f.write(value + "\n")
        with open(os.path.join(block, "device/model"), "w") as f:
            f.write("Amazon Elastic Block Store\n")
    with open(os.path.join(directory, "proc/self/mountinfo"), "w") as f:
        f.write("21 1 259:1 / / rw,relatime - ext4 /dev/nvme0n1p1 rw\n")
        for i in range(mounts):
            f.write(f"{100 + i} 21 259:{i + 2} / /data/vol{i} rw,relatime - xfs /dev/nvme{i}n1 rw\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    args = parser.parse_args()

    inspector = os.path.join(args.build, "app", "mackerel-inspector")
    baseline_window = os.path.join(args.build, "bench", "bench_minimalwindow")
    for binary in (inspector, baseline_window):
        if not os.access(binary, os.X_OK):
            raise SystemExit(f"missing {binary}: run `make build` first")

    rows = []  # (benchmark, inspector, reference, ratio, goal, met)
    env = dict(os.environ)
    env.pop("http_proxy", None)
    tmp = tempfile.mkdtemp(prefix="mi-bench-")
    try:
        ec2_root = os.path.join(tmp, "ec2")
        write_sys_root(ec2_root, "EC2E1916-9099-7CAF-FD21-012345ABCDEF")
        plain_root = os.path.join(tmp, "plain")
        os.makedirs(plain_root)

        # 1. Off-cloud verdicts: refused and silently dropped, with and without an EC2 UUID.
        listener = silent_listener()
        dropping_url = f"http://127.0.0.1:{listener.getsockname()[1]}"
        refused_url = f"http://127.0.0.1:{closed_port()}"
        for label, url, dropping in (("refused", refused_url, False), ("dropped", dropping_url, True)):
            for root_label, root, uuid in (("no EC2 UUID", plain_root, False), ("EC2 UUID", ec2_root, True)):
                command = [inspector, "detect", "--json", "--root", root,
                           "--ec2-endpoint", url, "--gce-endpoint", url, "--azure-endpoint", url]
                seconds = timed(command, env, runs=1 if dropping else args.runs)
                agent = agent_seconds(uuid, dropping)
                goal = "< 1 s" if not dropping else "≤ agent"
                met = seconds < 1.0 if not dropping else seconds <= agent + 0.5
                rows.append((f"off-cloud verdict, {label}, {root_label}", f"{seconds:.2f} s",
                             f"agent {agent:.1f} s", f"{seconds / agent:.2f}×", goal, met))
        listener.close()

        # 2. detect against the simulator, against the same requests made with curl.
        sim = subprocess.Popen([inspector, "simulate", "--cloud", "ec2"], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
        base = sim.stdout.readline().strip()
        try:
            detect = [inspector, "detect", "--json", "--root", ec2_root, "--ec2-endpoint", base,
                      "--gce-endpoint", refused_url, "--azure-endpoint", refused_url]
            detect_s = timed(detect, env, args.runs)
            curl = shutil.which("curl")
            if curl:
                keys = ["instance-id", "instance-type", "placement/availability-zone", "security-groups", "ami-id",
                        "hostname", "local-hostname", "public-hostname", "local-ipv4", "public-ipv4",
                        "reservation-id", "instance-id"]
                script = (f'T=$({curl} -s -X PUT -H "X-aws-ec2-metadata-token-ttl-seconds: 21600" {base}/latest/api/token); '
                          f'{curl} -s -H "X-aws-ec2-metadata-token: $T" {base}/latest/meta-data/services/partition >/dev/null; '
                          + " ".join(f'{curl} -s -H "X-aws-ec2-metadata-token: $T" {base}/latest/meta-data/{k} >/dev/null;'
                                     for k in keys))
                curl_s = timed(["sh", "-c", script], env, args.runs)
                rows.append(("detect (EC2 simulator)", f"{detect_s * 1000:.0f} ms", f"curl {curl_s * 1000:.0f} ms",
                             f"{detect_s / curl_s:.2f}×", "≤ 1×", detect_s <= curl_s))
            else:
                rows.append(("detect (EC2 simulator)", f"{detect_s * 1000:.0f} ms", "curl not installed", "–", "≤ 1×", None))
            detect_mib = peak_rss_mib(detect, env)
            rows.append(("detect peak memory", f"{detect_mib:.1f} MiB", "", "", "< 30 MiB", detect_mib < 30))
        finally:
            sim.terminate()
            sim.wait()

        # 4. inspect on a large fixture host, and on one twice its size: the time should grow linearly.
        sizes = ((512, 2000, 2000), (1024, 4000, 4000))
        inspect_times = []
        for cpus, devices, mounts in sizes:
            big = os.path.join(tmp, f"big-{cpus}")
            write_big_host(big, cpus, devices, mounts)
            inspect = [inspector, "inspect", "--json", "--root", big, "--cloud-platform", "none"]
            inspect_times.append(timed(inspect, env, args.runs))
        first, second = inspect_times
        rows.append(("inspect, 512 CPUs / 2,000 block devices / 2,000 mounts", f"{first * 1000:.0f} ms", "", "",
                     "< 200 ms", first < 0.2))
        rows.append(("inspect at twice that size", f"{second * 1000:.0f} ms", f"{first * 1000:.0f} ms",
                     f"{second / first:.2f}×", "≈ 2× (linear)", second / first <= 2.5))

        # 3. GUI cold start to a painted window with results saved as a PNG, against a window that does
        # nothing, saved as a plain Qt program saves it (the goal's baseline) and as the inspector saves
        # its own. The three alternate, so that a change of load touches each alike.
        gui_env = dict(env)
        gui_env["QT_QPA_PLATFORM"] = gui_env.get("QT_QPA_PLATFORM", "offscreen")
        shot = os.path.join(tmp, "shot.png")
        gui = [inspector, "--demo", "ec2", "--screenshot", shot]
        gui_s, base_s, fast_base_s = alternated(
            [gui, [baseline_window, shot], [baseline_window, "--fast-png", shot]], gui_env, args.runs * 3)
        rows.append(("GUI start to painted results", f"{gui_s * 1000:.0f} ms", f"empty window {base_s * 1000:.0f} ms",
                     f"{gui_s / base_s:.2f}×", "≤ 1.5×", gui_s / base_s <= 1.5))
        rows.append(("the same, the empty window's PNG written as the inspector writes its own", f"{gui_s * 1000:.0f} ms",
                     f"empty window {fast_base_s * 1000:.0f} ms", f"{gui_s / fast_base_s:.2f}×", "", None))
        gui_mib = peak_rss_mib(gui, gui_env)
        rows.append(("GUI peak memory", f"{gui_mib:.1f} MiB", "", "", "< 80 MiB", gui_mib < 80))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    header = ("benchmark", "inspector", "reference", "ratio", "goal", "met")
    table = [header] + [(a, b, c, d, e, "yes" if f else ("no" if f is not None else "–")) for a, b, c, d, e, f in rows]
    if args.markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for row in table[1:]:
            print("| " + " | ".join(row) + " |")
    else:
        widths = [max(len(r[i]) for r in table) for i in range(len(header))]
        for row in table:
            print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
