"""Plots check latency (p50, p99) against store size from bench/run.sh's results.jsonl."""
import json
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

results, png = sys.argv[1], sys.argv[2]
BUNDLED_EVENTS = 34  # the seed store: the bundled corpus's curated events
runs = [json.loads(line) for line in open(results) if line.strip()]
fig, ax = plt.subplots(figsize=(7, 4.5))
for words, colour in (("200", "tab:blue"), ("1000", "tab:red")):
    points = []
    for run in runs:
        parts = run["run"].split("-")
        if parts[0] == "factcheck" and parts[2] == words:
            points.append((int(parts[1]) + BUNDLED_EVENTS, run["p50_ms"], run["p99_ms"]))
    points.sort()
    xs = [p[0] for p in points]
    ax.plot(xs, [p[1] for p in points], "o-", color=colour, label=f"{words} words, p50")
    ax.plot(xs, [p[2] for p in points], "s--", color=colour, label=f"{words} words, p99")
    for run in runs:
        if run["run"] == f"languagetool-{words}":
            ax.axhline(run["p50_ms"], color=colour, linestyle=":", label=f"LanguageTool {words} words, p50")
ax.set_xscale("log")
ax.set_yscale("log")
ax.set_xlabel("approved events in the store (bundled 34 + synthetic)")
ax.set_ylabel("latency per check (ms)")
ax.set_title("POST /v1/checks under wrk, 2 connections, 2-core machine")
ax.grid(True, which="both", alpha=0.3)
ax.legend(fontsize=8)
fig.tight_layout()
fig.savefig(png, dpi=120)
print("wrote", png, file=sys.stderr)

# The table of BENCHMARKS.md, in Markdown.
def rss_mb(run, key):
    value = next((v for k, v in run.items() if k.startswith(key)), None)
    return f"{value / 1024:.0f}" if value else "?"


lt = {r["run"].split("-")[1]: r for r in runs if r["run"].startswith("languagetool-")}
print("| store (approved events) | draft | checks/s | p50 ms | p99 ms | p50 / LanguageTool p50 | p99 / LanguageTool p99 |")
print("|---|---|---|---|---|---|---|")
for run in runs:
    parts = run["run"].split("-")
    if parts[0] != "factcheck":
        continue
    peer = lt.get(parts[2])
    ratio50 = f"{run['p50_ms'] / peer['p50_ms']:.3g}" if peer else "?"
    ratio99 = f"{run['p99_ms'] / peer['p99_ms']:.3g}" if peer else "?"
    print(f"| {int(parts[1]) + BUNDLED_EVENTS:,} | {parts[2]} words | {run['rps']:.1f} | "
          f"{run['p50_ms']:.1f} | {run['p99_ms']:.1f} | {ratio50} | {ratio99} |")
for words, run in sorted(lt.items()):
    print(f"| LanguageTool | {words} words | {run['rps']:.1f} | {run['p50_ms']:.1f} | {run['p99_ms']:.1f} | 1 | 1 |")
print()
print("| server | store | start-up to ready (s) | RSS when ready (MB) | RSS peak after the runs (MB) |")
print("|---|---|---|---|---|")
after = {r.get("events", "lt"): r for r in runs if r["run"].startswith("after")}
for run in runs:
    if run["run"] == "startup":
        a = after.get(run["events"], {})
        print(f"| factcheck | {run['events'] + BUNDLED_EVENTS:,} events | {run['startup_ms'] / 1000:.1f} | "
              f"{rss_mb(run, 'VmRSS')} | {rss_mb(a, 'VmHWM')} |")
    elif run["run"] == "startup-languagetool":
        a = after.get("lt", {})
        print(f"| LanguageTool | | {run['startup_ms'] / 1000:.1f} | {rss_mb(run, 'VmRSS')} | {rss_mb(a, 'VmHWM')} |")
