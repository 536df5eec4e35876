#include "lead/agreement/agreement_view_model.h"

#include <QCoreApplication>

#include "net/json_fields.h"

namespace concord::app {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("concord::app::AgreementView", text); }

int integer(const Json& object, const char* key, int fallback = 0) {
  auto value = jsonNumber(object, key);
  return value ? static_cast<int>(*value) : fallback;
}

std::vector<std::vector<std::optional<double>>> figureMatrix(const Json& rows, std::size_t size) {
  std::vector<std::vector<std::optional<double>>> out(size, std::vector<std::optional<double>>(size));
  if (!rows.is_array()) return out;
  for (std::size_t a = 0; a < size && a < rows.size(); ++a) {
    if (!rows[a].is_array()) continue;
    for (std::size_t b = 0; b < size && b < rows[a].size(); ++b)
      if (rows[a][b].is_number()) out[a][b] = rows[a][b].get<double>();
  }
  return out;
}

PairMatrix pairMatrix(const Json& pairs) {
  PairMatrix m;
  for (const auto& coder : jsonMember(pairs, "coders"))
    m.coders << (coder.is_string() ? QString::fromStdString(coder.get<std::string>()) : QString::fromStdString(coder.dump()));
  const auto size = static_cast<std::size_t>(m.coders.size());
  m.statistic = jsonMember(pairs, "f1").is_array() ? QStringLiteral("f1") : QStringLiteral("alpha");
  m.value = figureMatrix(jsonMember(pairs, m.statistic == QLatin1String("f1") ? "f1" : "alpha"), size);
  if (jsonMember(pairs, "percent").is_array()) m.percent = figureMatrix(jsonMember(pairs, "percent"), size);
  m.units.assign(size, std::vector<int>(size, 0));
  const Json& units = jsonMember(pairs, "n_units");
  for (std::size_t a = 0; units.is_array() && a < size && a < units.size(); ++a)
    for (std::size_t b = 0; units[a].is_array() && b < size && b < units[a].size(); ++b)
      if (units[a][b].is_number()) m.units[a][b] = units[a][b].get<int>();
  return m;
}

std::vector<LabelFigure> parts(const Json& list, const char* nameKey) {
  std::vector<LabelFigure> out;
  if (!list.is_array()) return out;
  for (const auto& entry : list) {
    LabelFigure f;
    f.name = jsonString(entry, nameKey);
    f.value = jsonNumber(entry, "alpha");
    f.pairableUnits = integer(entry, "n_pairable_units", integer(entry, "n_pairable", -1));
    f.prevalence = jsonNumber(entry, "prevalence");
    f.undefinedReason = jsonString(entry, "undefined_reason");
    out.push_back(f);
  }
  return out;
}

std::vector<BreakdownRow> breakdown(const Json& list, const char* nameKey) {
  std::vector<BreakdownRow> out;
  if (!list.is_array()) return out;
  for (const auto& entry : list) {
    BreakdownRow row;
    row.name = jsonString(entry, nameKey);
    // per_specialty counts pairable cases; the reference comparisons count compared cases.
    row.units = integer(entry, "n_pairable_units", integer(entry, "n_units"));
    row.value = entry.contains("f1") ? jsonNumber(entry, "f1") : jsonNumber(entry, "alpha");
    row.agreement = jsonNumber(entry, "agreement");
    row.meanAbsoluteDifference = jsonNumber(entry, "mean_absolute_difference");
    out.push_back(row);
  }
  return out;
}

QString percentText(double share) { return QString::number(share * 100.0, 'f', 0) + QLatin1Char('%'); }

}  // namespace

QString formatFigure(std::optional<double> value, int decimals) {
  return value ? QString::number(*value, 'f', decimals) : QStringLiteral("—");
}

