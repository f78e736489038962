"""Runs a command with stdout and stderr on a pseudo-terminal and prints what it wrote, with the
carriage returns and escape sequences made visible, so a test can check terminal-only output."""
import os
import pty
import sys

pid, fd = pty.fork()
if pid == 0:
    os.execv(sys.argv[1], sys.argv[1:])
output = b""
while True:
    try:
        chunk = os.read(fd, 4096)
    except OSError:
        break
    if not chunk:
        break
    output += chunk
os.waitpid(pid, 0)
print(output.decode("utf-8", "replace").replace("\r", "<CR>").replace("\x1b", "<ESC>"))
