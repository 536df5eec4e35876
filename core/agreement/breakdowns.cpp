#include "concord/agreement/breakdowns.h"

#include <cmath>
#include <map>

#include "concord/agreement/alpha.h"
#include "concord/agreement/kappa.h"
#include "difference.h"
#include "json_figures.h"

namespace concord::agreement {
namespace {

using detail::orNull;

void putAlpha(Json& out, const AlphaResult& alpha) {
    out["alpha"] = orNull(alpha.alpha);
    if (!alpha.alpha) out["undefined_reason"] = alpha.undefinedReason;
}

// Copies units into a new ReliabilityData that keeps the categories (and so the codes).
class DataBuilder {
public:
    explicit DataBuilder(const ReliabilityData& source, std::vector<std::string> coders) {
        data_.level = source.level;
        data_.categories = source.categories;
        data_.numbers = source.numbers;
        data_.coderIds = std::move(coders);
        data_.unitStart.push_back(0);
    }
    void addUnit(const std::string& id) {
        data_.unitIds.push_back(id);
        data_.unitStart.push_back(data_.codeOf.size());
    }
    void addValue(std::uint32_t coder, std::uint32_t code, std::size_t source) {
        data_.coderOf.push_back(coder);
        data_.codeOf.push_back(code);
        data_.sourceIndex.push_back(source);
        data_.unitStart.back() = data_.codeOf.size();
    }
    ReliabilityData take() { return std::move(data_); }

private:
    ReliabilityData data_;
};

}  // namespace

std::unordered_map<std::string, UnitMetadata> collectUnitMetadata(const std::vector<Rating>& ratings) {
    std::unordered_map<std::string, UnitMetadata> metadata;
    for (const auto& r : ratings) {
        UnitMetadata& m = metadata[r.unit];
        if (m.specialty.empty()) m.specialty = r.specialty;
        m.isGold = m.isGold || r.isGold;
        if (m.gold.is_null()) m.gold = r.goldValue;
        if (m.adjudicated.is_null()) m.adjudicated = r.adjudicatedValue;
    }
    return metadata;
}

ReliabilityData subsetUnits(const ReliabilityData& data, const std::vector<char>& keep) {
    DataBuilder builder(data, data.coderIds);
    for (std::size_t u = 0; u < data.unitCount(); ++u) {
        if (!keep[u]) continue;
        builder.addUnit(data.unitIds[u]);
        for (std::size_t i = data.unitStart[u]; i < data.unitStart[u + 1]; ++i)
            builder.addValue(data.coderOf[i], data.codeOf[i], data.sourceIndex[i]);
    }
    return builder.take();
}

Json perLabelBreakdown(const ReliabilityData& data) {
    Json out = Json::array();
    if (isNumericLevel(data.level)) return out;
    std::size_t values = 0;
    std::size_t units = 0;
    const std::vector<double> totals = detail::pairableTotals(data, values, units);
    for (std::uint32_t label = 0; label < data.categories.size(); ++label) {
        // The label against the rest is nominal data with two categories: 0 rest, 1 label.
        ReliabilityData binary = data;
        binary.level = Level::Nominal;
        binary.categories = {"other", data.categories[label]};
        binary.numbers = {0.0, 1.0};
        for (auto& code : binary.codeOf) code = code == label ? 1u : 0u;
        Json entry = {{"label", data.categories[label]},
                      {"prevalence", values ? totals[label] / static_cast<double>(values) : 0.0},
                      {"n_pairable", static_cast<std::size_t>(totals[label])}};
        putAlpha(entry, krippendorffAlpha(binary));
        out.push_back(entry);
    }
    return out;
}

Json pairMatrix(const ReliabilityData& data) {
    const std::size_t coders = data.coderIds.size();
    // Every unit contributes to each pair of its coders: sum of m_u² entries, not coders² scans.
    std::vector<DataBuilder> pairs;
    std::vector<std::size_t> pairOf(coders * coders, static_cast<std::size_t>(-1));
    for (std::size_t u = 0; u < data.unitCount(); ++u) {
        for (std::size_t i = data.unitStart[u]; i < data.unitStart[u + 1]; ++i)
            for (std::size_t j = i + 1; j < data.unitStart[u + 1]; ++j) {
                std::size_t a = i;
                std::size_t b = j;
                if (data.coderOf[a] > data.coderOf[b]) std::swap(a, b);
                std::size_t& slot = pairOf[data.coderOf[a] * coders + data.coderOf[b]];
                if (slot == static_cast<std::size_t>(-1)) {
                    slot = pairs.size();
                    pairs.emplace_back(data, std::vector<std::string>{data.coderIds[data.coderOf[a]], data.coderIds[data.coderOf[b]]});
                }
                pairs[slot].addUnit(data.unitIds[u]);
                pairs[slot].addValue(0, data.codeOf[a], data.sourceIndex[a]);
                pairs[slot].addValue(1, data.codeOf[b], data.sourceIndex[b]);
            }
    }
    struct PairFigures {
        Json alpha;
        Json percent;
        std::size_t units;
    };
    std::vector<PairFigures> figures;
    for (auto& builder : pairs) {
        const ReliabilityData pair = builder.take();
        const AlphaResult pairAlpha = krippendorffAlpha(pair);
        figures.push_back({orNull(pairAlpha.alpha),
                           isNumericLevel(data.level) ? Json(nullptr) : orNull(percentAgreement(pair).value), pair.unitCount()});
    }
    Json alpha = Json::array();
    Json percent = Json::array();
    Json units = Json::array();
    for (std::size_t a = 0; a < coders; ++a) {
        alpha.push_back(Json::array());
        percent.push_back(Json::array());
        units.push_back(Json::array());
        for (std::size_t b = 0; b < coders; ++b) {
            const std::size_t slot = a < b ? pairOf[a * coders + b] : pairOf[b * coders + a];
            const bool none = a == b || slot == static_cast<std::size_t>(-1);
            alpha[a].push_back(none ? Json(nullptr) : figures[slot].alpha);
            percent[a].push_back(none ? Json(nullptr) : figures[slot].percent);
            units[a].push_back(none ? 0 : figures[slot].units);
        }
    }
    return {{"coders", data.coderIds}, {"alpha", alpha}, {"percent", percent}, {"n_units", units}};
}

Json versusReference(const std::vector<Rating>& ratings, const std::unordered_map<std::string, UnitMetadata>& metadata,
                     Reference reference, const EncodeOptions& options) {
    // Per coder: the coder's answers next to the reference answers as a second "coder".
    std::map<std::string, std::vector<Rating>> byCoder;
    std::vector<std::string> order;
    for (const auto& r : ratings) {
        if (r.value.is_null()) continue;
        const UnitMetadata& m = metadata.at(r.unit);
        const Json& answer = reference == Reference::Gold ? (m.isGold ? m.gold : Json()) : m.adjudicated;
        if (answer.is_null()) continue;
        auto [it, inserted] = byCoder.try_emplace(r.coder);
        if (inserted) order.push_back(r.coder);
        it->second.push_back({r.unit, "coder", r.value});
        it->second.push_back({r.unit, "reference", answer});
    }
    Json out = Json::array();
    for (const auto& coder : order) {
        const ReliabilityData data = encodeRatings(byCoder[coder], options);
        double agreeing = 0.0;
        double absolute = 0.0;
        for (std::size_t u = 0; u < data.unitCount(); ++u) {
            const std::size_t i = data.unitStart[u];
            agreeing += data.codeOf[i] == data.codeOf[i + 1] ? 1.0 : 0.0;
            if (isNumericLevel(data.level)) absolute += std::fabs(data.numbers[data.codeOf[i]] - data.numbers[data.codeOf[i + 1]]);
        }
        const double n = static_cast<double>(data.unitCount());
        Json entry = {{"coder", coder}, {"n_units", data.unitCount()}, {"agreement", agreeing / n}};
        if (isNumericLevel(data.level)) entry["mean_absolute_difference"] = absolute / n;
        putAlpha(entry, krippendorffAlpha(data));
        out.push_back(entry);
    }
    return out;
}

Json perSpecialty(const ReliabilityData& data, const std::unordered_map<std::string, UnitMetadata>& metadata) {
    std::map<std::string, std::vector<char>> keepBySpecialty;
    for (std::size_t u = 0; u < data.unitCount(); ++u) {
        auto it = metadata.find(data.unitIds[u]);
        const std::string specialty = it == metadata.end() ? std::string() : it->second.specialty;
        auto& keep = keepBySpecialty[specialty];
        keep.resize(data.unitCount(), 0);
        keep[u] = 1;
    }
    Json out = Json::array();
    for (const auto& [specialty, keep] : keepBySpecialty) {
        const ReliabilityData subset = subsetUnits(data, keep);
        const AlphaResult alpha = krippendorffAlpha(subset);
        Json entry = {{"specialty", specialty}, {"n_units", subset.unitCount()}, {"n_pairable_units", alpha.pairableUnits}};
        putAlpha(entry, alpha);
        out.push_back(entry);
    }
    return out;
}

}  // namespace concord::agreement
