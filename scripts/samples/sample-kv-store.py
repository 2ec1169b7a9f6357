#!/usr/bin/python3
"""Drover's sample in-memory key-value store, started on the first demo host by ./setup.

Its keys live only in its memory (no file), so after a migration they answer on the target host only if
the memory moved too. Line protocol on TCP (default port 7070, all addresses):
    SET key value | GET key | DEL key | KEYS | COUNT       (one command a line; answers one line)
Try it from the machine:  echo 'GET city:1' | nc -q1 10.213.7.11 7070

    sample-kv-store.py [--port PORT] [--keys N]   (N sample keys to start with, default 1000)
"""
import argparse
import selectors
import socket

parser = argparse.ArgumentParser(description="Drover's sample in-memory key-value store")
parser.add_argument("--port", type=int, default=7070)
parser.add_argument("--keys", type=int, default=1000)
args = parser.parse_args()

store = {"city:%d" % i: "city number %d" % i for i in range(1, args.keys + 1)}
selector = selectors.DefaultSelector()
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("0.0.0.0", args.port))
server.listen(16)
server.setblocking(False)
selector.register(server, selectors.EVENT_READ)
pending = {}


def answer(line):
    words = line.split(" ", 2)
    command = words[0].upper()
    if command == "SET" and len(words) == 3:
        store[words[1]] = words[2]
        return "OK"
    if command == "GET" and len(words) == 2:
        return store.get(words[1], "(nil)")
    if command == "DEL" and len(words) == 2:
        return "1" if store.pop(words[1], None) is not None else "0"
    if command == "KEYS":
        return " ".join(sorted(store)[:100])
    if command == "COUNT":
        return str(len(store))
    return "ERR commands: SET key value, GET key, DEL key, KEYS, COUNT"


while True:
    for key, _ in selector.select():
        if key.fileobj is server:
            conn, _ = server.accept()
            conn.setblocking(False)
            selector.register(conn, selectors.EVENT_READ)
            pending[conn] = b""
            continue
        conn = key.fileobj
        try:
            data = conn.recv(65536)
        except ConnectionError:
            data = b""
        if not data:
            selector.unregister(conn)
            pending.pop(conn, None)
            conn.close()
            continue
        pending[conn] += data
        while b"\n" in pending[conn]:
            line, pending[conn] = pending[conn].split(b"\n", 1)
            reply = answer(line.decode("utf-8", "replace").strip()) + "\n"
            try:
                conn.sendall(reply.encode())
            except (BlockingIOError, ConnectionError):
                pass
