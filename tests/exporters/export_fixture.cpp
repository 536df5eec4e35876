#include "export_fixture.h"

#include <pqxx/pqxx>
#include <zlib.h>
#include <zstd.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "concord/core/hashing.h"
#include "fixtures.h"

namespace concord::testing {

ExportFixture::ExportFixture(const Json& schema, const std::string& slug) : slug_(slug) {
  projectId_ = seedProject(db_.url(), slug, schema);
  adjudicatorId_ = seedUser(db_.url(), "lead", "data_lead");
}

ExportFixture::~ExportFixture() = default;

std::int64_t ExportFixture::clinician(int index) {
  auto found = clinicians_.find(index);
  if (found != clinicians_.end()) return found->second;
  std::int64_t id = seedUser(db_.url(), "clin" + std::to_string(index), "clinician", {"cardiology"});
  clinicians_[index] = id;
  return id;
}

std::string ExportFixture::pseudonym(std::int64_t userId) {
  return scalar("SELECT pseudonym FROM users WHERE id = " + std::to_string(userId));
}

std::vector<std::int64_t> ExportFixture::addCases(int count, const std::string& specialty) {
  std::vector<std::int64_t> ids;
  pqxx::connection conn(db_.url());
  pqxx::work tx(conn);
  for (int n = 0; n < count; ++n) {
    int i = nextCase_++;
    ids.push_back(tx.exec_params1(
                        "INSERT INTO cases (project_id, external_id, patient_key, specialty, note_text) "
                        "VALUES ($1, $2, $3, $4, $5) RETURNING id",
                        projectId_, "case-" + std::to_string(i), "patient-" + std::to_string(i / 2), specialty,
                        "Fictional note " + std::to_string(i) + ": chest pain on exertion, ECG unremarkable.")[0]
                      .as<std::int64_t>());
  }
  tx.commit();
  return ids;
}

std::int64_t ExportFixture::addCase(const std::string& externalId, const std::string& patientKey,
                                    const std::string& note, const Json& content) {
  pqxx::connection conn(db_.url());
  pqxx::work tx(conn);
  auto id = tx.exec_params1(
                  "INSERT INTO cases (project_id, external_id, patient_key, note_text, content) "
                  "VALUES ($1, $2, $3, $4, $5::jsonb) RETURNING id",
                  projectId_, externalId, patientKey, note, content.dump())[0]
                .as<std::int64_t>();
  tx.commit();
  return id;
}

void ExportFixture::submit(std::int64_t caseId, std::int64_t userId, const Json& payload, const Json& responseOrder,
                           const std::string& status) {
  pqxx::connection conn(db_.url());
  pqxx::work tx(conn);
  auto assignment = tx.exec_params1(
                          "INSERT INTO assignments (case_id, user_id, response_order, status) "
                          "VALUES ($1, $2, $3::jsonb, 'submitted') RETURNING id",
                          caseId, userId, responseOrder.dump())[0]
                        .as<std::int64_t>();
  tx.exec_params(
      "INSERT INTO annotations (assignment_id, case_id, user_id, project_id, schema_version, status, payload, "
      "submitted_at) VALUES ($1, $2, $3, $4, 1, $5, $6::jsonb, now())",
      assignment, caseId, userId, projectId_, status, payload.dump());
  tx.commit();
}

void ExportFixture::adjudicate(std::int64_t caseId, const Json& finalPayload) {
  pqxx::connection conn(db_.url());
  pqxx::work tx(conn);
  tx.exec_params(
      "INSERT INTO adjudications (case_id, project_id, adjudicator_id, final_payload, rationale) "
      "VALUES ($1, $2, $3, $4::jsonb, 'agreed after review')",
      caseId, projectId_, adjudicatorId_, finalPayload.dump());
  tx.commit();
}

void ExportFixture::exec(const std::string& sql) {
  pqxx::connection conn(db_.url());
  pqxx::work tx(conn);
  tx.exec(sql);
  tx.commit();
}

std::string ExportFixture::scalar(const std::string& sql) {
  pqxx::connection conn(db_.url());
  pqxx::work tx(conn);
  auto r = tx.exec(sql);
  return r[0][0].is_null() ? std::string() : r[0][0].as<std::string>();
}

exporters::ExportOptions ExportFixture::options(const std::filesystem::path& dir) const {
  exporters::ExportOptions o;
  o.databaseUrl = db_.url();
  o.project = slug_;
  o.outputDir = dir;
  o.seed = 7;
  return o;
}

std::string readFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

Json readJson(const std::filesystem::path& path) { return Json::parse(readFile(path)); }

std::string readShard(const std::filesystem::path& path) {
  std::string raw = readFile(path);
  std::string name = path.filename().string();
  std::string out;
  if (name.size() > 4 && name.substr(name.size() - 4) == ".zst") {
    ZSTD_DStream* stream = ZSTD_createDStream();
    ZSTD_inBuffer in{raw.data(), raw.size(), 0};
    std::string chunk(ZSTD_DStreamOutSize(), '\0');
    while (in.pos < in.size) {
      ZSTD_outBuffer output{chunk.data(), chunk.size(), 0};
      std::size_t rc = ZSTD_decompressStream(stream, &output, &in);
      if (ZSTD_isError(rc)) throw std::runtime_error(std::string("zstd: ") + ZSTD_getErrorName(rc));
      out.append(chunk.data(), output.pos);
    }
    ZSTD_freeDStream(stream);
    return out;
  }
  if (name.size() > 3 && name.substr(name.size() - 3) == ".gz") {
    z_stream stream{};
    inflateInit2(&stream, 15 + 16);
    stream.next_in = reinterpret_cast<Bytef*>(raw.data());
    stream.avail_in = static_cast<uInt>(raw.size());
    std::string chunk(1 << 16, '\0');
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
      stream.next_out = reinterpret_cast<Bytef*>(chunk.data());
      stream.avail_out = static_cast<uInt>(chunk.size());
      rc = inflate(&stream, Z_NO_FLUSH);
      if (rc != Z_OK && rc != Z_STREAM_END) throw std::runtime_error("gzip: corrupt stream");
      out.append(chunk.data(), chunk.size() - stream.avail_out);
    }
    if (stream.avail_in != 0) throw std::runtime_error("gzip: more than one member");
    inflateEnd(&stream);
    return out;
  }
  return raw;
}

std::vector<Json> readRecords(const std::filesystem::path& exportDir) {
  std::vector<Json> records;
  Json manifest = readJson(exportDir / "manifest.json");
  for (const auto& shard : manifest.at("shards")) {
    std::istringstream lines(readShard(exportDir / shard.at("path").get<std::string>()));
    for (std::string line; std::getline(lines, line);) records.push_back(Json::parse(line));
  }
  return records;
}

std::filesystem::path scratchDir(const std::string& name) {
  auto dir = std::filesystem::path(CONCORD_BINARY_DIR) / "export-scratch" / (name + "-" + toHex(randomBytes(4)));
  std::filesystem::create_directories(dir);
  return dir;
}

}  // namespace concord::testing
