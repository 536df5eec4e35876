#include "lead/review/review_value_text.h"

#include <QObject>
#include <QStringList>

#include "model/text_offsets.h"

namespace concord::app {

namespace {

QString tr(const char* text) { return QObject::tr(text); }

QString plain(const Json& v) {
  if (v.is_string()) return QString::fromStdString(v.get<std::string>());
  if (v.is_number_integer()) return QString::number(v.get<qint64>());
  if (v.is_number()) return QString::number(v.get<double>());
  if (v.is_boolean()) return v.get<bool>() ? tr("yes") : tr("no");
  return QString::fromStdString(v.dump());
}

QString optionLabel(const FieldSpec& field, const Json& v) {
  for (const auto& o : field.options) {
    const bool same = o.value.is_number() && v.is_number() ? o.value.get<double>() == v.get<double>() : o.value == v;
    if (same) return o.label.empty() ? plain(o.value) : QString::fromStdString(o.label);
  }
  return plain(v);
}

QString preferenceText(const FieldSpec& field, const Json& v) {
  if (!v.is_object()) return plain(v);
  const QString choice = QString::fromStdString(v.value("choice", std::string()));
  if (choice == QLatin1String("tie")) return tr("Tie");
  if (v.contains("strength") && v["strength"].is_number_integer() && field.strengthLevels > 0) {
    return QStringLiteral("%1 (%2)").arg(choice, tr("strength %1/%2").arg(v["strength"].get<int>()).arg(field.strengthLevels));
  }
  return choice;
}

QString spansText(const FieldSpec& field, const Json& v, const QString& note) {
  QStringList lines;
  for (const auto& s : v) {
    if (!s.is_object()) continue;
    const int start = s.value("start", 0), end = s.value("end", 0);
    const int from = utf16Offset(note, start);
    const QString quoted = note.mid(from, utf16Offset(note, end) - from);
    lines << QStringLiteral("“%1” — %2").arg(quoted, optionLabel(field, s.value("label", Json())));
  }
  return lines.join(QLatin1Char('\n'));
}

QString regionsText(const FieldSpec& field, const Json& v) {
  QStringList lines;
  for (const auto& r : v) {
    if (!r.is_object()) continue;
    lines << tr("%1 on image %2 (%3)")
                 .arg(optionLabel(field, r.value("label", Json())))
                 .arg(r.value("image", 0) + 1)
                 .arg(QString::fromStdString(r.value("shape", std::string())));
  }
  return lines.join(QLatin1Char('\n'));
}

QString rubricText(const Json& v) {
  QStringList lines;
  for (const auto& c : v) {
    if (!c.is_object()) continue;
    const int points = c.value("points", 0);
    QString line = QStringLiteral("%1%2  %3").arg(points > 0 ? QStringLiteral("+") : QString()).arg(points).arg(
        QString::fromStdString(c.value("criterion", std::string())));
    if (c.contains("tags") && c["tags"].is_array() && !c["tags"].empty()) {
      QStringList tags;
      for (const auto& t : c["tags"]) tags << plain(t);
      line += QStringLiteral(" [%1]").arg(tags.join(QStringLiteral(", ")));
    }
    lines << line;
  }
  return lines.join(QLatin1Char('\n'));
}

QString gradingText(const Json& v, const ReviewCase& data) {
  QStringList lines;
  for (const auto& g : v) {
    if (!g.is_object()) continue;
    const QString id = QString::fromStdString(g.value("criterion_id", std::string()));
    QString text = id;
    for (const auto& c : data.criteria) {
      if (c.id == id) text = c.text;
    }
    lines << QStringLiteral("%1 %2").arg(g.value("met", false) ? tr("met:") : tr("unmet:"), text);
  }
  return lines.join(QLatin1Char('\n'));
}

}  // namespace

QString reviewValueText(const FieldSpec& field, const Json& value, const ReviewCase& data) {
  if (value.is_null()) return QStringLiteral("—");
  switch (field.kind) {
    case FieldKind::SingleChoice:
    case FieldKind::Ordinal: return optionLabel(field, value);
    case FieldKind::MultiChoice: {
      if (!value.is_array()) return plain(value);
      QStringList labels;
      for (const auto& v : value) labels << optionLabel(field, v);
      return labels.join(QStringLiteral(", "));
    }
    case FieldKind::Number:
      return field.unit.empty() ? plain(value) : QStringLiteral("%1 %2").arg(plain(value), QString::fromStdString(field.unit));
    case FieldKind::FreeText: return plain(value);
    case FieldKind::Preference: return preferenceText(field, value);
    case FieldKind::Spans: return value.is_array() ? spansText(field, value, data.noteText) : plain(value);
    case FieldKind::Regions: return value.is_array() ? regionsText(field, value) : plain(value);
    case FieldKind::RubricAuthoring: return value.is_array() ? rubricText(value) : plain(value);
    case FieldKind::RubricGrading: return value.is_array() ? gradingText(value, data) : plain(value);
  }
  return plain(value);
}

}  // namespace concord::app
