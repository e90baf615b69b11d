# Summarizes async-profiler's collapsed stacks: share of CPU samples by area (each sample counts
# for the first area in AREAS that one of its frames matches: socket writes and reads with the
# kernel's work under them, connections, thread hand-offs, the Peregrine core, Netty's HTTP codec,
# the server adapter, Jackson) and the hottest methods, self and (for Peregrine) inclusive.
# usage: summarize.py <stacks.collapsed>
import collections
import sys

AREAS = [
    ("Jackson (JSON serialization)", lambda frames: any(f.startswith("com/fasterxml/jackson") for f in frames)),
    ("socket writes (flush: send, writev, kernel)", lambda frames: any(f.startswith("io/netty/channel/AbstractChannel$AbstractUnsafe.flush0") for f in frames)),
    ("socket reads (read, kernel)", lambda frames: any(f.startswith("io/netty/channel/epoll/AbstractEpollChannel.doReadBytes") for f in frames)),
    ("accepting and closing connections", lambda frames: any(
        f.startswith("io/netty/channel/AbstractChannel$AbstractUnsafe.close")
        or f.startswith("io/netty/channel/epoll/AbstractEpollServerChannel$EpollServerSocketUnsafe.epollInReady")
        or f.startswith("io/netty/channel/AbstractChannel$AbstractUnsafe.shutdownOutput")
        for f in frames)),
    ("epoll wait and wake-ups", lambda frames: any(f.startswith("io/netty/channel/epoll/Native.epollWait") for f in frames)),
    ("thread hand-offs (virtual-thread scheduling, pool workers parking and waking)", lambda frames: any(
        "VirtualThread" in f or "ForkJoin" in f or "Continuation" in f or f.startswith("java/util/concurrent/locks/LockSupport")
        or f.startswith("jdk/internal/misc/Unsafe.park") or f.startswith("jdk/internal/misc/Unsafe.unpark")
        for f in frames)),
    ("Peregrine core (routing, pipeline, rendering)", lambda frames: any(
        f.startswith("dev/peregrine/") and not f.startswith("dev/peregrine/netty") and not f.startswith("dev/peregrine/benchmarks")
        for f in frames)),
    ("Netty HTTP decoder", lambda frames: any(f.startswith("io/netty/handler/codec/http/HttpObjectDecoder") for f in frames)),
    ("response encoding (Netty's encoder, or Peregrine's for whole responses)", lambda frames: any(
        f.startswith("io/netty/handler/codec/http/HttpObjectEncoder") or f.startswith("dev/peregrine/netty/internal/WholeResponse")
        for f in frames)),
    ("peregrine-netty adapter (connection, timeouts, outbox)", lambda frames: any(f.startswith("dev/peregrine/netty") for f in frames)),
    ("other Netty (pipeline, buffers, event loop)", lambda frames: any(f.startswith("io/netty") for f in frames)),
]

areas = collections.Counter()
own = collections.Counter()
inclusive = collections.Counter()
total = 0
for line in open(sys.argv[1]):
    stack, count = line.rstrip("\n").rsplit(" ", 1)
    count = int(count)
    frames = stack.split(";")
    total += count
    own[frames[-1]] += count
    for frame in set(frames):
        inclusive[frame] += count
    area = next((name for name, matches in AREAS if matches(frames)), "other (JVM, GC, kernel)")
    areas[area] += count

print(f"samples: {total} (one per millisecond of CPU)")
print("\nby area (first match in this order):")
for name, count in areas.most_common():
    print(f"  {100 * count / total:5.1f}%  {name}")
print("\nhottest methods (self):")
for name, count in own.most_common(20):
    print(f"  {100 * count / total:5.1f}%  {name.replace('/', '.')}")
peregrine = [(n, c) for n, c in inclusive.most_common() if n.startswith("dev/peregrine/") and "/benchmarks/" not in n]
if peregrine:
    print("\nPeregrine methods (inclusive):")
    for name, count in peregrine[:15]:
        print(f"  {100 * count / total:5.1f}%  {name.replace('/', '.')}")
