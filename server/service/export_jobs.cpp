#include "service/export_jobs.h"

#include <chrono>
#include <fstream>
#include <sstream>

#include "concord/exporters/run_export.h"
#include "service/errors.h"
#include "store/audit_store.h"
#include "store/export_job_store.h"
#include "store/project_store.h"

namespace concord::service {
namespace {

void requireLead(const Principal& who) {
  if (who.role != Role::DataLead && who.role != Role::Admin) {
    throw ServiceError(ErrorKind::Forbidden, "forbidden", "Only data leads and admins export data.");
  }
}

ServiceError invalid(const std::string& detail, const std::string& pointer) {
  return ServiceError(ErrorKind::Unprocessable, "invalid-request", detail,
                      Json{{"errors", Json::array({{{"path", pointer}, {"message", detail}}})}});
}

std::uint64_t unsignedMember(const Json& body, const std::string& name) {
  const Json& v = body[name];
  if (!v.is_number_unsigned() && !(v.is_number_integer() && v.get<std::int64_t>() >= 0)) {
    throw invalid(name + " must be a whole number, 0 or more.", "/" + name);
  }
  return v.get<std::uint64_t>();
}

std::string stringMember(const Json& body, const std::string& name) {
  if (!body[name].is_string()) throw invalid(name + " must be a string.", "/" + name);
  return body[name].get<std::string>();
}

bool boolMember(const Json& body, const std::string& name) {
  if (!body[name].is_boolean()) throw invalid(name + " must be true or false.", "/" + name);
  return body[name].get<bool>();
}

// The request as exporter options; the caller fills in database, project, output and requester.
exporters::ExportOptions parseRequest(const Json& body) {
  if (!body.is_object()) throw invalid("The body must be a JSON object.", "");
  exporters::ExportOptions o;
  for (auto it = body.begin(); it != body.end(); ++it) {
    const std::string& k = it.key();
    if (k == "task") {
      auto task = exporters::parseTask(stringMember(body, k));
      if (!task) throw invalid("task must be classification, sft, preference, rubric, spans or multimodal.", "/task");
      o.task = *task;
    } else if (k == "split") {
      o.splitSpec = stringMember(body, k);
    } else if (k == "seed") {
      o.seed = unsignedMember(body, k);
    } else if (k == "compression") {
      auto c = exporters::parseCompression(stringMember(body, k));
      if (!c) throw invalid("compression must be zstd, gzip or none.", "/compression");
      o.compression = *c;
    } else if (k == "field") {
      o.fieldId = stringMember(body, k);
    } else if (k == "shard_records") {
      o.shardRecords = unsignedMember(body, k);
    } else if (k == "shard_bytes") {
      o.shardBytes = unsignedMember(body, k);
    } else if (k == "min_agreement") {
      if (!it.value().is_number()) throw invalid("min_agreement must be a number between 0 and 1.", "/min_agreement");
      o.minAgreement = it.value().get<double>();
    } else if (k == "adjudicated_only") {
      o.adjudicatedOnly = boolMember(body, k);
    } else if (k == "include_gold") {
      o.includeGold = boolMember(body, k);
    } else if (k == "specialty") {
      o.specialty = stringMember(body, k);
    } else {
      throw invalid("Unknown member \"" + k + "\".", "/" + k);
    }
  }
  if (!body.contains("task")) throw invalid("task is required.", "/task");
  return o;
}

std::string errorKindName(exporters::ExportErrorKind kind) {
  switch (kind) {
    case exporters::ExportErrorKind::BadOptions: return "bad_options";
    case exporters::ExportErrorKind::NotFound: return "not_found";
    case exporters::ExportErrorKind::Empty: return "empty";
    case exporters::ExportErrorKind::TargetExists: return "target_exists";
    case exporters::ExportErrorKind::PhiFound: return "phi_found";
    case exporters::ExportErrorKind::Cancelled: return "cancelled";
    case exporters::ExportErrorKind::Failed: return "failed";
  }
  return "failed";
}

Json statusJson(const store::ExportJobRecord& j) {
  const std::string self = "/api/v1/exports/" + std::to_string(j.id);
  // A PHI refusal keeps its first hits where a finished job keeps its counts.
  const bool phiRefusal = j.result.is_object() && j.result.contains("phi_hits");
  return {{"id", j.id},
          {"project", j.projectSlug},
          {"requested_by", j.requestedBy},
          {"request", j.request},
          {"status", j.status},
          {"progress",
           {{"cases_total", j.casesTotal},
            {"cases_read", j.casesRead},
            {"records_written", j.recordsWritten},
            {"bytes_written", j.bytesWritten}}},
          {"counts", phiRefusal ? Json() : j.result},
          {"phi_hits", phiRefusal ? j.result["phi_hits"] : Json()},
          {"phi_hit_count", phiRefusal ? j.result["phi_hit_count"] : Json()},
          {"manifest_sha256", j.manifestSha256.empty() ? Json() : Json(j.manifestSha256)},
          {"export_run_id", j.exportRunId ? Json(*j.exportRunId) : Json()},
          {"error", j.error.empty() ? Json() : Json(j.error)},
          {"error_kind", j.errorKind.empty() ? Json() : Json(j.errorKind)},
          {"created_at", j.createdAt},
          {"finished_at", j.finishedAt.empty() ? Json() : Json(j.finishedAt)},
          {"links", {{"self", self}, {"manifest", self + "/manifest"}}}};
}

}  // namespace

struct ExportJobs::Job {
  std::int64_t id = 0;
  std::int64_t requestedBy = 0;
  RequestMeta meta;
  exporters::ExportOptions options;
  std::shared_ptr<std::atomic<bool>> done = std::make_shared<std::atomic<bool>>(false);
};

namespace {

// Writes progress to export_jobs at most a few times a second; asks the export to stop when
// the server shuts down.
class JobProgress final : public exporters::ProgressSink {
 public:
  JobProgress(store::Database& db, std::int64_t jobId, const std::atomic<bool>& stopping)
      : db_(db), jobId_(jobId), stopping_(stopping) {}

