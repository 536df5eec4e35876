#pragma once
// Streams a JSONL case import into a project in one transaction: every line is parsed and
// checked (core), patient keys are replaced by keyed pseudonyms, texts are scanned for PHI and
// cases with findings are quarantined. A bad line aborts the whole import (nothing written) and
// the error names the line and field. Memory does not grow with the number of lines.
#include <cstdint>
#include <istream>
#include <string>

#include "concord/core/json.h"
#include "service/context.h"
#include "store/database.h"

namespace concord::service {

struct ImportSummary {
  std::int64_t lines = 0;
  std::int64_t inserted = 0;
  std::int64_t alreadyPresent = 0;  // same external id: left as it was (idempotent re-import)
  std::int64_t quarantined = 0;     // inserted with PHI findings, held back from clinicians
  Json toJson() const;
};

class CaseImporter {
 public:
  CaseImporter(store::Database& db, std::string pseudonymSecret)
      : db_(db), secret_(std::move(pseudonymSecret)) {}

  /// Throws ServiceError: NotFound (project), Unprocessable (a bad line; extensions carry
  /// "line" and "field"), PayloadTooLarge (a line over 64 MiB).
  ImportSummary import(const std::string& projectSlug, std::istream& jsonl, const RequestMeta& meta,
                       std::optional<std::int64_t> actor);

 private:
  store::Database& db_;
  std::string secret_;
};

}  // namespace concord::service
