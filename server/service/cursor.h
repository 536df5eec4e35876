#pragma once
// Opaque page cursors: every list in the API pages by the last id it returned.
#include <cstdint>
#include <string>

namespace concord::service {

/// The id after which the next page starts (0 for an empty cursor). Throws ServiceError (400)
/// for anything this server did not hand out.
std::int64_t parseIdCursor(const std::string& cursor);

}  // namespace concord::service
