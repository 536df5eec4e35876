// Payload checks for rubric_authoring ([{criterion, points, tags}]) and rubric_grading
// ([{criterion_id, met}]) fields.
#include <algorithm>
#include <map>
#include <set>

#include "concord/schema/utf8.h"
#include "json_helpers.h"
#include "payload_check.h"

namespace concord::detail {

namespace {

constexpr std::size_t kMaxCriterionLength = 2000;  // code points
constexpr long long kMaxPoints = 10;

std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n\f\v");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n\f\v");
  return std::string(text.substr(first, last - first + 1));
}

// Returns the trimmed criterion text when it is acceptable (possibly empty in a draft).
std::optional<std::string> checkCriterionText(const Json& raw, const std::string& path, PayloadCheck& check) {
  if (!raw.is_string()) {
    check.fail(path, "must be text (a string), not " + describeType(raw));
    return std::nullopt;
  }
  const auto& text = raw.get_ref<const std::string&>();
  auto length = utf8Length(text);
  if (!length) {
    check.fail(path, "is not valid UTF-8 text");
    return std::nullopt;
  }
  if (*length > kMaxCriterionLength) {
    check.fail(path, "is " + std::to_string(*length) + " characters long; at most " +
                         std::to_string(kMaxCriterionLength) + " are allowed");
    return std::nullopt;
  }
  std::string result = trimmed(text);
  // An empty row is normal while a clinician is still writing; only a submission must be complete.
  if (result.empty() && check.submitted()) {
    check.fail(path, "must not be empty");
    return std::nullopt;
  }
  return result;
}

void checkPoints(const Json& raw, const std::string& path, PayloadCheck& check) {
  auto points = check.wholeInRange(raw, path, -kMaxPoints, kMaxPoints);
  if (points && *points == 0) {
    check.fail(path, "must not be 0: a criterion adds points (1 to 10) or takes them away (-1 to -10)");
  }
}

void checkTags(const FieldSpec& spec, const Json& raw, const std::string& path, PayloadCheck& check) {
  if (!check.expectArray(raw, path, "tags")) return;
  std::map<std::string, std::size_t> seen;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const std::string tagPath = childPointer(path, i);
    const Json& tag = raw[i];
    if (!tag.is_string() || tag.get_ref<const std::string&>().empty()) {
      check.fail(tagPath, "a tag must be a non-empty string");
      continue;
    }
    const auto& text = tag.get_ref<const std::string&>();
    if (!spec.axes.empty() && std::find(spec.axes.begin(), spec.axes.end(), text) == spec.axes.end()) {
      check.fail(tagPath, quoteText(text) + " is not one of this field's axes (" + listQuoted(spec.axes) + ")");
      continue;
    }
    if (!isValidUtf8(text)) {
      check.fail(tagPath, "is not valid UTF-8 text");
      continue;
    }
    auto [at, inserted] = seen.emplace(text, i);
    if (!inserted) check.fail(tagPath, "tag " + quoteText(text) + " is given twice (also tag " + std::to_string(at->second) + ")");
  }
}

void checkCount(const FieldSpec& spec, std::size_t size, const std::string& path, PayloadCheck& check) {
  const double count = static_cast<double>(size);
  if (spec.max && count > *spec.max) {
    check.fail(path, "at most " + formatNumber(*spec.max) + " criteria are allowed, got " + std::to_string(size));
  }
  if (check.submitted() && spec.min && count < *spec.min) {
    check.fail(path, "at least " + formatNumber(*spec.min) + " criteria are needed, got " + std::to_string(size));
  }
}

}  // namespace

void checkRubricAuthoring(const FieldSpec& spec, const Json& value, const std::string& path, PayloadCheck& check) {
  if (!check.expectArray(value, path, "criteria")) return;
  checkCount(spec, value.size(), path, check);
  std::map<std::string, std::size_t> seenTexts;
  for (std::size_t i = 0; i < value.size(); ++i) {
    const std::string entryPath = childPointer(path, i);
    const Json& entry = value[i];
    if (!check.expectObject(entry, entryPath, "a criterion", {"criterion", "points", "tags"})) continue;
    if (const Json* raw = check.requireMember(entry, entryPath, "criterion")) {
      auto text = checkCriterionText(*raw, entryPath + "/criterion", check);
      if (text && !text->empty()) {
        auto [at, inserted] = seenTexts.emplace(*text, i);
        if (!inserted) {
          check.fail(entryPath + "/criterion", "repeats criterion " + std::to_string(at->second));
        }
      }
    }
    if (const Json* raw = check.requireMember(entry, entryPath, "points")) checkPoints(*raw, entryPath + "/points", check);
    auto tags = entry.find("tags");
    if (tags != entry.end()) checkTags(spec, *tags, entryPath + "/tags", check);
  }
}

void checkRubricGrading(const FieldSpec&, const Json& value, const std::string& path, PayloadCheck& check) {
  if (!check.expectArray(value, path, "graded criteria")) return;
  const auto& known = check.context().rubricCriterionIds;
  std::map<std::string, std::size_t> graded;
  for (std::size_t i = 0; i < value.size(); ++i) {
    const std::string entryPath = childPointer(path, i);
    const Json& entry = value[i];
    if (!check.expectObject(entry, entryPath, "a graded criterion", {"criterion_id", "met"})) continue;
    if (const Json* raw = check.requireMember(entry, entryPath, "criterion_id")) {
      if (!raw->is_string()) {
        check.fail(entryPath + "/criterion_id", "must be a string, not " + describeType(*raw));
      } else if (std::find(known.begin(), known.end(), raw->get<std::string>()) == known.end()) {
        check.fail(entryPath + "/criterion_id", quoteText(raw->get<std::string>()) +
                                                    " is not a criterion of this case (criteria: " + listQuoted(known) + ")");
      } else if (auto [at, inserted] = graded.emplace(raw->get<std::string>(), i); !inserted) {
        check.fail(entryPath + "/criterion_id", "criterion " + quoteText(at->first) + " is graded twice (also entry " +
                                                    std::to_string(at->second) + ")");
      }
    }
    if (const Json* raw = check.requireMember(entry, entryPath, "met")) {
      if (!raw->is_boolean()) check.fail(entryPath + "/met", "must be true or false, not " + describeType(*raw));
    }
  }
  if (!check.submitted()) return;
  std::set<std::string> reported;
  for (const auto& id : known) {
    if (graded.count(id) == 0 && reported.insert(id).second) {
      check.fail(path, "criterion " + quoteText(id) + " is not graded; a submission grades every criterion");
    }
  }
}

}  // namespace concord::detail
