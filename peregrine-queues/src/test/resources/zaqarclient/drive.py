"""Drives Peregrine Queues with Debian's python3-zaqarclient (the OpenStack Zaqar v2 client).

Usage: python3 drive.py URL PROJECT

Creates a queue, posts messages, pages through them by marker, claims some, deletes them with
their claim, reads the stats, deletes the queue; prints one line per step, "name: value", which
the test compares, and exits 0 only when every step got what Zaqar's API promises.
"""
import sys

from zaqarclient.queues.v2 import client


def main(url, project):
    conf = {"auth_opts": {"backend": "noauth", "options": {"os_project_id": project}}}
    zaqar = client.Client(url, version=2, conf=conf)
    queue = zaqar.queue("orders")
    queue.ensure_exists(force_create=True)
    print("listed queues:", ",".join(q.name for q in zaqar.queues()))
    queue.metadata(new_meta={"_default_message_ttl": 600, "team": "billing"})
    print("metadata team:", queue.metadata(force_reload=True).get("team"))

    queue.post([{"body": {"order": n}, "ttl": 300} for n in range(25)])

    # Page by marker through the whole feed, as an observer does (the client follows "next").
    seen = [message.body["order"] for message in queue.messages(echo=True, limit=10)]
    print("listed:", ",".join(str(n) for n in seen))

    claim = queue.claim(ttl=120, grace=60, limit=5)
    claimed = [message for message in claim]
    print("claimed:", ",".join(str(m.body["order"]) for m in claimed))
    print("claim ttl:", claim.ttl)
    for message in claimed:
        message.delete()

    stats = queue.stats
    print("stats total:", stats["messages"]["total"])
    print("stats claimed:", stats["messages"]["claimed"])

    popped = [message.body["order"] for message in queue.pop(count=2)]
    print("popped:", ",".join(str(n) for n in popped))

    queue.delete()
    print("listed queues after delete:", ",".join(q.name for q in zaqar.queues()))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
