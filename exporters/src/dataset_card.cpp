#include "dataset_card.h"

#include <cstdio>
#include <set>

namespace concord::exporters {
namespace {

std::string percent(std::uint64_t part, std::uint64_t whole) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f%%", whole ? 100.0 * static_cast<double>(part) / static_cast<double>(whole) : 0.0);
  return text;
}

std::string fixed(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.3f", value);
  return text;
}

std::string taskDescription(Task task) {
  switch (task) {
    case Task::Classification:
      return "text classification: each record has the clinical text, the final label, the soft label "
             "(each label's share of the clinicians' votes), the number of annotators and their agreement";
    case Task::Sft:
      return "supervised fine-tuning: chat `messages` whose assistant turn is the clinicians' reference answer";
    case Task::Preference:
      return "preference pairs: `prompt`, `chosen`, `rejected` as clinicians judged them, with the margin and "
             "how many clinicians agreed";
    case Task::Rubric:
      return "rubric evaluation: `prompt` and clinician-written `rubrics` (criterion, points, tags)";
    case Task::Spans:
      return "span extraction: the clinical text and character (code point) offset spans";
    case Task::Multimodal:
      return "image + text: WebDataset tar shards, each sample an image and its JSON record";
  }
  return "";
}

}  // namespace

std::string datasetCard(const ManifestInput& input) {
  const ExportStats& stats = *input.stats;
  const ExportOptions& options = *input.options;
  std::set<std::string> splits;
  for (const auto& shard : input.shards) splits.insert(shard.split);

  std::string card = "---\n";
  card += "pretty_name: \"" + input.project->slug + " (" + std::string(taskName(options.task)) + ")\"\n";
  card += "license: other\n";
  card += "configs:\n- config_name: default\n  data_files:\n";
  for (const auto& split : splits) {
    card += "  - split: " + split + "\n    path:\n";
    for (const auto& shard : input.shards) {
      if (shard.split == split) card += "    - " + shard.path + "\n";
    }
  }
  card += "---\n\n";
  card += "# " + input.project->name + " — " + std::string(taskName(options.task)) + " export\n\n";
  card += "Written by " + std::string(kToolName) + " " + CONCORD_EXPORT_VERSION + " from project `" +
          input.project->slug + "` (annotation schema version " + std::to_string(input.project->schemaVersion) +
          ", field `" + input.fieldId + "`, " + input.fieldKind + "). Format: " + taskDescription(options.task) +
          ". `manifest.json` lists every file with its record count, size and SHA-256; the format is "
          "described in Concord's docs/export-format.md.\n\n";

  card += "## Splits\n\nSplits are assigned per patient from a salted hash of the pseudonymous patient key "
          "(salt `" + input.splitSalt + "`), so no patient appears in two splits.\n\n| split | records | shards |\n|---|---|---|\n";
  for (const auto& split : splits) {
    std::uint64_t shards = 0;
    for (const auto& shard : input.shards) shards += shard.split == split ? 1 : 0;
    auto found = stats.perSplit.find(split);
    card += "| " + split + " | " + std::to_string(found == stats.perSplit.end() ? 0 : found->second) + " | " +
            std::to_string(shards) + " |\n";
  }

  std::map<std::string, std::uint64_t> labels;
  for (const auto& [split, counts] : stats.perLabel) {
    for (const auto& [label, count] : counts) labels[label] += count;
  }
  if (!labels.empty()) {
    std::uint64_t total = 0;
    for (const auto& entry : labels) total += entry.second;
    card += "\n## Label distribution\n\n| label | records | share |\n|---|---|---|\n";
    for (const auto& [label, count] : labels) {
      card += "| " + label + " | " + std::to_string(count) + " | " + percent(count, total) + " |\n";
    }
  }

  card += "\n## Agreement\n\n" + std::to_string(stats.clinicians.size()) + " clinicians (pseudonymous ids) annotated the " +
          std::to_string(stats.records) + " records. Mean agreement (share of clinicians giving the most common "
          "answer): " + fixed(stats.meanAgreement()) + ".\n\n| resolution | records |\n|---|---|\n";
  for (const auto& [resolution, count] : stats.resolution) {
    card += "| " + resolution + " | " + std::to_string(count) + " |\n";
  }
  card += "\n| agreement | records |\n|---|---|\n";
  for (const auto& [band, count] : stats.agreementBands) card += "| " + band + " | " + std::to_string(count) + " |\n";
  card += "\nDisagreement is kept: every record lists each clinician's answer. Unresolved ties carry "
          "`\"resolution\": \"unresolved\"`.\n";

  card += "\n## Left out\n\n| reason | cases |\n|---|---|\n";
  for (const auto& [reason, count] : stats.excluded) card += "| " + reason + " | " + std::to_string(count) + " |\n";
  if (stats.excluded.empty()) card += "| (none) | 0 |\n";

  card += "\n## De-identification\n\nCases are tied to pseudonymous patient keys and clinicians to pseudonymous "
          "ids; no names, usernames or source identifiers are exported. Only cases whose PHI findings were all "
          "cleared are included (quarantined cases and cases with open findings are left out, counted above), and "
          "every exported text passed Concord's rules-based PHI scan";
  card += stats.phiOverridden ? " (" + std::to_string(stats.phiOverridden) +
                                    " detector hits were published under recorded, reviewed overrides)"
                              : std::string();
  card += ". Automated de-identification is not perfect: keep this data inside the environment it was "
          "approved for.\n";
  card += "\n## Intended use\n\nTraining and evaluating clinical language models under the data-use terms of "
          "the source institution. Not for clinical decision-making, and not for re-identification of any "
          "person.\n";
  return card;
}

}  // namespace concord::exporters
