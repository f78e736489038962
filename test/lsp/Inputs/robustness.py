"""Hostile and broken clients against `blastradius lsp`: every case prints what came back, and the
server must answer, keep serving and exit when told. Usage: robustness.py BLASTRADIUS DIR CASE"""
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "utils"))
from lsp_client import LspClient, file_uri, short  # noqa: E402

blastradius, root, case = sys.argv[1], sys.argv[2], sys.argv[3]
stderr_path = os.path.join(root, case + ".stderr")
if case == "client-gone":
    # The client stops reading (its end of the server's output is closed): the server's writes fail
    # with EPIPE; it must not die of SIGPIPE, and must leave when its input ends.
    import json
    import subprocess

    def frame(message):
        body = json.dumps(message).encode()
        return b"Content-Length: %d\r\n\r\n" % len(body) + body

    with open(stderr_path, "wb") as err:
        proc = subprocess.Popen([blastradius, "lsp", "--debounce-ms", "0"], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=err)
        proc.stdout.close()
        proc.stdin.write(frame({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}))
        proc.stdin.write(frame({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": file_uri(os.path.join(root, "a.sh")), "languageId": "sh", "version": 1, "text": "rm -rf /\n"}}}))
        proc.stdin.flush()
        time.sleep(0.5)
        proc.stdin.close()
        print("exit status with the output gone:", proc.wait(timeout=20))
    sys.exit(0)
client = LspClient([blastradius, "lsp", "--debounce-ms", "20", "--max-file-size", "100000",
                    "--max-message-size", "1000000"], cwd=root, stderr_path=stderr_path)


def error_of(message):
    return "error %d" % message["error"]["code"] if "error" in message else "result"


def still_serving():
    # A request after the bad input must be answered normally.
    reply = client.call("textDocument/hover", {"textDocument": {"uri": file_uri(os.path.join(root, "x.tf"))},
                                               "position": {"line": 0, "character": 0}})
    print("still serving:", error_of(reply))


if case == "before-initialize":
    print("hover before initialize:", error_of(client.call("textDocument/hover", {})))
    client.initialize(root)
    print("second initialize:", error_of(client.call("initialize", {"capabilities": {}})))
    print("exit status:", client.shutdown())
elif case == "malformed":
    client.initialize(root)
    client.send_raw(b"Content-Length: 9\r\n\r\n{not json")
    print("not json:", error_of(client.wait_for(lambda m: m.get("id") is None and "error" in m)))
    client.send_raw(b"Content-Length: 2\r\n\r\n[]")
    print("array:", error_of(client.wait_for(lambda m: m.get("id") is None and "error" in m)))
    client.send_raw(b"Content-Type: text/plain\r\n\r\n")
    client.send_raw(b"Content-Length: abc\r\n\r\n")
    client.send({"jsonrpc": "2.0", "id": [1], "method": "shutdown"})
    print("bad id:", error_of(client.wait_for(lambda m: m.get("id") is None and "error" in m)))
    print("unknown method:", error_of(client.call("textDocument/definitely-not-a-method", {})))
    print("bad params:", error_of(client.call("textDocument/hover", {"textDocument": 42})))
    print("negative position:", error_of(client.call("textDocument/hover", {
        "textDocument": {"uri": "file:///x"}, "position": {"line": -1, "character": 0}})))
    client.notify("textDocument/didOpen", {"textDocument": {"uri": 7}})
    client.notify("some/unknownNotification", {})
    # Deeply nested JSON: parsed without recursion, rejected as bad parameters.
    deep = b"[" * 100000 + b"]" * 100000
    body = b'{"jsonrpc":"2.0","id":99,"method":"textDocument/hover","params":' + deep + b"}"
    client.send_raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    print("deep nesting:", error_of(client.response(99)))
    # Over the message limit: skipped (logged), the stream stays in sync.
    big = b'{"jsonrpc":"2.0","method":"x","params":"' + b"a" * 2000000 + b'"}'
    client.send_raw(b"Content-Length: %d\r\n\r\n" % len(big) + big)
    still_serving()
    print("after shutdown:", end=" ")
    client.call("shutdown")
    print(error_of(client.call("textDocument/hover", {})))
    client.notify("exit")
    print("exit status:", client.wait_exit())
elif case == "documents":
    client.initialize(root)
    binary = client.open(os.path.join(root, "blob.tf"), "terraform", "resource \x00\x01\x02 {\n")
    for d in client.diagnostics(binary):
        print("binary:", short(d))
    huge = client.open(os.path.join(root, "huge.tf"), "terraform", "# padding\n" * 20000)
    for d in client.diagnostics(huge):
        print("huge:", short(d))
    bad_utf8 = client.open(os.path.join(root, "latin1.sh"), "shellscript",
                           "# caf\udce9\nrm -rf \"$DIR\"/\n".encode("utf-8", "surrogateescape").decode("latin-1"))
    print("latin1 diagnostics:", len(client.diagnostics(bad_utf8)))
    client.notify("textDocument/didOpen", {"textDocument": {"uri": "untitled:Untitled-1", "languageId": "shellscript",
                                                            "version": 1, "text": "rm -rf /\n"}})
    # Incremental changes out of range are clamped, not a crash.
    client.notify("textDocument/didChange", {"textDocument": {"uri": huge, "version": 2}, "contentChanges": [
        {"range": {"start": {"line": 999999, "character": 5}, "end": {"line": 0, "character": 0}}, "text": "x"}]})
    client.diagnostics(huge, version=2)
    still_serving()
    print("exit status:", client.shutdown())
elif case == "eof":
    client.initialize(root)
    client.open(os.path.join(root, "a.sh"), "shellscript", "rm -rf /\n")
    client.proc.stdin.close()
    print("exit status without shutdown:", client.wait_exit(20))
elif case == "exit-without-shutdown":
    client.initialize(root)
    client.notify("exit")
    print("exit status:", client.wait_exit(20))
