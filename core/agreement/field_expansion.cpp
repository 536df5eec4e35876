#include "field_expansion.h"

#include <set>

#include "concord/agreement/agreement_error.h"
#include "concord/agreement/reliability_data.h"

namespace concord::agreement::detail {
namespace {

std::set<std::string> labelsOf(const Json& value, std::size_t index) {
    if (!value.is_array()) throw AgreementError("a multi-choice value must be a list of labels: " + value.dump(), index);
    std::set<std::string> labels;
    for (const auto& label : value) {
        try {
            labels.insert(categoryText(label));
        } catch (const AgreementError& error) {
            throw AgreementError(error.what(), index);
        }
    }
    return labels;
}

Json presence(const Json& value, const std::string& label, std::size_t index) {
    if (value.is_null()) return nullptr;
    return labelsOf(value, index).count(label) ? "present" : "absent";
}

Json grade(const Json& value, const std::string& criterion, std::size_t index) {
    if (value.is_null()) return nullptr;
    if (!value.is_object()) throw AgreementError("a rubric grading value must be an object {criterion: grade}: " + value.dump(), index);
    auto it = value.find(criterion);
    return it == value.end() ? Json(nullptr) : *it;
}

}  // namespace

ExpandedRatings expandRatings(const std::vector<Rating>& ratings, FieldKind kind, const std::vector<std::string>& labels) {
    ExpandedRatings expanded;
    const bool multiChoice = kind == FieldKind::MultiChoice;
    if (multiChoice && !labels.empty()) {
        expanded.parts = labels;
    } else {
        std::set<std::string> seen;
        for (std::size_t i = 0; i < ratings.size(); ++i)
            for (const Json* value : {&ratings[i].value, &ratings[i].goldValue, &ratings[i].adjudicatedValue}) {
                if (value->is_null()) continue;
                if (multiChoice) {
                    for (const auto& label : labelsOf(*value, i)) seen.insert(label);
                } else if (value->is_object()) {
                    for (const auto& item : value->items()) seen.insert(item.key());
                } else {
                    throw AgreementError("a rubric grading value must be an object {criterion: grade}: " + value->dump(), i);
                }
            }
        expanded.parts.assign(seen.begin(), seen.end());
    }
    auto part = [&](const Json& value, const std::string& name, std::size_t index) {
        return multiChoice ? presence(value, name, index) : grade(value, name, index);
    };
    for (std::size_t i = 0; i < ratings.size(); ++i) {
        const Rating& r = ratings[i];
        for (const auto& name : expanded.parts) {
            Rating item(r.unit + kItemSeparator + name, r.coder, part(r.value, name, i));
            item.specialty = r.specialty;
            item.isGold = r.isGold;
            item.goldValue = part(r.goldValue, name, i);
            item.adjudicatedValue = part(r.adjudicatedValue, name, i);
            expanded.ratings.push_back(std::move(item));
        }
    }
    return expanded;
}

}  // namespace concord::agreement::detail
