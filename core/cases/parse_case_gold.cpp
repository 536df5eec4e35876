// The gold answer of an import line. Its meaning is checked later against the project schema;
// here it only has to be storable as jsonb and safe to walk.
#include <utility>
#include <vector>

#include "../schema/json_helpers.h"
#include "case_parts.h"
#include "concord/schema/utf8.h"

namespace concord::detail {

namespace {

constexpr std::size_t kMaxGoldDepth = 32;  // payloads are a few levels deep; this bounds recursion elsewhere

// jsonb refuses U+0000 in strings and keys, and deep nesting only ever means a broken file.
// Walked with an explicit stack so a hostile line cannot exhaust the call stack.
void checkStorable(const Json& root, std::size_t line, const std::string& rootPointer) {
  std::vector<std::pair<const Json*, std::string>> pending{{&root, rootPointer}};
  std::vector<std::size_t> depths{0};
  while (!pending.empty()) {
    auto [node, pointer] = std::move(pending.back());
    const std::size_t depth = depths.back();
    pending.pop_back();
    depths.pop_back();
    if (depth > kMaxGoldDepth) {
      failAt(line, rootPointer, "is nested more than " + std::to_string(kMaxGoldDepth) + " levels deep");
    }
    if (node->is_string()) {
      checkText(node->get_ref<const std::string&>(), {}, line, pointer);
    } else if (node->is_object()) {
      for (auto it = node->begin(); it != node->end(); ++it) {
        const std::string child = childPointer(pointer, it.key());
        checkText(it.key(), {}, line, child);
        pending.emplace_back(&it.value(), child);
        depths.push_back(depth + 1);
      }
    } else if (node->is_array()) {
      for (std::size_t i = 0; i < node->size(); ++i) {
        pending.emplace_back(&(*node)[i], childPointer(pointer, i));
        depths.push_back(depth + 1);
      }
    } else if (node->is_number_float() && !finiteNumber(*node)) {
      failAt(line, pointer, "must be a finite number");
    }
  }
}

}  // namespace

std::optional<Json> readGoldAnswer(const CaseObjectReader& line, bool isGold) {
  const Json* value = line.find("gold_answer");
  if (value == nullptr || value->is_null()) {
    if (isGold) line.fail("gold_answer", "is required for a gold case (is_gold is true)");
    return std::nullopt;
  }
  if (!isGold) line.fail("gold_answer", "is given but is_gold is not true; mark the case as gold or drop the answer");
  if (!value->is_object()) {
    line.fail("gold_answer", "must be an annotation object keyed by field id, not " + describeType(*value));
  }
  checkStorable(*value, line.line(), line.pointerOf("gold_answer"));
  return *value;
}

}  // namespace concord::detail
