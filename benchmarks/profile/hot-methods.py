# Summarizes a JFR recording's execution samples: share of CPU by area (Netty, Jackson,
# Peregrine core, the server adapter, virtual-thread scheduling, socket I/O) and the hottest methods.
# usage: hot-methods.py <jfr tool> <recording.jfr>
import json, subprocess, sys, collections
jfr = sys.argv[2]
out = subprocess.run([sys.argv[1], "print", "--json", "--events", "jdk.ExecutionSample", "--stack-depth", "64", jfr], capture_output=True, text=True).stdout
data = json.loads(out)
events = data["recording"]["events"]
self_c = collections.Counter(); total_c = collections.Counter(); buckets = collections.Counter()
def name(f):
    m = f["method"]; return m["type"]["name"].replace("/", ".") + "." + m["name"]
def bucket(frames):
    names = [name(f) for f in frames]
    for n in names:
        if n.startswith("com.fasterxml.jackson"): return "Jackson (JSON serialization)"
    top = names[0] if names else "?"
    if any(n.startswith("dev.peregrine.") and not n.startswith("dev.peregrine.netty") and not n.startswith("dev.peregrine.benchmarks") for n in names[:12]):
        return "Peregrine core (pipeline, routing, rendering)"
    if top.startswith("java.util.concurrent.ForkJoin") or "VirtualThread" in top or "Continuation" in top or any("VirtualThread" in n or "ForkJoinPool" in n for n in names[:6]):
        return "virtual-thread scheduling"
    if top.startswith("io.netty.channel.epoll") or "Native" in top or top.startswith("sun.nio") or "writev" in top or "sendmsg" in top:
        return "socket I/O (epoll, writes)"
    if top.startswith("io.netty"): return "Netty codec and pipeline"
    if top.startswith("dev.peregrine.netty"): return "peregrine-netty adapter"
    return "other JDK / runtime"
for e in events:
    frames = e["values"]["stackTrace"]["frames"] if e["values"].get("stackTrace") else []
    if not frames: continue
    self_c[name(frames[0])] += 1
    seen=set()
    for f in frames:
        n=name(f)
        if n not in seen: total_c[n]+=1; seen.add(n)
    buckets[bucket(frames)] += 1
n = sum(self_c.values())
print(f"samples: {n}")
print("\nby area:")
for k,v in buckets.most_common(): print(f"  {100*v/n:5.1f}%  {k}")
print("\ntop self methods:")
for k,v in self_c.most_common(15): print(f"  {100*v/n:5.1f}%  {k}")
print("\ntop Peregrine methods (inclusive):")
for k,v in [kv for kv in total_c.most_common(400) if kv[0].startswith("dev.peregrine.") and "benchmarks" not in kv[0]][:15]: print(f"  {100*v/n:5.1f}%  {k}")
