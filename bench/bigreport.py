#!/usr/bin/env python3
"""One huge machine: a report and a host with 600k addresses each (about the 8 MiB report cap), joined.

Usage: bench/bigreport.py [--build build] [--addresses 600000] [--runs 3] [--markdown]

A hostile (or just odd) machine may list hundreds of thousands of addresses in its report, and its host
on Mackerel as many. This writes such a report and serves such a host with `mackerel-inspector simulate
--mackerel --hosts FILE` on 127.0.0.1, then times `fleet --json` on them against the same run with a
machine of one address (the baseline: start-up, the listing request, the output). The difference is what
the addresses cost: the parse, the machine's keys, the join and the output, in CPU time of the fleet
process (user + system; the wall clock of a shared machine measures its neighbours). It must stay under
1 s, and grow linearly (half the addresses, about half the cost).
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INSTANCE = "i-0123456789abcdef0"


def addresses(count: int) -> list:
    # IPv6 addresses in their short form, so that 600k of them fit the 8 MiB report cap.
    return ["fd00::%x" % n for n in range(count)]


def generate(count: int, directory: str) -> str:
    listed = addresses(count)
    interfaces = [{"name": "eth0", "macAddress": "06:00:00:00:00:01", "ipv4Addresses": [], "ipv6Addresses": listed}]
    report = {"platform": "ec2", "customIdentifier": INSTANCE + ".ec2.amazonaws.com",
              "host": {"name": "ip-10-0-0-1", "meta": {}, "interfaces": interfaces},
              "idFile": {"path": "/var/lib/mackerel-agent/id", "state": "present", "hostId": "3bigHost"},
              "probes": [], "warnings": []}
    reports = os.path.join(directory, "reports")
    os.makedirs(reports, exist_ok=True)
    with open(os.path.join(reports, "big.json"), "w") as out:
        json.dump(report, out, separators=(",", ":"))
    host = {"id": "3bigHost", "name": "ip-10-0-0-1", "status": "working", "customIdentifier": INSTANCE + ".ec2.amazonaws.com",
            "meta": {"agent-version": "0.85.0"}, "interfaces": interfaces, "roles": {}, "createdAt": 1700000000}
    hosts_file = os.path.join(directory, "hosts.json")
    with open(hosts_file, "w") as out:
        json.dump({"hosts": [host]}, out, separators=(",", ":"))
    return hosts_file


def run_fleet(inspector: str, base: str, key_file: str, reports: str):
    """One `fleet --json`; returns (CPU seconds of the fleet process, exit code, machines, wall seconds).

    CPU time (user + system), not wall time: on a shared machine the wall clock measures the neighbours.
    """
    out = tempfile.TemporaryFile()
    started = time.monotonic()
    process = subprocess.Popen([inspector, "fleet", "--json", "--reports", reports, "--apibase", base,
                                "--apikey-file", key_file], stdout=out, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - started
    out.seek(0)
    audit = json.load(out)
    return usage.ru_utime + usage.ru_stime, os.waitstatus_to_exitcode(status), len(audit.get("machines", [])), wall


def measure(inspector: str, count: int, runs: int) -> dict:
    with tempfile.TemporaryDirectory() as directory:
        hosts_file = generate(count, directory)
        report_mib = os.path.getsize(os.path.join(directory, "reports", "big.json")) / 1048576.0
        simulator = subprocess.Popen([inspector, "simulate", "--cloud", "ec2", "--mackerel", "--hosts", hosts_file],
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        try:
            base = key_file = None
            for line in simulator.stdout:
                if line.startswith("Mackerel API: "):
                    base = line.split()[2]
                match = re.search(r"also in (\S+)$", line.strip())
                if match:
                    key_file = match.group(1)
                if base and key_file:
                    break
            reports = os.path.join(directory, "reports")
            run_fleet(inspector, base, key_file, reports)  # warms the simulator's listing
            samples = [run_fleet(inspector, base, key_file, reports) for _ in range(runs)]
        finally:
            simulator.terminate()
            simulator.wait()
    return {"addresses": count, "report_mib": report_mib, "seconds": statistics.median(s[0] for s in samples),
            "wall": statistics.median(s[3] for s in samples), "machines": samples[0][2], "exit": samples[0][1]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--addresses", type=int, default=600000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    inspector = os.path.join(args.build, "app", "mackerel-inspector")
    baseline = measure(inspector, 1, args.runs)
    half = measure(inspector, args.addresses // 2, args.runs)
    full = measure(inspector, args.addresses, args.runs)
    cost_half = half["seconds"] - baseline["seconds"]
    cost = full["seconds"] - baseline["seconds"]
    ratio = cost / cost_half if cost_half > 0 else float("nan")
    rows = [
        ("fleet --json, a machine of 1 address (baseline, CPU time)", "%.2f s" % baseline["seconds"], "", "", "", True),
        ("%d addresses in its report (%.1f MiB) and its host, CPU beyond the baseline" % (full["addresses"], full["report_mib"]),
         "%.2f s" % cost, "", "", "< 1 s", cost < 1.0 and full["machines"] == 1),
        ("half the addresses (%d), beyond the baseline" % half["addresses"], "%.2f s" % cost_half, "%.2f s" % cost,
         "%.2f×" % ratio, "≈ 2× (linear)", ratio < 2.5),
    ]
    if args.markdown:
        print("| benchmark | inspector | reference | ratio | goal | met |")
        print("|---|---|---|---|---|---|")
        for name, value, reference, ratio_text, goal, met in rows:
            print("| %s | %s | %s | %s | %s | %s |" % (name, value, reference, ratio_text, goal, "yes" if met else "no"))
    else:
        for name, value, reference, ratio_text, goal, met in rows:
            print("%-78s %8s %8s %7s  goal %-14s %s" % (name, value, reference, ratio_text, goal, "met" if met else "NOT MET"))
    print()
    print("Wall time (shared machine, for reference): baseline %.2f s, %d addresses %.2f s, %d addresses %.2f s"
          % (baseline["wall"], half["addresses"], half["wall"], full["addresses"], full["wall"]))
    return 0 if cost < 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
