// runExport(): reads one snapshot, builds records, writes shards aside, publishes atomically and
// records the run. See docs/export-format.md for the guarantees and the output layout.
#include "concord/exporters/run_export.h"

#include <pqxx/pqxx>

#include <fstream>
#include <sstream>

#include "concord/core/hashing.h"
#include "concord/core/split.h"
#include "concord/schema/annotation_schema.h"
#include "dataset_card.h"
#include "export_stats.h"
#include "manifest.h"
#include "phi_gate.h"
#include "record_builder.h"
#include "run_log.h"
#include "shard_writer.h"
#include "snapshot_reader.h"
#include "staging_area.h"

namespace concord::exporters {
namespace {

constexpr std::uint64_t kProgressEvery = 256;

bool needsContent(Task task) { return task == Task::Sft || task == Task::Preference || task == Task::Rubric; }

std::string mediaExtension(const std::string& mimeType) {
  if (mimeType == "image/png") return "png";
  if (mimeType == "image/jpeg") return "jpg";
  if (mimeType == "image/webp") return "webp";
  if (mimeType == "image/gif") return "gif";
  return "bin";
}

std::string exclusionSummary(const ExportStats& stats, std::uint64_t total) {
  std::string text = std::to_string(total) + " case(s) in the project";
  for (const auto& [reason, count] : stats.excluded) text += ", " + std::to_string(count) + " " + reason;
  return text;
}

std::string readTextFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

Json withoutCreated(Json manifest) {
  if (manifest.is_object()) manifest.erase("created");
  return manifest;
}

class Export {
 public:
  std::string caseQuerySql() {
    openSnapshot();
    return reader_->caseQueryForPsql(caseQuery());
  }

  Export(const ExportOptions& options, ProgressSink& progress) : options_(options), progress_(progress) {}

  ExportResult run() {
    if (auto problem = validateOptions(options_); !problem.empty()) throw ExportError(ExportErrorKind::BadOptions, problem);
    shares_ = parseSplitSpec(options_.splitSpec);
    target_ = options_.dryRun ? TargetState::Missing : inspectTarget(options_.outputDir);
    if (target_ == TargetState::Occupied) {
      throw ExportError(ExportErrorKind::TargetExists,
                        options_.outputDir.string() + " exists and is neither empty nor a Concord export; "
                        "nothing was written (choose another --out)");
    }
    openSnapshot();
    if (options_.dryRun) return stream(nullptr);

    RunLog runLog(options_.databaseUrl);
    std::optional<std::int64_t> createdBy = options_.requestedByUserId;
    if (!createdBy && !options_.requestedByUsername.empty()) {
      createdBy = runLog.userId(options_.requestedByUsername);
      if (!createdBy) {
        throw ExportError(ExportErrorKind::BadOptions, "no user '" + options_.requestedByUsername + "' (--user)");
      }
    }
    Json recorded = optionsJson(options_);
    recorded["field"] = field_->id;
    runId_ = runLog.start(project_.id, createdBy, std::string(taskName(options_.task)), recorded,
                          std::filesystem::absolute(options_.outputDir).string());
    try {
      ExportResult result = stream(&runLog);
      runLog.succeed(runId_, reader_->snapshotId(), result.manifestSha256, result.records);
      return result;
    } catch (const ExportError& e) {
      if (e.kind() == ExportErrorKind::PhiFound) runLog.quarantineForPhi(runId_, phiGate_.hits());
      runLog.fail(runId_, reader_->snapshotId(), e.what());
      throw;
    } catch (const std::exception& e) {
      runLog.fail(runId_, reader_->snapshotId(), e.what());
      throw;
    }
  }

