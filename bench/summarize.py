#!/usr/bin/env python3
"""Gathers one run of scripts/bench into JSON: each command's wall time, CPU and peak memory
(from /usr/bin/time -v), the load before it, the ratios, the machine and the versions."""
import argparse, csv, json, os, re, subprocess, datetime, xml.etree.ElementTree as ET

ap = argparse.ArgumentParser()
ap.add_argument("--root"); ap.add_argument("--work"); ap.add_argument("--input")
ap.add_argument("--window", nargs=2)
a = ap.parse_args()

def timed(name):
    text = open(os.path.join(a.work, name + ".time"), encoding="utf-8").read()
    def field(label):
        m = re.search(r"^\s*" + re.escape(label) + r": (.*)$", text, re.M)
        return m.group(1).strip() if m else None
    wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)")
    parts = [float(p) for p in wall.split(":")]
    seconds = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
    cmd = re.sub(r"-cp \S+", "-cp <test classpath>", field("Command being timed").strip('"'))
    cmd = re.sub(r"(java) -XX\S*( --add-opens\S+)*( -D\S+)*", r"\1 <scripts/jvm.options>", cmd)
    return {
        "command": cmd.replace(a.root + "/", "").replace(a.work + "/", "bench/work/"),
        "exit_status": int(field("Exit status")),
        "wall_seconds": round(seconds, 2),
        "user_seconds": float(field("User time (seconds)")),
        "system_seconds": float(field("System time (seconds)")),
        "peak_rss_mb": round(int(field("Maximum resident set size (kbytes)")) / 1024, 1),
        "load_average_before": open(os.path.join(a.work, name + ".load")).read().split(),
    }

runs = {n: timed(n) for n in ("pipeline", "spark_floor", "duckdb")}
out = open(os.path.join(a.work, "pipeline.out"), encoding="utf-8").read()
m = re.search(r"== run: ([\d.]+) s \((.*)\) ==", out)
if m:
    runs["pipeline"]["steps_seconds"] = {k: float(v) for k, v in re.findall(r"(\w+) ([\d.]+) s", m.group(2))}
folder = "%s_%s" % tuple(a.window)
comparison = os.path.join(a.work, "out", "report", folder, "tables", "comparison.csv")
if os.path.exists(comparison):
    for row in csv.DictReader(open(comparison, encoding="utf-8")):
        if row["metric_id"] in ("crimes_and_violations", "subjects_handled"):
            runs["pipeline"].setdefault("facts", {})[row["metric_id"]] = float(row["window_value"])
duck = open(os.path.join(a.work, "duckdb.out"), encoding="utf-8").read()
runs["duckdb"]["facts"] = {k: int(v) for k, v in re.findall(r"(\w+)=(\d+)", duck)}

files = [os.path.join(d, f) for d, _, fs in os.walk(a.input) for f in fs]
pom = ET.parse(os.path.join(a.root, "pom.xml")).getroot()
ns = {"m": "http://maven.apache.org/POM/4.0.0"}
prop = lambda k: pom.find("m:properties/m:" + k, ns).text
java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
mem = [l for l in open("/proc/meminfo") if l.startswith("MemTotal")][0].split()[1]
git = subprocess.run(["git", "-C", a.root, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
ratio = lambda x, y: round(runs[x]["wall_seconds"] / runs[y]["wall_seconds"], 2)
cpu = lambda x: runs[x]["user_seconds"] + runs[x]["system_seconds"]
cpu_ratio = lambda x, y: round(cpu(x) / cpu(y), 2)
print(json.dumps({
    "benchmark": "national conference year, files to charts and extracts",
    "when_utc": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
    "git_commit": git,
    "window": a.window,
    "input": {"files": len(files), "megabytes": round(sum(os.path.getsize(f) for f in files) / 1e6, 1),
              "format": "csv (utf-8, no file habits, default error rate)"},
    "machine": {"cores": os.cpu_count(), "memory_gb": round(int(mem) / 1024 / 1024, 1),
                "load_average_after": open("/proc/loadavg").read().split()[:3]},
    "versions": {"java": java, "spark": prop("spark.version"), "delta": prop("delta.version"),
                 "duckdb_jdbc": prop("duckdb.version")},
    "runs": runs,
    "ratios": {"pipeline_over_duckdb": ratio("pipeline", "duckdb"),
               "pipeline_over_spark_floor": ratio("pipeline", "spark_floor"),
               "cpu_pipeline_over_duckdb": cpu_ratio("pipeline", "duckdb"),
               "cpu_pipeline_over_spark_floor": cpu_ratio("pipeline", "spark_floor"),
               "note": "wall ratios on a loaded machine mostly measure the competition for the cores; "
                       "the CPU ratios (user + system seconds) are steadier"},
}, indent=2, ensure_ascii=False))
