#include "phi_jsonl.h"

#include <nlohmann/json.hpp>

#include "concord/phi/detector.h"
#include "concord/phi/redact.h"
#include "concord/phi/surrogate.h"

namespace concord::phi::cli {

namespace {

std::string dump(const nlohmann::json& value) {
  // Invalid UTF-8 in the input must not abort the run: replace it in the output.
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string errorLine(const nlohmann::json& id, std::string_view message, bool& failed) {
  failed = true;
  return dump(nlohmann::json{{"id", id}, {"error", message}});
}

}  // namespace

std::string processLine(std::string_view line, const Options& options, bool& failed) {
  failed = false;
  nlohmann::json input = nlohmann::json::parse(line, nullptr, false);
  if (input.is_discarded() || !input.is_object()) return errorLine(nullptr, "line is not a JSON object", failed);
  const nlohmann::json id = input.contains("id") ? input["id"] : nlohmann::json(nullptr);
  if (!input.contains("text") || !input["text"].is_string()) return errorLine(id, "\"text\" must be a string", failed);
  std::string patient;
  if (input.contains("patient")) {
    const nlohmann::json& p = input["patient"];
    if (p.is_string()) {
      patient = p.get<std::string>();
    } else if (p.is_number_integer() || p.is_number_unsigned()) {
      patient = p.dump();
    } else if (!p.is_null()) {
      return errorLine(id, "\"patient\" must be a string or an integer", failed);
    }
  }
  const std::string& text = input["text"].get_ref<const std::string&>();
  const std::vector<Finding> byteFindings = detectPhiBytes(text);
  nlohmann::json output = {{"id", id}};
  switch (options.mode) {
    case Mode::Findings: {
      nlohmann::json findings = nlohmann::json::array();
      for (const Finding& f : toCodePointOffsets(text, byteFindings)) {
        findings.push_back({{"start", f.start}, {"end", f.end}, {"category", categoryName(f.category)}});
      }
      output["findings"] = std::move(findings);
      break;
    }
    case Mode::Redact:
      output["text"] = redact(text, byteFindings);
      break;
    case Mode::Surrogate:
      if (input.contains("patient")) output["patient"] = input["patient"];
      output["text"] = SurrogateGenerator(options.seed).apply(text, byteFindings, patient);
      break;
  }
  return dump(output);
}

}  // namespace concord::phi::cli