 private:
  void openSnapshot() {
    reader_ = std::make_unique<SnapshotReader>(options_.databaseUrl);
    auto project = reader_->findProject(options_.project);
    if (!project) throw ExportError(ExportErrorKind::NotFound, "no project '" + options_.project + "'");
    project_ = std::move(*project);
    try {
      schema_ = AnnotationSchema::parse(project_.annotationSchema);
    } catch (const SchemaError& e) {
      throw ExportError(ExportErrorKind::Failed, "project '" + project_.slug + "' has an invalid schema: " + e.what());
    }
    std::string problem;
    field_ = chooseField(schema_, options_.task, options_.fieldId, problem);
    if (!field_) throw ExportError(ExportErrorKind::BadOptions, problem);
    builder_ = makeRecordBuilder(options_.task, *field_, project_.schemaVersion);
    splitSalt_ = std::to_string(options_.seed) + ":" + project_.slug;
  }

  CaseQuery caseQuery() const {
    CaseQuery query;
    query.projectId = project_.id;
    query.fieldId = field_->id;
    query.seed = options_.seed;
    query.specialty = options_.specialty;
    query.includeGold = options_.includeGold;
    query.adjudicatedOnly = options_.adjudicatedOnly;
    query.withContent = needsContent(options_.task);
    query.withOverrides = true;
    query.prefetch = options_.task != Task::Multimodal;
    return query;
  }

  ExportResult stream(RunLog* runLog) {
    std::unique_ptr<StagingArea> staging;
    std::unique_ptr<ShardWriter> writer;
    if (runLog) {
      staging = std::make_unique<StagingArea>(options_.outputDir);
      auto format = options_.task == Task::Multimodal ? ShardFormat::WebDatasetTar : ShardFormat::Jsonl;
      writer = std::make_unique<ShardWriter>(staging->dir(), format, effectiveCompression(options_),
                                             ShardLimits{options_.shardBytes, options_.shardRecords});
    }
    ExportProgress progress;
    progress.casesTotal = reader_->countCases(project_.id);
    reader_->openCases(caseQuery());

    CaseRow row;
    while (reader_->nextCase(row)) {
      ++progress.casesRead;
      if (progress.casesRead % kProgressEvery == 0) {
        progress_.report(progress);
        if (progress_.cancelRequested()) throw ExportError(ExportErrorKind::Cancelled, "export cancelled");
      }
      if (!row.excludedReason.empty()) {
        stats_.exclude(row.excludedReason);
        continue;
      }
      addCase(row.exportCase, writer.get(), progress);
    }
    stats_.phiOverridden = phiGate_.overridden();
    if (phiGate_.hitCount() > 0) throw ExportError(phiGate_.report(), phiGate_.firstHits(), phiGate_.hitCount());
    if (stats_.records == 0) {
      throw ExportError(ExportErrorKind::Empty,
                        "nothing to export: project '" + project_.slug + "' has no case that passes the filters for "
                        "task " + std::string(taskName(options_.task)) + " (field '" + field_->id + "'; " +
                        exclusionSummary(stats_, progress.casesTotal) + "); nothing was written");
    }
    progress.done = true;
    progress_.report(progress);

    ExportResult result;
    result.runId = runId_;
    result.outputDir = options_.outputDir;
    result.snapshotId = reader_->snapshotId();
    result.records = stats_.records;
    result.recordsPerSplit = stats_.perSplit;
    result.excluded = stats_.excluded;
    result.duplicatesCollapsed = stats_.duplicates();
    result.dryRun = options_.dryRun;
    if (!writer) return result;

    ManifestInput input;
    input.options = &options_;
    input.project = &project_;
    input.schemaFingerprint = schemaFingerprint(schema_);
    input.fieldId = field_->id;
    input.fieldKind = std::string(fieldKindName(field_->kind));
    input.splitSalt = splitSalt_;
    input.stats = &stats_;
    input.shards = writer->finish();
    input.createdAt = utcNow();
    input.snapshotId = reader_->snapshotId();
    input.runId = runId_;
    writeWholeFile(staging->dir() / "README.md", datasetCard(input));
    Json manifest = manifestJson(input);
    std::string manifestText = manifest.dump(2) + "\n";
    // The manifest is written last: a folder with a manifest is a finished export.
    writeWholeFile(staging->dir() / "manifest.json", manifestText);
    result.manifestSha256 = sha256Hex(manifestText);

    if (target_ == TargetState::PreviousExport) {
      std::string existingText = readTextFile(options_.outputDir / "manifest.json");
      Json existing = Json::parse(existingText, nullptr, false);
      if (withoutCreated(existing) != withoutCreated(manifest)) {
        throw ExportError(ExportErrorKind::TargetExists,
                          options_.outputDir.string() + " already holds a different export; it was left as it is "
                          "(choose another --out)");
      }
      result.alreadyPublished = true;
      result.manifestSha256 = sha256Hex(existingText);  // what is at DIR, recorded with the run
      return result;  // the staging area is removed; the identical export stays
    }
    staging->publish();
    return result;
  }

