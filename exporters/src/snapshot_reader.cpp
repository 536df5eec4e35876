#include "snapshot_reader.h"

#include "batch_prefetcher.h"

#include <pqxx/pqxx>

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace concord::exporters {
namespace {

constexpr int kFetchBatch = 2000;
constexpr const char* kCursorName = "concord_export_cases";

// Why a case is left out, first matching reason wins. $1 project, $4 specialty, $5 include gold,
// $6 adjudicated only, $2 the exported field.
constexpr const char* kReasonSql = R"SQL(
  CASE
    WHEN c.status = 'quarantined' THEN 'quarantined'
    WHEN c.status = 'retired' THEN 'retired'
    WHEN EXISTS (SELECT 1 FROM phi_findings f WHERE f.case_id = c.id AND f.status = 'open') THEN 'phi_open'
    WHEN $4::text <> '' AND c.specialty <> $4::text THEN 'other_specialty'
    WHEN c.is_gold AND NOT $5::boolean THEN 'gold'
    WHEN NOT EXISTS (SELECT 1 FROM annotations an
                     WHERE an.project_id = $1::bigint AND an.status = 'submitted'
                       AND an.case_id = c.id AND an.payload ? $2::text) THEN 'not_annotated'
    WHEN $6::boolean AND NOT EXISTS (SELECT 1 FROM adjudications j WHERE j.case_id = c.id) THEN 'not_adjudicated'
  END)SQL";

// Exact duplicates: same text after trimming, lower-casing and collapsing white space, and the
// same images. The lowest case id of each group is exported, the rest counted.
constexpr const char* kDuplicateKeySql = R"SQL(
  md5(lower(regexp_replace(btrim(c.note_text || ' ' || coalesce(c.content -> 'conversation', 'null'::jsonb)::text),
                           '\s+', ' ', 'g')))
  || coalesce((SELECT string_agg(m.sha256, ',' ORDER BY m.kind, m.position) FROM case_media m WHERE m.case_id = c.id), ''))SQL";

std::string caseSql(const CaseQuery& query) {
  std::string content = query.withContent ? "c.content" : "'{}'::jsonb";
  std::string overrides = query.withOverrides
                              ? "(SELECT json_agg(o.category || ':' || o.text_sha256 ORDER BY o.category, o.text_sha256) "
                                "FROM phi_overrides o WHERE o.case_id = c.id)"
                              : "NULL::json";
  // MATERIALIZED: the reason is computed once per case, not once per reference.
  return std::string("WITH classified AS MATERIALIZED (SELECT c.id, ") + kReasonSql +
         " AS reason FROM cases c WHERE c.project_id = $1::bigint),\n"
         "keyed AS (SELECT cl.id, cl.reason, CASE WHEN cl.reason IS NULL THEN " + kDuplicateKeySql +
         " END AS text_key FROM classified cl JOIN cases c ON c.id = cl.id),\n"
         "ranked AS (SELECT id, reason, row_number() OVER (PARTITION BY text_key ORDER BY id) AS copy_number FROM keyed),\n"
         // One grouped pass over the answers beats a lookup per case.
         "answered AS (SELECT an.case_id, json_agg(json_build_object('annotator', u.pseudonym,\n"
         "    'schema_version', an.schema_version, 'answer', an.payload -> $2::text,\n"
         "    'response_order', asg.response_order) ORDER BY u.pseudonym) AS answers\n"
         "  FROM annotations an JOIN users u ON u.id = an.user_id JOIN assignments asg ON asg.id = an.assignment_id\n"
         "  WHERE an.project_id = $1::bigint AND an.status = 'submitted' AND an.payload ? $2::text\n"
         "  GROUP BY an.case_id),\n"
         "decided AS (SELECT id, coalesce(reason, CASE WHEN copy_number > 1 THEN 'duplicate' END) AS reason FROM ranked)\n"
         "SELECT d.id, d.reason,\n"
         "  CASE WHEN d.reason IS NULL THEN c.external_id END,\n"
         "  CASE WHEN d.reason IS NULL THEN c.patient_key END,\n"
         "  CASE WHEN d.reason IS NULL THEN c.specialty END,\n"
         "  CASE WHEN d.reason IS NULL THEN c.note_text END,\n"
         "  CASE WHEN d.reason IS NULL THEN " + content + " END,\n"
         "  c.is_gold,\n"
         "  CASE WHEN d.reason IS NULL THEN j.final_payload -> $2::text END,\n"
         "  CASE WHEN d.reason IS NULL THEN ju.pseudonym END,\n"
         "  CASE WHEN d.reason IS NULL THEN a.answers END,\n"
         "  CASE WHEN d.reason IS NULL THEN " + overrides + " END\n"
         "FROM decided d JOIN cases c ON c.id = d.id LEFT JOIN answered a ON a.case_id = d.id\n"
         "  LEFT JOIN adjudications j ON j.case_id = c.id LEFT JOIN users ju ON ju.id = j.adjudicator_id\n"
         "ORDER BY md5($3::text || ':' || d.id::text) COLLATE \"C\", d.id";
}

