"""Compares the results of a full scan with a merge of its shards, and checks the shards are disjoint."""
import json
import sys


def results(path):
    keys = []
    runs = json.load(open(path))["runs"]
    for run in runs:
        for r in run["results"]:
            loc = r["locations"][0]["physicalLocation"]
            keys.append((r["ruleId"], loc["artifactLocation"]["uri"], loc["region"]["startLine"],
                         loc["region"].get("startColumn"), r["partialFingerprints"]["blastradius/v1"],
                         r["ruleIndex"] is not None and runs[0]["tool"]["driver"]["rules"][r["ruleIndex"]]["id"] == r["ruleId"]))
    return keys


full, merged = sys.argv[1], sys.argv[2]
shards = sys.argv[3:]
print("full == merged:", sorted(results(full)) == sorted(results(merged)))
seen = []
for shard in shards:
    seen += [k[:5] for k in results(shard)]
print("shards disjoint:", len(seen) == len(set(seen)) and sorted(seen) == sorted(k[:5] for k in results(full)))
f = json.load(open(full))["runs"][0]["properties"]["filesAnalysed"]
m = json.load(open(merged))["runs"][0]["properties"]["filesAnalysed"]
print("files analysed: full", f, "merged", m, "equal", f == m)
print("runs in merged:", len(json.load(open(merged))["runs"]))
