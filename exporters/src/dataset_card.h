#pragma once
// README.md of an export: a dataset card whose YAML header maps each split to its shard files,
// so dataset loaders that read such headers open the folder as it is.
#include <string>

#include "manifest.h"

namespace concord::exporters {

/// Deterministic: depends only on what the manifest holds outside "created".
std::string datasetCard(const ManifestInput& input);

}  // namespace concord::exporters
