#!/usr/bin/env python3
"""Loopback mock HTTP(S) server for Territoire's tests (feeds, parking, offline tiles).

Started by the C++ helper MockHttpServer (tests/support/MockHttpServer.h) or by hand:

    python3 mock_http_server.py --routes ROUTES.json [--tls-cert C --tls-key K] [--log LOG]

It listens on 127.0.0.1 only, on free ports chosen by the system, and prints one JSON line on
stdout when ready: {"port": N, "tls_port": M or null}. It stops on SIGTERM/SIGINT or when its
standard input is closed.

Route file format (JSON object):

    {
      "base_dir": "/abs/folder",         # where body_file paths are looked up (default: the
                                         # route file's folder)
      "replace": {"https://hubeau.eaufrance.fr": "{base}"},
                                         # text substitutions applied to every body served
      "routes": [
        {
          "path": "/api/v2/x?a=1&b=%2B", # request target to match: path + raw query, still
                                         # percent-encoded, compared byte for byte; for a request
                                         # through a proxy (absolute-form target) the path and
                                         # query of the absolute URL are compared
          "match_query": true,           # false: compare the path only (query ignored)
          "method": "GET",               # default GET
          "times": 1,                    # serve this route at most N times (default: no limit)
          "status": 200,
          "headers": {"Content-Type": "application/json"},
          "body": "text",                # or "body_file": "page-1.json" or "body_json": {...}
          "delay": 0.5,                  # seconds to wait before answering
          "stall_after": 20,             # send headers and only the first N body bytes, then
          "stall_seconds": 120,          # keep the connection open, silent, this long
          "require_proxy_auth": "user:password"
                                         # answer 407 (Proxy-Authenticate: Basic) unless the
                                         # request carries these Proxy-Authorization credentials
        }
      ]
    }

Every answer carries "Connection: close" unless the route sets another Connection header.

Placeholders in bodies, header values and "replace" values: {base} (http://127.0.0.1:PORT),
{port}, {tls_base} (https://127.0.0.1:TLS_PORT) and {tls_port}. The first route that matches
wins; a request that matches none gets 404 with a JSON error. Every request is appended to the
log file as one JSON line: {"method", "target", "host", "tls", "status"}.
"""

import argparse
import base64
import json
import os
import signal
import socket
import ssl
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


class State:
    def __init__(self, routes_path, log_path):
        with open(routes_path, "r", encoding="utf-8") as f:
            self.config = json.load(f)
        self.base_dir = self.config.get("base_dir") or os.path.dirname(os.path.abspath(routes_path))
        self.routes = self.config.get("routes", [])
        self.served = [0] * len(self.routes)
        self.lock = threading.Lock()
        self.log_path = log_path
        self.placeholders = {}

    def fill(self, text):
        for key, value in self.placeholders.items():
            text = text.replace("{" + key + "}", value)
        return text

    def body_for(self, route):
        if "body_file" in route:
            path = route["body_file"]
            if not os.path.isabs(path):
                path = os.path.join(self.base_dir, path)
            with open(path, "rb") as f:
                data = f.read()
        elif "body_json" in route:
            data = json.dumps(route["body_json"]).encode("utf-8")
        else:
            data = route.get("body", "").encode("utf-8")
        replace = self.config.get("replace", {})
        if replace:
            text = data.decode("utf-8", errors="surrogateescape")
            for old, new in replace.items():
                text = text.replace(old, self.fill(new))
            data = text.encode("utf-8", errors="surrogateescape")
        return self.fill(data.decode("utf-8", errors="surrogateescape")).encode(
            "utf-8", errors="surrogateescape")

    def match(self, method, target):
        if target.startswith("http://") or target.startswith("https://"):
            parts = urlsplit(target)
            target = parts.path + ("?" + parts.query if parts.query else "")
        path_only = target.split("?", 1)[0]
        with self.lock:
            for i, route in enumerate(self.routes):
                if route.get("method", "GET") != method:
                    continue
                wanted = route.get("path", "")
                if route.get("match_query", True):
                    ok = wanted == target
                else:
                    ok = wanted.split("?", 1)[0] == path_only
                if not ok:
                    continue
                times = route.get("times")
                if times is not None and self.served[i] >= times:
                    continue
                self.served[i] += 1
                return route
        return None

    def log(self, entry):
        if not self.log_path:
            return
        with self.lock:
            with open(self.log_path, "a", encoding="utf-8") as f:
                f.write(json.dumps(entry) + "\n")


