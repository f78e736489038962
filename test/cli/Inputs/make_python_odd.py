"""Writes Python files of odd shapes into a directory: syntax errors, unterminated strings, deep
nesting of expressions and blocks, huge implicit concatenations, an empty file and a 5,000-line file."""
import os
import sys

root = sys.argv[1]
os.makedirs(root, exist_ok=True)


def write(name, text):
    with open(os.path.join(root, name), "w") as out:
        out.write(text)


write("empty.py", "")
write("broken.py", "import shutil, subprocess\ndef f(p:\n    shutil.rmtree(p\n"
      "subprocess.run('rm -rf $X/', shell=True\ntry:\n  os.remove(x)\nexcept:\n")
write("unterminated.py", 'import subprocess\nsubprocess.run("rm -rf $X/*\n, shell=True)\n'
      "subprocess.run('''rm -rf $Y/\n")
write("deep-expression.py", "import shutil\nx = " + "(" * 3000 + "1" + ")" * 3000 + "\n"
      + "shutil.rmtree(" * 400 + "p" + ")" * 400 + "\n")
write("deep-blocks.py", "import shutil\ndef g(p):\n"
      + "".join("    " * (d + 1) + "if a%d:\n" % d for d in range(100)) + "    " * 101 + "shutil.rmtree(p)\n")
write("concatenation.py", "import os\nos.system(" + " ".join('"x%d "' % i for i in range(5000)) + ")\n")
write("escapes.py", 'import subprocess\nsubprocess.run("\\x4\\u12\\N{\\777\\", shell=True)\n'
      'subprocess.run(b"\\xff\\xfe rm -rf $B/", shell=True)\nsubprocess.run(f"{", shell=True)\n'
      "subprocess.run([], shell=True)\nsubprocess.run()\nos.system(*args)\nsubprocess.run([*a, 'x'])\n")
lines = ["import os, shutil, subprocess, boto3", "s3 = boto3.client('s3')"]
for i in range(625):
    lines += ["def f%d(p, q):" % i,
              "    x%d = os.path.join(p, 'a')" % i,
              "    if not x%d:" % i,
              "        return",
              "    try:",
              "        shutil.rmtree(x%d)" % i,
              "    except Exception:",
              "        pass"]
write("big.py", "\n".join(lines) + "\n")
