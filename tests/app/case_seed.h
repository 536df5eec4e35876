#pragma once
// A case with everything the editors need: a note with known words, a conversation with two
// candidate responses (stored with model names that must never reach the screen), and rubric
// criteria; assigned with a fixed response order.
#include <cstdint>
#include <pqxx/pqxx>

#include "store/case_store.h"
#include "store/database.h"

namespace concord::testing {

inline const std::string kRichNote = "Patient takes aspirin 75 mg daily. Chest pain resolved.";

/// A short silent 8 kHz mono 16-bit WAV.
inline std::string silentWav(int samples = 800) {
  auto le = [](std::string& out, std::uint32_t v, int bytes) {
    for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
  };
  std::string w = "RIFF";
  le(w, 36 + samples * 2, 4);
  w += "WAVEfmt ";
  le(w, 16, 4); le(w, 1, 2); le(w, 1, 2); le(w, 8000, 4); le(w, 16000, 4); le(w, 2, 2); le(w, 16, 2);
  w += "data";
  le(w, samples * 2, 4);
  w.append(static_cast<std::size_t>(samples) * 2, '\0');
  return w;
}

inline Json allKindsSchema() {
  return Json::parse(R"({"version": 1, "fields": [
    {"id": "triage", "kind": "single_choice", "label": "Triage", "required": true,
     "options": [{"value": "urgent", "label": "Urgent"}, {"value": "routine", "label": "Routine"}]},
    {"id": "findings", "kind": "multi_choice", "label": "Findings",
     "options": [{"value": "a", "label": "Angina"}, {"value": "b", "label": "Bradycardia"}, {"value": "c", "label": "Cough"}]},
    {"id": "severity", "kind": "ordinal", "label": "Severity",
     "options": [{"value": 1, "label": "Mild"}, {"value": 2, "label": "Moderate"}, {"value": 3, "label": "Severe"}]},
    {"id": "heart_rate", "kind": "number", "label": "Heart rate", "min": 20, "max": 250, "integer": true, "unit": "bpm"},
    {"id": "entities", "kind": "spans", "label": "Medications", "options": [{"value": "drug"}, {"value": "dose"}]},
    {"id": "lesions", "kind": "regions", "label": "Lesions", "options": [{"value": "lesion"}, {"value": "artefact"}]},
    {"id": "comment", "kind": "free_text", "label": "Comment", "max": 500},
    {"id": "pref", "kind": "preference", "label": "Which answer is better?", "strength_levels": 3},
    {"id": "rubric", "kind": "rubric_authoring", "label": "Write the rubric", "axes": ["accuracy", "safety"]},
    {"id": "grading", "kind": "rubric_grading", "label": "Grade the answer"}
  ]})");
}

/// `png` / `wav`: bytes of an image / a recording stored with the case ("" = none).
inline std::int64_t seedRichCase(const std::string& dbUrl, std::int64_t projectId, std::int64_t userId,
                                 const std::string& externalId, const std::string& png = "",
                                 const std::string& wav = "") {
  store::Database db(dbUrl, 1);
  auto conn = db.acquire();
  pqxx::work tx(*conn);
  store::CaseRecord c;
  c.projectId = projectId;
  c.externalId = externalId;
  c.patientKey = "patient-" + externalId;
  c.specialty = "cardiology";
  c.noteText = kRichNote;
  c.content = Json::parse(R"({
    "conversation": {"messages": [{"role": "user", "content": "Is my chest pain serious?"}],
                     "responses": [{"model": "model-alpha", "content": "Seek care now."},
                                   {"model": "model-beta", "content": "Probably nothing."}]},
    "rubric_criteria": [{"id": "c1", "text": "Advises urgent care"}, {"id": "c2", "text": "Mentions ECG"}]})");
  const auto id = store::insertCaseIfAbsent(tx, c).first;
  if (!png.empty()) store::insertCaseMedia(tx, id, 0, "image", "image/png", png);
  if (!wav.empty()) store::insertCaseMedia(tx, id, 1, "audio", "audio/wav", wav);
  store::insertAssignment(tx, id, userId, Json::array({1, 0}));
  tx.commit();
  return id;
}

}  // namespace concord::testing
