// Identifiers in a DICOM header dumped as text (dcmdump, an SR or a PACS export): each attribute
// is written as its tag, its value representation and the value in brackets, "(0010,0020) LO
// [00052123]    # PatientID". The tag says what the value is, whatever the keyword after it: the
// Patient ID (0010,0020) and Other Patient IDs (0010,1000) key the patient's record, and the
// Accession Number (0008,0050) files the study, a record number as the families count
// radiology accessions. Study and series numbers, UIDs and dates are left to their own rules.
#include "scan.h"

namespace concord::phi::detail {

namespace {

// The tag "(gggg,eeee)" at `k`: true and the group and element when written so.
bool dicomTagAt(std::string_view text, std::size_t k, std::string_view& group, std::string_view& element) {
  if (k + 11 > text.size() || text[k] != '(' || text[k + 5] != ',' || text[k + 10] != ')') return false;
  for (std::size_t t : {1u, 2u, 3u, 4u, 6u, 7u, 8u, 9u}) {
    const char c = text[k + t];
    if (!(isDigit(c) || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f'))) return false;
  }
  group = text.substr(k + 1, 4);
  element = text.substr(k + 6, 4);
  return true;
}

}  // namespace

void scanDicomTags(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  for (std::size_t k = text.find("(00"); k != std::string_view::npos; k = text.find("(00", k + 1)) {
    std::string_view group, element;
    if (!dicomTagAt(text, k, group, element)) continue;
    const bool patientId = group == "0010" && (element == "0020" || element == "1000");
    const bool accession = group == "0008" && element == "0050";
    if (!patientId && !accession) continue;
    // " LO [" or " SH [": the two capitals of the value representation, then the bracketed value.
    std::size_t v = k + 11;
    if (v + 5 > text.size() || text[v] != ' ' || !isUpper(text[v + 1]) || !isUpper(text[v + 2]) || text[v + 3] != ' ' ||
        text[v + 4] != '[') {
      continue;
    }
    const std::size_t start = v + 5;
    std::size_t end = start;
    while (end < text.size() && end - start <= 32 && text[end] != ']' && text[end] != '\n') ++end;
    if (end >= text.size() || text[end] != ']' || end == start) continue;
    const std::string_view value = text.substr(start, end - start);
    bool digit = false;
    bool clean = true;
    for (char c : value) {
      digit = digit || isDigit(c);
      clean = clean && (isWordByte(c) || c == '-' || c == '.' || c == '/');
    }
    if (!digit || !clean || value.size() < 4) continue;
    out.push_back({start, end, PhiCategory::Mrn, priority::kKeywordId});
  }
}

}  // namespace concord::phi::detail
