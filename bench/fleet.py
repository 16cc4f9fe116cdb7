#!/usr/bin/env python3
"""The fleet audit at organization scale: `fleet --json` over a generated organization and reports.

Usage: bench/fleet.py [--build build] [--hosts 10000] [--reports 2000] [--scale 5] [--runs 3] [--no-window] [--markdown]

Generates an organization of HOSTS hosts with meta of a realistic size (CPU, memory, disks,
filesystems, kernel, cloud metadata: about 4 KiB a host as the API lists it) and REPORTS inspect
reports from its machines, serves the organization with `mackerel-inspector simulate --mackerel
--hosts FILE` on 127.0.0.1, and times `fleet --json` (wall time and peak resident memory of the
fleet process), then the same at SCALE times the size (50,000 hosts and 10,000 reports), to show
that time and memory grow linearly. Then the window: bench_fleetwindow opens the Fleet tab on the
first organization and a 10 ms timer on the GUI thread records how late each tick comes while the
listing is read and joined (the longest is the worst stall of the window).
"""
import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FLAGS = ("fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush mmx fxsr sse sse2 ht syscall "
         "nx pdpe1gb rdtscp lm constant_tsc rep_good nopl xtopology nonstop_tsc cpuid aperfmperf tsc_known_freq pni "
         "pclmulqdq ssse3 fma cx16 pcid sse4_1 sse4_2 x2apic movbe popcnt aes xsave avx f16c rdrand hypervisor lahf_lm "
         "abm 3dnowprefetch invpcid_single pti fsgsbase tsc_adjust bmi1 avx2 smep bmi2 erms invpcid mpx avx512f")


