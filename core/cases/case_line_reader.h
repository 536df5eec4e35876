#pragma once
// Typed reads of one object of an import line; every problem becomes a CaseImportError naming
// the line and the field. Internal to concord_core.
#include <cstddef>
#include <initializer_list>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

#include "concord/cases/case_record.h"

namespace concord::detail {

/// What a piece of imported text must satisfy besides being valid UTF-8 without U+0000
/// (PostgreSQL text and jsonb cannot store U+0000).
struct TextRule {
  bool required = false;
  bool allowEmpty = true;
  std::size_t maxCodePoints = std::numeric_limits<std::size_t>::max();
  std::size_t maxBytes = std::numeric_limits<std::size_t>::max();
  bool identifier = false;  // no control characters, no spaces at either end
};

class CaseObjectReader {
 public:
  /// Throws unless `object` is a JSON object. `pointer` is its JSON pointer in the line ("" for
  /// the line itself); `what` names it in messages.
  CaseObjectReader(const Json& object, std::size_t line, std::string pointer, std::string_view what);

  std::size_t line() const { return line_; }
  const std::string& pointer() const { return pointer_; }
  std::string pointerOf(std::string_view key) const;
  const Json* find(std::string_view key) const;

  [[noreturn]] void fail(std::string_view key, const std::string& message) const;
  [[noreturn]] void failHere(const std::string& message) const;

  void allowOnly(std::initializer_list<std::string_view> keys) const;
  /// The text member `key` ("" when absent and not required).
  std::string text(std::string_view key, const TextRule& rule) const;
  bool boolean(std::string_view key, bool fallback) const;
  /// The list member `key`, or nullptr when absent.
  const Json* list(std::string_view key) const;

 private:
  const Json& object_;
  std::size_t line_;
  std::string pointer_;
};

/// Throws CaseImportError at `pointer` of `line`.
[[noreturn]] void failAt(std::size_t line, const std::string& pointer, const std::string& message);

/// Checks `text` against `rule` (and UTF-8, U+0000); throws at `pointer`.
void checkText(std::string_view text, const TextRule& rule, std::size_t line, const std::string& pointer);

}  // namespace concord::detail
