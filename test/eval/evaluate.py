#!/usr/bin/env python3
"""Labeled evaluation: precision and recall per family on small cases.

Each case is a directory test/eval/Inputs/<family>/<case>/ holding the files to scan and a LABEL
file with `expect: RULE` (the rule must fire somewhere in the case) and `not-expected: RULE` (it must
not). One scan covers every case (each Terraform case is its own module directory). Prints one line
per family and a total, and fails when a family named in --min is below its thresholds.

usage: evaluate.py BLASTRADIUS INPUTS [--min FAMILY=PRECISION,RECALL ...]
"""
import collections
import json
import os
import subprocess
import sys


def main():
    blastradius, inputs = sys.argv[1], sys.argv[2]
    minimums = {}
    args = sys.argv[3:]
    while args:
        if args[0] != '--min' or len(args) < 2:
            sys.exit('usage: evaluate.py BLASTRADIUS INPUTS [--min FAMILY=P,R ...]')
        family, values = args[1].split('=')
        precision, recall = (float(v) for v in values.split(','))
        minimums[family] = (precision, recall)
        args = args[2:]

    command = [blastradius, 'scan', inputs, '--format', 'json', '--jobs', '1']
    config = os.path.join(inputs, '.blastradius.yaml')
    if os.path.exists(config):
        command += ['--config', config]
    run = subprocess.run(command, capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit('scan failed (%d): %s' % (run.returncode, run.stderr))
    report = json.loads(run.stdout)
    fired = collections.defaultdict(set)  # (family, case) -> rules
    root = os.path.realpath(inputs)
    for finding in report['findings']:
        where = os.path.realpath(os.path.join(report.get('sourceRoot', ''), finding['path']))
        parts = os.path.relpath(where, root).split(os.sep)
        if len(parts) >= 3:
            fired[(parts[0], parts[1])].add(finding['ruleId'])

    counts = collections.defaultdict(lambda: [0, 0, 0])  # family -> [tp, fp, fn]
    labels = collections.defaultdict(lambda: [0, 0])  # family -> [expected, not expected]
    misses = []
    for family in sorted(os.listdir(inputs)):
        family_dir = os.path.join(inputs, family)
        if not os.path.isdir(family_dir):
            continue
        for case in sorted(os.listdir(family_dir)):
            label = os.path.join(family_dir, case, 'LABEL')
            if not os.path.exists(label):
                continue
            found = fired[(family, case)]
            for line in open(label):
                kind, _, rule = line.strip().partition(': ')
                if kind in ('expect', 'not-expected'):
                    labels[family][0 if kind == 'expect' else 1] += 1
                if kind == 'expect':
                    if rule in found:
                        counts[family][0] += 1
                    else:
                        counts[family][2] += 1
                        misses.append('missed      %s/%s: %s' % (family, case, rule))
                elif kind == 'not-expected' and rule in found:
                    counts[family][1] += 1
                    misses.append('false alarm %s/%s: %s' % (family, case, rule))

    failed = False
    total = [0, 0, 0]
    print('%-20s %9s %6s %9s %9s' % ('family', 'precision', 'recall', 'expected', 'near-miss'))
    for family in sorted(counts):
        tp, fp, fn = counts[family]
        total = [a + b for a, b in zip(total, counts[family])]
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        print('%-20s %9.2f %6.2f %9d %9d' % (family, precision, recall, labels[family][0], labels[family][1]))
        if family in minimums:
            want_p, want_r = minimums[family]
            if precision < want_p or recall < want_r:
                failed = True
                print('BELOW THRESHOLD: %s wants precision >= %.2f, recall >= %.2f' % (family, want_p, want_r))
    tp, fp, fn = total
    print('%-20s %9.2f %6.2f %9d %9d' % ('all', tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0,
                                          sum(l[0] for l in labels.values()), sum(l[1] for l in labels.values())))
    for line in misses:
        print(line)
    for family in minimums:
        if family not in counts:
            failed = True
            print('NO CASES: %s' % family)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
