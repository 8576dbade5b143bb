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
print("wrote", png)
