#include "offline/outbox_store.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace concord::app {

OutboxStore::OutboxStore(QString path)
    : path_(std::move(path)), connection_(QStringLiteral("outbox-") + QUuid::createUuid().toString(QUuid::WithoutBraces)) {}

OutboxStore::~OutboxStore() {
  {
    QSqlDatabase db = QSqlDatabase::database(connection_, false);
    if (db.isOpen()) db.close();
  }
  QSqlDatabase::removeDatabase(connection_);
}

bool OutboxStore::open(QString* error) {
  QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection_);
  db.setDatabaseName(path_);
  if (!db.open()) {
    if (error) *error = db.lastError().text();
    return false;
  }
  QSqlQuery q(db);
  q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
  q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
  if (!q.exec(QStringLiteral(
          "CREATE TABLE IF NOT EXISTS outbox ("
          " id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, case_id INTEGER NOT NULL,"
          " case_label TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT '', body BLOB NOT NULL,"
          " idempotency_key TEXT NOT NULL UNIQUE, if_match TEXT NOT NULL DEFAULT '',"
          " state TEXT NOT NULL DEFAULT 'pending', message TEXT NOT NULL DEFAULT '', created_ms INTEGER NOT NULL)"))) {
    if (error) *error = q.lastError().text();
    return false;
  }
  return true;
}

namespace {

QString kindName(OutboxItem::Kind k) { return k == OutboxItem::Kind::Skip ? QStringLiteral("skip") : QStringLiteral("annotation"); }
QString stateName(OutboxItem::State s) {
  switch (s) {
    case OutboxItem::State::Conflict: return QStringLiteral("conflict");
    case OutboxItem::State::Rejected: return QStringLiteral("rejected");
    default: return QStringLiteral("pending");
  }
}

// A null QString binds as SQL NULL; the columns are NOT NULL with '' meaning "none".
QString text(const QString& s) { return s.isNull() ? QStringLiteral("") : s; }

void bindCommon(QSqlQuery& q, const OutboxItem& item) {
  q.bindValue(QStringLiteral(":kind"), kindName(item.kind));
  q.bindValue(QStringLiteral(":case_id"), item.caseId);
  q.bindValue(QStringLiteral(":case_label"), text(item.caseLabel));
  q.bindValue(QStringLiteral(":status"), text(item.status));
  q.bindValue(QStringLiteral(":body"), item.body);
  q.bindValue(QStringLiteral(":key"), item.idempotencyKey);
  q.bindValue(QStringLiteral(":if_match"), text(QString::fromLatin1(item.ifMatch)));
  q.bindValue(QStringLiteral(":state"), stateName(item.state));
  q.bindValue(QStringLiteral(":message"), text(item.message));
}

}  // namespace

qint64 OutboxStore::insert(const OutboxItem& item) {
  QSqlQuery q(QSqlDatabase::database(connection_));
  q.prepare(QStringLiteral(
      "INSERT INTO outbox (kind, case_id, case_label, status, body, idempotency_key, if_match, state, message, created_ms)"
      " VALUES (:kind, :case_id, :case_label, :status, :body, :key, :if_match, :state, :message, :created)"));
  bindCommon(q, item);
  q.bindValue(QStringLiteral(":created"), item.createdMs);
  if (!q.exec()) {
    qWarning("concord: outbox insert failed: %s", qPrintable(q.lastError().text()));
    return 0;
  }
  return q.lastInsertId().toLongLong();
}

bool OutboxStore::update(const OutboxItem& item) {
  QSqlQuery q(QSqlDatabase::database(connection_));
  q.prepare(QStringLiteral(
      "UPDATE outbox SET kind = :kind, case_id = :case_id, case_label = :case_label, status = :status, body = :body,"
      " idempotency_key = :key, if_match = :if_match, state = :state, message = :message WHERE idempotency_key = :key"));
  bindCommon(q, item);
  return q.exec();
}

bool OutboxStore::remove(const QString& idempotencyKey) {
  QSqlQuery q(QSqlDatabase::database(connection_));
  q.prepare(QStringLiteral("DELETE FROM outbox WHERE idempotency_key = :key"));
  q.bindValue(QStringLiteral(":key"), idempotencyKey);
  return q.exec();
}

QVector<OutboxItem> OutboxStore::all() {
  QVector<OutboxItem> items;
  QSqlQuery q(QSqlDatabase::database(connection_));
  if (!q.exec(QStringLiteral("SELECT id, kind, case_id, case_label, status, body, idempotency_key, if_match, state,"
                             " message, created_ms FROM outbox ORDER BY id"))) {
    return items;
  }
  while (q.next()) {
    OutboxItem it;
    it.id = q.value(0).toLongLong();
    it.kind = q.value(1).toString() == QLatin1String("skip") ? OutboxItem::Kind::Skip : OutboxItem::Kind::Annotation;
    it.caseId = q.value(2).toLongLong();
    it.caseLabel = q.value(3).toString();
    it.status = q.value(4).toString();
    it.body = q.value(5).toByteArray();
    it.idempotencyKey = q.value(6).toString();
    it.ifMatch = q.value(7).toString().toLatin1();
    const QString state = q.value(8).toString();
    it.state = state == QLatin1String("conflict")   ? OutboxItem::State::Conflict
               : state == QLatin1String("rejected") ? OutboxItem::State::Rejected
                                                    : OutboxItem::State::Pending;
    it.message = q.value(9).toString();
    it.createdMs = q.value(10).toLongLong();
    items.append(it);
  }
  return items;
}

}  // namespace concord::app
