"""A SOCKS5 proxy on the loopback, for the tests: no authentication, CONNECT
only, each connection relayed by two threads. It records where each client
asked to go."""

import socket
import socketserver
import struct
import threading


class SocksProxy:
    def __init__(self):
        self.targets = []  # (host, port) of each CONNECT, in order
        self.server = _Server(("127.0.0.1", 0), _Handler)
        self.server.proxy = self
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self):
        host, port = self.server.server_address
        return f"socks5://{host}:{port}"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


class _Handler(socketserver.BaseRequestHandler):
    def handle(self):
        client = self.request
        _, methods = read(client, 2)
        read(client, methods)
        client.sendall(b"\x05\x00")  # version 5, no authentication
        _, command, _, kind = read(client, 4)
        if kind == 1:
            host = socket.inet_ntoa(read(client, 4))
        elif kind == 3:
            host = read(client, read(client, 1)[0]).decode()
        else:
            host = socket.inet_ntop(socket.AF_INET6, read(client, 16))
        (port,) = struct.unpack("!H", read(client, 2))
        if command != 1:  # CONNECT is all a client of this plugin asks
            client.sendall(b"\x05\x07\x00\x01" + bytes(6))
            return
        self.server.proxy.targets.append((host, port))
        with socket.create_connection((host, port)) as upstream:
            client.sendall(b"\x05\x00\x00\x01" + bytes(6))  # granted
            back = threading.Thread(target=relay, args=(upstream, client))
            back.start()
            relay(client, upstream)
            back.join()


def read(sock, size):
    data = b""
    while len(data) < size:
        piece = sock.recv(size - len(data))
        if not piece:
            raise ConnectionError("the client hung up")
        data += piece
    return data


def relay(source, sink):
    try:
        while data := source.recv(65536):
            sink.sendall(data)
    except OSError:
        pass  # either side hung up
    finally:
        try:
            sink.shutdown(socket.SHUT_WR)
        except OSError:
            pass
