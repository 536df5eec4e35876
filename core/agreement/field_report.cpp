#include "concord/agreement/field_report.h"

#include <map>
#include <unordered_set>

#include "concord/agreement/agreement_error.h"
#include "concord/agreement/alpha.h"
#include "concord/agreement/bootstrap.h"
#include "concord/agreement/breakdowns.h"
#include "concord/agreement/kappa.h"
#include "difference.h"
#include "field_expansion.h"
#include "json_figures.h"

namespace concord::agreement {
namespace {

using detail::minimumKey;
using detail::orNull;

std::size_t distinctUnits(const std::vector<Rating>& ratings) {
    std::unordered_set<std::string> units;
    for (const auto& r : ratings) units.insert(r.unit);
    return units.size();
}

std::vector<std::string> codersInOrder(const std::vector<Rating>& ratings) {
    std::vector<std::string> coders;
    std::unordered_set<std::string> seen;
    for (const auto& r : ratings)
        if (seen.insert(r.coder).second) coders.push_back(r.coder);
    return coders;
}

Json intervalJson(const ReliabilityData& data, const ReportOptions& options) {
    if (options.bootstrapResamples == 0) return nullptr;
    BootstrapOptions bootstrap;
    bootstrap.resamples = options.bootstrapResamples;
    bootstrap.seed = options.seed;
    bootstrap.confidence = options.confidence;
    bootstrap.minimums = options.minimums;
    auto result = bootstrapAlpha(data, bootstrap);
    if (!result) return nullptr;
    Json below = Json::object();
    for (const auto& [minimum, probability] : result->probabilityBelow) below[minimumKey(minimum)] = probability;
    return {{"ci_low", result->ciLow},     {"ci_high", result->ciHigh},          {"confidence", result->confidence},
            {"resamples", result->resamples}, {"seed", options.seed}, {"p_below", below}};
}

// Alpha per label or criterion of an expanded (multi-choice, rubric) field.
Json perPart(const ReliabilityData& data, const std::vector<std::string>& parts, const char* key, bool withPrevalence) {
    std::map<std::string, std::vector<char>> keep;
    for (const auto& part : parts) keep[part].assign(data.unitCount(), 0);
    for (std::size_t u = 0; u < data.unitCount(); ++u) keep[detail::partOfItem(data.unitIds[u])][u] = 1;
    Json out = Json::array();
    for (const auto& part : parts) {
        const ReliabilityData subset = subsetUnits(data, keep[part]);
        const AlphaResult alpha = krippendorffAlpha(subset);
        Json entry = {{key, part}, {"n_pairable_units", alpha.pairableUnits}, {"alpha", orNull(alpha.alpha)}};
        if (!alpha.alpha) entry["undefined_reason"] = alpha.undefinedReason;
        entry["percent_agreement"] = orNull(percentAgreement(subset).value);
        if (withPrevalence) {
            std::size_t values = 0;
            std::size_t units = 0;
            const auto totals = detail::pairableTotals(subset, values, units);
            double present = 0.0;
            for (std::size_t c = 0; c < subset.categories.size(); ++c)
                if (subset.categories[c] == "present") present = totals[c];
            entry["prevalence"] = values ? present / static_cast<double>(values) : 0.0;
        }
        out.push_back(entry);
    }
    return out;
}

Json scalarReport(const std::vector<Rating>& ratings, const ReportOptions& options, Level level,
                  const detail::ExpandedRatings* expansion) {
    EncodeOptions encode;
    encode.level = level;
    // Expanded multi-choice values are "present"/"absent", not the field's labels.
    if (options.kind != FieldKind::MultiChoice) encode.categories = options.categories;
    const ReliabilityData data = encodeRatings(ratings, encode);
    const auto metadata = collectUnitMetadata(ratings);
    const AlphaResult alpha = krippendorffAlpha(data);

    Json out = Json::object();
    out["statistic"] = "alpha";
    out["level"] = levelName(level);
    out["value"] = orNull(alpha.alpha);
    if (!alpha.alpha) out["undefined_reason"] = alpha.undefinedReason;
    out["observed_disagreement"] = alpha.observedDisagreement;
    out["expected_disagreement"] = alpha.expectedDisagreement;
    out["n_coders"] = data.coderIds.size();
    out["n_pairable"] = alpha.pairableValues;
    out["n_pairable_units"] = alpha.pairableUnits;
    out["interval"] = intervalJson(data, options);
    if (!isNumericLevel(level)) {
        out["ac1"] = orNull(gwetAc1(data).value);
        out["percent_agreement"] = orNull(percentAgreement(data).value);
    }
    if (options.kind == FieldKind::MultiChoice) {
        out["per_label"] = perPart(data, expansion->parts, "label", true);
    } else {
        out["per_label"] = perLabelBreakdown(data);
    }
    if (options.kind == FieldKind::RubricGrading) out["per_criterion"] = perPart(data, expansion->parts, "criterion", false);
    out["pairs"] = pairMatrix(data);
    out["vs_gold"] = versusReference(ratings, metadata, Reference::Gold, encode);
    out["vs_adjudicated"] = versusReference(ratings, metadata, Reference::Adjudicated, encode);
    out["per_specialty"] = perSpecialty(data, metadata);
    out["warnings"] = warningsToJson(reliabilityWarnings(data, options.warnings));
    return out;
}

// Spans and regions: pairwise F1 in place of alpha, with the same breakdowns where they apply.
template <typename Pairwise>
Json matchingReport(const std::vector<Rating>& ratings, const ReportOptions& options, const char* statistic, Pairwise pairwise,
                    Json variants) {
    const PairwiseMatchResult main = pairwise(ratings);
    Json out = Json::object();
    out["statistic"] = statistic;
    out["value"] = orNull(main.total.f1());
    if (!main.total.f1()) out["undefined_reason"] = "no item marked on any unit that two annotators both annotated";
    out["variants"] = std::move(variants);
    out["n_coders"] = main.coders;
    out["n_pairable_units"] = main.units;
    out["n_matched"] = main.total.matched;
    out["n_items_in_pairs"] = main.total.first + main.total.second;
    out["interval"] = nullptr;

    const std::vector<std::string> coders = codersInOrder(ratings);
    std::map<std::pair<std::string, std::string>, const PairMatch*> byPair;
    for (const auto& pair : main.pairs) byPair[{pair.coderA, pair.coderB}] = &pair;
    Json f1 = Json::array();
    Json units = Json::array();
    for (const auto& a : coders) {
        f1.push_back(Json::array());
        units.push_back(Json::array());
        for (const auto& b : coders) {
            auto it = byPair.find({a, b});
            if (it == byPair.end()) it = byPair.find({b, a});
            const bool none = a == b || it == byPair.end();
            f1.back().push_back(none ? Json(nullptr) : orNull(it->second->counts.f1()));
            units.back().push_back(none ? 0 : it->second->units);
        }
    }
    out["pairs"] = {{"coders", coders}, {"f1", f1}, {"n_units", units}};

    const auto metadata = collectUnitMetadata(ratings);
    for (Reference reference : {Reference::Gold, Reference::Adjudicated}) {
        std::map<std::string, std::vector<Rating>> byCoder;
        for (const auto& r : ratings) {
            const UnitMetadata& m = metadata.at(r.unit);
            const Json& answer = reference == Reference::Gold ? (m.isGold ? m.gold : Json()) : m.adjudicated;
            if (r.value.is_null() || answer.is_null()) continue;
            byCoder[r.coder].push_back({r.unit, "coder", r.value});
            byCoder[r.coder].push_back({r.unit, "reference", answer});
        }
        Json list = Json::array();
        for (const auto& coder : coders) {
            auto it = byCoder.find(coder);
            if (it == byCoder.end()) continue;
            const PairwiseMatchResult result = pairwise(it->second);
            list.push_back({{"coder", coder}, {"n_units", result.units}, {"f1", orNull(result.total.f1())}});
        }
        out[reference == Reference::Gold ? "vs_gold" : "vs_adjudicated"] = list;
    }

    std::map<std::string, std::vector<Rating>> bySpecialty;
    for (const auto& r : ratings) bySpecialty[metadata.at(r.unit).specialty].push_back(r);
    Json specialties = Json::array();
    for (const auto& [specialty, subset] : bySpecialty) {
        const PairwiseMatchResult result = pairwise(subset);
        specialties.push_back({{"specialty", specialty}, {"n_pairable_units", result.units}, {"f1", orNull(result.total.f1())}});
    }
    out["per_specialty"] = specialties;
    out["warnings"] = warningsToJson(matchingWarnings(main.units, options.warnings));
    return out;
}

Json spanReport(const std::vector<Rating>& ratings, const ReportOptions& options) {
    Json variants = Json::object();
    for (SpanMatching matching : {SpanMatching::Exact, SpanMatching::Overlap})
        for (bool labelled : {true, false}) {
            const std::string name = std::string(matching == SpanMatching::Exact ? "exact" : "overlap") +
                                     (labelled ? "_same_label" : "_any_label");
            variants[name] = orNull(pairwiseSpanF1(ratings, SpanMatchOptions{matching, labelled}).total.f1());
        }
    Json out = matchingReport(ratings, options, "span_f1",
                              [&](const std::vector<Rating>& subset) { return pairwiseSpanF1(subset, options.spans); },
                              std::move(variants));
    out["matching"] = options.spans.matching == SpanMatching::Exact ? "exact" : "overlap";
    out["require_same_label"] = options.spans.requireSameLabel;
    return out;
}

Json regionReport(const std::vector<Rating>& ratings, const ReportOptions& options) {
    Json variants = Json::object();
    for (bool labelled : {true, false})
        variants[labelled ? "same_label" : "any_label"] =
            orNull(pairwiseRegionF1(ratings, RegionMatchOptions{options.regions.iouThreshold, labelled}).total.f1());
    Json out = matchingReport(ratings, options, "iou_f1",
                              [&](const std::vector<Rating>& subset) { return pairwiseRegionF1(subset, options.regions); },
                              std::move(variants));
    out["iou_threshold"] = options.regions.iouThreshold;
    out["require_same_label"] = options.regions.requireSameLabel;
    return out;
}

}  // namespace

Json fieldReport(const std::vector<Rating>& ratings, const ReportOptions& options) {
    Json out;
    const std::optional<Level> level = levelForField(options.kind, options.zeroIsMeaningful);
    if (options.kind == FieldKind::Spans) {
        out = spanReport(ratings, options);
    } else if (options.kind == FieldKind::Regions) {
        out = regionReport(ratings, options);
    } else if (options.kind == FieldKind::MultiChoice || options.kind == FieldKind::RubricGrading) {
        const detail::ExpandedRatings expanded = detail::expandRatings(ratings, options.kind, options.categories);
        try {
            out = scalarReport(expanded.ratings, options, *level, &expanded);
        } catch (const AgreementError& error) {
            // Point at the rating the offending item came from.
            const std::size_t perRating = std::max<std::size_t>(1, expanded.parts.size());
            if (error.ratingIndex()) throw AgreementError(error.what(), *error.ratingIndex() / perRating);
            throw;
        }
    } else {
        out = scalarReport(ratings, options, *level, nullptr);
    }
    out["field_kind"] = fieldKindName(options.kind);
    out["n_units"] = distinctUnits(ratings);
    return out;
}

}  // namespace concord::agreement
