#pragma once
// Deterministic pseudo-random draws for surrogates: a value's replacement depends only on
// (seed, patient, category, real value), never on the order in which values are seen.
#include <cstdint>
#include <string_view>

namespace concord::phi::detail {

/// 64-bit FNV-1a over `data`, continuing from `state`.
std::uint64_t fnv1a(std::uint64_t state, std::string_view data);

/// SplitMix64: a small, well-mixed generator; each call advances the state.
class SplitMix {
 public:
  explicit SplitMix(std::uint64_t state) : state_(state) {}
  std::uint64_t next();
  /// Uniform-enough integer in [0, bound) for the small bounds used here.
  std::uint64_t below(std::uint64_t bound) { return next() % bound; }

 private:
  std::uint64_t state_;
};

}  // namespace concord::phi::detail
