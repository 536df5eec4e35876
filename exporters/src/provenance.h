#pragma once
// The provenance every record carries: case id, pseudonymous patient key, split, pseudonymous
// annotator ids, schema version, adjudication status, resolution and agreement.
#include <string>

#include "concord/core/json.h"
#include "consensus.h"
#include "export_case.h"
#include "record_builder.h"

namespace concord::exporters {

void addProvenance(Json& record, const ExportCase& exportCase, const std::string& split, int schemaVersion,
                   const std::string& fieldId);

/// Records the consensus in `record` ("resolution", "agreement", "num_annotators") and `built`.
void addConsensus(Json& record, BuiltRecord& built, const Consensus& consensus, std::size_t annotators);

/// The conversation's messages, or the note as one user message when the case has none.
Json promptMessages(const ExportCase& exportCase);

/// Adds the texts of `messages` to the PHI list, named "<what>/<index>".
void collectMessageTexts(const Json& messages, const std::string& what, BuiltRecord& built);

}  // namespace concord::exporters
