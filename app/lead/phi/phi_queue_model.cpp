#include "lead/phi/phi_queue_model.h"

#include <QDateTime>
#include <QLocale>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include "net/api_client.h"

namespace concord::app {

PhiPageFetcher phiQuarantineFetcher(ApiClient* api, const QString& slug, int limit, QObject* context) {
  QPointer<QObject> guard(context);
  return [api, slug, limit, guard](const QString& cursor, auto done) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!cursor.isEmpty()) query.addQueryItem(QStringLiteral("cursor"), cursor);
    const QString path = QStringLiteral("/api/v1/projects/%1/quarantine?%2")
                             .arg(QString::fromUtf8(QUrl::toPercentEncoding(slug)), query.toString(QUrl::FullyEncoded));
    api->getJson(path, guard.data(), [done](const ApiReply& reply) {
      if (!reply.ok) {
        done({}, {}, reply.error.message);
        return;
      }
      std::vector<PhiCase> rows;
      for (const auto& item : reply.body.value("items", Json::array())) rows.push_back(PhiCase::fromJson(item));
      const Json next = reply.body.value("next_cursor", Json());
      done(std::move(rows), next.is_string() ? QString::fromStdString(next.get<std::string>()) : QString(), QString());
    });
  };
}

PhiQueueModel::PhiQueueModel(QObject* parent) : PagedRowsModel(parent) {}

int PhiQueueModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant PhiQueueModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const PhiCase& c = rows_[static_cast<std::size_t>(index.row())];
  switch (role) {
    case Qt::DisplayRole:
      switch (index.column()) {
        case CaseColumn: return c.externalId;
        case QuarantinedColumn: {
          // Cases imported before the server recorded the time carry none.
          if (c.quarantinedAt.isEmpty()) return tr("at import (time not recorded)");
          const QDateTime when = QDateTime::fromString(c.quarantinedAt, Qt::ISODateWithMs);
          return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : c.quarantinedAt;
        }
        case SourcesColumn: return c.sourcesText();
        case CategoriesColumn: return c.categoriesText();
        default: return {};
      }
    case Qt::ToolTipRole:
      return index.column() == QuarantinedColumn ? QVariant(c.quarantinedAt) : QVariant();
    case CaseIdRole: return c.caseId;
    default: return {};
  }
}

QVariant PhiQueueModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
  switch (section) {
    case CaseColumn: return tr("Case");
    case QuarantinedColumn: return tr("Quarantined");
    case SourcesColumn: return tr("Found by");
    case CategoriesColumn: return tr("Categories");
    default: return {};
  }
}

void PhiQueueModel::filterPage(std::vector<PhiCase>& rows) const {
  // A case reviewed and re-quarantined between pages could arrive twice: keep the first.
  std::erase_if(rows, [this](const PhiCase& c) { return rowOfCase(c.caseId) >= 0; });
}

}  // namespace concord::app
