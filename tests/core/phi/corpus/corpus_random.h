#pragma once
// The corpus's own deterministic generator (SplitMix64) and drawing helpers.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace concord::phi::corpus {

class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  /// Integer in [low, high].
  int between(int low, int high) { return low + static_cast<int>(next() % static_cast<std::uint64_t>(high - low + 1)); }
  /// True with probability `p`.
  bool chance(double p) { return static_cast<double>(next() % 1000000) < p * 1000000.0; }
  template <typename T>
  const T& pick(std::span<const T> items) {
    return items[next() % items.size()];
  }
  std::string_view pick(std::span<const std::string_view> items) { return items[next() % items.size()]; }
  std::string digits(int count) {
    std::string s;
    for (int k = 0; k < count; ++k) s.push_back(static_cast<char>('0' + next() % 10));
    return s;
  }
  std::string letters(int count, bool avoidIoq = false) {
    std::string s;
    while (static_cast<int>(s.size()) < count) {
      const char c = static_cast<char>('A' + next() % 26);
      if (avoidIoq && (c == 'I' || c == 'O' || c == 'Q')) continue;
      s.push_back(c);
    }
    return s;
  }

 private:
  std::uint64_t state_;
};

}  // namespace concord::phi::corpus
