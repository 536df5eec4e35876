#include "concord/agreement/level.h"

namespace concord::agreement {

std::optional<Level> parseLevel(std::string_view text) {
    if (text == "nominal") return Level::Nominal;
    if (text == "ordinal") return Level::Ordinal;
    if (text == "interval") return Level::Interval;
    if (text == "ratio") return Level::Ratio;
    return std::nullopt;
}

std::string levelName(Level level) {
    switch (level) {
    case Level::Nominal: return "nominal";
    case Level::Ordinal: return "ordinal";
    case Level::Interval: return "interval";
    case Level::Ratio: return "ratio";
    }
    return "nominal";
}

}  // namespace concord::agreement
