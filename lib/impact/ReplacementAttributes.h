// Which arguments of which Terraform resource types force a replacement (destroy and create), from
// the providers' own schemas: ReplacementAttributes.def, one row per argument with its source,
// extracted by scripts/extract-force-new.py.
#ifndef BLASTRADIUS_IMPACT_REPLACEMENTATTRIBUTES_H
#define BLASTRADIUS_IMPACT_REPLACEMENTATTRIBUTES_H

#include <string_view>

namespace blastradius::impact {

/// The source of the row for Type.Argument ("hashicorp/terraform-provider-aws
/// internal/service/rds/instance.go: ForceNew"), or empty when changing it does not force a
/// replacement (or the table does not know).
std::string_view replacementSource(std::string_view Type, std::string_view Argument);

/// Whether the table has rows for Type at all.
bool hasReplacementRows(std::string_view Type);

/// Resource types that hold data (a database, a bucket, a volume): losing one is an error.
bool isStatefulTerraformType(std::string_view Type);

} // namespace blastradius::impact

#endif
