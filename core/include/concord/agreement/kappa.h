#pragma once
// Chance-corrected agreement for categorical data: Fleiss, Cohen, Scott, Gwet's AC1, and the
// raw percent agreement they all start from. Categories come from the encoded data (the
// explicit set when one was given), in their order.
#include <cstddef>
#include <optional>
#include <string>

#include "concord/agreement/reliability_data.h"

namespace concord::agreement {

struct StatisticResult {
    std::optional<double> value;  // empty when undefined: then undefinedReason says why
    std::string undefinedReason;
    double observedAgreement = 0.0;  // p_o
    double chanceAgreement = 0.0;    // p_e
    std::size_t unitsUsed = 0;
};

enum class KappaWeights { None, Linear, Quadratic };
std::optional<KappaWeights> parseKappaWeights(const std::string& text);

// Fleiss (1971): every pairable unit must have the same number of ratings, else AgreementError.
StatisticResult fleissKappa(const ReliabilityData& data);

// Cohen (1960, weighted 1968): exactly two coders, over the units both rated. Weights use
// category positions: linear |i-j|, quadratic (i-j)², as disagreement weights.
StatisticResult cohenKappa(const ReliabilityData& data, KappaWeights weights = KappaWeights::None);

// Scott's pi (1955): two coders, chance from the pooled marginals.
StatisticResult scottPi(const ReliabilityData& data);

// Gwet's AC1 (2008) for any number of coders with missing ratings (Gwet 2014, ch. 4):
// p_a over units with two or more ratings, pi_k averaged over units with any rating,
// p_e = sum pi_k (1 - pi_k) / (q - 1) with q the number of categories.
StatisticResult gwetAc1(const ReliabilityData& data);

// Mean over pairable units of the share of agreeing pairs of ratings.
StatisticResult percentAgreement(const ReliabilityData& data);

}  // namespace concord::agreement
