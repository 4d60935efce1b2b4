"""Turns scripts/bench's measurements (bench/work/runs/<name>.time|.out|.load) into the results JSON
and prints the summary table with its ratios. Parts that were not run are left out."""
import argparse, csv, datetime, json, os, re, subprocess, sys
import xml.etree.ElementTree as ET

ap = argparse.ArgumentParser()
ap.add_argument("--root"); ap.add_argument("--work"); ap.add_argument("--input"); ap.add_argument("--json")
ap.add_argument("--window", nargs=2)
ap.add_argument("--scale-1x"); ap.add_argument("--scale-10x"); ap.add_argument("--decade-from")
ap.add_argument("--increment-provinces"); ap.add_argument("--increment-month")
a = ap.parse_args()
runs_dir = os.path.join(a.work, "runs")


def text(name, ext):
    path = os.path.join(runs_dir, name + ext)
    return open(path, encoding="utf-8", errors="replace").read() if os.path.exists(path) else ""


def exists(name):
    """Measured and finished (a run still going has an empty .time file)."""
    return "Exit status" in text(name, ".time")


def short_inputs(cmd):
    """A history's ingest lists every month folder: the command keeps the first and the count."""
    words = cmd.split(" ")
    if "--input" not in words:
        return cmd
    i = words.index("--input") + 1
    j = i
    while j < len(words) and not words[j].startswith("--"):
        j += 1
    if j - i <= 2:
        return cmd
    return " ".join(words[:i] + [words[i], "… (%d folders)" % (j - i)] + words[j:])


