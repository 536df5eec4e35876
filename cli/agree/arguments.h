#pragma once
// Command-line options of concord-agree.
#include <string>
#include <vector>

#include "concord/agreement/summary.h"

namespace concord::cli {

struct AgreeArguments {
    std::string inputPath;  // empty: standard input
    agreement::SummaryOptions summary;
    bool help = false;
};

// Throws std::invalid_argument with a message naming the bad option.
AgreeArguments parseAgreeArguments(const std::vector<std::string>& args);
const char* agreeUsage();

}  // namespace concord::cli
