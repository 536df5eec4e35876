#include "jsonl_ratings.h"

#include <string>

namespace concord::cli {
namespace {

[[noreturn]] void fail(std::size_t line, const std::string& problem) {
    throw std::runtime_error("line " + std::to_string(line) + ": " + problem);
}

// Reads the three fields of a rating line with nlohmann's SAX interface, which skips building
// a JSON object per line (most of the cost on a million lines). A list or object value
// (spans, regions) is flagged and the line is parsed again as a whole.
class RatingLineHandler {
public:
    std::string unit, coder;
    Json value;
    bool hasUnit = false, hasCoder = false, hasValue = false, compoundValue = false, topIsObject = false;
    std::string problem;

    bool null() { return scalar(Json(nullptr)); }
    bool boolean(bool b) { return scalar(Json(b)); }
    bool number_integer(Json::number_integer_t n) { return scalar(Json(n)); }
    bool number_unsigned(Json::number_unsigned_t n) { return scalar(Json(n)); }
    bool number_float(Json::number_float_t n, const Json::string_t&) { return scalar(Json(n)); }
    bool string(Json::string_t& s) { return scalar(Json(std::move(s))); }
    bool binary(Json::binary_t&) { return scalar(Json(nullptr)); }
    bool start_object(std::size_t) { return open(true); }
    bool end_object() { return close(); }
    bool start_array(std::size_t) { return open(false); }
    bool end_array() { return close(); }
    bool key(Json::string_t& k) {
        if (depth_ == 1) key_ = std::move(k);
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) {
        problem = "not valid JSON";
        return false;
    }

private:
    bool open(bool isObject) {
        if (depth_ == 0) topIsObject = isObject;
        if (depth_ == 1 && key_ == "value") hasValue = compoundValue = true;
        if (depth_ == 1 && (key_ == "unit" || key_ == "coder")) {
            problem = "\"" + key_ + "\" must be a string or an integer";
            return false;
        }
        ++depth_;
        return true;
    }
    bool close() {
        --depth_;
        return true;
    }
    bool scalar(Json v) {
        if (depth_ != 1) return true;  // inside a compound value, or a bare top-level scalar
        if (key_ == "value") {
            value = std::move(v);
            hasValue = true;
        } else if (key_ == "unit" || key_ == "coder") {
            std::string& target = key_ == "unit" ? unit : coder;
            if (v.is_string()) target = v.get_ref<const std::string&>();
            else if (v.is_number_integer()) target = v.dump();
            else {
                problem = "\"" + key_ + "\" must be a string or an integer";
                return false;
            }
            (key_ == "unit" ? hasUnit : hasCoder) = true;
        }
        return true;
    }

    int depth_ = 0;
    std::string key_;
};

}  // namespace

JsonlRatings readJsonlRatings(std::istream& in, std::size_t expectedLines) {
    JsonlRatings result;
    result.ratings.reserve(expectedLines);
    result.lineOf.reserve(expectedLines);
    std::string text;
    std::size_t line = 0;
    while (std::getline(in, text)) {
        ++line;
        if (text.find_first_not_of(" \t\r") == std::string::npos) continue;
        RatingLineHandler handler;
        if (!Json::sax_parse(text, &handler)) fail(line, handler.problem.empty() ? "not valid JSON" : handler.problem);
        if (!handler.topIsObject) fail(line, "not a JSON object");
        if (!handler.hasUnit) fail(line, "missing \"unit\"");
        if (!handler.hasCoder) fail(line, "missing \"coder\"");
        if (!handler.hasValue) fail(line, "missing \"value\"");
        if (handler.compoundValue) handler.value = Json::parse(text).at("value");
        result.ratings.emplace_back(std::move(handler.unit), std::move(handler.coder), std::move(handler.value));
        result.lineOf.push_back(line);
    }
    return result;
}

}  // namespace concord::cli
