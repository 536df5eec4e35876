#include "lead/agreement/agreement_request.h"

#include <QUrl>
#include <QStringList>

namespace concord::app {

std::vector<AgreementField> agreementFields(const Json& schema) {
  std::vector<AgreementField> out;
  if (!schema.is_object() || !schema.contains("fields") || !schema["fields"].is_array()) return out;
  for (const auto& field : schema["fields"]) {
    if (!field.is_object()) continue;
    const std::string kind = field.value("kind", std::string());
    if (kind.empty() || kind == "free_text" || kind == "rubric_authoring") continue;
    const std::string id = field.value("id", std::string());
    if (id.empty()) continue;
    out.push_back({QString::fromStdString(id), QString::fromStdString(field.value("label", id)), QString::fromStdString(kind)});
  }
  return out;
}

QString AgreementRequest::path() const {
  QStringList query;
  // Encode each value fully: a specialty or name with '&', '+' or '#' must stay one value.
  auto add = [&query](const QString& key, const QString& value) {
    query << key + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value));
  };
  add(QStringLiteral("field"), field);
  if (!specialty.trimmed().isEmpty()) add(QStringLiteral("specialty"), specialty.trimmed());
  if (!annotators.trimmed().isEmpty()) {
    QStringList names = annotators.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (auto& name : names) name = name.trimmed();
    names.removeAll(QString());
    if (!names.isEmpty()) add(QStringLiteral("annotators"), names.join(QLatin1Char(',')));
  }
  if (from.isValid()) add(QStringLiteral("from"), from.toString(Qt::ISODate));
  if (to.isValid()) add(QStringLiteral("to"), to.addDays(1).toString(Qt::ISODate));
  if (bootstrap > 0) {
    add(QStringLiteral("bootstrap"), QString::number(bootstrap));
    add(QStringLiteral("seed"), QString::number(seed));
  }
  return QStringLiteral("/api/v1/projects/%1/agreement?%2")
      .arg(QString::fromLatin1(QUrl::toPercentEncoding(project)), query.join(QLatin1Char('&')));
}

}  // namespace concord::app
