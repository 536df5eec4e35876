// Payload checks for spans fields: [{start, end, label}] with code-point offsets into the note.
#include <algorithm>
#include <tuple>
#include <map>

#include "json_helpers.h"
#include "payload_check.h"

namespace concord::detail {

namespace {

struct CheckedSpan {
  long long start;
  long long end;
  std::size_t index;
};

// Spans of one label that overlap are almost always a double click or a slip of the mouse, and
// they make span-level agreement ambiguous, so they are refused (different labels may nest).
void checkOverlaps(std::map<std::string, std::vector<CheckedSpan>>& byLabel, const std::string& path,
                   PayloadCheck& check) {
  for (auto& [label, spans] : byLabel) {
    std::sort(spans.begin(), spans.end(), [](const CheckedSpan& a, const CheckedSpan& b) {
      return std::tie(a.start, a.end, a.index) < std::tie(b.start, b.end, b.index);
    });
    const CheckedSpan* reaching = nullptr;  // the earlier span that reaches furthest right
    for (const auto& span : spans) {
      if (reaching != nullptr && span.start < reaching->end) {
        const bool identical = span.start == reaching->start && span.end == reaching->end;
        check.fail(childPointer(path, span.index),
                   std::string(identical ? "duplicates" : "overlaps") + " span " + std::to_string(reaching->index) +
                       " with the same label " + quoteText(label));
      }
      if (reaching == nullptr || span.end > reaching->end) reaching = &span;
    }
  }
}

// A code-point offset into the note: 0 ≤ offset ≤ note length.
std::optional<long long> readOffset(const Json& raw, const std::string& path, PayloadCheck& check) {
  auto offset = wholeNumber(raw);
  if (!offset) {
    check.fail(path, "must be a whole number (a character offset into the note), not " +
                         (raw.is_number() ? formatNumber(raw.get<double>()) : describeType(raw)));
    return std::nullopt;
  }
  if (*offset < 0) {
    check.fail(path, "must not be negative, got " + std::to_string(*offset));
    return std::nullopt;
  }
  const auto& textLength = check.context().textLength;
  if (textLength && *offset > static_cast<long long>(*textLength)) {
    check.fail(path, std::to_string(*offset) + " is past the end of the note, which is " +
                         std::to_string(*textLength) + " characters long");
    return std::nullopt;
  }
  return offset;
}

}  // namespace

void checkSpans(const FieldSpec& spec, const Json& value, const std::string& path, PayloadCheck& check) {
  if (!check.expectArray(value, path, "spans")) return;
  std::map<std::string, std::vector<CheckedSpan>> byLabel;
  for (std::size_t i = 0; i < value.size(); ++i) {
    const std::string spanPath = childPointer(path, i);
    const Json& span = value[i];
    if (!check.expectObject(span, spanPath, "a span", {"start", "end", "label"})) continue;
    std::optional<long long> start;
    std::optional<long long> end;
    bool labelOk = false;
    if (const Json* raw = check.requireMember(span, spanPath, "start")) {
      start = readOffset(*raw, spanPath + "/start", check);
    }
    if (const Json* raw = check.requireMember(span, spanPath, "end")) {
      end = readOffset(*raw, spanPath + "/end", check);
    }
    if (const Json* raw = check.requireMember(span, spanPath, "label")) {
      labelOk = check.expectTextOption(spec, *raw, spanPath + "/label", "span label");
    }
    if (start && end && *start >= *end) {
      check.fail(spanPath + "/end", "must be greater than start (" + std::to_string(*start) + "), not " +
                                        std::to_string(*end));
      continue;
    }
    if (start && end && labelOk) byLabel[span["label"].get<std::string>()].push_back({*start, *end, i});
  }
  checkOverlaps(byLabel, path, check);
}

}  // namespace concord::detail
