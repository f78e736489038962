# lit configuration for every blastradius suite: checks/ (clang-tidy plugin), cli/ (driver
# behaviour), sarif/ (schema and multitool validation), and the annotated samples that live in the
# rule folders (rules/<language>/<id>/), which run as tests named rules/<language>/<id>/<sample>.
import os
import sys

config.name = "blastradius"

# The rule samples' test format lives in a module of its own: lit's worker processes must be able to
# import it by name.
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "utils"))
from rule_samples import ShTestWithRuleSamples  # noqa: E402

# bash, so that RUN lines can check exact exit statuses (`cmd; test $? -eq 1`).
config.test_format = ShTestWithRuleSamples(os.path.join(config.blastradius_src_root, "rules"),
                                            execute_external=True)
config.suffixes = [".test", ".cpp", ".tf", ".sh", ".bash", ".yaml", ".yml", ".json", ".sql", ".Dockerfile"]
config.excludes = ["Inputs", "lit.cfg.py", "lit.site.cfg.py", "CMakeLists.txt", "utils", "node_modules",
                   "package.json", "package-lock.json"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.blastradius_obj_root, "test")

# FileCheck, not, count, split-file come from the same LLVM as clang-tidy.
config.environment["PATH"] = os.pathsep.join([config.llvm_tools_dir, config.environment.get("PATH", "")])
config.environment["PATH"] = os.pathsep.join([config.llvm_tools_dir, os.environ.get("PATH", "")])
for var in ("HOME", "TMPDIR", "LANG"):
    if var in os.environ:
        config.environment[var] = os.environ[var]
# Sanitizer reports must fail the test that triggered them.
config.environment["ASAN_OPTIONS"] = "detect_leaks=1:abort_on_error=1"
config.environment["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1"

utils = os.path.join(config.blastradius_src_root, "test", "utils")
config.substitutions.append(("%blastradius", config.blastradius_bin))
config.substitutions.append(("%clang_tidy_plugin", config.tidy_plugin))
config.substitutions.append(("%clang_tidy", config.clang_tidy))
config.substitutions.append(("%check_clang_tidy",
    "python3 %s --clang-tidy %s --plugin %s" % (os.path.join(utils, "check_clang_tidy.py"),
                                                 config.clang_tidy, config.tidy_plugin)))
config.substitutions.append(("%src_root", config.blastradius_src_root))
config.substitutions.append(("%obj_root", config.blastradius_obj_root))
config.substitutions.append(("%utils", utils))
config.substitutions.append(("%python", "python3"))
config.substitutions.append(("%llvm_version", config.llvm_version))
# The SARIF 2.1.0 schema: the shared copy beside this repository (OASIS, Draft 4) when it is there,
# else the copy the pinned SARIF multitool ships (the same schema in Draft 2020-12), so that a clone
# anywhere validates too.
shared_schema = os.path.join(os.path.dirname(config.blastradius_src_root), "shared", "sarif",
                             "sarif-schema-2.1.0.json")
multitool_schema = os.path.join(os.path.dirname(config.sarif_multitool), "sarif-2.1.0.json")
config.substitutions.append(("%sarif_schema",
                             shared_schema if os.path.exists(shared_schema) else multitool_schema))

# BLASTRADIUS_DOCS_URI (empty by default): whether SARIF rules carry a helpUri.
config.substitutions.append(("%docs_uri", config.docs_uri or "none"))
# BLASTRADIUS_RULES_URI (empty by default): where rule folders are published, for the rules' helpUri.
config.substitutions.append(("%rules_uri", getattr(config, "rules_uri", "") or "none"))
if config.docs_uri:
    config.available_features.add("docs-uri")
if config.tidy_plugin:
    config.available_features.add("clang-tidy-plugin")
# blastradius-clang-tidy and blastradius-clangd (-DBLASTRADIUS_BUILD_EDITOR_BINARIES=ON).
# (first: lit substitutes in order, and %blastradius is a prefix of these names)
config.substitutions.insert(0, ("%blastradius_clang_tidy", config.blastradius_clang_tidy or "false"))
config.substitutions.insert(0, ("%blastradius_clangd", config.blastradius_clangd or "false"))
if config.blastradius_clang_tidy and config.blastradius_clangd:
    config.available_features.add("editor-binaries")
if config.sanitized:
    config.available_features.add("sanitized")
# The libFuzzer targets exist only in a -DBLASTRADIUS_FUZZ=ON build (test/fuzz/).
if getattr(config, "fuzz", False):
    config.available_features.add("fuzz")
config.substitutions.append(("%obj_root", config.blastradius_obj_root))
if os.path.exists(config.sarif_multitool):
    config.available_features.add("sarif-multitool")