def make_handler(state, is_tls):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, fmt, *args):
            pass

        def log_once(self, status):
            # Logged before the answer is sent, so a client that has its answer finds the
            # request in the log already.
            if getattr(self, "_logged", False):
                return
            self._logged = True
            state.log({"method": self.command, "target": self.path,
                       "host": self.headers.get("Host", ""), "tls": is_tls, "status": status})

        def handle_any(self):
            self._logged = False
            route = state.match(self.command, self.path)
            status = 404
            try:
                if route is None:
                    body = json.dumps({"code": 404, "message": "no mock route for " + self.path}).encode()
                    self.reply(404, {"Content-Type": "application/json"}, body)
                    return
                wanted = route.get("require_proxy_auth")
                if wanted is not None:
                    given = self.headers.get("Proxy-Authorization", "")
                    expected = "Basic " + base64.b64encode(wanted.encode()).decode()
                    if given != expected:
                        status = 407
                        self.reply(407, {"Proxy-Authenticate": 'Basic realm="test-proxy"'},
                                   b'{"message": "proxy authentication required"}')
                        return
                if route.get("delay"):
                    time.sleep(float(route["delay"]))
                status = int(route.get("status", 200))
                headers = {k: state.fill(v) for k, v in route.get("headers", {}).items()}
                body = state.body_for(route)
                if "stall_after" in route:
                    cut = int(route["stall_after"])
                    self.log_once(status)
                    self.send_response(status)
                    for k, v in headers.items():
                        self.send_header(k, v)
                    if "Content-Length" not in headers:
                        self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body[:cut])
                    self.wfile.flush()
                    time.sleep(float(route.get("stall_seconds", 120)))
                    self.close_connection = True
                    return
                self.reply(status, headers, body)
            except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
                pass
            finally:
                self.log_once(status)

        def reply(self, status, headers, body):
            self.log_once(status)
            # One request per connection: simpler to reason about in request logs.
            headers = dict(headers)
            headers.setdefault("Connection", "close")
            self.close_connection = True
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            if "Content-Length" not in headers:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        do_GET = handle_any
        do_HEAD = handle_any
        do_POST = handle_any

    return Handler


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    parser = argparse.ArgumentParser(description="Loopback mock HTTP server for tests")
    parser.add_argument("--routes", required=True)
    parser.add_argument("--log", default="")
    parser.add_argument("--tls-cert", default="")
    parser.add_argument("--tls-key", default="")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()

    state = State(args.routes, args.log)
    http = Server(("127.0.0.1", args.port), make_handler(state, False))
    port = http.server_address[1]
    state.placeholders.update({"base": "http://127.0.0.1:%d" % port, "port": str(port)})
    servers = [http]
    tls_port = None
    if args.tls_cert:
        https = Server(("127.0.0.1", 0), make_handler(state, True))
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.tls_cert, args.tls_key or None)
        https.socket = context.wrap_socket(https.socket, server_side=True)
        tls_port = https.server_address[1]
        state.placeholders.update({"tls_base": "https://127.0.0.1:%d" % tls_port,
                                   "tls_port": str(tls_port)})
        servers.append(https)

    for server in servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())

    def watch_stdin():
        try:
            while sys.stdin.read(1):
                pass
        except (OSError, ValueError):
            pass
        stop.set()

    if not sys.stdin.isatty():
        threading.Thread(target=watch_stdin, daemon=True).start()

    print(json.dumps({"port": port, "tls_port": tls_port}), flush=True)
    stop.wait()
    for server in servers:
        server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
