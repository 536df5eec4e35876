#include "concord/core/split.h"

#include <cmath>
#include <cstdint>
#include <stdexcept>

#include "concord/core/hashing.h"

namespace concord {

std::vector<SplitShare> parseSplitSpec(std::string_view spec) {
  std::vector<SplitShare> shares;
  double total = 0;
  std::size_t start = 0;
  while (start <= spec.size()) {
    auto end = spec.find(',', start);
    std::string_view part = spec.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    auto eq = part.find('=');
    if (eq == std::string_view::npos || eq == 0) {
      throw std::invalid_argument("split part '" + std::string(part) + "' must look like name=fraction");
    }
    SplitShare share;
    share.name = std::string(part.substr(0, eq));
    std::string number(part.substr(eq + 1));
    std::size_t used = 0;
    try {
      share.fraction = std::stod(number, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used == 0 || used != number.size() || !(share.fraction > 0) || share.fraction > 1) {
      throw std::invalid_argument("split '" + share.name + "' needs a fraction in (0, 1], got '" + number + "'");
    }
    for (const auto& existing : shares) {
      if (existing.name == share.name) throw std::invalid_argument("split '" + share.name + "' is named twice");
    }
    total += share.fraction;
    shares.push_back(std::move(share));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  if (std::fabs(total - 1.0) > 1e-9) {
    throw std::invalid_argument("split fractions must add up to 1, they add up to " + std::to_string(total));
  }
  return shares;
}

const std::string& assignSplit(const std::vector<SplitShare>& shares, std::string_view salt,
                               std::string_view patientKey) {
  if (shares.empty()) throw std::invalid_argument("no splits given");
  std::string input;
  input.reserve(salt.size() + patientKey.size() + 1);
  input.append(salt).push_back('\0');
  input.append(patientKey);
  std::string digest = sha256Raw(input);
  std::uint64_t top = 0;
  for (int i = 0; i < 8; ++i) top = (top << 8) | static_cast<unsigned char>(digest[static_cast<std::size_t>(i)]);
  // 53 high bits give a uniform double in [0, 1).
  double point = static_cast<double>(top >> 11) * (1.0 / 9007199254740992.0);
  double edge = 0;
  for (const auto& share : shares) {
    edge += share.fraction;
    if (point < edge) return share.name;
  }
  return shares.back().name;
}

}  // namespace concord
