#pragma once
// Levels of measurement for Krippendorff's alpha; each picks the difference function delta².
#include <optional>
#include <string>
#include <string_view>

namespace concord::agreement {

enum class Level { Nominal, Ordinal, Interval, Ratio };

std::optional<Level> parseLevel(std::string_view text);
std::string levelName(Level level);

// Interval and ratio compare numbers; nominal and ordinal compare categories.
inline bool isNumericLevel(Level level) { return level == Level::Interval || level == Level::Ratio; }

}  // namespace concord::agreement
