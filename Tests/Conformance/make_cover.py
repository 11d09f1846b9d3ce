#!/usr/bin/env python3
"""Writes a small PNG cover (a two-tone band pattern) for the EPUB checks.

Made from scratch with zlib so the checks need no image library and no
binary test fixture in the repository.
"""
import struct
import sys
import zlib

WIDTH, HEIGHT = 600, 900


def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def main(path):
    rows = bytearray()
    for y in range(HEIGHT):
        rows.append(0)  # no filter
        band = (y // 90) % 2
        for x in range(WIDTH):
            shade = 40 + (x * 120) // WIDTH
            rows += bytes((shade, 60 + 80 * band, 140)) if 120 < y < 780 else bytes((230, 225, 210))
    png = b"\x89PNG\r\n\x1a\n"
    png += chunk(b"IHDR", struct.pack(">IIBBBBB", WIDTH, HEIGHT, 8, 2, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(bytes(rows), 9))
    png += chunk(b"IEND", b"")
    with open(path, "wb") as out:
        out.write(png)


if __name__ == "__main__":
    main(sys.argv[1])