  void addCase(const ExportCase& exportCase, ShardWriter* writer, ExportProgress& progress) {
    const std::string& split = assignSplit(shares_, splitSalt_, exportCase.patientKey);
    Sample sample;
    if (options_.task == Task::Multimodal) {
      std::size_t index = 0;
      for (auto& image : reader_->images(exportCase.id)) {
        std::string ext = mediaExtension(image.mimeType);
        sample.media.push_back({index == 0 ? ext : std::to_string(index) + "." + ext, std::move(image.bytes)});
        ++index;
      }
      if (sample.media.empty()) {
        stats_.exclude("no_image");
        return;
      }
    }
    BuiltRecord built = builder_->build(exportCase, split);
    if (!built.skipReason.empty()) {
      stats_.exclude(built.skipReason);
      return;
    }
    if (options_.minAgreement && built.agreement < *options_.minAgreement) {
      stats_.exclude("below_min_agreement");
      return;
    }
    if (options_.task == Task::Multimodal) {
      Json images = Json::array();
      for (const auto& medium : sample.media) images.push_back(medium.extension);
      built.record["images"] = std::move(images);
    }
    // Keep scanning after a hit so the report names every case, but stop writing.
    if (!phiGate_.scan(exportCase, built) || phiGate_.hitCount() > 0) return;
    std::vector<std::string> annotators;
    for (const auto& answer : exportCase.answers) annotators.push_back(answer.annotator);
    stats_.addRecord(split, built, annotators);
    sample.key = "case-" + std::to_string(exportCase.id);
    sample.json = !built.line.empty() ? std::move(built.line)
                                      : built.record.dump(-1, ' ', false, Json::error_handler_t::replace);
    progress.bytesWritten += sample.json.size() + 1;
    ++progress.recordsWritten;
    if (writer) writer->add(split, sample);
  }

  const ExportOptions& options_;
  ProgressSink& progress_;
  std::vector<SplitShare> shares_;
  TargetState target_ = TargetState::Missing;
  std::unique_ptr<SnapshotReader> reader_;
  ProjectInfo project_;
  AnnotationSchema schema_;
  const FieldSpec* field_ = nullptr;
  std::unique_ptr<RecordBuilder> builder_;
  std::string splitSalt_;
  std::int64_t runId_ = 0;
  ExportStats stats_;
  PhiGate phiGate_;
};

}  // namespace

std::string caseQuerySql(const ExportOptions& options) {
  NullProgress progress;
  try {
    return Export(options, progress).caseQuerySql();
  } catch (const ExportError&) {
    throw;
  } catch (const std::exception& e) {
    throw ExportError(ExportErrorKind::Failed, e.what());
  }
}

ExportResult runExport(const ExportOptions& options, ProgressSink& progress) {
  try {
    return Export(options, progress).run();
  } catch (const ExportError&) {
    throw;
  } catch (const pqxx::broken_connection& e) {
    throw ExportError(ExportErrorKind::Failed, std::string("cannot reach the database: ") + e.what());
  } catch (const std::exception& e) {
    throw ExportError(ExportErrorKind::Failed, e.what());
  }
}

}  // namespace concord::exporters