  void report(const exporters::ExportProgress& p) override {
    auto now = std::chrono::steady_clock::now();
    if (!p.done && now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    try {
      auto conn = db_.acquire();
      pqxx::work tx(*conn);
      store::updateExportJobProgress(tx, jobId_, static_cast<std::int64_t>(p.casesTotal),
                                     static_cast<std::int64_t>(p.casesRead), static_cast<std::int64_t>(p.recordsWritten),
                                     static_cast<std::int64_t>(p.bytesWritten));
      tx.commit();
    } catch (const std::exception&) {
      // Progress is advisory: a failed update must not fail the export.
    }
  }
  bool cancelRequested() const override { return stopping_.load(); }

 private:
  store::Database& db_;
  std::int64_t jobId_;
  const std::atomic<bool>& stopping_;
  std::chrono::steady_clock::time_point last_{};
};

}  // namespace

ExportJobs::ExportJobs(store::Database& db, std::filesystem::path stateDir)
    : db_(db),
      exportsDir_(std::filesystem::absolute(stateDir.empty() ? std::filesystem::path(".") : stateDir) / "exports"),
      heartbeat_([this] { heartbeatLoop(); }) {}

ExportJobs::~ExportJobs() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (heartbeat_.joinable()) heartbeat_.join();
  waitForAll();
}

void ExportJobs::waitForAll() {
  std::vector<Running> threads;
  {
    std::lock_guard lock(mutex_);
    threads.swap(threads_);
  }
  for (auto& running : threads) {
    if (running.thread.joinable()) running.thread.join();
  }
}

void ExportJobs::reapFinished() {
  std::lock_guard lock(mutex_);
  for (auto it = threads_.begin(); it != threads_.end();) {
    if (it->done->load()) {
      if (it->thread.joinable()) it->thread.join();
      it = threads_.erase(it);
    } else {
      ++it;
    }
  }
}

void ExportJobs::heartbeatLoop() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    wake_.wait_for(lock, kHeartbeat, [this] { return stopping_.load(); });
    if (stopping_) break;
    std::vector<std::int64_t> live;
    for (const auto& running : threads_) {
      if (!running.done->load()) live.push_back(running.id);
    }
    if (live.empty()) continue;
    lock.unlock();
    try {
      auto conn = db_.acquire();
      pqxx::work tx(*conn);
      for (std::int64_t id : live) store::touchExportJob(tx, id);
      tx.commit();
    } catch (const std::exception&) {
      // The database is unreachable; the next beat tries again, well before a job reads as stale.
    }
    lock.lock();
  }
}

