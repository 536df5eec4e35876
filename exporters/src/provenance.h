#pragma once
// The provenance every record carries: case id, pseudonymous patient key, split, pseudonymous
// annotator ids, schema version, adjudication status, resolution and agreement.
#include <string>

#include "concord/core/json.h"
#include "consensus.h"
#include "export_case.h"
#include "json_line.h"
#include "record_builder.h"

namespace concord::exporters {

/// Writes the provenance keys into an open object (the hot path).
void writeProvenance(JsonLine& line, const ExportCase& exportCase, const std::string& split, int schemaVersion,
                     const std::string& fieldId);

/// The same keys into a JSON document (the builders that use one), from writeProvenance.
void addProvenance(Json& record, const ExportCase& exportCase, const std::string& split, int schemaVersion,
                   const std::string& fieldId);

/// Writes "resolution", "agreement", "num_annotators" into an open object and notes them in `built`.
void writeConsensus(JsonLine& line, BuiltRecord& built, const Consensus& consensus, std::size_t annotators);

/// Records the consensus in `record` ("resolution", "agreement", "num_annotators") and `built`.
void addConsensus(Json& record, BuiltRecord& built, const Consensus& consensus, std::size_t annotators);

/// The conversation's messages, or the note as one user message when the case has none.
Json promptMessages(const ExportCase& exportCase);

/// Adds the texts of `messages` to the PHI list, named "<what>/<index>".
void collectMessageTexts(const Json& messages, const std::string& what, BuiltRecord& built);

}  // namespace concord::exporters
