#include "consensus.h"

#include <algorithm>
#include <map>

namespace concord::exporters {

std::string canonicalKey(const Json& value) { return value.dump(); }

std::string normaliseText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pendingSpace = false;
  for (char ch : text) {
    auto byte = static_cast<unsigned char>(ch);
    if (byte == ' ' || byte == '\t' || byte == '\n' || byte == '\r' || byte == '\f' || byte == '\v') {
      pendingSpace = !out.empty();
      continue;
    }
    if (pendingSpace) out.push_back(' ');
    pendingSpace = false;
    out.push_back(byte >= 'A' && byte <= 'Z' ? static_cast<char>(byte + ('a' - 'A')) : ch);
  }
  return out;
}

Consensus decide(const std::vector<Vote>& votes, const std::optional<Json>& adjudicated,
                 const std::optional<std::string>& adjudicatedKey) {
  Consensus result;
  std::map<std::string, std::size_t> counts;
  for (const auto& vote : votes) ++counts[vote.key];
  result.counts.assign(counts.begin(), counts.end());

  std::size_t best = 0;
  std::size_t bestHolders = 0;
  std::string bestKey;
  for (const auto& [key, count] : counts) {
    if (count > best) {
      best = count;
      bestHolders = 1;
      bestKey = key;
    } else if (count == best) {
      ++bestHolders;
    }
  }
  result.agreement = votes.empty() ? 0.0 : static_cast<double>(best) / static_cast<double>(votes.size());

  if (adjudicated) {
    result.finalAnswer = adjudicated;
    result.resolution = "adjudicated";
    auto found = adjudicatedKey ? counts.find(*adjudicatedKey) : counts.end();
    result.agreeing = found == counts.end() ? 0 : found->second;
    return result;
  }
  if (best == 0 || bestHolders > 1) {
    result.resolution = "unresolved";
    return result;
  }
  for (const auto& vote : votes) {
    if (vote.key == bestKey) {
      result.finalAnswer = vote.value;
      break;
    }
  }
  result.agreeing = best;
  result.resolution = best == votes.size() ? "unanimous" : "majority";
  return result;
}

}  // namespace concord::exporters
