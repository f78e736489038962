// The coverage formats blastradius reads, each parsed by its own file into ParsedCoverage, and the
// detection that picks one by the content (never by the file name: CI renames them freely).
#ifndef BLASTRADIUS_COVERAGE_COVERAGEFORMATS_H
#define BLASTRADIUS_COVERAGE_COVERAGEFORMATS_H

#include "coverage/CoverageData.h"

#include <string_view>

namespace blastradius::coverage {

enum class CoverageFormat { Unknown, Binary, Lcov, LlvmCovJson, Cobertura };

/// Binary: a NUL byte in the first 64 KiB (.gcda, .profraw, .profdata, archives). Cobertura: the
/// first tag after the XML prolog is <coverage>. llvm-cov JSON: any JSON object (first byte '{'):
/// its "type" and shape are checked by the parser, so that JSON of the wrong shape is reported
/// rather than called an unknown format. LCOV: the first non-blank line is a known LCOV record
/// (TN:, SF:, VER:, ...).
CoverageFormat detectCoverageFormat(std::string_view Text);
const char *formatName(CoverageFormat F);

/// LCOV tracefiles: TN/SF/DA/BRDA/FN/FNDA/FNL/FNA/end_of_record (geninfo, llvm-cov export
/// -format=lcov, coverage.py, kcov). Unknown keys are ignored, as lcov itself does.
void parseLcov(std::string_view Text, ParsedCoverage &Out);
/// `llvm-cov export` JSON (format 2.x): segments become line hits by llvm-cov's own rule.
void parseLlvmCovJson(std::string_view Text, ParsedCoverage &Out);
/// Cobertura XML (coverage.py `coverage xml`, gcovr, JaCoCo converters, many CI tools).
void parseCobertura(std::string_view Text, ParsedCoverage &Out);

/// The 1-based line of byte Offset in Text.
unsigned lineOfOffset(std::string_view Text, size_t Offset);

} // namespace blastradius::coverage

#endif
