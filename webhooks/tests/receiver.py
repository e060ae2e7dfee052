"""A real HTTP receiver on a free local port, for webhook tests; no outside host is called."""

import http.server
import socket
import threading


class Receiver:
    """Answers 500 to the first ``failures`` requests and 204 afterwards, recording each."""

    def __init__(self, failures=0):
        self.failures = failures
        self.requests = []
        self.lock = threading.Lock()
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                with receiver.lock:
                    accepted = len(receiver.requests) >= receiver.failures
                    receiver.requests.append(
                        {
                            "headers": {k.lower(): v for k, v in self.headers.items()},
                            "body": body,
                            "accepted": accepted,
                        }
                    )
                self.send_response(204 if accepted else 500)
                self.end_headers()

            def log_message(self, format, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self):
        host, port = self.server.server_address
        return f"http://{host}:{port}/hooks"

    @property
    def acknowledged(self):
        return [request for request in self.requests if request["accepted"]]

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def unreachable_url():
    """An address on which nothing listens: a free port, closed again at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/hooks"
