#include "concord/agreement/span_agreement.h"

#include <algorithm>

#include "concord/agreement/agreement_error.h"
#include "pairwise_matching.h"

namespace concord::agreement {

MatchCounts matchSpans(const std::vector<Span>& first, const std::vector<Span>& second, const SpanMatchOptions& options) {
    auto compatible = [&](std::size_t i, std::size_t j) {
        const Span& a = first[i];
        const Span& b = second[j];
        if (options.requireSameLabel && a.label != b.label) return false;
        if (options.matching == SpanMatching::Exact) return a.start == b.start && a.end == b.end;
        return std::max(a.start, b.start) < std::min(a.end, b.end);
    };
    MatchCounts counts;
    counts.first = first.size();
    counts.second = second.size();
    counts.matched = maximumMatching(first.size(), second.size(), compatible);
    return counts;
}

std::vector<Span> spansFromJson(const Json& value) {
    if (!value.is_array()) throw AgreementError("a span value must be a list of {\"start\", \"end\", \"label\"}");
    std::vector<Span> spans;
    for (const auto& item : value) {
        if (!item.is_object() || !item.contains("start") || !item.contains("end") || !item["start"].is_number_integer() ||
            !item["end"].is_number_integer())
            throw AgreementError("a span needs integer \"start\" and \"end\": " + item.dump());
        Span span{item["start"].get<std::int64_t>(), item["end"].get<std::int64_t>(), ""};
        if (span.end <= span.start) throw AgreementError("a span must end after it starts: " + item.dump());
        if (auto label = item.find("label"); label != item.end() && !label->is_null()) {
            if (!label->is_string()) throw AgreementError("a span label must be a string: " + item.dump());
            span.label = label->get<std::string>();
        }
        spans.push_back(std::move(span));
    }
    return spans;
}

PairwiseMatchResult pairwiseSpanF1(const std::vector<Rating>& ratings, const SpanMatchOptions& options) {
    return detail::pairwiseMatching<Span>(ratings, spansFromJson, [&](const std::vector<Span>& a, const std::vector<Span>& b) {
        return matchSpans(a, b, options);
    });
}

}  // namespace concord::agreement
