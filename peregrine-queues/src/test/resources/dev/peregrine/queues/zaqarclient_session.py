"""A session of python-zaqarclient (Zaqar's own v2 client) against the server at argv[1].

Every step asserts what Zaqar would answer; the last line printed is "ok".
"""
import sys

from zaqarclient.queues.v2 import client
from zaqarclient.transport import errors

conf = {'auth_opts': {'backend': 'noauth', 'options': {'os_project_id': 'client-project'}}}
cli = client.Client(sys.argv[1], version=2, conf=conf)

assert cli.ping()
assert cli.health()['storage_reachable'] is True

queue = cli.queue('orders')
queue.ensure_exists(force_create=True)
# NOTE: the client sends a JSON patch: replace for keys the GET shows (reserved defaults
# included), add for new ones, remove for the rest, reserved keys among them.
meta = queue.metadata(new_meta={'color': 'blue', '_default_message_ttl': 300})
assert meta['color'] == 'blue' and meta['_default_message_ttl'] == 300, meta
assert queue.metadata(force_reload=True)['_max_messages_post_size'] == 262144

queue.post([{'body': {'n': i}, 'ttl': 600} for i in range(5)])
listed = list(queue.messages(echo=True))
assert [m.body for m in listed] == [{'n': i} for i in range(5)], [m.body for m in listed]
assert queue.stats['messages']['total'] == 5

claim = queue.claim(ttl=120, grace=60, limit=3)
claimed = list(claim)
assert [m.body for m in claimed] == [{'n': 0}, {'n': 1}, {'n': 2}]
claim.update(ttl=300, grace=60)
claimed[0].delete()
stats = queue.stats['messages']
assert (stats['claimed'], stats['free'], stats['total']) == (2, 2, 4), stats

message = queue.message(listed[4].id)
assert message.body == {'n': 4} and message.ttl == 600
assert [m.body for m in queue.messages(listed[3].id, listed[4].id)] == [{'n': 3}, {'n': 4}]
queue.delete_messages(listed[3].id)
assert [m.body for m in queue.pop(count=5)] == [{'n': 4}]
claim.delete()
assert len(list(queue.claim(limit=10))) == 2

for i in range(12):
    cli.queue('many%02d' % i).ensure_exists(force_create=True)
queues, count = cli.queues(limit=5, with_count=True)
assert count == 13, count
assert len(list(queues.stream())) == 13

stream = cli.queue('stream')
stream.post([{'body': i, 'ttl': 600} for i in range(23)])
assert [m.body for m in stream.messages(echo=True, limit=4).stream()] == list(range(23))

queue.purge()
assert queue.stats['messages']['total'] == 0
queue.delete()
try:
    queue.message(listed[0].id)
    raise AssertionError('a message of a deleted queue was found')
except errors.ResourceNotFound:
    pass
print('ok')
