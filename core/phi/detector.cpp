// Runs every scanner over the text and resolves overlaps between their candidates.
#include "concord/phi/detector.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <string>
#include <string_view>

#include "birth_date_ids.h"
#include "epid_numbers.h"
#include "foreign_dates.h"
#include "identifier_forms.h"
#include "japanese_forms.h"
#include "local_addresses.h"
#include "local_id_labels.h"
#include "local_phones.h"
#include "mongolian_register.h"
#include "name_model.h"
#include "repeated_ids.h"
#include "repeated_towns.h"
#include "scan.h"

namespace concord::phi {

namespace {

// Keeps the strongest candidates: by priority, then length, then position; a candidate that
// overlaps one already kept is dropped. The vetoes that won (spans a reader declared free of PHI)
// go to `vetoed` when asked for, sorted by start.
std::vector<Finding> resolveOverlaps(detail::Candidates candidates, std::vector<Finding>* vetoed = nullptr) {
  std::sort(candidates.begin(), candidates.end(), [](const detail::Candidate& a, const detail::Candidate& b) {
    if (a.priority != b.priority) return a.priority > b.priority;
    if (a.end - a.start != b.end - b.start) return a.end - a.start > b.end - b.start;
    return a.start < b.start;
  });
  struct Kept {
    Finding finding;
    bool veto = false;
  };
  std::map<std::size_t, Kept> kept;  // by start
  for (const detail::Candidate& c : candidates) {
    if (c.end <= c.start) continue;
    auto next = kept.lower_bound(c.start);
    if (next != kept.end() && next->second.finding.start < c.end) continue;
    if (next != kept.begin() && std::prev(next)->second.finding.end > c.start) continue;
    kept.emplace(c.start, Kept{Finding{c.start, c.end, c.category}, c.veto});
  }
  std::vector<Finding> findings;
  findings.reserve(kept.size());
  for (auto& [start, k] : kept) {
    if (!k.veto) {
      findings.push_back(k.finding);
    } else if (vetoed != nullptr) {
      vetoed->push_back(k.finding);
    }
  }
  return findings;
}

// Every rule scanner over the text, overlaps resolved: the rules' findings.
std::vector<Finding> findByRules(const detail::ScanInput& in, std::vector<Finding>* vetoed = nullptr) {
  detail::Candidates candidates;
  detail::scanStructuredRecords(in, candidates);
  detail::scanEmails(in, candidates);
  detail::scanUrls(in, candidates);
  detail::scanIpAddresses(in, candidates);
  detail::scanPhonesAndSsns(in, candidates);
  detail::scanLocalPhones(in, candidates);
  detail::scanOcrPhones(in, candidates);
  detail::scanKeywordIdentifiers(in, candidates);
  detail::scanIdentifierLists(in, candidates);
  detail::scanSpacedNationalNumbers(in, candidates);
  detail::scanPatientLineNumbers(in, candidates);
  detail::scanLegacyRecordNumbers(in, candidates);
  detail::scanWaitingListNumbers(in, candidates);
  detail::scanCallPaymentIds(in, candidates);
  detail::scanVins(in, candidates);
  detail::scanBankNumbers(in, candidates);
  detail::scanMrzDocumentNumbers(in, candidates);
  detail::scanAskedIds(in, candidates);
  detail::scanVehicleLines(in, candidates);
  detail::scanShippingNumbers(in, candidates);
  detail::scanAppAccounts(in, candidates);
  detail::scanDicomTags(in, candidates);
  detail::scanOrderNumbers(in, candidates);
  detail::scanDeviceLists(in, candidates);
  detail::scanHeadedIdLabels(in, candidates);
  detail::scanRecordShapes(in, candidates);
  detail::scanNumericDates(in, candidates);
  detail::scanX12Segments(in, candidates);
  detail::scanMonthDates(in, candidates);
  detail::scanForeignMonthDates(in, candidates);
  detail::scanWorldScriptDates(in, candidates);
  detail::scanSolarHijriDates(in, candidates);
  detail::scanCaucasusDates(in, candidates);
  detail::scanRomanisedDates(in, candidates);
  detail::scanMrzDates(in, candidates);
  detail::scanOcrDates(in, candidates);
  detail::dropOwnerlessDates(in, candidates);
  detail::scanDayRanges(in, candidates);
  detail::scanJapaneseForms(in, candidates);
  detail::scanChineseAddresses(in, candidates);
  detail::scanScriptIdLabels(in, candidates);
  detail::scanCheckDigitIds(in, candidates);
  detail::scanMongolianRegisterNumbers(in, candidates);
  detail::scanBirthDateIds(in, candidates);
  detail::scanAges(in, candidates);
  detail::scanOfficeAddresses(in, candidates);
  detail::scanAddresses(in, candidates);
  detail::scanLocalAddresses(in, candidates);
  detail::scanNumberedHouses(in, candidates);
  detail::scanStreetCrossings(in, candidates);
  detail::scanCampAddresses(in, candidates);
  detail::scanPostalBoxes(in, candidates);
  detail::scanGeocodes(in, candidates);
  detail::scanLandmarkHomes(in, candidates);
  detail::scanPostcodeLabels(in, candidates);
  detail::scanDistancePlaces(in, candidates);
  detail::scanBrazilianPostcodes(in, candidates);
  detail::scanCommonwealthPostcodes(in, candidates);
  detail::scanAddressLines(in, candidates);
  detail::scanGenealogyPlaces(in, candidates);
  detail::scanZipCodes(in, candidates);
  detail::repeatFoundTowns(in, candidates);
  detail::repeatLabelledIdentifiers(in, candidates);
  detail::scanEpidNumbers(in, candidates);
  detail::Candidates names;
  detail::scanNames(in, candidates, names);
  candidates.insert(candidates.end(), names.begin(), names.end());
  return resolveOverlaps(std::move(candidates), vetoed);
}

// The text the scanners read: as given, with two one-byte-for-one-byte (or two-for-two)
// substitutions that keep every offset, so the findings hold for the text as given; most texts are
// returned uncopied.
//  * Armenian's full stop "։" (U+0589) becomes ". ". Every byte from 0x80 is a letter to the byte
//    classes, so a name or a number before the mark was glued to it ("Պետրոսյան։", "12.03.1985։",
//    "234567։") and no rule saw it end.
//  * A carriage return not followed by a line feed becomes a line feed. HL7 v2 separates its
//    segments with a lone CR and old Mac exports end their lines with one; the rules break lines
//    at LF, so a whole message read as one line ("PID|...\rPV1|...") and every field after the
//    first segment was read in the wrong segment. CR LF is left as it is.
std::string_view scannableText(std::string_view text, std::string& copy) {
  constexpr std::string_view kFullStop = "\u0589";
  auto loneReturn = [](std::string_view t, std::size_t from) {
    for (std::size_t at = t.find('\r', from); at != std::string_view::npos; at = t.find('\r', at + 1)) {
      if (at + 1 >= t.size() || t[at + 1] != '\n') return at;
    }
    return std::string_view::npos;
  };
  std::size_t stop = text.find(kFullStop);
  std::size_t ret = loneReturn(text, 0);
  if (stop == std::string_view::npos && ret == std::string_view::npos) return text;
  copy.assign(text);
  for (; stop != std::string_view::npos; stop = copy.find(kFullStop, stop + kFullStop.size())) {
    copy.replace(stop, kFullStop.size(), ". ");
  }
  for (; ret != std::string_view::npos; ret = loneReturn(copy, ret + 1)) copy[ret] = '\n';
  return copy;
}

}  // namespace

std::vector<Finding> detectPhiBytesByRules(std::string_view utf8Text) {
  std::string copy;
  const std::string_view text = scannableText(utf8Text, copy);
  const detail::ScanInput in{text, detail::tokenize(text)};
  return findByRules(in);
}

std::vector<Finding> detectPhiBytes(std::string_view utf8Text) {
  std::string copy;
  const std::string_view text = scannableText(utf8Text, copy);
  const detail::ScanInput in{text, detail::tokenize(text)};
  // (The model adds no name inside a span a reader declared free of PHI: an HL7 insurer's id, a
  // message's header fields; seed 3434.)
  std::vector<Finding> vetoed;
  std::vector<Finding> findings = findByRules(in, &vetoed);
  return detail::reviseNamesWithModel(in, std::move(findings), vetoed);
}

std::vector<Finding> toCodePointOffsets(std::string_view utf8Text, std::vector<Finding> byteFindings) {
  // One pass: findings are sorted and disjoint, so both boundaries only move forward.
  std::size_t bytePos = 0;
  std::size_t codePoints = 0;
  auto advanceTo = [&](std::size_t target) {
    for (; bytePos < target && bytePos < utf8Text.size(); ++bytePos) {
      if ((static_cast<unsigned char>(utf8Text[bytePos]) & 0xC0) != 0x80) ++codePoints;
    }
    return codePoints;
  };
  for (Finding& f : byteFindings) {
    f.start = advanceTo(f.start);
    f.end = advanceTo(f.end);
  }
  return byteFindings;
}

std::vector<Finding> detectPhi(std::string_view utf8Text) {
  return toCodePointOffsets(utf8Text, detectPhiBytes(utf8Text));
}

}  // namespace concord::phi
