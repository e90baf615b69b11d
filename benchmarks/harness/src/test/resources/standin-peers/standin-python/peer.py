"""A stand-in peer for testing the harness: the contract's six endpoints on Python's own HTTP server."""
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def listing(count):
    return {"messages": [{"id": "msg-%04d" % i, "ttl": 300, "age": i,
                          "body": {"event": "BackupStarted", "backup_id": "backup-%04d" % i, "size": 1024 * i}}
                         for i in range(count)]}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        path, _, query = self.path.partition("?")
        parts = path.split("/")
        if path == "/plaintext":
            self.send(200, "text/plain; charset=utf-8", b"Hello, World!")
        elif path == "/json":
            self.send(200, "application/json", json.dumps({"message": "Hello, World!"}).encode())
        elif path == "/queues/demo/messages":
            self.send(200, "application/json", json.dumps(listing(700 if query == "size=64k" else 11)).encode())
        elif path == "/queues/demo/empty":
            self.send_response(204)
            self.end_headers()
        elif len(parts) == 6 and parts[1] == "repos" and parts[4] == "compare" and "..." in parts[5]:
            a, _, b = parts[5].partition("...")
            self.send(200, "application/json", json.dumps({"org": parts[2], "repo": parts[3], "a": a, "b": b}).encode())
        else:
            self.send(404, "application/json", b'{"title": "404 Not Found"}')

    def send(self, status, content_type, body):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
