// Times encode + Krippendorff's alpha in memory, without JSON parsing, in CPU seconds.
//   concord-agree-bench [units=250000] [coders=4] [missing=0.10]
//     generated data: nominal (5 labels) and interval (values to one decimal)
//   concord-agree-bench --input FILE --level LEVEL
//     concord-agree's JSONL input, loaded before the clock starts (to compare with tools
//     that are handed their data in memory)
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "concord/agreement/alpha.h"
#include "concord/agreement/bootstrap.h"

using namespace concord;
using namespace concord::agreement;
using Clock = std::chrono::steady_clock;

namespace {

double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

// CPU time of this process: the "one core" figure, unaffected by other work on the machine.
double cpuSeconds() {
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

std::vector<Rating> generate(int units, int coders, double missing, bool numeric) {
    std::mt19937 random(2024);
    std::uniform_real_distribution<double> unit01(0.0, 1.0);
    std::normal_distribution<double> noise(0.0, 10.0);
    std::vector<Rating> ratings;
    ratings.reserve(static_cast<std::size_t>(units) * coders);
    for (int u = 0; u < units; ++u) {
        const int label = static_cast<int>(unit01(random) * 5);
        const double truth = unit01(random) * 100.0;
        for (int c = 0; c < coders; ++c) {
            Json value = nullptr;
            if (unit01(random) >= missing) {
                if (numeric) value = std::round((truth + noise(random)) * 10.0) / 10.0;
                else value = "label-" + std::to_string(unit01(random) < 0.7 ? label : static_cast<int>(unit01(random) * 5));
            }
            ratings.push_back({"case-" + std::to_string(u), "coder-" + std::to_string(c), std::move(value)});
        }
    }
    return ratings;
}

std::vector<Rating> load(const char* path) {
    std::ifstream in(path);
    std::vector<Rating> ratings;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        Json object = Json::parse(line);
        ratings.push_back({object.at("unit").get<std::string>(), object.at("coder").get<std::string>(), object.at("value")});
    }
    return ratings;
}

int timeFile(const char* path, Level level) {
    const auto ratings = load(path);
    EncodeOptions options;
    options.level = level;
    const auto start = Clock::now();
    const double cpuStart = cpuSeconds();
    const AlphaResult result = krippendorffAlpha(encodeRatings(ratings, options));
    std::printf("{\"alpha\": %.17g, \"seconds\": %.6f, \"wall_seconds\": %.6f, \"ratings\": %zu}\n",
                result.alpha.value_or(-99), cpuSeconds() - cpuStart, secondsSince(start), ratings.size());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc == 5 && std::string(argv[1]) == "--input" && std::string(argv[3]) == "--level") {
        const auto level = parseLevel(argv[4]);
        if (!level) return 2;
        return timeFile(argv[2], *level);
    }
    const int units = argc > 1 ? std::atoi(argv[1]) : 250000;
    const int coders = argc > 2 ? std::atoi(argv[2]) : 4;
    const double missing = argc > 3 ? std::atof(argv[3]) : 0.10;
    std::printf("data: %d units x %d coders = %d ratings, %.0f%% missing\n", units, coders, units * coders, missing * 100);
    for (Level level : {Level::Nominal, Level::Interval}) {
        const auto ratings = generate(units, coders, missing, level == Level::Interval);
        EncodeOptions options;
        options.level = level;
        const auto wallStart = Clock::now();
        double start = cpuSeconds();
        const ReliabilityData data = encodeRatings(ratings, options);
        const double encodeSeconds = cpuSeconds() - start;
        start = cpuSeconds();
        const AlphaResult result = krippendorffAlpha(data);
        const double alphaSeconds = cpuSeconds() - start;
        const double wallSeconds = secondsSince(wallStart);
        BootstrapOptions bootstrap;
        bootstrap.resamples = 1000;
        start = cpuSeconds();
        const auto interval = bootstrapAlpha(data, bootstrap);
        const double bootstrapSeconds = cpuSeconds() - start;
        std::printf("%-8s alpha=%.6f  cpu: encode %.3f s + alpha %.3f s = %.3f s (wall %.3f s)  bootstrap(1000) %.3f s  "
                    "[%.3f, %.3f]  goal < 1 s: %s\n",
                    levelName(level).c_str(), result.alpha.value_or(-99), encodeSeconds, alphaSeconds,
                    encodeSeconds + alphaSeconds, wallSeconds, bootstrapSeconds, interval ? interval->ciLow : 0.0,
                    interval ? interval->ciHigh : 0.0, encodeSeconds + alphaSeconds < 1.0 ? "met" : "NOT met");
    }
    return 0;
}
