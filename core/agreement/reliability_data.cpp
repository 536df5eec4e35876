#include "concord/agreement/reliability_data.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <unordered_map>

#include "concord/agreement/agreement_error.h"
#include "number_text.h"

namespace concord::agreement {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::string inQuotes(const std::string& text) { return "\"" + text + "\""; }

// Interns strings into dense indices in first-seen order. Input usually lists a unit's
// ratings together, so the previous key is checked before the hash table.
class Interner {
public:
    void reserve(std::size_t count) { map_.reserve(count); }
    std::uint32_t index(const std::string& key, std::vector<std::string>& names) {
        if (last_ != nullptr && *last_ == key) return lastIndex_;
        auto [it, inserted] = map_.try_emplace(key, static_cast<std::uint32_t>(names.size()));
        if (inserted) names.push_back(key);
        last_ = &it->first;  // node-based map: the key's address is stable
        lastIndex_ = it->second;
        return lastIndex_;
    }

private:
    std::unordered_map<std::string, std::uint32_t> map_;
    const std::string* last_ = nullptr;
    std::uint32_t lastIndex_ = 0;
};

// Assigns category codes. Numeric levels key by number (so 3 and "3" and 3.0 agree);
// categorical levels key by text, against the explicit set when one is given.
class CategoryCoder {
public:
    explicit CategoryCoder(const EncodeOptions& options) : options_(options) {
        for (const auto& category : options.categories) {
            if (explicitIndex_.count(category))
                throw AgreementError("category " + inQuotes(category) + " is listed twice");
            explicitIndex_.emplace(category, static_cast<std::uint32_t>(explicitIndex_.size()));
        }
    }

    std::uint32_t codeOf(const Json& value, std::size_t ratingIndex) {
        if (isNumericLevel(options_.level)) return numericCode(value, ratingIndex);
        std::string text;
        try {
            text = categoryText(value);
        } catch (const AgreementError& error) {
            throw AgreementError(error.what(), ratingIndex);
        }
        if (!options_.categories.empty()) {
            auto it = explicitIndex_.find(text);
            if (it == explicitIndex_.end())
                throw AgreementError("value " + inQuotes(text) + " is not one of the categories", ratingIndex);
            return it->second;
        }
        auto [it, inserted] = textIndex_.try_emplace(text, static_cast<std::uint32_t>(seen_.size()));
        if (inserted) seen_.push_back(text);
        return it->second;
    }

    // Final category list and the remapping from provisional codes to ordered codes.
    std::vector<std::uint32_t> finish(ReliabilityData& data) {
        if (isNumericLevel(options_.level)) return finishNumeric(data);
        if (!options_.categories.empty()) {
            data.categories = options_.categories;
            fillNumbers(data);
            std::vector<std::uint32_t> identity(data.categories.size());
            std::iota(identity.begin(), identity.end(), 0u);
            return identity;
        }
        return finishSeenText(data);
    }

private:
    std::uint32_t numericCode(const Json& value, std::size_t ratingIndex) {
        double number = kNaN;
        if (value.is_number()) {
            number = value.get<double>();
        } else if (value.is_string()) {
            auto parsed = detail::parseNumber(value.get_ref<const std::string&>());
            if (parsed) number = *parsed;
        }
        if (std::isnan(number)) {
            throw AgreementError("value " + value.dump() + " is not a number, and the " +
                                     levelName(options_.level) + " level compares numbers",
                                 ratingIndex);
        }
        if (options_.level == Level::Ratio && number < 0)
            throw AgreementError("value " + value.dump() + " is negative, and the ratio level needs values >= 0",
                                 ratingIndex);
        if (number == 0.0) number = 0.0;  // folds -0.0 into 0.0
        auto [it, inserted] = numberIndex_.try_emplace(number, static_cast<std::uint32_t>(seenNumbers_.size()));
        if (inserted) seenNumbers_.push_back(number);
        return it->second;
    }

    std::vector<std::uint32_t> finishNumeric(ReliabilityData& data) {
        std::vector<std::uint32_t> order(seenNumbers_.size());
        std::iota(order.begin(), order.end(), 0u);
        std::sort(order.begin(), order.end(),
                  [&](std::uint32_t a, std::uint32_t b) { return seenNumbers_[a] < seenNumbers_[b]; });
        std::vector<std::uint32_t> remap(order.size());
        for (std::uint32_t position = 0; position < order.size(); ++position) {
            remap[order[position]] = position;
            data.numbers.push_back(seenNumbers_[order[position]]);
            data.categories.push_back(categoryText(Json(seenNumbers_[order[position]])));
        }
        return remap;
    }

