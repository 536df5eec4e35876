#include "concord/agreement/summary.h"

#include "concord/agreement/agreement_error.h"
#include "concord/agreement/alpha.h"
#include "concord/agreement/reliability_data.h"

namespace concord::agreement {
namespace {

Json optionalNumber(const std::optional<double>& value) { return value ? Json(*value) : Json(nullptr); }

void putStatistic(Json& out, const std::string& name, const std::optional<double>& value, const std::string& reason) {
    out[name] = optionalNumber(value);
    if (!value) out["undefined_reason"] = reason;
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
    out["warnings"] = Json::array();
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
    return summarizeCategorical(ratings, options);
}

}  // namespace concord::agreement
