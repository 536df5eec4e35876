#pragma once
// One export job as GET /api/v1/exports/{id} reports it, and the words a data lead reads about
// it: progress, counts and, when it failed, what went wrong and what to do. Plain code (no
// widgets) so the wording is tested without a window.
#include <QList>
#include <QPair>
#include <QString>

#include "concord/core/json.h"
#include "net/problem_message.h"

namespace concord::app {

using NamedCounts = QList<QPair<QString, qint64>>;

/// A possible identifier the PHI gate named in its refusal.
struct PhiHit {
  qint64 caseId = 0;
  QString where;     // e.g. "note_text", "responses/0"
  QString category;  // e.g. "phone"
};

struct ExportJobStatus {
  qint64 id = 0;
  QString project;
  QString task;
  QString status;  // running | succeeded | failed
  qint64 casesTotal = 0;
  qint64 casesRead = 0;
  qint64 recordsWritten = 0;
  qint64 bytesWritten = 0;
  qint64 records = 0;  // when succeeded
  NamedCounts recordsPerSplit;
  NamedCounts excluded;
  QString manifestSha256;
  QString manifestPath;  // links.manifest
  QString outputDir;     // only if the server names it
  QString error;
  QString errorKind;
  QList<PhiHit> phiHits;  // a PHI refusal's first hits (phi_hits)
  qint64 phiHitCount = 0;  // and how many there were in all
  QString createdAt;
  QString finishedAt;

  bool running() const { return status == QLatin1String("running"); }
  bool succeeded() const { return status == QLatin1String("succeeded"); }
  bool failed() const { return status == QLatin1String("failed"); }

  static ExportJobStatus fromJson(const Json& body);
};

/// "1.5 KB", "12 bytes", "3.2 MB".
QString humanBytes(qint64 bytes);

/// "12 of 40 cases read · 10 records · 1.5 KB written".
QString progressText(const ExportJobStatus& job);

/// One line for the list of jobs: "#12 classification (slug) — running, 30%".
QString jobListText(const ExportJobStatus& job);

/// "the clinical note", "model response 1", ...
QString whereInWords(const QString& where);
/// "a phone number", "a name", ...
QString phiCategoryInWords(const QString& category);

/// Why the job failed and what to do next, for a data lead.
QString failureText(const ExportJobStatus& job);

/// Why the server refused to start an export (POST answered 4xx/5xx or no answer).
QString startRefusalText(const ApiError& error);

/// Why a started export's status or manifest could not be read.
QString lookupFailureText(const ApiError& error);

}  // namespace concord::app