    // Without an explicit set: numeric text sorts by number, other text by bytes, so output
    // does not depend on input order. Ordered uses of non-numeric text need the explicit set.
    std::vector<std::uint32_t> finishSeenText(ReliabilityData& data) {
        std::vector<std::optional<double>> numbers;
        bool allNumeric = true;
        for (const auto& text : seen_) {
            numbers.push_back(detail::parseNumber(text));
            allNumeric = allNumeric && numbers.back().has_value();
        }
        bool needsOrder = options_.level == Level::Ordinal || options_.requireOrder;
        if (needsOrder && !allNumeric) {
            throw AgreementError("the values are not all numbers, so their order is unknown: "
                                 "give the ordered category set (--categories)");
        }
        std::vector<std::uint32_t> order(seen_.size());
        std::iota(order.begin(), order.end(), 0u);
        std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
            if (allNumeric && *numbers[a] != *numbers[b]) return *numbers[a] < *numbers[b];
            return seen_[a] < seen_[b];
        });
        std::vector<std::uint32_t> remap(order.size());
        for (std::uint32_t position = 0; position < order.size(); ++position) {
            remap[order[position]] = position;
            data.categories.push_back(seen_[order[position]]);
        }
        fillNumbers(data);
        return remap;
    }

    static void fillNumbers(ReliabilityData& data) {
        data.numbers.clear();
        for (const auto& text : data.categories) data.numbers.push_back(detail::parseNumber(text).value_or(kNaN));
    }

    const EncodeOptions& options_;
    std::unordered_map<std::string, std::uint32_t> explicitIndex_;
    std::unordered_map<std::string, std::uint32_t> textIndex_;
    std::vector<std::string> seen_;
    std::unordered_map<double, std::uint32_t> numberIndex_;
    std::vector<double> seenNumbers_;
};

struct RawRating {
    std::uint32_t unit;
    std::uint32_t coder;
    std::uint32_t code;
    std::size_t source;
};

// Groups ratings by unit with a counting sort (stable, linear), remaps codes to their
// ordered positions and refuses a coder rating one unit twice.
void groupByUnit(const std::vector<RawRating>& raw, const std::vector<std::uint32_t>& remap, ReliabilityData& data) {
    const std::size_t units = data.unitIds.size();
    data.unitStart.assign(units + 1, 0);
    for (const auto& r : raw) ++data.unitStart[r.unit + 1];
    for (std::size_t u = 0; u < units; ++u) data.unitStart[u + 1] += data.unitStart[u];
    std::vector<std::size_t> next(data.unitStart.begin(), data.unitStart.end() - 1);
    data.coderOf.resize(raw.size());
    data.codeOf.resize(raw.size());
    data.sourceIndex.resize(raw.size());
    for (const auto& r : raw) {
        std::size_t at = next[r.unit]++;
        data.coderOf[at] = r.coder;
        data.codeOf[at] = remap[r.code];
        data.sourceIndex[at] = r.source;
    }
    constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
    std::vector<std::size_t> lastUnitOfCoder(data.coderIds.size(), kNone);
    for (std::size_t u = 0; u < units; ++u) {
        for (std::size_t i = data.unitStart[u]; i < data.unitStart[u + 1]; ++i) {
            if (lastUnitOfCoder[data.coderOf[i]] == u) {
                throw AgreementError("coder " + inQuotes(data.coderIds[data.coderOf[i]]) + " rates unit " +
                                         inQuotes(data.unitIds[u]) + " more than once",
                                     data.sourceIndex[i]);
            }
            lastUnitOfCoder[data.coderOf[i]] = u;
        }
    }
}

template <typename Item, typename UnitOf, typename CoderOf, typename ValueOf>
ReliabilityData encodeWith(const std::vector<Item>& items, const EncodeOptions& options, UnitOf unitOf,
                           CoderOf coderOf, ValueOf encodeValue) {
    ReliabilityData data;
    data.level = options.level;
    Interner units;
    Interner coders;
    units.reserve(items.size() / 2);  // most data has two or more ratings per unit
    CategoryCoder coder(options);
    std::vector<RawRating> raw;
    raw.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        std::uint32_t unit = units.index(unitOf(items[i]), data.unitIds);
        std::uint32_t rater = coders.index(coderOf(items[i]), data.coderIds);
        std::optional<std::uint32_t> code = encodeValue(items[i], coder, i);
        if (code) raw.push_back({unit, rater, *code, i});
    }
    auto remap = coder.finish(data);
    groupByUnit(raw, remap, data);
    return data;
}

}  // namespace

std::string categoryText(const Json& value) {
    if (value.is_string()) return value.get<std::string>();
    if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
    if (value.is_number_integer()) return value.dump();
    if (value.is_number_float()) {
        double number = value.get<double>();
        if (std::isfinite(number) && number == std::floor(number) && std::fabs(number) < 1e15)
            return std::to_string(static_cast<long long>(number));
        return value.dump();
    }
    throw AgreementError("value " + value.dump() + " is not a string, number or boolean");
}

ReliabilityData encodeRatings(const std::vector<Rating>& ratings, const EncodeOptions& options) {
    return encodeWith(
        ratings, options, [](const Rating& r) -> const std::string& { return r.unit; },
        [](const Rating& r) -> const std::string& { return r.coder; },
        [](const Rating& r, CategoryCoder& coder, std::size_t index) -> std::optional<std::uint32_t> {
            if (r.value.is_null()) return std::nullopt;
            return coder.codeOf(r.value, index);
        });
}

ReliabilityData encodeTextRatings(const std::vector<TextRating>& ratings, const EncodeOptions& options) {
    return encodeWith(
        ratings, options, [](const TextRating& r) -> const std::string& { return r.unit; },
        [](const TextRating& r) -> const std::string& { return r.coder; },
        [](const TextRating& r, CategoryCoder& coder, std::size_t index) -> std::optional<std::uint32_t> {
            if (r.value.empty()) return std::nullopt;
            return coder.codeOf(Json(r.value), index);
        });
}

}  // namespace concord::agreement
