#pragma once
// The one JSON representation shared by core, server, exporters and tools.
#include <nlohmann/json.hpp>

namespace concord {
using Json = nlohmann::json;
}
