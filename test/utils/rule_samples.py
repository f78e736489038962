"""lit test format for the blastradius suite: ShTest, plus the annotated samples of the rule folders.

Samples live beside their rule (rules/<language>/<id>/), outside test/; this format adds them to the
suite as tests named rules/<language>/<id>/<sample>, so `lit build/test` runs them with the rest.
"""
import os

import lit.formats
import lit.Test


class RuleSampleTest(lit.Test.Test):
    """A test whose file lives outside the suite's source tree (lit's ShTest reads getSourcePath())."""

    def getSourcePath(self):
        return self.file_path


class ShTestWithRuleSamples(lit.formats.ShTest):
    """ShTest, plus: at the suite's root, every sample in the source tree's rule folders.

    A sample is any file of a rule folder (one holding rule.yaml) but rule.yaml, README.md, the
    query (*.scm) and files under Inputs/; each carries its own RUN line (`%blastradius test %s`).
    """

    def __init__(self, rules_root, execute_external=False):
        super().__init__(execute_external=execute_external)
        self.rules_root = rules_root

    def getTestsInDirectory(self, testSuite, path_in_suite, litConfig, localConfig):
        yield from super().getTestsInDirectory(testSuite, path_in_suite, litConfig, localConfig)
        if path_in_suite:
            return
        rules_root = self.rules_root
        for folder, dirs, files in os.walk(rules_root):
            dirs[:] = sorted(d for d in dirs if d != "Inputs")
            rule_folder = folder
            while rule_folder != rules_root and not os.path.isfile(os.path.join(rule_folder, "rule.yaml")):
                rule_folder = os.path.dirname(rule_folder)
            if rule_folder == rules_root:
                continue
            for name in sorted(files):
                if folder == rule_folder and (name in ("rule.yaml", "README.md") or name.endswith(".scm")):
                    continue
                path = os.path.join(folder, name)
                parts = ("rules",) + tuple(os.path.relpath(path, rules_root).split(os.sep))
                yield RuleSampleTest(testSuite, parts, localConfig, file_path=path)
