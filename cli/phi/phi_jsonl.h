#pragma once
// One JSONL line in, one JSON line out: the whole behaviour of concord-phi except file handling.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace concord::phi::cli {

enum class Mode { Findings, Redact, Surrogate };

struct Options {
  Mode mode = Mode::Findings;
  std::uint64_t seed = 0;
};

/// Processes one input line `{"id": ..., "text": "...", "patient": optional}` and returns the
/// output line (without a newline). Findings mode: `{"id", "findings": [{"start","end","category"}]}`
/// with code-point offsets; redact and surrogate modes: `{"id", "text"}` (and "patient" if given).
/// A malformed line gives `{"id": <id or null>, "error": "..."}` and sets `failed`.
std::string processLine(std::string_view line, const Options& options, bool& failed);

}  // namespace concord::phi::cli
