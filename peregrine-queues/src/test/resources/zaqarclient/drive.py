"""Drives Peregrine Queues with Debian's python3-zaqarclient (the OpenStack Zaqar v2 client).

Usage: python3 drive.py URL PROJECT

Goes through a queue's life the way Zaqar's clients do: create it, patch its metadata, post,
page through the messages by marker, claim, renew, delete with the claim, get, bulk get, bulk
delete, pop, claim with the defaults, release, purge, delete. Prints one line per step,
"name: value", which the test compares with what Zaqar's API promises.
"""
import sys

from zaqarclient.queues.v2 import client


def orders(messages):
    return ",".join(str(message.body["order"]) for message in messages)


def main(url, project):
    conf = {"auth_opts": {"backend": "noauth", "options": {"os_project_id": project}}}
    zaqar = client.Client(url, version=2, conf=conf)
    print("ping:", zaqar.ping())
    print("storage reachable:", zaqar.health()["storage_reachable"])

    queue = zaqar.queue("orders")
    queue.ensure_exists(force_create=True)
    # NOTE: v2's queues() answers the iterator and the count.
    print("listed queues:", ",".join(q.name for q in zaqar.queues()[0]))
    # NOTE: the client patches: "replace" for every key the GET shows, reserved defaults
    # included, "add" for new ones, "remove" for the rest, reserved keys it never stored among them.
    queue.metadata(new_meta={"_default_message_ttl": 600, "team": "billing"})
    metadata = queue.metadata(force_reload=True)
    print("metadata:", metadata["team"], metadata["_default_message_ttl"], metadata["_max_messages_post_size"])

    queue.post([{"body": {"order": n}, "ttl": 300} for n in range(25)])
    print("first page:", orders(queue.messages(echo=True, limit=10)))
    # Page by marker through the whole feed, as an observer does: streaming follows "next".
    listed = list(queue.messages(echo=True, limit=10).stream())
    print("listed:", orders(listed))
    ids = {message.body["order"]: message.id for message in listed}

    claim = queue.claim(ttl=120, grace=60, limit=5)
    claimed = list(claim)
    print("claimed:", orders(claimed))
    claim.update(ttl=300, grace=60)
    print("renewed ttl:", queue.claim(id=claim.id).ttl)
    for message in claimed:
        message.delete()
    stats = queue.stats["messages"]
    print("stats:", stats["total"], stats["claimed"], stats["free"])

    print("got:", queue.message(ids[5]).body["order"])
    print("bulk got:", orders(queue.messages(ids[7], ids[6])))
    queue.delete_messages(ids[6], ids[7])
    print("popped:", orders(queue.pop(count=2)))

    defaults = queue.claim(limit=4)
    print("claimed with defaults:", orders(defaults), queue.claim(id=defaults.id).ttl)
    defaults.delete()
    print("claimed again:", orders(queue.claim(limit=2)))

    print("queue count:", zaqar.queues(with_count=True)[1])
    queue.purge()
    print("total after purge:", queue.stats["messages"]["total"])
    queue.delete()
    print("listed queues after delete:", ",".join(q.name for q in zaqar.queues()[0]))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
