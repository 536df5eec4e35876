#include "jsonl_ratings.h"

#include <string>

namespace concord::cli {
namespace {

// Ids may be written as strings or numbers; both name the same unit when the text matches.
std::string idText(const Json& object, const char* key, std::size_t line) {
    auto it = object.find(key);
    if (it == object.end()) throw std::runtime_error("line " + std::to_string(line) + ": missing \"" + key + "\"");
    if (it->is_string()) return it->get<std::string>();
    if (it->is_number_integer()) return it->dump();
    throw std::runtime_error("line " + std::to_string(line) + ": \"" + key + "\" must be a string or an integer");
}

}  // namespace

JsonlRatings readJsonlRatings(std::istream& in) {
    JsonlRatings result;
    std::string text;
    std::size_t line = 0;
    while (std::getline(in, text)) {
        ++line;
        if (text.find_first_not_of(" \t\r") == std::string::npos) continue;
        Json object = Json::parse(text, nullptr, false);
        if (object.is_discarded()) throw std::runtime_error("line " + std::to_string(line) + ": not valid JSON");
        if (!object.is_object()) throw std::runtime_error("line " + std::to_string(line) + ": not a JSON object");
        agreement::Rating rating;
        rating.unit = idText(object, "unit", line);
        rating.coder = idText(object, "coder", line);
        auto value = object.find("value");
        if (value == object.end()) throw std::runtime_error("line " + std::to_string(line) + ": missing \"value\"");
        rating.value = std::move(*value);
        result.ratings.push_back(std::move(rating));
        result.lineOf.push_back(line);
    }
    return result;
}

}  // namespace concord::cli