AgreementView AgreementView::fromJson(const Json& answer) {
  AgreementView v;
  const Json& report = jsonMember(answer, "report");
  v.field = jsonString(answer, "field");
  v.fieldKind = jsonString(answer, "kind");
  if (v.fieldKind.isEmpty()) v.fieldKind = jsonString(report, "field_kind");
  v.ratings = integer(answer, "n_ratings");
  v.statistic = jsonString(report, "statistic");
  v.level = jsonString(report, "level");
  v.matching = jsonString(report, "matching");
  if (jsonMember(report, "require_same_label").is_boolean()) v.requireSameLabel = report["require_same_label"].get<bool>();
  v.iouThreshold = jsonNumber(report, "iou_threshold");
  v.value = jsonNumber(report, "value");
  v.undefinedReason = jsonString(report, "undefined_reason");
  v.units = integer(report, "n_units");
  v.coders = integer(report, "n_coders");
  v.pairableUnits = integer(report, "n_pairable_units");

  const Json& interval = jsonMember(report, "interval");
  if (interval.is_object() && jsonNumber(interval, "ci_low") && jsonNumber(interval, "ci_high")) {
    Interval i;
    i.low = *jsonNumber(interval, "ci_low");
    i.high = *jsonNumber(interval, "ci_high");
    i.confidence = jsonNumber(interval, "confidence").value_or(0.95);
    i.resamples = integer(interval, "resamples");
    const Json& below = jsonMember(interval, "p_below");
    if (below.is_object())
      for (auto it = below.begin(); it != below.end(); ++it)
        if (it->is_number()) i.probabilityBelow.emplace_back(QString::fromStdString(it.key()), it->get<double>());
    v.interval = i;
  }
  v.ac1 = jsonNumber(report, "ac1");
  v.percentAgreement = jsonNumber(report, "percent_agreement");

  // The most telling per-part figure the field has: rubric criteria, labels, or (spans and
  // regions, which have neither) the matching variants.
  if (jsonMember(report, "per_criterion").is_array() && !report["per_criterion"].empty()) {
    v.labelFigureKind = QStringLiteral("criterion");
    v.labelFigures = parts(report["per_criterion"], "criterion");
  } else if (jsonMember(report, "per_label").is_array() && !report["per_label"].empty()) {
    v.labelFigureKind = QStringLiteral("label");
    v.labelFigures = parts(report["per_label"], "label");
  } else if (jsonMember(report, "variants").is_object()) {
    v.labelFigureKind = QStringLiteral("variant");
    for (auto it = report["variants"].begin(); it != report["variants"].end(); ++it) {
      LabelFigure f;
      f.name = QString::fromStdString(it.key()).replace(QLatin1Char('_'), QLatin1Char(' '));
      if (it->is_number()) f.value = it->get<double>();
      v.labelFigures.push_back(f);
    }
  }

  v.pairs = pairMatrix(jsonMember(report, "pairs"));
  v.vsGold = breakdown(jsonMember(report, "vs_gold"), "coder");
  v.vsAdjudicated = breakdown(jsonMember(report, "vs_adjudicated"), "coder");
  v.perSpecialty = breakdown(jsonMember(report, "per_specialty"), "specialty");
  for (auto& row : v.perSpecialty)
    if (row.name.isEmpty()) row.name = tr("(no specialty)");
  for (const auto& w : jsonMember(report, "warnings")) v.warnings.push_back({jsonString(w, "code"), jsonString(w, "message")});
  return v;
}

QString AgreementView::statisticName() const {
  if (statistic == QLatin1String("alpha"))
    return level.isEmpty() ? tr("Krippendorff's alpha") : tr("Krippendorff's alpha (%1)").arg(level);
  const QString label = requireSameLabel.value_or(true) ? tr("same label") : tr("any label");
  if (statistic == QLatin1String("span_f1")) {
    const QString boundaries = matching == QLatin1String("overlap") ? tr("overlapping") : tr("exact boundaries");
    return tr("Span F1 (%1, %2)").arg(boundaries, label);
  }
  if (statistic == QLatin1String("iou_f1"))
    return tr("Region F1 (IoU ≥ %1, %2)").arg(QString::number(iouThreshold.value_or(0.5), 'g', 2), label);
  return statistic.isEmpty() ? tr("Agreement") : statistic;
}

QString AgreementView::unitNoun() const {
  return fieldKind == QLatin1String("regions") ? tr("images") : tr("cases");
}

QString AgreementView::itemNoun() const {
  return fieldKind == QLatin1String("multi_choice") || fieldKind == QLatin1String("rubric_grading") ? tr("items")
                                                                                                    : unitNoun();
}

QString AgreementView::headline() const {
  const QString counts = tr("%1 %2, %3 annotators").arg(units).arg(unitNoun()).arg(coders);
  if (!value) {
    const QString reason = undefinedReason.isEmpty() ? tr("no two annotators rated the same case") : undefinedReason;
    return tr("%1 is undefined (%2): %3").arg(statisticName(), counts, reason);
  }
  QString line = statisticName() + QLatin1Char(' ') + formatFigure(value);
  if (interval) {
    // An en dash after a minus sign reads as a second minus: negative bounds get "to".
    const QString format = interval->low < 0.0 ? tr(", %1 CI %2 to %3") : tr(", %1 CI %2–%3");
    line += format.arg(percentText(interval->confidence), formatFigure(interval->low), formatFigure(interval->high));
  }
  return line + QStringLiteral(", ") + counts;
}

QString AgreementView::details() const {
  QStringList parts;
  if (ac1) parts << tr("Gwet's AC1 %1").arg(formatFigure(ac1));
  if (percentAgreement) parts << tr("percent agreement %1").arg(percentText(*percentAgreement));
  // Multi-choice and rubric fields are expanded into (case, label) items before alpha.
  if (fieldKind == QLatin1String("multi_choice"))
    parts << tr("%1 (case, label) items rated by two or more").arg(pairableUnits);
  else if (fieldKind == QLatin1String("rubric_grading"))
    parts << tr("%1 (case, criterion) items rated by two or more").arg(pairableUnits);
  else
    parts << tr("%1 of %2 %3 rated by two or more").arg(pairableUnits).arg(units).arg(unitNoun());
  if (interval) {
    for (const auto& [minimum, share] : interval->probabilityBelow)
      parts << tr("chance below %1: %2").arg(minimum, percentText(share));
    parts << tr("%1 bootstrap resamples").arg(interval->resamples);
  }
  return parts.join(QStringLiteral(" · "));
}

}  // namespace concord::app