StartedExport ExportJobs::start(const Principal& who, const std::string& projectSlug, const Json& body,
                                const RequestMeta& meta) {
  requireLead(who);
  auto job = std::make_shared<Job>();
  job->options = parseRequest(body);
  job->options.databaseUrl = db_.url();
  job->options.project = projectSlug;
  job->options.requestedByUserId = who.userId;
  job->options.requestedByUsername = who.username;
  job->requestedBy = who.userId;
  job->meta = meta;
  // Checked before anything is recorded, with a placeholder output directory.
  job->options.outputDir = exportsDir_ / "pending";
  if (std::string problem = exporters::validateOptions(job->options); !problem.empty()) {
    throw ServiceError(ErrorKind::Unprocessable, "invalid-export-options", problem);
  }

  Json status;
  {
    auto conn = db_.acquire();
    pqxx::work tx(*conn);
    auto project = store::findProjectBySlug(tx, projectSlug);
    if (!project) throw ServiceError(ErrorKind::NotFound, "not-found", "No such project.");
    job->id = store::insertExportJob(tx, project->id, who.userId, body);
    job->options.outputDir = exportsDir_ / std::to_string(job->id);
    store::setExportJobOutputDir(tx, job->id, job->options.outputDir.string());
    store::appendAudit(tx, {who.userId, "export.start", "export_job", std::to_string(job->id), meta.requestId,
                            meta.clientAddr, Json{{"project", project->slug}, {"request", body}}});
    status = statusJson(*store::findExportJob(tx, job->id));
    tx.commit();
  }
  std::error_code ec;
  std::filesystem::create_directories(exportsDir_, ec);

  reapFinished();
  std::lock_guard lock(mutex_);
  threads_.push_back({job->id, std::thread([this, job] { run(job); }), job->done});
  return {job->id, status};
}

void ExportJobs::run(std::shared_ptr<Job> job) {
  store::ExportJobOutcome outcome;
  try {
    JobProgress progress(db_, job->id, stopping_);
    exporters::ExportResult result = exporters::runExport(job->options, progress);
    outcome.status = "succeeded";
    if (result.runId > 0) outcome.exportRunId = result.runId;
    outcome.manifestSha256 = result.manifestSha256;
    Json perSplit = Json::object();
    for (const auto& [split, n] : result.recordsPerSplit) perSplit[split] = n;
    Json excluded = Json::object();
    for (const auto& [reason, n] : result.excluded) excluded[reason] = n;
    outcome.result = Json{{"records", result.records},
                          {"records_per_split", perSplit},
                          {"excluded", excluded},
                          {"duplicates_collapsed", result.duplicatesCollapsed},
                          {"snapshot_id", result.snapshotId},
                          {"already_published", result.alreadyPublished}}
                         .dump();
  } catch (const exporters::ExportError& e) {
    outcome.status = "failed";
    outcome.error = e.what();
    outcome.errorKind = errorKindName(e.kind());
    if (e.kind() == exporters::ExportErrorKind::PhiFound) {
      // The first hits as data, so a client names the case and category without parsing prose.
      Json hits = Json::array();
      for (const auto& hit : e.phiHits()) {
        hits.push_back({{"case_id", hit.caseId}, {"where", hit.where}, {"category", hit.category}});
      }
      outcome.result = Json{{"phi_hits", hits}, {"phi_hit_count", e.phiHitCount()}}.dump();
    }
  } catch (const std::exception& e) {
    outcome.status = "failed";
    outcome.error = e.what();
    outcome.errorKind = "failed";
  }
  try {
    auto conn = db_.acquire();
    pqxx::work tx(*conn);
    store::finishExportJob(tx, job->id, outcome);
    store::appendAudit(tx, {job->requestedBy, "export.finish", "export_job", std::to_string(job->id), job->meta.requestId,
                            job->meta.clientAddr, Json{{"status", outcome.status}}});
    tx.commit();
  } catch (const std::exception&) {
    // The database is gone; the job stays "running" in export_jobs and the run in export_runs
    // tells what happened.
  }
  job->done->store(true);
}

Json ExportJobs::status(const Principal& who, std::int64_t jobId) {
  requireLead(who);
  auto conn = db_.acquire();
  pqxx::work tx(*conn);
  // A job left "running" by a server that stopped would otherwise run for ever in the console.
  store::failStaleExportJob(tx, jobId, kStaleAfter.count(),
                            "the server running this export stopped before it finished; nothing was published");
  auto job = store::findExportJob(tx, jobId);
  if (!job) throw ServiceError(ErrorKind::NotFound, "not-found", "No such export.");
  tx.commit();
  return statusJson(*job);
}

std::string ExportJobs::manifest(const Principal& who, std::int64_t jobId) {
  requireLead(who);
  std::optional<store::ExportJobRecord> job;
  {
    auto conn = db_.acquire();
    pqxx::read_transaction tx(*conn);
    job = store::findExportJob(tx, jobId);
  }
  if (!job) throw ServiceError(ErrorKind::NotFound, "not-found", "No such export.");
  if (job->status != "succeeded") {
    throw ServiceError(ErrorKind::Conflict, "export-not-ready", "This export has not succeeded (it is " + job->status + ").",
                       Json{{"status", job->status}});
  }
  std::ifstream in(std::filesystem::path(job->outputDir) / "manifest.json", std::ios::binary);
  if (!in) throw ServiceError(ErrorKind::NotFound, "manifest-missing", "The export's manifest is no longer on this server.");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace concord::service
