#include "concord/agreement/summary.h"

#include "concord/agreement/agreement_error.h"
#include "concord/agreement/alpha.h"
#include "concord/agreement/bootstrap.h"
#include "concord/agreement/reliability_data.h"
#include "concord/agreement/span_agreement.h"
#include "concord/agreement/warnings.h"
#include "json_figures.h"

namespace concord::agreement {
namespace {

using detail::minimumKey;
using detail::orNull;

void putStatistic(Json& out, const std::string& name, const std::optional<double>& value, const std::string& reason) {
    out[name] = orNull(value);
    if (!value) out["undefined_reason"] = reason;
}

// Absent interval (alpha undefined): ci_low and ci_high are null so the keys are always there.
void putInterval(Json& out, const std::optional<BootstrapResult>& interval) {
    out["ci_low"] = interval ? Json(interval->ciLow) : Json(nullptr);
    out["ci_high"] = interval ? Json(interval->ciHigh) : Json(nullptr);
    Json below = Json::object();
    if (interval)
        for (const auto& [minimum, probability] : interval->probabilityBelow) below[minimumKey(minimum)] = probability;
    out["p_below"] = below;
    out["bootstrap_resamples"] = interval ? interval->resamples : 0;
}

Json summarizeCategorical(const std::vector<Rating>& ratings, const SummaryOptions& options) {
    EncodeOptions encode;
    encode.level = options.metric == Metric::Alpha ? options.level : Level::Nominal;
    encode.categories = options.categories;
    encode.requireOrder = options.metric == Metric::Cohen && options.weights != KappaWeights::None;
    const ReliabilityData data = encodeRatings(ratings, encode);

    Json out = Json::object();
    const std::string name = metricName(options.metric);
    AlphaResult alpha = krippendorffAlpha(data);
    switch (options.metric) {
    case Metric::Alpha: putStatistic(out, name, alpha.alpha, alpha.undefinedReason); break;
    case Metric::Fleiss: {
        auto r = fleissKappa(data);
        putStatistic(out, name, r.value, r.undefinedReason);
        break;
    }
    case Metric::Cohen: {
        auto r = cohenKappa(data, options.weights);
        putStatistic(out, name, r.value, r.undefinedReason);
        break;
    }
    case Metric::Scott: {
        auto r = scottPi(data);
        putStatistic(out, name, r.value, r.undefinedReason);
        break;
    }
    case Metric::Ac1: {
        auto r = gwetAc1(data);
        putStatistic(out, name, r.value, r.undefinedReason);
        break;
    }
    case Metric::Percent: {
        auto r = percentAgreement(data);
        putStatistic(out, name, r.value, r.undefinedReason);
        break;
    }
    case Metric::SpanF1: break;
    }
    out["level"] = levelName(encode.level);
    out["n_units"] = data.unitCount();
    out["n_coders"] = data.coderIds.size();
    out["n_pairable"] = alpha.pairableValues;
    out["n_pairable_units"] = alpha.pairableUnits;
    if (options.bootstrapResamples > 0) {
        if (options.metric != Metric::Alpha) throw AgreementError("--bootstrap applies to alpha only");
        BootstrapOptions bootstrap;
        bootstrap.resamples = options.bootstrapResamples;
        bootstrap.seed = options.seed;
        bootstrap.minimums = options.minimums;
        putInterval(out, bootstrapAlpha(data, bootstrap));
    }
    out["warnings"] = warningsToJson(reliabilityWarnings(data));
    return out;
}

Json summarizeSpans(const std::vector<Rating>& ratings, const SummaryOptions& options) {
    SpanMatchOptions match;
    match.matching = options.spanOverlap ? SpanMatching::Overlap : SpanMatching::Exact;
    match.requireSameLabel = options.spanRequireLabel;
    PairwiseMatchResult result = pairwiseSpanF1(ratings, match);
    Json out = Json::object();
    out["span-f1"] = orNull(result.total.f1());
    if (!result.total.f1()) out["undefined_reason"] = "no spans marked on any unit two annotators both annotated";
    out["matching"] = options.spanOverlap ? "overlap" : "exact";
    out["require_same_label"] = options.spanRequireLabel;
    out["n_units"] = result.unitsSeen;
    out["n_coders"] = result.coders;
    out["n_pairable"] = result.units;
    out["n_matched"] = result.total.matched;
    out["n_spans_in_pairs"] = result.total.first + result.total.second;
    out["warnings"] = warningsToJson(matchingWarnings(result.units));
    return out;
}

}  // namespace

std::optional<Metric> parseMetric(const std::string& text) {
    for (Metric m : {Metric::Alpha, Metric::Fleiss, Metric::Cohen, Metric::Scott, Metric::Ac1, Metric::Percent,
                     Metric::SpanF1})
        if (metricName(m) == text) return m;
    return std::nullopt;
}

std::string metricName(Metric metric) {
    switch (metric) {
    case Metric::Alpha: return "alpha";
    case Metric::Fleiss: return "fleiss";
    case Metric::Cohen: return "cohen";
    case Metric::Scott: return "scott";
    case Metric::Ac1: return "ac1";
    case Metric::Percent: return "percent";
    case Metric::SpanF1: return "span-f1";
    }
    return "alpha";
}

Json summarize(const std::vector<Rating>& ratings, const SummaryOptions& options) {
    if (options.metric == Metric::SpanF1) return summarizeSpans(ratings, options);
    return summarizeCategorical(ratings, options);
}

}  // namespace concord::agreement
