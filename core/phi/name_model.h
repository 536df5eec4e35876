#pragma once
// A learned second look at person names, after the rules.
//
// The rules find names from evidence they were written for; on wording they were not shaped on
// they miss about one name in seven (docs/phi.md, "The blind runs"). The name model looks again
// at every word that could be part of a name, with features no single rule combines: the word's
// shape and word classes, its neighbours' shapes, classes and (for vocabulary only) identities,
// the punctuation around it, its line, and what the rules decided about it and its neighbours.
// A logistic model over those features, trained by `concord-phi-train-names` on the annotated
// synthetic corpus (tools/train_name_model.cpp), then:
//  * adds a word the rules left alone when the model gives it a name probability above
//    kNameModelAddThreshold (joined to a name next to it);
//  * drops a name finding when every word of it scores below kNameModelDropThreshold.
// The model never looks at the identity of a candidate word itself, nor of a neighbour that is
// not vocabulary: names learnt from the corpus's pools would not carry over to real notes.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "concord/phi/detector.h"
#include "scan.h"

namespace concord::phi::detail {

/// What the rules decided about a token.
struct TokenVerdict {
  bool name = false;   // inside a name finding
  bool other = false;  // inside a finding of another category
};

/// A text as the model sees it: its tokens, the rules' verdict on each, and facts about each
/// token's line, worked out once so that every feature is cheap.
class NameModelView {
 public:
  /// `findings` are the rules' findings for `in.text`, sorted by start and disjoint.
  NameModelView(const ScanInput& in, const std::vector<Finding>& findings);

  /// Whether token `i` is looked at: a word without digits outside other findings that is a
  /// rule name, has the shape of a proper noun, or is not an ordinary English word.
  bool looksAt(std::size_t i) const;
  /// The hashed features of token `i` (`out` is cleared first).
  void features(std::size_t i, std::vector<std::uint32_t>& out) const;
  const std::vector<TokenVerdict>& verdicts() const { return verdicts_; }

 private:
  struct Line {
    bool table = false;   // two or more '|': a pipe table row
    char letterCase = 0;  // 'l' no upper case, 'u' no lower case, 'm' mixed
    std::size_t start = 0;
  };
  const ScanInput& in_;
  std::vector<TokenVerdict> verdicts_;
  std::vector<std::string_view> shapes_;  // per token: "Aa", "AA", "I", "a", "o", "mix", "num"
  std::vector<char> vocabulary_;          // per token: its identity may be a feature
  std::vector<Line> lines_;
  std::vector<std::uint32_t> lineOf_;  // per token
  bool lowerCaseText_ = true;          // mostly lower case: case carries information
};

/// The model's name probability for a token with these features.
double nameModelProbability(const std::vector<std::uint32_t>& features);

/// The rules' findings revised by the model (see above); sorted by start and disjoint. No word
/// inside a span of `vetoed` (sorted by start: spans a reader declared free of PHI) is added.
std::vector<Finding> reviseNamesWithModel(const ScanInput& in, std::vector<Finding> findings,
                                          const std::vector<Finding>& vetoed = {});

/// One learned weight: a feature hash and its weight in the logistic model.
struct NameModelWeight {
  std::uint32_t feature;
  float weight;
};

/// The trained model (generated: name_model_weights.cpp), sorted by feature.
extern const NameModelWeight kNameModelWeights[];
extern const std::size_t kNameModelWeightCount;
extern const double kNameModelAddThreshold;
extern const double kNameModelDropThreshold;

}  // namespace concord::phi::detail
