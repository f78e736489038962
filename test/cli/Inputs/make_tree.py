"""Writes N small files with one finding each, spread over three directories and three languages."""
import os
import sys

root, count = sys.argv[1], int(sys.argv[2])
templates = [
    ("tf", 'resource "aws_s3_bucket" "b{i}" {{\n  force_destroy = true\n}}\n'),
    ("sh", '#!/bin/bash\nrm -rf "$D{i}/"*\n'),
    ("Dockerfile", "FROM x\nRUN rm -rf $H{i}/\n"),
]
for i in range(count):
    extension, text = templates[i % 3]
    directory = os.path.join(root, "abc"[i % 3])
    os.makedirs(directory, exist_ok=True)
    name = "f%03d.%s" % (i, extension) if extension != "Dockerfile" else "f%03d.Dockerfile" % i
    with open(os.path.join(directory, name), "w") as out:
        out.write(text.format(i=i))
