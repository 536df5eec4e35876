#include "concord/phi/redact.h"

namespace concord::phi {

std::string redact(std::string_view utf8Text, const std::vector<Finding>& byteFindings) {
  std::string out;
  out.reserve(utf8Text.size());
  std::size_t pos = 0;
  for (const Finding& f : byteFindings) {
    if (f.start < pos || f.end > utf8Text.size() || f.end < f.start) continue;  // not sorted/disjoint: skip
    out.append(utf8Text.substr(pos, f.start - pos));
    out.push_back('[');
    for (char c : categoryName(f.category)) out.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c);
    out.push_back(']');
    pos = f.end;
  }
  out.append(utf8Text.substr(pos));
  return out;
}

std::string redactPhi(std::string_view utf8Text) { return redact(utf8Text, detectPhiBytes(utf8Text)); }

}  // namespace concord::phi
