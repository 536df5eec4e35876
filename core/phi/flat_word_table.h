#pragma once
// A read-only word → bits table with open addressing, for the one look-up the tokenizer makes
// for every word (name_tables.cpp). std::unordered_map keeps each entry in its own node, so a
// look-up in a table of about 100,000 words costs a bucket read and a node read, each a likely
// cache miss; here the hash, the key and the bits sit together in one slot of a flat array.

#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

namespace concord::phi::detail {

class FlatWordTable {
 public:
  /// Builds the table from distinct words (the views must outlive the table).
  explicit FlatWordTable(const std::vector<std::pair<std::string_view, std::uint32_t>>& entries);
  /// A set: every word of a fixed list (repeats allowed) stored with the bits 1, so that a scanner
  /// asks a long list it consults for every token by one hashed look-up instead of listHas's scan.
  explicit FlatWordTable(std::span<const std::string_view> words);

  /// Whether `word` is in a table built from a list of words (the same answer as listHas).
  bool contains(std::string_view word) const { return find(word) != 0; }

  /// The bits stored for `word`, or 0 when it is not in the table.
  std::uint32_t find(std::string_view word) const {
    const std::uint64_t h = hashOf(word);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.data == nullptr) return 0;
      if (slot.hash == h && slot.size == word.size() && std::string_view(slot.data, slot.size) == word) {
        return slot.bits;
      }
    }
  }

  std::size_t size() const { return count_; }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    const char* data = nullptr;  // nullptr marks an empty slot
    std::uint32_t size = 0;
    std::uint32_t bits = 0;
  };

  // FNV-1a: words are short, and this needs no call into the library.
  static std::uint64_t hashOf(std::string_view word) {
    std::uint64_t h = 14695981039346656037ull;
    for (unsigned char c : word) h = (h ^ c) * 1099511628211ull;
    return h ^ (h >> 29);
  }

  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::size_t count_ = 0;
};

/// A fixed list's words grouped by their last byte, for the questions of endings ("does this word
/// end with one of them?"): a word is compared only with the few that end as it does, not with the
/// whole list. (Empty words are left out.)
class WordsByLastByte {
 public:
  explicit WordsByLastByte(std::span<const std::string_view> words) {
    for (std::string_view word : words) {
      if (!word.empty()) groups_[static_cast<unsigned char>(word.back())].push_back(word);
    }
  }

  /// The words whose last byte is `last`, in the list's order.
  std::span<const std::string_view> endingIn(char last) const { return groups_[static_cast<unsigned char>(last)]; }

 private:
  std::array<std::vector<std::string_view>, 256> groups_;
};

}  // namespace concord::phi::detail
