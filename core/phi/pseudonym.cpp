#include "concord/phi/pseudonym.h"

#include <stdexcept>

#include "concord/core/hashing.h"

namespace concord::phi {

std::string pseudonymizePatientKey(std::string_view secretKey, std::string_view sourceKey) {
  if (secretKey.size() < kMinPseudonymKeyBytes) {
    throw std::invalid_argument("pseudonym secret key must be at least 16 bytes");
  }
  if (sourceKey.empty()) throw std::invalid_argument("patient source key is empty");
  return hmacSha256Hex(secretKey, sourceKey);
}

}  // namespace concord::phi