def mac(n: int) -> str:
    return "06:%02x:%02x:%02x:%02x:%02x" % ((n >> 32) & 0xff, (n >> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff)


def instance_id(n: int) -> str:
    return "i-0%016x" % (0xabc0000000000 + n)


def spec_meta(n: int) -> dict:
    cpus = [{"vendor_id": "GenuineIntel", "model": "85", "model_name": "Intel(R) Xeon(R) Platinum 8259CL CPU @ 2.50GHz",
             "mhz": "2499.998", "cache_size": "36608 KB", "flags": FLAGS, "family": "6", "stepping": "7",
             "core_id": str(i), "cores": "4", "physical_id": "0"} for i in range(4)]
    return {
        "agent-name": "mackerel-agent/0.85.0 (Revision 0a1b2c3)", "agent-version": "0.85.0", "agent-revision": "0a1b2c3",
        "cpu": cpus,
        "memory": {"total": "8024316kB", "free": "421880kB", "buffers": "92428kB", "cached": "5323584kB",
                   "active": "3412040kB", "inactive": "3561200kB", "swap_total": "0kB", "swap_free": "0kB"},
        "block_device": {"nvme0n1": {"size": "209715200", "removable": "0", "model": "Amazon Elastic Block Store",
                                     "rev": "1.0", "state": "live", "timeout": "30", "vendor": ""}},
        "filesystem": {"/dev/nvme0n1p1": {"kb_size": 203070420, "kb_used": 40120300, "kb_available": 154627116,
                                          "percent_used": "21%", "mount": "/"},
                       "/dev/nvme0n1p15": {"kb_size": 126678, "kb_used": 10446, "kb_available": 116232,
                                           "percent_used": "9%", "mount": "/boot/efi"}},
        "kernel": {"name": "Linux", "release": "6.1.0-28-cloud-amd64", "version": "#1 SMP PREEMPT_DYNAMIC Debian 6.1.119-1",
                   "machine": "x86_64", "os": "GNU/Linux", "platform_name": "Debian GNU/Linux", "platform_version": "12.8"},
    }


def ec2_cloud(n: int) -> dict:
    return {"provider": "ec2", "metadata": {"instance-id": instance_id(n), "instance-type": "m5.large",
                                            "placement/availability-zone": "ap-northeast-1a", "ami-id": "ami-0d52744d6551d851e",
                                            "local-ipv4": "10.%d.%d.%d" % ((n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff),
                                            "hostname": "ip-10-0-0-%d.ap-northeast-1.compute.internal" % (n & 0xff)}}


def interfaces(n: int) -> list:
    return [{"name": "ens5", "macAddress": mac(n), "ipv4Addresses": ["10.%d.%d.%d" % ((n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff)],
             "ipv6Addresses": ["fe80::4%x:%xff:fe00:%x" % (n & 0xf, n & 0xff, n & 0xffff)]},
            {"name": "docker0", "macAddress": "02:42:%02x:%02x:%02x:%02x" % ((n >> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff),
             "ipv4Addresses": ["172.17.0.1"]}]


def generate(hosts_count: int, reports_count: int, directory: str) -> str:
    """Writes hosts.json and reports/*.json; returns the hosts file. Deterministic."""
    rng = random.Random(hosts_count)
    hosts, reports = [], []
    now = int(time.time())
    for n in range(hosts_count):
        kind = rng.random()
        identifier = instance_id(n) + ".ec2.amazonaws.com"
        base = {"id": "B%010d" % n, "status": "working", "memo": "", "isRetired": False, "createdAt": now - n,
                "roles": {"shop": ["web" if n % 3 else "app"]}, "size": "standard"}
        if kind < 0.6:   # the agent adopted the integration's host
            base.update(name="ip-%d" % n, customIdentifier=identifier, meta=dict(spec_meta(n), cloud=ec2_cloud(n)),
                        interfaces=interfaces(n))
        elif kind < 0.8:  # the integration's host, no agent yet
            base.update(name=instance_id(n), customIdentifier=identifier, meta={"cloud": ec2_cloud(n)}, interfaces=[])
        elif kind < 0.85:  # an agent host without identifier next to the integration's: a duplicate
            base.update(name=instance_id(n), customIdentifier=identifier, meta={"cloud": ec2_cloud(n)}, interfaces=[])
            hosts.append(base)
            base = dict(base, id="D%010d" % n, name="ip-%d" % n, meta=dict(spec_meta(n), cloud=ec2_cloud(n)),
                        interfaces=interfaces(n))
            del base["customIdentifier"]
        else:              # on premises
            base.update(name="onprem-%d" % n, meta=spec_meta(n), interfaces=interfaces(n))
        hosts.append(base)
        if len(reports) < reports_count and n % max(1, hosts_count // reports_count) == 0:
            adopted = "customIdentifier" in base and "agent-version" in base["meta"]
            reports.append((n, {
                "platform": "ec2" if "cloud" in base["meta"] else "none",
                "customIdentifier": identifier if "cloud" in base["meta"] else None,
                "host": {"name": base["name"], "meta": {k: v for k, v in spec_meta(n).items() if not k.startswith("agent-")}
                         | ({"cloud": ec2_cloud(n)} if "cloud" in base["meta"] else {}),
                         "interfaces": interfaces(n), "roleFullnames": ["shop:web"]},
                "idFile": {"path": "/var/lib/mackerel-agent/id", "state": "present" if adopted else "absent",
                           "hostId": base["id"] if adopted else None},
                "inspectorVersion": "0.1.0",
                "probes": [{"platform": "ec2", "method": "GET", "url": "http://169.254.169.254/latest/meta-data/%s" % k,
                            "status": 200, "elapsedMs": 2, "outcome": "ok", "detail": "%s: answered" % k}
                           for k in ("instance-id", "instance-type", "placement/availability-zone", "ami-id", "hostname",
                                     "public-ipv4", "reservation-id", "local-hostname", "security-groups", "local-ipv4")],
                "warnings": []}))
    hosts_file = os.path.join(directory, "hosts.json")
    with open(hosts_file, "w") as f:
        json.dump({"hosts": hosts}, f, separators=(",", ":"))
    os.makedirs(os.path.join(directory, "reports"), exist_ok=True)
    for n, report in reports:
        with open(os.path.join(directory, "reports", "machine-%d.json" % n), "w") as f:
            json.dump(report, f, indent=2)
    return hosts_file


def run_fleet(inspector: str, base: str, key_file: str, reports: str):
    """One `fleet --json`; returns (seconds, peak RSS in MiB, exit code, summary)."""
    out = tempfile.TemporaryFile()
    started = time.monotonic()
    process = subprocess.Popen([inspector, "fleet", "--json", "--reports", reports, "--apibase", base,
                                "--apikey-file", key_file], stdout=out, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.monotonic() - started
    out.seek(0)
    summary = json.load(out).get("summary", {})
    return seconds, usage.ru_maxrss / 1024.0, os.waitstatus_to_exitcode(status), summary


def run_window(bench: str, base: str, key_file: str, reports: str) -> dict:
    """bench_fleetwindow under the offscreen platform: the GUI thread's lateness while the tab audits."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    output = subprocess.run([bench, base, key_file, reports], capture_output=True, text=True, env=environment, check=True)
    return json.loads(output.stdout.strip().splitlines()[-1])


def measure(inspector: str, hosts: int, reports: int, runs: int, window: str = None) -> dict:
    with tempfile.TemporaryDirectory() as directory:
        hosts_file = generate(hosts, reports, directory)
        listing_mib = os.path.getsize(hosts_file) / 1048576.0
        simulator = subprocess.Popen([inspector, "simulate", "--cloud", "ec2", "--mackerel", "--hosts", hosts_file],
                                     stdout=subprocess.PIPE, text=True)
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
            run_fleet(inspector, base, key_file, os.path.join(directory, "reports"))  # warms the simulator's listing
            samples = [run_fleet(inspector, base, key_file, os.path.join(directory, "reports")) for _ in range(runs)]
            windows = [run_window(window, base, key_file, os.path.join(directory, "reports")) for _ in range(runs)] if window else []
        finally:
            simulator.terminate()
            simulator.wait()
    return {"hosts": hosts, "reports": reports, "listing_mib": listing_mib,
            "seconds": statistics.median(s[0] for s in samples), "peak_mib": max(s[1] for s in samples),
            "summary": samples[0][3], "exit": samples[0][2],
            "window": max(windows, key=lambda w: w["maxLateMs"]) if windows else None}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--hosts", type=int, default=10000)
    parser.add_argument("--reports", type=int, default=2000)
    parser.add_argument("--scale", type=int, default=5)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-window", action="store_true")
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    inspector = os.path.join(args.build, "app", "mackerel-inspector")
    window = None if args.no_window else os.path.join(args.build, "bench", "bench_fleetwindow")
    base = measure(inspector, args.hosts, args.reports, args.runs, window)
    large = measure(inspector, args.scale * args.hosts, args.scale * args.reports, args.runs)
    ratio = large["seconds"] / base["seconds"]
    rows = [
        ("fleet --json, %d hosts (%.0f MiB listing) + %d reports" % (base["hosts"], base["listing_mib"], base["reports"]),
         "%.2f s" % base["seconds"], "", "", "< 3 s", base["seconds"] < 3.0),
        ("fleet peak memory at that size", "%.0f MiB" % base["peak_mib"], "", "", "< 150 MiB", base["peak_mib"] < 150),
        ("fleet at %d× the size (%d hosts, %.0f MiB listing, %d reports)" % (args.scale, large["hosts"], large["listing_mib"],
                                                                          large["reports"]),
         "%.2f s" % large["seconds"], "%.2f s" % base["seconds"], "%.2f×" % ratio, "≈ %d× (linear)" % args.scale,
         ratio < 1.25 * args.scale),
        ("fleet peak memory at %d× the size" % args.scale, "%.0f MiB" % large["peak_mib"], "%.0f MiB" % base["peak_mib"],
         "%.2f×" % (large["peak_mib"] / base["peak_mib"]), "< 600 MiB", large["peak_mib"] < 600),
    ]
    if base["window"]:
        w = base["window"]
        rows.append(("Fleet tab: longest GUI-thread stall while %d hosts are listed and joined (%d ticks of 10 ms, %.1f s)"
                     % (w["hostsListed"], w["ticks"], w["seconds"]),
                     "%d ms" % w["maxLateMs"], "p99 %d ms" % w["p99LateMs"], "", "< 100 ms", w["maxLateMs"] < 100))
    if args.markdown:
        print("| benchmark | inspector | reference | ratio | goal | met |")
        print("|---|---|---|---|---|---|")
        for name, value, reference, ratio_text, goal, met in rows:
            print("| %s | %s | %s | %s | %s | %s |" % (name, value, reference, ratio_text, goal, "yes" if met else "no"))
        print()
        print("Verdicts at %d hosts: %s" % (base["hosts"], ", ".join("%s %d" % kv for kv in base["summary"].items())))
    else:
        for name, value, reference, ratio_text, goal, met in rows:
            print("%-70s %10s %10s %7s  goal %-14s %s" % (name, value, reference, ratio_text, goal, "met" if met else "NOT MET"))
        print("verdicts:", base["summary"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
