#pragma once
// The agreement endpoint's answer as plain values the dashboard shows: parsed once, here, so the
// widgets stay thin and the parsing is testable without a screen. Shapes: docs/agreement.md
// ("Result, categorical and numeric kinds" and "Result, spans and regions").
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

#include "concord/core/json.h"

namespace concord::app {

struct AgreementWarning {
  QString code;
  QString message;
};

/// A square coders × coders matrix of a pairwise figure; nullopt where a pair shares no case.
struct PairMatrix {
  QStringList coders;
  QString statistic;  // "alpha" or "f1"
  std::vector<std::vector<std::optional<double>>> value;
  std::vector<std::vector<std::optional<double>>> percent;  // empty for spans/regions
  std::vector<std::vector<int>> units;
};

/// One bar of the per-label (or per-criterion, or per-variant) figure.
struct LabelFigure {
  QString name;
  std::optional<double> value;  // nullopt = undefined (e.g. a label nobody used)
  int pairableUnits = -1;       // -1 when the report does not say
  std::optional<double> prevalence;
  QString undefinedReason;
};

/// One row of the vs_gold, vs_adjudicated or per_specialty breakdowns.
struct BreakdownRow {
  QString name;  // the coder or the specialty
  int units = 0;
  std::optional<double> value;      // alpha or f1
  std::optional<double> agreement;  // share of answers equal to the reference (gold, adjudicated)
  std::optional<double> meanAbsoluteDifference;  // numeric levels only
};

struct AgreementView {
  QString field;
  QString fieldKind;  // the schema kind: single_choice, spans, ...
  QString statistic;  // "alpha", "span_f1", "iou_f1"
  QString level;      // nominal, ordinal, interval, ratio; empty for spans/regions
  QString matching;   // spans: "exact"/"overlap"; regions: empty
  std::optional<bool> requireSameLabel;
  std::optional<double> iouThreshold;
  std::optional<double> value;
  QString undefinedReason;
  int ratings = 0;  // n_ratings: annotations that rated the field after the filters
  int units = 0;
  int coders = 0;
  int pairableUnits = 0;

  struct Interval {
    double low = 0;
    double high = 0;
    double confidence = 0.95;
    int resamples = 0;
    std::vector<std::pair<QString, double>> probabilityBelow;  // ("0.667", share of resamples below)
  };
  std::optional<Interval> interval;
  std::optional<double> ac1;
  std::optional<double> percentAgreement;

  QString labelFigureKind;  // "label", "criterion" or "variant": what labelFigures are
  std::vector<LabelFigure> labelFigures;
  PairMatrix pairs;
  std::vector<BreakdownRow> vsGold;
  std::vector<BreakdownRow> vsAdjudicated;
  std::vector<BreakdownRow> perSpecialty;
  std::vector<AgreementWarning> warnings;

  /// Parses the whole endpoint answer ({project, field, kind, filters, n_ratings, report}). Missing
  /// or mistyped members are left empty rather than throwing: the server is the authority on shape.
  static AgreementView fromJson(const Json& answer);

  /// "Krippendorff's alpha (nominal)", "Span F1 (exact boundaries, same label)", ...
  QString statisticName() const;
  /// The one-line summary: name, value, interval, cases and annotators; says so when undefined.
  QString headline() const;
  /// AC1, percent agreement and the chance of the true value lying below the thresholds.
  QString details() const;
  /// "cases", or "images" for regions (whose units are the images of a case).
  QString unitNoun() const;
  /// What the pairwise and per-specialty counts count: the unit noun, or "items" where alpha runs
  /// over (case, label) or (case, criterion) items (multi-choice, rubric grading).
  QString itemNoun() const;
};

/// A figure for display, or "—" when it is undefined.
QString formatFigure(std::optional<double> value, int decimals = 3);

}  // namespace concord::app
