"""A small LSP client for the tests: starts a server, frames JSON-RPC messages with Content-Length,
and waits (with a deadline, never forever) for the responses and notifications the test expects.
Used for `blastradius lsp` and for `blastradius-clangd`, as an editor would drive them."""
import json
import os
import queue
import subprocess
import threading
import time


def file_uri(path):
    from urllib.parse import quote
    return "file://" + quote(os.path.abspath(path))


class LspClient:
    def __init__(self, argv, cwd=None, stderr_path=None, env=None):
        self.stderr_file = open(stderr_path, "wb") if stderr_path else subprocess.DEVNULL
        self.proc = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=self.stderr_file, env=env)
        self.messages = queue.Queue()
        self.pending = []
        self.next_id = 1
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self):
        out = self.proc.stdout
        while True:
            headers = {}
            while True:
                line = out.readline()
                if not line:
                    self.messages.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.decode("ascii").partition(":")
                headers[name.strip().lower()] = value.strip()
            body = out.read(int(headers["content-length"]))
            self.messages.put(json.loads(body))

    def send_raw(self, data):
        try:
            self.proc.stdin.write(data)
            self.proc.stdin.flush()
        except BrokenPipeError:
            pass

    def send(self, message):
        body = json.dumps(message).encode("utf-8")
        self.send_raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def request(self, method, params=None):
        ident = self.next_id
        self.next_id += 1
        message = {"jsonrpc": "2.0", "id": ident, "method": method}
        if params is not None:
            message["params"] = params
        self.send(message)
        return ident

    def notify(self, method, params=None):
        message = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            message["params"] = params
        self.send(message)

    def wait_for(self, predicate, timeout=20):
        """The first message (kept or newly read) for which predicate holds; raises on timeout/EOF."""
        for i, message in enumerate(self.pending):
            if predicate(message):
                return self.pending.pop(i)
        deadline = time.time() + timeout
        while True:
            left = deadline - time.time()
            if left <= 0:
                raise TimeoutError("no matching message within %ss" % timeout)
            try:
                message = self.messages.get(timeout=left)
            except queue.Empty:
                raise TimeoutError("no matching message within %ss" % timeout)
            if message is None:
                raise EOFError("the server closed its output")
            if predicate(message):
                return message
            self.pending.append(message)

    def response(self, ident, timeout=20):
        return self.wait_for(lambda m: m.get("id") == ident and "method" not in m, timeout)

    def call(self, method, params=None, timeout=20):
        return self.response(self.request(method, params), timeout)

    def diagnostics(self, uri, timeout=20, version=None):
        def matches(m):
            if m.get("method") != "textDocument/publishDiagnostics" or m["params"]["uri"] != uri:
                return False
            return version is None or m["params"].get("version") == version
        return self.wait_for(matches, timeout)["params"]["diagnostics"]

    def initialize(self, root, capabilities=None):
        result = self.call("initialize", {"processId": os.getpid(), "rootUri": file_uri(root),
                                          "capabilities": capabilities or {}})
        self.notify("initialized", {})
        return result

    def open(self, path, language_id, text=None, version=1):
        if text is None:
            with open(path, encoding="utf-8", errors="surrogateescape") as f:
                text = f.read()
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": file_uri(path), "languageId": language_id, "version": version, "text": text}})
        return file_uri(path)

    def change(self, uri, text, version):
        self.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                               "contentChanges": [{"text": text}]})

    def shutdown(self, timeout=20):
        self.call("shutdown", timeout=timeout)
        self.notify("exit")
        return self.wait_exit(timeout)

    def wait_exit(self, timeout=20):
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            raise


def short(diagnostic):
    """code line:col-line:col severity message: one line a FileCheck test can match."""
    r = diagnostic["range"]
    return "%s %d:%d-%d:%d sev=%d %s" % (diagnostic.get("code"), r["start"]["line"], r["start"]["character"],
                                        r["end"]["line"], r["end"]["character"], diagnostic.get("severity", 0),
                                        diagnostic["message"].splitlines()[0])
