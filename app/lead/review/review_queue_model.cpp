#include "lead/review/review_queue_model.h"

#include <QPointer>
#include <QUrlQuery>

#include "net/api_client.h"

namespace concord::app {

ReviewQueueRow ReviewQueueRow::fromJson(const Json& item) {
  ReviewQueueRow r;
  if (!item.is_object()) return r;
  r.caseId = item.value("case_id", qint64(0));
  r.externalId = QString::fromStdString(item.value("external_id", std::string()));
  r.specialty = QString::fromStdString(item.value("specialty", std::string()));
  r.isGold = item.value("is_gold", false);
  r.submitted = item.value("submitted", 0);
  for (const auto& f : item.value("disagreeing_fields", Json::array())) {
    if (f.is_string()) r.disagreeing << QString::fromStdString(f.get<std::string>());
  }
  return r;
}

ReviewPageFetcher reviewQueueFetcher(ApiClient* api, const QString& slug, int limit, QObject* context) {
  QPointer<QObject> guard(context);
  return [api, slug, limit, guard](const QString& cursor, auto done) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!cursor.isEmpty()) query.addQueryItem(QStringLiteral("cursor"), cursor);
    const QString path = QStringLiteral("/api/v1/projects/%1/review-queue?%2")
                             .arg(QString::fromUtf8(QUrl::toPercentEncoding(slug)), query.toString(QUrl::FullyEncoded));
    api->getJson(path, guard.data(), [done](const ApiReply& reply) {
      if (!reply.ok) {
        done({}, {}, reply.error.message);
        return;
      }
      std::vector<ReviewQueueRow> rows;
      for (const auto& item : reply.body.value("items", Json::array())) rows.push_back(ReviewQueueRow::fromJson(item));
      const Json next = reply.body.value("next_cursor", Json());
      done(std::move(rows), next.is_string() ? QString::fromStdString(next.get<std::string>()) : QString(), QString());
    });
  };
}

ReviewQueueModel::ReviewQueueModel(QObject* parent) : PagedRowsModel(parent) {}

void ReviewQueueModel::setFieldLabels(QHash<QString, QString> labels) {
  labels_ = std::move(labels);
  if (!rows_.empty()) emit dataChanged(index(0, FieldsColumn), index(rowCount() - 1, FieldsColumn));
}

int ReviewQueueModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString ReviewQueueModel::fieldsText(const ReviewQueueRow& r) const {
  QStringList names;
  for (const auto& id : r.disagreeing) names << labels_.value(id, id);
  return names.join(QStringLiteral(", "));
}

QVariant ReviewQueueModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const ReviewQueueRow& r = rows_[static_cast<std::size_t>(index.row())];
  switch (role) {
    case Qt::DisplayRole:
      switch (index.column()) {
        case CaseColumn: return r.isGold ? tr("%1 (gold)").arg(r.externalId) : r.externalId;
        case SpecialtyColumn: return r.specialty;
        case SubmittedColumn: return r.submitted;
        case FieldsColumn: return fieldsText(r);
        default: return {};
      }
    case Qt::ToolTipRole:
      return index.column() == FieldsColumn ? QVariant(tr("Annotators disagree on: %1").arg(fieldsText(r))) : QVariant();
    case CaseIdRole: return r.caseId;
    default: return {};
  }
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
  switch (section) {
    case CaseColumn: return tr("Case");
    case SpecialtyColumn: return tr("Specialty");
    case SubmittedColumn: return tr("Submitted");
    case FieldsColumn: return tr("Disagreeing fields");
    default: return {};
  }
}

}  // namespace concord::app
