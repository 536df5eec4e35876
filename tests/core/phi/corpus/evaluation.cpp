#include "evaluation.h"

#include <cmath>
#include <cstdio>

namespace concord::phi::corpus {

namespace {

bool overlaps(std::size_t aStart, std::size_t aEnd, std::size_t bStart, std::size_t bEnd) {
  return aStart < bEnd && bStart < aEnd;
}

// Enough for every error of a 5,000-note run (concord-phi-eval --errors lists them, --category
// filters them afterwards: a lower cap cut the listing of one category short).
constexpr std::size_t kMaxErrorsKept = 200000;

std::string snippet(const std::string& text, std::size_t start, std::size_t end) {
  const std::size_t from = start > 30 ? start - 30 : 0;
  const std::size_t to = std::min(text.size(), end + 30);
  std::string out = text.substr(from, start - from) + "[[" + text.substr(start, end - start) + "]]" +
                    text.substr(end, to - end);
  for (char& c : out) c = c == '\n' ? ' ' : c;
  return out;
}

}  // namespace

Interval wilson(std::size_t successes, std::size_t trials, double z) {
  if (trials == 0) return {0.0, 1.0};
  const double n = static_cast<double>(trials);
  const double p = static_cast<double>(successes) / n;
  const double z2 = z * z;
  const double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const double half = z * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
  return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

const std::vector<std::string>& Evaluation::patternCategories() {
  static const std::vector<std::string> kCategories = {"date", "age", "phone", "fax", "email", "ssn",
                                                       "mrn", "account", "health_plan", "license", "url",
                                                       "ip", "address", "zip", "device", "vehicle"};
  return kCategories;
}

void Evaluation::add(const AnnotatedNote& note, const std::vector<PredictedSpan>& predicted) {
  ++notes_;
  if (note.gold.empty()) {
    ++notesWithoutPhi_;
    falsePositivesWithoutPhi_ += predicted.size();
  }
  for (const GoldSpan& g : note.gold) {
    CategoryScore& s = scores_[g.category];
    ++s.gold;
    bool found = false, covered = false, exact = false;
    for (const PredictedSpan& p : predicted) {
      if (!overlaps(g.start, g.end, p.start, p.end)) continue;
      covered = true;
      if (p.category == g.category) {
        found = true;
        exact = exact || (p.start == g.start && p.end == g.end);
      }
    }
    s.goldFound += found;
    s.goldCovered += covered;
    s.goldExact += exact;
    if (!found && errors_.size() < kMaxErrorsKept) errors_.push_back({g.category, snippet(note.text, g.start, g.end), true});
  }
  for (const PredictedSpan& p : predicted) {
    CategoryScore& s = scores_[p.category];
    ++s.predicted;
    bool correct = false;
    for (const GoldSpan& g : note.gold) {
      correct = correct || (g.category == p.category && overlaps(g.start, g.end, p.start, p.end));
    }
    s.predictedCorrect += correct;
    if (!correct && errors_.size() < kMaxErrorsKept) {
      errors_.push_back({p.category, snippet(note.text, p.start, p.end), false});
    }
  }
}

CategoryScore Evaluation::total(const std::vector<std::string>& categories) const {
  CategoryScore t;
  for (const auto& [name, s] : scores_) {
    bool included = categories.empty();
    for (const std::string& c : categories) included = included || c == name;
    if (!included) continue;
    t.gold += s.gold;
    t.goldFound += s.goldFound;
    t.goldCovered += s.goldCovered;
    t.goldExact += s.goldExact;
    t.predicted += s.predicted;
    t.predictedCorrect += s.predictedCorrect;
  }
  return t;
}

std::string Evaluation::table() const {
  std::string out;
  char line[256];
  out += "| category | gold | recall | 95% CI | predicted | precision | 95% CI | exact span | any-category recall |\n";
  out += "|---|---:|---:|---|---:|---:|---|---:|---:|\n";
  auto row = [&](const std::string& name, const CategoryScore& s) {
    const Interval r = wilson(s.goldFound, s.gold);
    const Interval p = wilson(s.predictedCorrect, s.predicted);
    std::snprintf(line, sizeof line, "| %s | %zu | %.4f | %.4f–%.4f | %zu | %.4f | %.4f–%.4f | %.4f | %.4f |\n",
                  name.c_str(), s.gold, s.recall(), r.low, r.high, s.predicted, s.precision(), p.low, p.high,
                  s.gold ? static_cast<double>(s.goldExact) / s.gold : 1.0,
                  s.gold ? static_cast<double>(s.goldCovered) / s.gold : 1.0);
    out += line;
  };
  for (const auto& [name, s] : scores_) row(name, s);
  row("**pattern categories**", total(patternCategories()));
  row("**all**", total());
  std::snprintf(line, sizeof line, "\n%zu notes, %zu without PHI; findings in notes without PHI: %zu\n", notes_,
                notesWithoutPhi_, falsePositivesWithoutPhi_);
  out += line;
  return out;
}

Evaluation evaluate(std::uint64_t seed, std::size_t count,
                    const std::function<std::vector<PredictedSpan>(const std::string&)>& detect) {
  Evaluation evaluation;
  for (std::size_t i = 0; i < count; ++i) {
    const AnnotatedNote note = generateNote(seed, i);
    evaluation.add(note, detect(note.text));
  }
  return evaluation;
}

}  // namespace concord::phi::corpus
