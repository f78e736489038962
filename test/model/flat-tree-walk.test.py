"""Writes the trees that stress the flattening walk (see flat-tree-walk.test) into the folder given."""
import os
import sys

out = sys.argv[1]


def write(name, text):
    with open(os.path.join(out, name), "w") as f:
        f.write(text)


# Deep nesting: hidden nodes inside hidden nodes, a deep stack.
write("deep.py", "x = " + "(" * 400 + "1" + ")" * 400 + "\n")
write("deep.sh", "echo " + "$(" * 150 + "true" + ")" * 150 + "\n")
write("deep.json", "[" * 500 + "]" * 500 + "\n")
# Long flat lists: tree-sitter balances repetitions into hidden binary trees.
write("long.sh", "".join("rm -f /tmp/f%d # c%d\nif [ -e x%d ]; then echo y; fi\n" % (i, i, i) for i in range(3000)))
write("long.tf", "".join('resource "aws_s3_bucket" "b%d" {\n  # c\n  bucket = "n%d" # c\n  force_destroy = true\n}\n' % (i, i) for i in range(1500)))
write("long.yaml", "".join("k%d: [a, {b: c}, &x%d d, *x%d]  # c\n" % (i, i, i) for i in range(3000)))
# Comments (extras) between a node's fields, and aliased nodes (Python's keyword arguments,
# SQL's identifiers).
write("extras.py", "".join("def f%d(a, # c\n    b=1, *args, **kw):  # c\n    return call(x=a, # c\n      y=[i for i in b if i])\n" % i for i in range(1500)))
write("fields.sql", "".join("SELECT a, /* c */ b FROM t%d -- c\nWHERE a = 1 AND b IN (SELECT c FROM u);\nDROP TABLE IF EXISTS t%d;\n" % (i, i) for i in range(1500)))
# Error recovery: ERROR and MISSING nodes.
write("broken.py", "".join("def f%d(:\n  x = [1, 2\n  if y\n    z = }\n" % i for i in range(1000)))
