// Payload checks for preference fields: {choice: "A"|"B"|"tie", strength?}. "A" and "B" are the
// responses as shown to this clinician; the assignment records which model each letter meant.
#include "json_helpers.h"
#include "payload_check.h"

namespace concord::detail {

void checkPreference(const FieldSpec& spec, const Json& value, const std::string& path, PayloadCheck& check) {
  if (!check.expectObject(value, path, "a preference", {"choice", "strength"})) return;
  std::string choice;
  if (const Json* raw = check.requireMember(value, path, "choice")) {
    if (raw->is_string() && (*raw == "A" || *raw == "B" || *raw == "tie")) {
      choice = raw->get<std::string>();
    } else {
      check.fail(path + "/choice", "must be \"A\", \"B\" or \"tie\", not " +
                                       (raw->is_string() ? quoteText(raw->get<std::string>()) : describeType(*raw)));
    }
  }
  const auto strength = value.find("strength");
  const bool hasStrength = strength != value.end();
  if (spec.strengthLevels == 0) {
    if (hasStrength) check.fail(path + "/strength", "this field does not ask how strong the preference is");
    return;
  }
  // A tie prefers neither response, so it has no strength to give.
  if (choice == "tie") {
    if (hasStrength) check.fail(path + "/strength", "a tie has no strength; leave it out");
    return;
  }
  if (hasStrength) {
    check.wholeInRange(*strength, path + "/strength", 1, spec.strengthLevels);
  } else if (check.submitted() && !choice.empty()) {
    check.fail(path + "/strength", "is required: how strongly " + choice + " is preferred, from 1 to " +
                                       std::to_string(spec.strengthLevels));
  }
}

}  // namespace concord::detail