Json parseJsonField(const pqxx::field& field, Json fallback) {
  if (field.is_null()) return fallback;
  return Json::parse(field.c_str());
}

}  // namespace

struct SnapshotReader::State {
  explicit State(const std::string& url) : connection(url), tx(connection, "concord_export") {}
  pqxx::connection connection;
  pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> tx;
  pqxx::result batch;
  pqxx::result::size_type nextRow = 0;
  // Declared after `tx`: destroyed (its thread joined) before the transaction ends.
  std::unique_ptr<BatchPrefetcher> prefetcher;
  bool cursorOpen = false;
  bool exhausted = false;
};

SnapshotReader::SnapshotReader(const std::string& databaseUrl) : state_(std::make_unique<State>(databaseUrl)) {
  // The first statement of a REPEATABLE READ transaction takes its snapshot.
  snapshotId_ = state_->tx.exec("SELECT pg_current_snapshot()::text")[0][0].as<std::string>();
  // The case query is one long streaming read of every row: plan the cursor for total time, not
  // for its first rows (the default 0.1 picks nested loops); JIT compilation costs more than it
  // saves; a larger sort memory keeps the seeded ordering off disk for mid-sized projects
  // (server-side memory, for this transaction only).
  state_->tx.exec("SET LOCAL cursor_tuple_fraction = 1.0");
  state_->tx.exec("SET LOCAL jit = off");
  state_->tx.exec("SET LOCAL work_mem = '64MB'");
}

SnapshotReader::~SnapshotReader() = default;

std::optional<ProjectInfo> SnapshotReader::findProject(const std::string& slugOrId) {
  bool numeric = !slugOrId.empty() && slugOrId.size() < 19 &&
                 std::all_of(slugOrId.begin(), slugOrId.end(), [](unsigned char ch) { return std::isdigit(ch) != 0; });
  pqxx::result found =
      numeric ? state_->tx.exec_params(
                    "SELECT id, slug, name, annotation_schema, schema_version FROM projects WHERE id = $1::bigint",
                    slugOrId)
              : state_->tx.exec_params(
                    "SELECT id, slug, name, annotation_schema, schema_version FROM projects WHERE slug = $1", slugOrId);
  if (found.empty()) return std::nullopt;
  ProjectInfo project;
  project.id = found[0][0].as<std::int64_t>();
  project.slug = found[0][1].as<std::string>();
  project.name = found[0][2].as<std::string>();
  project.annotationSchema = Json::parse(found[0][3].c_str());
  project.schemaVersion = found[0][4].as<int>();
  return project;
}

std::uint64_t SnapshotReader::countCases(std::int64_t projectId) {
  return state_->tx.exec_params1("SELECT count(*) FROM cases WHERE project_id = $1", projectId)[0].as<std::uint64_t>();
}

