#include "surrogate_random.h"

namespace concord::phi::detail {

std::uint64_t fnv1a(std::uint64_t state, std::string_view data) {
  for (unsigned char c : data) {
    state ^= c;
    state *= 0x100000001b3ULL;
  }
  return state;
}

std::uint64_t SplitMix::next() {
  std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

}  // namespace concord::phi::detail
