#pragma once
// What the dashboard asks the agreement endpoint: the fields that have a statistic, and the query
// (field and filters) turned into the request path.
#include <QDate>
#include <QString>
#include <vector>

#include "concord/core/json.h"

namespace concord::app {

struct AgreementField {
  QString id;
  QString label;
  QString kind;
};

/// The schema's fields that have an agreement statistic, in schema order (free text and rubric
/// authoring have none: the server refuses them).
std::vector<AgreementField> agreementFields(const Json& schema);

struct AgreementRequest {
  QString project;     // slug
  QString field;
  QString specialty;   // empty = every specialty
  QString annotators;  // comma-separated usernames or pseudonyms; empty = everyone
  QDate from;          // first submission day, inclusive; null = any
  QDate to;            // last submission day, inclusive; null = any
  int bootstrap = 0;   // resamples for the interval; 0 = none
  quint32 seed = 0;    // fixed so the interval is the same on every refresh

  /// /api/v1/projects/{slug}/agreement?field=...; days are sent as UTC dates, and `to` as the
  /// following day because the server's upper bound is exclusive.
  QString path() const;
};

}  // namespace concord::app
