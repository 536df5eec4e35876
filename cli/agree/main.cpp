// concord-agree: agreement statistics over JSONL ratings; all statistics live in concord_core.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "arguments.h"
#include "concord/agreement/agreement_error.h"
#include "jsonl_ratings.h"

int main(int argc, char** argv) {
    using namespace concord;
    std::ios::sync_with_stdio(false);
    cli::AgreeArguments args;
    try {
        args = cli::parseAgreeArguments(std::vector<std::string>(argv + 1, argv + argc));
    } catch (const std::invalid_argument& error) {
        std::cerr << "concord-agree: " << error.what() << "\n" << cli::agreeUsage();
        return 2;
    }
    if (args.help) {
        std::cout << cli::agreeUsage();
        return 0;
    }
    cli::JsonlRatings input;
    try {
        if (args.inputPath.empty()) {
            input = cli::readJsonlRatings(std::cin);
        } else {
            std::ifstream file(args.inputPath);
            if (!file) {
                std::cerr << "concord-agree: cannot open " << args.inputPath << "\n";
                return 1;
            }
            // A rating line is rarely shorter than 40 bytes: enough room without regrowing.
            std::error_code error;
            const auto bytes = std::filesystem::file_size(args.inputPath, error);
            input = cli::readJsonlRatings(file, error ? 0 : static_cast<std::size_t>(bytes / 40));
        }
    } catch (const std::runtime_error& error) {
        std::cerr << "concord-agree: " << error.what() << "\n";
        return 1;
    }
    try {
        std::cout << agreement::summarize(input.ratings, args.summary).dump() << "\n";
    } catch (const agreement::AgreementError& error) {
        std::cerr << "concord-agree: ";
        if (error.ratingIndex()) std::cerr << "line " << input.lineOf[*error.ratingIndex()] << ": ";
        std::cerr << error.what() << "\n";
        return 1;
    }
    return 0;
}
