#include "flat_word_table.h"

namespace concord::phi::detail {

namespace {

std::vector<std::pair<std::string_view, std::uint32_t>> asSet(std::span<const std::string_view> words) {
  std::vector<std::pair<std::string_view, std::uint32_t>> entries;
  entries.reserve(words.size());
  for (std::string_view word : words) entries.emplace_back(word, 1);
  return entries;
}

}  // namespace

FlatWordTable::FlatWordTable(std::span<const std::string_view> words) : FlatWordTable(asSet(words)) {}

FlatWordTable::FlatWordTable(const std::vector<std::pair<std::string_view, std::uint32_t>>& entries) {
  // At most a quarter full, so a miss (most tokens are not in the table) ends after a probe or two.
  std::size_t capacity = 16;
  while (capacity < entries.size() * 4) capacity *= 2;
  slots_.resize(capacity);
  mask_ = capacity - 1;
  for (const auto& [word, bits] : entries) {
    static constexpr char kEmpty[] = "";
    const std::uint64_t h = hashOf(word);
    std::size_t i = h & mask_;
    while (slots_[i].data != nullptr) i = (i + 1) & mask_;
    // An empty word still needs a non-null pointer: null marks a free slot.
    slots_[i] = {h, word.empty() ? kEmpty : word.data(), static_cast<std::uint32_t>(word.size()), bits};
    ++count_;
  }
}

}  // namespace concord::phi::detail
