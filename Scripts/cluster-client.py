#!/usr/bin/env python3
"""Helpers for Scripts/cluster.sh (standard library only).

  freeports N                      print N free TCP ports on 127.0.0.1, one a line
  sessions HOST:PORT N [--parallel K]
                                   open N sessions (HELLO, "no" to the crisis question, the age question, /quit);
                                   print "ok=N failed=N", the failures on stderr; exit 1 on any failure
  loop HOST:PORT STOPFILE OUTFILE [--parallel K] [--pause S]
                                   open sessions until STOPFILE exists, pausing S seconds between
                                   turns so sessions straddle what happens meanwhile; write
                                   "ok=N failed=N" to OUTFILE; exit 1 on any failure
  chat LOG READYFILE -- COMMAND…   run the real chat client COMMAND on a pseudo-terminal (80x24),
                                   copy what it shows to LOG, touch READYFILE once its first
                                   question is on screen, wait (up to 90 s) for the line
                                   "The connection is back", answer the new conversation's first
                                   question ("no", then the age question must follow), quit with Ctrl-D; exit 0 only if all of that happened
  query URL EXPR                   one Prometheus instant query; print "LABELS VALUE" per series
  value URL EXPR                   the value of a query with exactly one series (exit 1 otherwise)
"""
import json
import os
import pty
import re
import select
import signal
import socket
import struct
import sys
import termios
import fcntl
import threading
import time
import urllib.parse
import urllib.request


def fail(message):
    print(f"cluster-client: {message}", file=sys.stderr)
    sys.exit(1)


def address(text):
    host, _, port = text.rpartition(":")
    return host or "127.0.0.1", int(port)


# ---- sessions ---------------------------------------------------------------------------------

class Session:
    """One conversation over the Lotse line protocol."""

    def __init__(self, target, timeout=10.0):
        self.sock = socket.create_connection(target, timeout=timeout)
        self.sock.settimeout(timeout)
        self.buffer = b""

    def turn(self):
        """The lines up to and including WAIT or BYE."""
        lines = []
        while True:
            while b"\n" not in self.buffer:
                chunk = self.sock.recv(65536)
                if not chunk:
                    raise ConnectionError(f"closed after {lines[-3:] if lines else 'nothing'}")
                self.buffer += chunk
            raw, self.buffer = self.buffer.split(b"\n", 1)
            line = raw.decode("utf-8", "replace")
            lines.append(line)
            if line == "WAIT" or line.startswith("BYE"):
                return lines

    def send(self, line):
        self.sock.sendall((line + "\n").encode())

    def close(self):
        self.sock.close()


def one_session(target, pause=0.0):
    """HELLO and a question, an answer and the next question, /quit and BYE quit; None or the error."""
    try:
        session = Session(target)
        try:
            greeting = session.turn()
            if not greeting[0].startswith("HELLO lotse/1 ") or not any(l.startswith("ASK ") for l in greeting):
                return f"unexpected greeting {greeting[:2]}"
            time.sleep(pause)
            session.send("no")  # the crisis question; the age question follows
            answer = session.turn()
            if answer[-1] != "WAIT" or not any(l.startswith("ASK age ") for l in answer):
                return f"unexpected answer to 'no': {answer[-3:]}"
            time.sleep(pause)
            session.send("/quit")
            bye = session.turn()
            if bye[-1] != "BYE quit":
                return f"unexpected end {bye[-2:]}"
            return None
        finally:
            session.close()
    except (OSError, ConnectionError, IndexError) as error:
        return f"{type(error).__name__}: {error}"


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.ok = 0
        self.failures = []

    def add(self, error):
        with self.lock:
            if error is None:
                self.ok += 1
            else:
                self.failures.append(error)

    def line(self):
        return f"ok={self.ok} failed={len(self.failures)}"