def timed(name):
    """One measured process: command, exit status, wall, CPU, peak memory, load before and after."""
    t = text(name, ".time")

    def field(label):
        m = re.search(r"^\s*" + re.escape(label) + r": (.*)$", t, re.M)
        return m.group(1).strip() if m else None
    parts = [float(p) for p in field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")]
    cmd = re.sub(r"-cp \S+", "-cp <test classpath>", field("Command being timed").strip('"'))
    cmd = re.sub(r"(java)( -XX\S*| --add-opens\S+| -D\S+)+", r"\1 <scripts/jvm.options>", cmd)
    cmd = short_inputs(cmd)
    user, system = float(field("User time (seconds)")), float(field("System time (seconds)"))
    load = text(name, ".load").split("\n")
    out = {
        "command": cmd.replace(a.root + "/", "").replace(a.work + "/", "bench/work/"),
        "exit_status": int(field("Exit status")),
        "wall_seconds": round(sum(p * 60 ** i for i, p in enumerate(reversed(parts))), 2),
        "user_seconds": user,
        "system_seconds": system,
        "cpu_seconds": round(user + system, 2),
        "peak_rss_mb": round(int(field("Maximum resident set size (kbytes)")) / 1024, 1),
        "measured_at_utc": datetime.datetime.fromtimestamp(os.path.getmtime(os.path.join(runs_dir, name + ".time")),
                                                           datetime.timezone.utc).isoformat(timespec="seconds"),
        "git_commit": text(name, ".commit").strip() or None,
        "load_average_before": load[0].split(),
        "load_average_after": load[1].split() if len(load) > 1 and load[1] else None,
    }
    steps = re.search(r"== run: ([\d.]+) s \((.*)\) ==", text(name, ".out"))
    if steps:
        out["steps_seconds"] = {k: float(v) for k, v in re.findall(r"(\w+) ([\d.]+) s", steps.group(2))}
    accepted = re.search(r"^\s*accepted: (\d+)", text(name, ".out"), re.M)
    if accepted:
        out["unit_rows_accepted"] = int(accepted.group(1))
    return out


def ratio(x, y):
    return round(x / y, 2) if y else None


def files_in(folder):
    return [os.path.join(d, f) for d, _, fs in os.walk(folder) for f in fs]


pom = ET.parse(os.path.join(a.root, "pom.xml")).getroot()
ns = {"m": "http://maven.apache.org/POM/4.0.0"}
prop = lambda k: pom.find("m:properties/m:" + k, ns).text
java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
mem = [l for l in open("/proc/meminfo") if l.startswith("MemTotal")][0].split()[1]
git = subprocess.run(["git", "-C", a.root, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
dirty = subprocess.run(["git", "-C", a.root, "status", "--porcelain", "--untracked-files=no"],
                       capture_output=True, text=True).stdout.strip()
jvm = [l.strip() for l in open(os.path.join(a.root, "scripts", "jvm.options")) if l.startswith("-XX") or l.startswith("-Xm")]
result = {
    "benchmark": "Điểm Tựa, issue 5: national year against peers, scale, monthly increment",
    "when_utc": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
    "git_commit": git + (" (with uncommitted changes)" if dirty else ""),
    "machine": {"cores": os.cpu_count(), "memory_gb": round(int(mem) / 1024 / 1024, 1),
                "load_average_at_end": open("/proc/loadavg").read().split()[:3]},
    "versions": {"java": java, "spark": prop("spark.version"), "delta": prop("delta.version"),
                 "duckdb_jdbc": prop("duckdb.version")},
    "jvm": {"flags": jvm + ["-Xmx2g"], "note": "every process: scripts/jvm.options (C1 JIT only) and a 2 GB heap"},
    "cpu_note": "cpu_seconds = user + system of the whole process; on a shared machine wall time mostly measures "
                "the competition for the cores, CPU time is the steadier figure",
}
lines = []
row = lambda name, r, extra="": "  %-22s %8.1f %8.1f %8.0f   %-16s%s" % (
    name, r["wall_seconds"], r["cpu_seconds"], r["peak_rss_mb"], " ".join(r["load_average_before"][:1] + ["→"] + (r["load_average_after"] or ["?"])[:1]), extra)
header = "  %-22s %8s %8s %8s   %-16s" % ("", "wall s", "CPU s", "peak MB", "load 1-min")

national = {n: timed(n) for n in ("pipeline", "spark_floor", "duckdb") if exists(n)}
if national:
    files = files_in(a.input)
    section = {"window": a.window,
               "input": {"files": len(files), "megabytes": round(sum(os.path.getsize(f) for f in files) / 1e6, 1),
                         "format": "csv (utf-8, no file habits, default error rate)"},
               "runs": national}
    comparison = os.path.join(a.work, "pipeline", "out", "report", "%s_%s" % tuple(a.window), "tables", "comparison.csv")
    if os.path.exists(comparison):
        for r in csv.DictReader(open(comparison, encoding="utf-8")):
            if r["metric_id"] in ("crimes_and_violations", "subjects_handled"):
                national["pipeline"].setdefault("facts", {})[r["metric_id"]] = float(r["window_value"])
    if "duckdb" in national:
        national["duckdb"]["facts"] = {k: int(v) for k, v in re.findall(r"(\w+)=(\d+)", text("duckdb", ".out"))}
    if len(national) == 3:
        p, f, d = national["pipeline"], national["spark_floor"], national["duckdb"]
        section["ratios"] = {
            "wall_pipeline_over_duckdb": ratio(p["wall_seconds"], d["wall_seconds"]),
            "wall_pipeline_over_spark_floor": ratio(p["wall_seconds"], f["wall_seconds"]),
            "cpu_pipeline_over_duckdb": ratio(p["cpu_seconds"], d["cpu_seconds"]),
            "cpu_pipeline_over_spark_floor": ratio(p["cpu_seconds"], f["cpu_seconds"])}
    result["national_year"] = section
    lines += ["", "National conference year %s … %s (%d CSV files, %.1f MB)" % (a.window[0], a.window[1], len(files),
              section["input"]["megabytes"]), header]
    labels = {"pipeline": "pipeline (run)", "spark_floor": "Spark floor", "duckdb": "DuckDB peer"}
    for n, r in national.items():
        steps = r.get("steps_seconds")
        lines.append(row(labels[n], r, "  " + ", ".join("%s %.0f" % kv for kv in steps.items()) if steps else ""))
    if "ratios" in section:
        q = section["ratios"]
        lines.append("  pipeline / DuckDB: wall %.1f×, CPU %.1f×   pipeline / Spark floor: wall %.1f×, CPU %.1f×" % (
            q["wall_pipeline_over_duckdb"], q["cpu_pipeline_over_duckdb"], q["wall_pipeline_over_spark_floor"],
            q["cpu_pipeline_over_spark_floor"]))

if exists("scale_1x") or exists("scale_10x") or exists("scale_1000x"):
    points = []
    for scale, name, provinces in (("1x", "scale_1x", a.scale_1x), ("10x", "scale_10x", a.scale_10x),
                                   ("100x", "pipeline", "all"), ("1000x", "scale_1000x", "all, 10 y")):
        if not exists(name):
            continue
        r = timed(name)
        rows = r.get("unit_rows_accepted")
        r.update({"scale": scale, "provinces": provinces,
                  "cpu_ms_per_row": round(r["cpu_seconds"] * 1000 / rows, 3) if rows else None,
                  "wall_ms_per_row": round(r["wall_seconds"] * 1000 / rows, 3) if rows else None,
                  "peak_rss_kb_per_row": round(r["peak_rss_mb"] * 1024 / rows, 2) if rows else None})
        points.append(r)
    result["scale"] = {"base": "1/100 of the national year (100× of the national year, 11.7 million unit rows, "
                               "is beyond this 2-core machine in a benchmark run): 1× = the year of province(s) %s, "
                               "10× = provinces %s, 100× = the whole national year (the pipeline run above), "
                               "1000× = ten national years %s … %s (part decade)"
                               % (a.scale_1x, a.scale_10x, a.decade_from, a.window[1]),
                       "window": a.window, "points": points}
    lines += ["", "Scale: " + result["scale"]["base"],
              "  %-6s %-10s %9s %8s %8s %8s %11s %11s %8s" % ("scale", "provinces", "unit rows", "wall s", "CPU s",
                                                              "peak MB", "CPU ms/row", "wall ms/row", "KB/row")]
    for p in points:
        lines.append("  %-6s %-10s %9s %8.1f %8.1f %8.0f %11s %11s %8s" % (
            p["scale"], p["provinces"], p.get("unit_rows_accepted"), p["wall_seconds"], p["cpu_seconds"],
            p["peak_rss_mb"], p["cpu_ms_per_row"], p["wall_ms_per_row"], p["peak_rss_kb_per_row"]))

def rounds(years):
    """The finished rounds of one increment: (ingest, metrics) measurements, in round order."""
    found = []
    for n in sorted(os.listdir(runs_dir)):
        m = re.fullmatch(r"increment_%dy_r(\d+)_ingest\.time" % years, n)
        if m and exists(n[:-5]) and exists("increment_%dy_r%s_metrics" % (years, m.group(1))):
            found.append((int(m.group(1)), timed(n[:-5]), timed("increment_%dy_r%s_metrics" % (years, m.group(1)))))
    return [(i, m) for _, i, m in sorted(found, key=lambda r: r[0])]


if any(rounds(y) for y in (1, 5, 10)):
    points = []
    for years in (1, 5, 10):
        done = rounds(years)
        if not done or not exists("history_%dy_ingest" % years) or not exists("history_%dy_metrics" % years):
            continue
        months = [{"ingest": i, "metrics": m,
                   "wall_seconds": round(i["wall_seconds"] + m["wall_seconds"], 2),
                   "cpu_seconds": round(i["cpu_seconds"] + m["cpu_seconds"], 2)} for i, m in done]
        median = sorted(months, key=lambda r: r["cpu_seconds"])[(len(months) - 1) // 2]
        p = {"history_years": years, "history_ingest": timed("history_%dy_ingest" % years),
             "history_metrics": timed("history_%dy_metrics" % years),
             "increment_ingest": median["ingest"], "increment_metrics": median["metrics"],
             "increment_wall_seconds": median["wall_seconds"], "increment_cpu_seconds": median["cpu_seconds"],
             "rounds": [{"wall_seconds": r["wall_seconds"], "cpu_seconds": r["cpu_seconds"],
                         "load_average_before": r["ingest"]["load_average_before"]} for r in months]}
        p["history_unit_rows"] = p["history_ingest"].get("unit_rows_accepted")
        p["increment_unit_rows"] = p["increment_ingest"].get("unit_rows_accepted")
        points.append(p)
    section = {"provinces": a.increment_provinces, "new_month": a.increment_month,
               "what": "history: ingest of the years before the new month, then metrics (a fresh warehouse); "
                       "increment: on a copy of it, ingest of the new month's files, then metrics; "
                       "each command its own process (so each carries the JVM and Spark start); histories "
                       "one after the other, then rounds of the three increments interleaved; a point is "
                       "its median round by CPU",
               "points": points}
    by_years = {p["history_years"]: p for p in points}
    if 1 in by_years and 10 in by_years:
        section["ratio_10y_over_1y"] = {
            "cpu": ratio(by_years[10]["increment_cpu_seconds"], by_years[1]["increment_cpu_seconds"]),
            "wall": ratio(by_years[10]["increment_wall_seconds"], by_years[1]["increment_wall_seconds"]),
            "target": 1.3}
    result["increment"] = section
    lines += ["", "Monthly increment: %s of provinces %s (ingest + metrics) on 1, 5 and 10 years of history, "
              "median of its rounds" % (a.increment_month, a.increment_provinces),
              "  %-8s %9s %15s %15s %15s %15s %s" % ("history", "unit rows", "history CPU s", "ingest wall/CPU",
                                                    "metrics wall/CPU", "month wall/CPU", "  every round CPU s")]
    for p in points:
        h = p["history_ingest"]["cpu_seconds"] + p["history_metrics"]["cpu_seconds"]
        lines.append("  %-8s %9s %15.0f %15s %15s %15s   %s" % (
            "%d y" % p["history_years"], p["history_unit_rows"], h,
            "%.0f / %.0f" % (p["increment_ingest"]["wall_seconds"], p["increment_ingest"]["cpu_seconds"]),
            "%.0f / %.0f" % (p["increment_metrics"]["wall_seconds"], p["increment_metrics"]["cpu_seconds"]),
            "%.0f / %.0f" % (p["increment_wall_seconds"], p["increment_cpu_seconds"]),
            ", ".join("%.0f (load %s)" % (r["cpu_seconds"], r["load_average_before"][0]) for r in p["rounds"])))
    if "ratio_10y_over_1y" in section:
        q = section["ratio_10y_over_1y"]
        lines.append("  increment 10 y / 1 y: CPU %.2f×, wall %.2f× (target ≤ 1.3×)" % (q["cpu"], q["wall"]))

names = sorted(n[:-5] for n in os.listdir(runs_dir) if n.endswith(".time"))
failed = [n + ".time" for n in names if exists(n) and timed(n)["exit_status"] != 0]
unfinished = [n for n in names if not exists(n)]
if unfinished:
    result["unfinished_runs"] = unfinished
    lines += ["", "Still running or stopped before the end (not in the figures): " + ", ".join(unfinished)]
if failed:
    result["failed_runs"] = [n[:-5] for n in failed]
    lines += ["", "FAILED (exit status ≠ 0): " + ", ".join(result["failed_runs"]) + " — see bench/work/runs/*.err"]

with open(a.json, "w", encoding="utf-8") as f:
    json.dump(result, f, indent=2, ensure_ascii=False)
    f.write("\n")
print("Điểm Tựa benchmark, %s, commit %s, %d cores, %.0f GB, %s, Spark %s, Delta %s" % (
    result["when_utc"], result["git_commit"], result["machine"]["cores"], result["machine"]["memory_gb"], java,
    prop("spark.version"), prop("delta.version")))
print("\n".join(lines))
