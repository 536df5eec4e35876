// Blinded presentation of candidate responses; see concord/cases/blinding.h.
#include "concord/cases/blinding.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>

#include "concord/core/hashing.h"

namespace concord {

namespace {

// Pseudo-random 64-bit values from SHA-256 in counter mode over the seed material.
class DigestStream {
 public:
  explicit DigestStream(std::string_view seed) : seed_(seed) {}
  std::uint64_t next() {
    if (offset_ + 8 > block_.size()) {
      block_ = sha256Raw(seed_ + '\0' + std::to_string(counter_++));
      offset_ = 0;
    }
    std::uint64_t value = 0;
    for (int i = 0; i < 8; ++i) value = (value << 8) | static_cast<unsigned char>(block_[offset_++]);
    return value;
  }

 private:
  std::string seed_;
  std::string block_;
  std::size_t offset_ = 0;
  std::uint64_t counter_ = 0;
};

const Json* conversationOf(const Json& content) {
  if (!content.is_object()) throw std::invalid_argument("case content must be an object");
  auto it = content.find("conversation");
  if (it == content.end() || it->is_null()) return nullptr;
  if (!it->is_object()) throw std::invalid_argument("case content: conversation must be an object");
  return &*it;
}

const Json& listMember(const Json& conversation, const char* key) {
  static const Json empty = Json::array();
  auto it = conversation.find(key);
  if (it == conversation.end()) return empty;
  if (!it->is_array()) throw std::invalid_argument(std::string("case content: conversation.") + key + " must be a list");
  return *it;
}

std::string stringMember(const Json& object, const char* key) {
  if (!object.is_object()) throw std::invalid_argument("case content: conversation entries must be objects");
  auto it = object.find(key);
  if (it == object.end() || !it->is_string()) {
    throw std::invalid_argument(std::string("case content: conversation entry without a string ") + key);
  }
  return it->get<std::string>();
}

void requirePermutation(const std::vector<int>& order, std::size_t count) {
  std::vector<int> sorted = order;
  std::sort(sorted.begin(), sorted.end());
  std::vector<int> expected(count);
  std::iota(expected.begin(), expected.end(), 0);
  if (sorted != expected) {
    throw std::invalid_argument("response order must be a permutation of the " + std::to_string(count) +
                                " response indices");
  }
}

}  // namespace

std::string responseLabel(std::size_t position) {
  if (position < 26) return std::string(1, static_cast<char>('A' + position));
  return "R" + std::to_string(position + 1);
}

std::vector<int> responseOrderFor(std::string_view seedMaterial, std::size_t responseCount) {
  std::vector<int> order(responseCount);
  std::iota(order.begin(), order.end(), 0);
  DigestStream random(seedMaterial);
  // Fisher–Yates; the modulo bias of a 64-bit draw over a handful of responses is negligible.
  for (std::size_t i = responseCount; i > 1; --i) {
    const std::size_t j = static_cast<std::size_t>(random.next() % i);
    std::swap(order[i - 1], order[j]);
  }
  return order;
}

Json blindedConversation(const Json& content, const std::vector<int>& order) {
  const Json* conversation = conversationOf(content);
  if (conversation == nullptr) return nullptr;
  const Json& responses = listMember(*conversation, "responses");
  requirePermutation(order, responses.size());
  Json messages = Json::array();
  for (const auto& message : listMember(*conversation, "messages")) {
    // Copy only role and content: anything else stored with a message stays server-side.
    messages.push_back({{"role", stringMember(message, "role")}, {"content", stringMember(message, "content")}});
  }
  Json shown = Json::array();
  for (std::size_t position = 0; position < order.size(); ++position) {
    const Json& response = responses[static_cast<std::size_t>(order[position])];
    shown.push_back({{"label", responseLabel(position)}, {"content", stringMember(response, "content")}});
  }
  return {{"messages", std::move(messages)}, {"responses", std::move(shown)}};
}

Json responseOrderModels(const Json& content, const std::vector<int>& order) {
  const Json* conversation = conversationOf(content);
  const Json& responses = conversation ? listMember(*conversation, "responses") : Json::array();
  requirePermutation(order, responses.size());
  Json models = Json::array();
  for (int index : order) models.push_back(stringMember(responses[static_cast<std::size_t>(index)], "model"));
  return models;
}

}  // namespace concord