def run_workers(parallel, work):
    threads = [threading.Thread(target=work, daemon=True) for _ in range(parallel)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def sessions(argv):
    parallel = option(argv, "--parallel", 4, int)
    target, count = address(argv[0]), int(argv[1])
    tally, left, lock = Tally(), [count], threading.Lock()

    def work():
        while True:
            with lock:
                if left[0] == 0:
                    return
                left[0] -= 1
            tally.add(one_session(target))

    run_workers(min(parallel, count), work)
    for error in tally.failures:
        print(f"  session failed: {error}", file=sys.stderr)
    print(tally.line())
    sys.exit(1 if tally.failures else 0)


def loop(argv):
    parallel = option(argv, "--parallel", 4, int)
    pause = option(argv, "--pause", 0.2, float)
    target, stop, out = address(argv[0]), argv[1], argv[2]
    tally = Tally()

    def work():
        while not os.path.exists(stop):
            tally.add(one_session(target, pause))

    run_workers(parallel, work)
    for error in tally.failures:
        print(f"  session failed: {error}", file=sys.stderr)
    with open(out, "w") as file:
        file.write(tally.line() + "\n")
    sys.exit(1 if tally.failures else 0)


def option(argv, name, default, kind):
    if name in argv:
        index = argv.index(name)
        value = kind(argv[index + 1])
        del argv[index:index + 2]
        return value
    return default


# ---- the chat client on a pseudo-terminal -----------------------------------------------------

ESCAPES = re.compile(rb"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][0-9A-B]|\x1b[=>]|\r")


def chat(argv):
    log_path, ready_path = argv[0], argv[1]
    command = argv[argv.index("--") + 1:]
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update({"TERM": "xterm", "NO_COLOR": "1", "COLUMNS": "80", "LINES": "24"})
        os.execvp(command[0], command)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    shown = b""   # everything the client showed, escape sequences removed
    cursor = 0    # where the next pattern is looked for: after the last one found
    log = open(log_path, "wb")

    def read_until(pattern, seconds):
        nonlocal shown, cursor
        deadline = time.monotonic() + seconds
        while True:
            found = re.search(pattern, shown[cursor:])
            if found:
                cursor += found.end()
                return True
            if time.monotonic() >= deadline:
                return False
            ready, _, _ = select.select([fd], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    return False  # the client exited
                if not chunk:
                    return False
                clean = ESCAPES.sub(b"", chunk)
                log.write(clean)
                log.flush()
                shown += clean

    def finish(status, message):
        if message:
            print(f"cluster-client chat: {message}", file=sys.stderr)
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
        log.close()
        sys.exit(status)

    # The first question of a conversation in English; "no" leads to the age question.
    question = rb"Are you in danger right now"
    if not read_until(question, 60):
        finish(1, "the first question never appeared")
    open(ready_path, "w").close()
    if not read_until(rb"The connection is back. The conversation started over", 90):
        finish(1, "no 'The connection is back' line within 90 s")
    if not read_until(question, 30):
        finish(1, "the new conversation did not ask its first question")
    os.write(fd, b"no\r")
    if not read_until(rb"How old are you", 30):
        finish(1, "the new conversation did not take an answer")
    os.write(fd, b"\x04")  # Ctrl-D: quit
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            read_until(rb"(?!)", 0.3)
            log.close()
            sys.exit(0 if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
                     else fail(f"the chat client exited with status {status}"))
        read_until(rb"(?!)", 0.2)
    finish(1, "the chat client did not exit after Ctrl-D")


# ---- Prometheus -------------------------------------------------------------------------------

def prometheus(url, expression):
    query = urllib.parse.urlencode({"query": expression})
    with urllib.request.urlopen(f"{url}/api/v1/query?{query}", timeout=5) as response:
        body = json.load(response)
    if body.get("status") != "success":
        fail(f"Prometheus answered {body}")
    return body["data"]["result"]


def labels(metric):
    inner = ",".join(f'{k}="{v}"' for k, v in sorted(metric.items()) if k != "__name__")
    return metric.get("__name__", "") + ("{" + inner + "}" if inner else "")


def query(argv):
    for series in prometheus(argv[0], argv[1]):
        print(labels(series["metric"]), series["value"][1])


def value(argv):
    result = prometheus(argv[0], argv[1])
    if len(result) != 1:
        fail(f"{argv[1]} has {len(result)} series")
    print(result[0]["value"][1])


def freeports(argv):
    sockets = []
    for _ in range(int(argv[0])):
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        sockets.append(sock)
    for sock in sockets:
        print(sock.getsockname()[1])
        sock.close()


if __name__ == "__main__":
    commands = {"freeports": freeports, "sessions": sessions, "loop": loop, "chat": chat, "query": query, "value": value}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    commands[sys.argv[1]](sys.argv[2:])
