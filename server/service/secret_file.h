#pragma once
// The server's pseudonymisation secret: 32 random bytes kept in a 0600 file outside the
// database (created on first use), so patient pseudonyms cannot be recomputed from a dump.
#include <string>

namespace concord::service {

/// Reads the secret at `path`, creating it when absent. Throws std::runtime_error when the file
/// is unreadable, too short, or readable by others.
std::string loadOrCreateSecret(const std::string& path);

}  // namespace concord::service
