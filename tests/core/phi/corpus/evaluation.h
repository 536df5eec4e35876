#pragma once
// Scores predicted PHI spans against the corpus's gold spans, per category, with Wilson 95%
// confidence intervals.
//
// A gold span counts as found (recall) if a prediction of the same category overlaps it; a
// prediction counts as correct (precision) if it overlaps a gold span of its category. Exact
// boundary agreement and category-blind recall (is the text covered by any finding, the
// measure that matters for redaction) are reported too.
#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "corpus.h"

namespace concord::phi::corpus {

struct PredictedSpan {
  std::size_t start = 0;
  std::size_t end = 0;
  std::string category;
};

struct Interval {
  double low = 0;
  double high = 0;
};

/// Wilson score interval for `successes` out of `trials` at z = 1.96 (95%).
Interval wilson(std::size_t successes, std::size_t trials, double z = 1.96);

struct CategoryScore {
  std::size_t gold = 0;            // gold spans
  std::size_t goldFound = 0;       // gold spans overlapped by a same-category prediction
  std::size_t goldCovered = 0;     // gold spans overlapped by any prediction
  std::size_t goldExact = 0;       // gold spans matched exactly, same category
  std::size_t predicted = 0;       // predictions
  std::size_t predictedCorrect = 0;
  double recall() const { return gold ? static_cast<double>(goldFound) / gold : 1.0; }
  double precision() const { return predicted ? static_cast<double>(predictedCorrect) / predicted : 1.0; }
};

/// One missed gold span or one false prediction, kept for error analysis.
struct ErrorExample {
  std::string category;
  std::string snippet;  // the span with some context
  bool missed = false;  // true: a gold span not found; false: a false positive
};

class Evaluation {
 public:
  void add(const AnnotatedNote& note, const std::vector<PredictedSpan>& predicted);
  const std::map<std::string, CategoryScore>& byCategory() const { return scores_; }
  /// Totals over the given categories (empty = all).
  CategoryScore total(const std::vector<std::string>& categories = {}) const;
  std::size_t notes() const { return notes_; }
  std::size_t notesWithoutPhi() const { return notesWithoutPhi_; }
  std::size_t falsePositivesInNotesWithoutPhi() const { return falsePositivesWithoutPhi_; }
  const std::vector<ErrorExample>& errors() const { return errors_; }
  /// A plain-text (Markdown) table: category, gold, recall [CI], predicted, precision [CI], exact.
  std::string table() const;

  /// Categories for which the recall goal is 0.99 (everything but names, whose goal is 0.95).
  static const std::vector<std::string>& patternCategories();

 private:
  std::map<std::string, CategoryScore> scores_;
  std::vector<ErrorExample> errors_;
  std::size_t notes_ = 0;
  std::size_t notesWithoutPhi_ = 0;
  std::size_t falsePositivesWithoutPhi_ = 0;
};

/// Generates `count` notes for `seed`, runs `detect` on each and scores it.
Evaluation evaluate(std::uint64_t seed, std::size_t count,
                    const std::function<std::vector<PredictedSpan>(const std::string&)>& detect);

}  // namespace concord::phi::corpus