void SnapshotReader::openCases(const CaseQuery& query) {
  state_->tx.exec_params(std::string("DECLARE ") + kCursorName + " NO SCROLL CURSOR FOR " + caseSql(query),
                         query.projectId, query.fieldId, std::to_string(query.seed), query.specialty,
                         query.includeGold, query.adjudicatedOnly);
  state_->cursorOpen = true;
  state_->exhausted = false;
  state_->batch = pqxx::result();
  state_->nextRow = 0;
  if (query.prefetch) {
    auto* tx = &state_->tx;
    state_->prefetcher = std::make_unique<BatchPrefetcher>(
        [tx] { return tx->exec(std::string("FETCH ") + std::to_string(kFetchBatch) + " FROM " + kCursorName); },
        static_cast<std::size_t>(kFetchBatch));
  }
}

bool SnapshotReader::nextCase(CaseRow& row) {
  if (state_->nextRow >= state_->batch.size()) {
    if (state_->exhausted || !state_->cursorOpen) return false;
    state_->batch = state_->prefetcher
                        ? state_->prefetcher->next()
                        : state_->tx.exec(std::string("FETCH ") + std::to_string(kFetchBatch) + " FROM " + kCursorName);
    state_->nextRow = 0;
    if (state_->batch.size() < static_cast<pqxx::result::size_type>(kFetchBatch)) state_->exhausted = true;
    if (state_->batch.empty()) return false;
  }
  const pqxx::row r = state_->batch[state_->nextRow++];
  row.caseId = r[0].as<std::int64_t>();
  row.excludedReason = r[1].is_null() ? std::string() : r[1].as<std::string>();
  row.exportCase = ExportCase();
  if (!row.excludedReason.empty()) return true;
  ExportCase& c = row.exportCase;
  c.id = row.caseId;
  c.externalId = r[2].as<std::string>();
  c.patientKey = r[3].as<std::string>();
  c.specialty = r[4].as<std::string>();
  c.noteText = r[5].as<std::string>();
  c.content = parseJsonField(r[6], Json::object());
  c.isGold = r[7].as<bool>();
  if (!r[8].is_null()) c.adjudicated = Json::parse(r[8].c_str());
  if (!r[9].is_null()) c.adjudicator = r[9].as<std::string>();
  Json answers = parseJsonField(r[10], Json::array());
  c.answers.reserve(answers.size());
  for (auto& item : answers) {
    AnnotatorAnswer answer;
    answer.annotator = item.at("annotator").get<std::string>();
    answer.schemaVersion = item.at("schema_version").get<int>();
    answer.answer = std::move(item.at("answer"));
    answer.responseOrder = std::move(item.at("response_order"));
    c.answers.push_back(std::move(answer));
  }
  Json overrides = parseJsonField(r[11], Json::array());
  for (const auto& item : overrides) c.phiOverrides.push_back(item.get<std::string>());
  std::sort(c.phiOverrides.begin(), c.phiOverrides.end());  // the PHI gate binary-searches it
  return true;
}

std::vector<MediaItem> SnapshotReader::images(std::int64_t caseId) {
  if (state_->prefetcher) throw std::logic_error("images() needs CaseQuery::prefetch = false");
  std::vector<MediaItem> items;
  for (const auto& r : state_->tx.exec_params(
           "SELECT mime_type, data FROM case_media WHERE case_id = $1 AND kind = 'image' ORDER BY position", caseId)) {
    items.push_back({r[0].as<std::string>(), pqxx::binarystring(r[1]).str()});
  }
  return items;
}

std::string SnapshotReader::caseQueryForPsql(const CaseQuery& query) {
  std::string sql = caseSql(query);
  const std::string values[] = {
      state_->tx.quote(query.projectId), state_->tx.quote(query.fieldId), state_->tx.quote(std::to_string(query.seed)),
      state_->tx.quote(query.specialty), query.includeGold ? "true" : "false", query.adjudicatedOnly ? "true" : "false"};
  // Replace $6 before $1 so "$1" never matches the start of a two-digit placeholder.
  for (int i = 6; i >= 1; --i) {
    std::string placeholder = "$" + std::to_string(i);
    for (auto at = sql.find(placeholder); at != std::string::npos; at = sql.find(placeholder, at)) {
      sql.replace(at, placeholder.size(), values[i - 1]);
      at += values[i - 1].size();
    }
  }
  return sql;
}

}  // namespace concord::exporters
