#pragma once
// The submitted annotations an agreement report is computed from, with what describes each
// case (specialty, gold answer, adjudication) and the response order each annotator saw.
#include <pqxx/pqxx>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/records.h"

namespace concord::store {

struct AgreementFilter {
  std::int64_t projectId = 0;
  std::optional<std::string> specialty;
  std::optional<std::string> submittedFrom;  // ISO 8601, inclusive
  std::optional<std::string> submittedTo;    // ISO 8601, exclusive
  /// Usernames or pseudonyms; empty = everyone. Each matches [A-Za-z0-9._@-]+ (checked by the caller).
  std::vector<std::string> annotators;
};

struct AgreementRow {
  std::int64_t caseId = 0;
  std::string specialty;
  bool isGold = false;
  Json goldAnswer;            // null when none
  Json adjudicatedPayload;    // null when not adjudicated
  std::vector<std::string> responseModels;  // model names of the case's responses, in source order
  std::int64_t imageCount = 0;
  std::string pseudonym;
  Json payload;
  Json responseOrder;
};

/// Submitted annotations of the project matching the filter, ordered by case then annotation.
std::vector<AgreementRow> listAgreementRows(pqxx::transaction_base& tx, const AgreementFilter& filter);

}  // namespace concord::store
