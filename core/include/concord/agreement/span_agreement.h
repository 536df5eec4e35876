#pragma once
// Agreement between annotators on text spans: pairwise F1 over one-to-one matched spans.
#include <cstdint>
#include <string>
#include <vector>

#include "concord/agreement/match_counts.h"
#include "concord/agreement/rating.h"

namespace concord::agreement {

struct Span {
    std::int64_t start = 0;  // half-open [start, end) character offsets
    std::int64_t end = 0;
    std::string label;
};

enum class SpanMatching {
    Exact,    // same start and end
    Overlap,  // share at least one character
};

struct SpanMatchOptions {
    SpanMatching matching = SpanMatching::Exact;
    bool requireSameLabel = true;
};

MatchCounts matchSpans(const std::vector<Span>& first, const std::vector<Span>& second, const SpanMatchOptions& options);

// A rating's value: a list of {"start", "end", "label"}; throws AgreementError otherwise.
std::vector<Span> spansFromJson(const Json& value);

// Ratings whose value is a span list (an empty list: annotated, nothing marked; null: not
// annotated). Throws AgreementError naming the rating for a malformed value.
PairwiseMatchResult pairwiseSpanF1(const std::vector<Rating>& ratings, const SpanMatchOptions& options);

}  // namespace concord::agreement
