#include "arguments.h"

#include <charconv>
#include <stdexcept>

namespace concord::cli {
namespace {

std::vector<std::string> splitCommas(const std::string& text) {
    std::vector<std::string> parts;
    std::size_t begin = 0;
    while (true) {
        std::size_t comma = text.find(',', begin);
        parts.push_back(text.substr(begin, comma == std::string::npos ? std::string::npos : comma - begin));
        if (comma == std::string::npos) break;
        begin = comma + 1;
    }
    return parts;
}

template <typename Number>
Number parseWhole(const std::string& option, const std::string& text) {
    Number value{};
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || ptr != text.data() + text.size())
        throw std::invalid_argument(option + " needs a whole number, got \"" + text + "\"");
    return value;
}

}  // namespace

const char* agreeUsage() {
    return "usage: concord-agree [--input FILE] [--metric alpha|fleiss|cohen|scott|ac1|percent|span-f1]\n"
           "                     [--level nominal|ordinal|interval|ratio] [--weights none|linear|quadratic]\n"
           "                     [--categories a,b,c] [--bootstrap N --seed S [--minimums 0.667,0.8]]\n"
           "                     [--span-match exact|overlap] [--span-ignore-label]\n"
           "Reads JSONL ratings {\"unit\": id, \"coder\": id, \"value\": string|number|null|[spans]}\n"
           "from FILE or standard input and prints one JSON object.\n";
}

AgreeArguments parseAgreeArguments(const std::vector<std::string>& args) {
    AgreeArguments parsed;
    bool seedGiven = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& option = args[i];
        auto value = [&]() -> const std::string& {
            if (i + 1 >= args.size()) throw std::invalid_argument(option + " needs a value");
            return args[++i];
        };
        if (option == "--help" || option == "-h") {
            parsed.help = true;
        } else if (option == "--input") {
            parsed.inputPath = value();
        } else if (option == "--level") {
            auto level = agreement::parseLevel(value());
            if (!level) throw std::invalid_argument("--level must be nominal, ordinal, interval or ratio");
            parsed.summary.level = *level;
        } else if (option == "--metric") {
            auto metric = agreement::parseMetric(value());
            if (!metric) throw std::invalid_argument("--metric must be alpha, fleiss, cohen, scott, ac1, percent or span-f1");
            parsed.summary.metric = *metric;
        } else if (option == "--weights") {
            auto weights = agreement::parseKappaWeights(value());
            if (!weights) throw std::invalid_argument("--weights must be none, linear or quadratic");
            parsed.summary.weights = *weights;
        } else if (option == "--categories") {
            parsed.summary.categories = splitCommas(value());
        } else if (option == "--bootstrap") {
            parsed.summary.bootstrapResamples = parseWhole<std::size_t>(option, value());
        } else if (option == "--seed") {
            parsed.summary.seed = parseWhole<std::uint64_t>(option, value());
            seedGiven = true;
        } else if (option == "--minimums") {
            parsed.summary.minimums.clear();
            for (const auto& text : splitCommas(value())) {
                double minimum = 0.0;
                auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), minimum);
                if (ec != std::errc{} || ptr != text.data() + text.size() || minimum < -1.0 || minimum > 1.0)
                    throw std::invalid_argument("--minimums needs alpha values between -1 and 1, got \"" + text + "\"");
                parsed.summary.minimums.push_back(minimum);
            }
        } else if (option == "--span-match") {
            const std::string& match = value();
            if (match != "exact" && match != "overlap") throw std::invalid_argument("--span-match must be exact or overlap");
            parsed.summary.spanOverlap = match == "overlap";
        } else if (option == "--span-ignore-label") {
            parsed.summary.spanRequireLabel = false;
        } else {
            throw std::invalid_argument("unknown option " + option);
        }
    }
    if (parsed.summary.weights != agreement::KappaWeights::None && parsed.summary.metric != agreement::Metric::Cohen)
        throw std::invalid_argument("--weights applies only to --metric cohen");
    if (seedGiven && parsed.summary.bootstrapResamples == 0)
        throw std::invalid_argument("--seed applies only with --bootstrap N");
    return parsed;
}

}  // namespace concord::cli
