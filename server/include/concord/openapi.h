#pragma once
#include <string_view>

namespace concord {
/// docs/openapi.json, compiled in and served at GET /api/v1/openapi.json.
std::string_view openApiDocument();
}
