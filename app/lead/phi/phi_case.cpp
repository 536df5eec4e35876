#include "lead/phi/phi_case.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <set>

#include "model/text_offsets.h"

namespace concord::app {
namespace {

QString str(const Json& object, const char* key) {
  if (!object.is_object() || !object.contains(key) || !object[key].is_string()) return {};
  return QString::fromStdString(object[key].get<std::string>());
}

int offset(const Json& object, const char* key) {
  if (!object.is_object() || !object.contains(key) || !object[key].is_number_integer()) return -1;
  return object[key].get<int>();
}

QString tr(const char* text) { return QCoreApplication::translate("PhiCase", text); }

// The texts a finding can point into, under the field names the import and the service use.
std::vector<PhiSection> sectionsOf(const Json& item) {
  std::vector<PhiSection> out;
  out.push_back({QStringLiteral("note_text"), phiFieldLabel(QStringLiteral("note_text")), str(item, "note_text"), 0});
  const Json content = item.is_object() ? item.value("content", Json::object()) : Json::object();
  if (!content.is_object()) return out;
  const Json conversation = content.value("conversation", Json::object());
  if (conversation.is_object()) {
    for (const char* list : {"messages", "responses"}) {
      const Json items = conversation.value(list, Json::array());
      if (!items.is_array()) continue;
      for (std::size_t i = 0; i < items.size(); ++i) {
        const QString field = QStringLiteral("conversation/%1/%2/content").arg(QLatin1String(list)).arg(i);
        out.push_back({field, phiFieldLabel(field), str(items[i], "content"), 0});
      }
    }
  }
  const Json criteria = content.value("rubric_criteria", Json::array());
  if (criteria.is_array()) {
    for (std::size_t i = 0; i < criteria.size(); ++i) {
      const QString field = QStringLiteral("rubric_criteria/%1/text").arg(i);
      out.push_back({field, phiFieldLabel(field), str(criteria[i], "text"), 0});
    }
  }
  return out;
}

}  // namespace

QString phiSourceLabel(const QString& source) {
  if (source == QLatin1String("import")) return tr("import");
  if (source == QLatin1String("clinician_flag")) return tr("clinician flag");
  if (source == QLatin1String("export_scan")) return tr("export scan");
  return source;
}

QString phiFieldLabel(const QString& field) {
  static const QRegularExpression indexed(QStringLiteral("^conversation/(messages|responses)/(\\d+)/content$"));
  static const QRegularExpression criterion(QStringLiteral("^rubric_criteria/(\\d+)/text$"));
  if (field == QLatin1String("note_text")) return tr("note");
  if (field == QLatin1String("case")) return tr("whole case");
  if (auto m = indexed.match(field); m.hasMatch()) {
    const int n = m.captured(2).toInt() + 1;
    return m.captured(1) == QLatin1String("messages") ? tr("conversation message %1").arg(n) : tr("model response %1").arg(n);
  }
  if (auto m = criterion.match(field); m.hasMatch()) return tr("rubric criterion %1").arg(m.captured(1).toInt() + 1);
  return field;  // export scan fields (messages/0, annotations/<pseudonym>) name the exported record
}

PhiCase PhiCase::fromJson(const Json& item) {
  PhiCase c;
  if (!item.is_object()) return c;
  c.caseId = item.value("case_id", qint64(0));
  c.externalId = str(item, "external_id");
  c.quarantinedAt = str(item, "quarantined_at");
  const Json findings = item.value("findings", Json::array());
  if (findings.is_array()) {
    for (const auto& f : findings) {
      if (!f.is_object()) continue;
      c.findings.push_back({f.value("id", qint64(0)), str(f, "source"), str(f, "field"), offset(f, "start"),
                            offset(f, "end"), str(f, "category"), str(f, "status")});
    }
  }
  // The note always comes first and untitled; other texts only when they hold something.
  for (auto& s : sectionsOf(item)) {
    if (!c.sections.empty() && s.text.isEmpty()) continue;
    if (!c.sections.empty()) c.document += QStringLiteral("\n\n── %1 ──\n").arg(s.title);
    s.documentStart = static_cast<int>(c.document.size());
    c.document += s.text;
    c.sections.push_back(std::move(s));
  }
  return c;
}

QString PhiCase::sourcesText() const {
  QStringList out;
  for (const char* source : {"import", "clinician_flag", "export_scan"}) {
    for (const auto& f : findings) {
      if (f.source == QLatin1String(source)) {
        out << phiSourceLabel(f.source);
        break;
      }
    }
  }
  return out.join(QStringLiteral(", "));
}

QString PhiCase::categoriesText() const {
  std::set<QString> distinct;
  for (const auto& f : findings) distinct.insert(f.category);
  return QStringList(distinct.begin(), distinct.end()).join(QStringLiteral(", "));
}

PhiLocation PhiCase::location(std::size_t i) const {
  if (i >= findings.size() || !findings[i].hasOffsets()) return {};
  const PhiFinding& f = findings[i];
  for (const auto& s : sections) {
    if (s.field != f.field) continue;
    return {s.documentStart + utf16Offset(s.text, f.start), s.documentStart + utf16Offset(s.text, f.end)};
  }
  return {};
}

QString PhiCase::matchedText(std::size_t i) const {
  if (i >= findings.size()) return {};
  const PhiFinding& f = findings[i];
  const PhiLocation where = location(i);
  if (where.shown()) return document.mid(where.start, where.end - where.start);
  if (f.source == QLatin1String("clinician_flag")) return tr("(flagged by a clinician as containing PHI)");
  if (f.source == QLatin1String("export_scan")) return tr("(found by the export scan in %1)").arg(f.field);
  return tr("(found by the %1 in %2)").arg(phiSourceLabel(f.source), f.field);
}

}  // namespace concord::app
