#!/usr/bin/env python3
"""Local tile server for the offline tests and benchmark (loopback only).

Serves generated PNG tiles for XYZ paths (/tiles/Z/X/Y.png) and WMTS KVP GetTile requests
(/wmts?...TILEMATRIX=Z&TILEROW=Y&TILECOL=X). Prints "PORT n" once listening, then one line
"REQUEST <path>" per request received, so the test process can count them.
"""
import http.server
import struct
import sys
import urllib.parse
import zlib

_cache = {}


def png_tile(z, x, y):
    """A 256x256 RGB PNG whose colour depends on the tile, with a dark 1-pixel border."""
    key = (z, x % 7, y % 5)
    if key in _cache:
        return _cache[key]
    r, g, b = (40 + 30 * (x % 7)) % 256, (60 + 40 * (y % 5)) % 256, (20 * z) % 256
    body = bytes([r, g, b]) * 254
    edge = bytes([30, 30, 30])
    line = b"\x00" + edge + body + edge
    border = b"\x00" + edge * 256
    raw = border + line * 254 + border

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    data = (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", 256, 256, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b""))
    _cache[key] = data
    return data


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        sys.stdout.write("REQUEST %s\n" % self.path)
        sys.stdout.flush()
        url = urllib.parse.urlsplit(self.path)
        tile = None
        try:
            if url.path.startswith("/tiles/"):
                z, x, y = url.path[len("/tiles/"):].rsplit(".", 1)[0].split("/")
                tile = int(z), int(x), int(y)
            elif url.path.startswith("/wmts"):
                q = {k.upper(): v for k, v in urllib.parse.parse_qsl(url.query)}
                matrix = q["TILEMATRIX"].split(":")[-1]
                tile = int(matrix), int(q["TILECOL"]), int(q["TILEROW"])
        except (KeyError, ValueError):
            tile = None
        if tile is None or tile[0] > 20:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        data = png_tile(*tile)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


def main():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    sys.stdout.write("PORT %d\n" % server.server_address[1])
    sys.stdout.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
