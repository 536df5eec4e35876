#include "store/agreement_store.h"

#include "store/row_parsing.h"
#include "store/statements.h"

namespace concord::store {
namespace {

const StatementSet kStatements{
    {"agreement_rows",
     "SELECT c.id, c.specialty, c.is_gold, c.gold_answer::text, d.final_payload::text,"
     "       coalesce(jsonb_path_query_array(c.content, '$.conversation.responses[*].model'), '[]')::text,"
     "       (SELECT count(*) FROM case_media m WHERE m.case_id = c.id AND m.kind = 'image'),"
     "       u.pseudonym, n.payload::text, a.response_order::text"
     " FROM annotations n"
     " JOIN cases c ON c.id = n.case_id"
     " JOIN assignments a ON a.id = n.assignment_id"
     " JOIN users u ON u.id = n.user_id"
     " LEFT JOIN adjudications d ON d.case_id = c.id"
     " WHERE n.project_id = $1 AND n.status = 'submitted'"
     "   AND ($2::text IS NULL OR c.specialty = $2)"
     "   AND ($3::timestamptz IS NULL OR n.submitted_at >= $3::timestamptz)"
     "   AND ($4::timestamptz IS NULL OR n.submitted_at < $4::timestamptz)"
     "   AND ($5::text[] IS NULL OR u.username = ANY($5::text[]) OR u.pseudonym = ANY($5::text[]))"
     " ORDER BY c.id, n.id"},
};

std::optional<std::string> arrayLiteral(const std::vector<std::string>& items) {
  if (items.empty()) return std::nullopt;
  // Items are restricted to [A-Za-z0-9._@-] by the caller; quoting keeps the literal exact anyway.
  std::string out = "{";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += ",";
    out += "\"" + items[i] + "\"";
  }
  return out + "}";
}

}  // namespace

std::vector<AgreementRow> listAgreementRows(pqxx::transaction_base& tx, const AgreementFilter& filter) {
  NullableText specialty(filter.specialty), from(filter.submittedFrom), to(filter.submittedTo),
      annotators(arrayLiteral(filter.annotators));
  std::vector<AgreementRow> out;
  for (const auto& r : tx.exec_prepared("agreement_rows", filter.projectId, specialty.get(), from.get(), to.get(),
                                        annotators.get())) {
    AgreementRow row;
    row.caseId = r[0].as<std::int64_t>();
    row.specialty = r[1].as<std::string>();
    row.isGold = r[2].as<bool>();
    row.goldAnswer = jsonOrNull(r[3]);
    row.adjudicatedPayload = jsonOrNull(r[4]);
    for (const auto& m : Json::parse(r[5].as<std::string>())) row.responseModels.push_back(m.is_string() ? m.get<std::string>() : "");
    row.imageCount = r[6].as<std::int64_t>();
    row.pseudonym = r[7].as<std::string>();
    row.payload = Json::parse(r[8].as<std::string>());
    row.responseOrder = Json::parse(r[9].as<std::string>());
    out.push_back(std::move(row));
  }
  return out;
}

}  // namespace concord::store
