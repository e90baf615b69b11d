"""The benchmark peer app on Falcon (Debian's python3-falcon), served by gunicorn and by uwsgi.

The 100 routes of the peer contract: five fixed endpoints, the compare route with two fields in
its last segment, and 94 filler routes ``/api/v1/resource{k}/{id}``. JSON goes through Falcon's
default media handler, serialized per request.
"""

import falcon

HELLO = 'Hello, World!'
SMALL_COUNT = 11
LARGE_COUNT = 700
FILLER_ROUTES = 94


def queue_listing(count):
    """The event-queue listing of Falcon's own benchmarks: about 1 KiB of JSON for 11 messages."""
    return {
        'messages': [
            {
                'id': 'msg-%04d' % i,
                'ttl': 300,
                'age': i,
                'body': {'event': 'BackupStarted', 'backup_id': 'backup-%04d' % i, 'size': 1024 * i},
            }
            for i in range(count)
        ]
    }


class PlainTextResource:
    def on_get(self, req, resp):
        resp.content_type = falcon.MEDIA_TEXT
        resp.text = HELLO


class JsonResource:
    def on_get(self, req, resp):
        resp.media = {'message': HELLO}


class MessagesResource:
    def on_get(self, req, resp):
        resp.media = queue_listing(LARGE_COUNT if req.get_param('size') == '64k' else SMALL_COUNT)


class EmptyResource:
    def on_get(self, req, resp):
        resp.status = falcon.HTTP_204


class CompareResource:
    def on_get(self, req, resp, org, repo, a, b):
        resp.media = {'org': org, 'repo': repo, 'a': a, 'b': b}


class FillerResource:
    def __init__(self, k):
        self.k = k

    def on_get(self, req, resp, id):
        resp.media = {'resource': self.k, 'id': id}


def create_app():
    """A new app with the peer contract's 100 routes."""
    app = falcon.App()
    app.add_route('/plaintext', PlainTextResource())
    app.add_route('/json', JsonResource())
    app.add_route('/queues/demo/messages', MessagesResource())
    app.add_route('/queues/demo/empty', EmptyResource())
    app.add_route('/repos/{org}/{repo}/compare/{a}...{b}', CompareResource())
    for k in range(FILLER_ROUTES):
        app.add_route('/api/v1/resource%d/{id}' % k, FillerResource(k))
    return app


app = create_app()
