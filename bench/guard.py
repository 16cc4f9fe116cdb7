#!/usr/bin/env python3
"""What `mackerel-inspector guard` adds to mackerel-agent's start, on a healthy cloud.

Usage: bench/guard.py [--build build] [--runs 21] [--markdown]

Serves a simulated EC2 instance and Mackerel API with `mackerel-inspector simulate --mackerel` on
127.0.0.1 (one process a seed) and times the guard's command line as the drop-in runs it (the
headless binary, the simulated instance's root, `--agent-root /var/lib/mackerel-agent`, the key from
the environment as /etc/default/mackerel-agent gives it) against `true`, alternated, median of RUNS.
Seeds: `registered` (the id file names the agent's host: every restart), `agentless` (no id file, the
integration's host: the first start), `none` (no host: the first start, the organization listed
for lookalikes). Goal: at most 150 ms more than `true`.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOAL_MS = 150.0


def start_simulator(binary: str, seed: str):
    process = subprocess.Popen([binary, "simulate", "--cloud", "ec2", "--mackerel", "--seed", seed],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               env=dict(os.environ, LANG="C.UTF-8", LANGUAGE=""))
    lines = []
    while True:
        line = process.stdout.readline()
        if not line:
            raise SystemExit("simulate ended: " + "".join(lines))
        lines.append(line)
        if line.startswith("Try: mackerel-inspector match"):
            break
    text = "".join(lines)
    metadata = re.search(r"--ec2-endpoint (\S+)", text).group(1)
    apibase = re.search(r"Mackerel API: (\S+)", text).group(1)
    root = re.search(r"--root (\S+)", text).group(1)
    key = re.search(r"Demo API key \(opens only this simulator\): (\S+),", text).group(1)
    return process, metadata, apibase, root, key


def alternated(commands, env, runs):
    times = [[] for _ in commands]
    for _ in range(runs):
        for i, command in enumerate(commands):
            start = time.perf_counter()
            result = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            times[i].append(time.perf_counter() - start)
            if result.returncode != 0:
                raise SystemExit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stderr.decode()}")
    return [statistics.median(t) * 1000 for t in times]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    binary = os.path.join(args.build, "app/headless/mackerel-inspector")
    if not os.access(binary, os.X_OK):
        raise SystemExit(f"{binary} is missing: build the target mackerel-inspector-headless")
    true = shutil.which("true")
    rows = []
    for seed in ("registered", "agentless", "none"):
        process, metadata, apibase, root, key = start_simulator(binary, seed)
        try:
            env = {k: v for k, v in os.environ.items() if k not in ("MACKEREL_APIKEY", "MACKEREL_APIBASE",
                                                                   "AWS_EC2_METADATA_SERVICE_ENDPOINT", "GCE_METADATA_HOST")}
            env.update(LANG="C.UTF-8", LANGUAGE="", MACKEREL_APIKEY=key)
            guard = [binary, "guard", "--root", root, "--ec2-endpoint", metadata, "--gce-endpoint", metadata,
                     "--azure-endpoint", metadata, "--apibase", apibase, "--agent-root", "/var/lib/mackerel-agent",
                     "--", "-v"]
            check = subprocess.run(guard, env=env, stderr=subprocess.PIPE, text=True)
            if check.returncode != 0 or not check.stderr.startswith("mackerel-inspector guard: clear"):
                raise SystemExit(f"guard did not clear the start ({check.returncode}): {check.stderr}")
            guard_ms, true_ms = alternated([guard, [true]], env, args.runs)
            rows.append((seed, guard_ms, true_ms, guard_ms - true_ms))
        finally:
            process.terminate()
            process.wait()
    if args.markdown:
        print("| seed | guard (ms) | `true` (ms) | added (ms) | goal ≤ %d ms |" % GOAL_MS)
        print("|---|---|---|---|---|")
        for seed, guard_ms, true_ms, added in rows:
            print(f"| {seed} | {guard_ms:.0f} | {true_ms:.1f} | {added:.0f} | {'met' if added <= GOAL_MS else 'missed'} |")
    else:
        for seed, guard_ms, true_ms, added in rows:
            print(f"{seed:<11} guard {guard_ms:7.1f} ms   true {true_ms:5.1f} ms   added {added:6.1f} ms   "
                  f"goal <= {GOAL_MS:.0f} ms: {'met' if added <= GOAL_MS else 'MISSED'}")
    return 0 if all(added <= GOAL_MS for *_, added in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
