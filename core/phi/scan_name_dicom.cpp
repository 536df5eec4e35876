// Name scanner: names in the notations of specialty records (seed 2525): DICOM person names,
// pedigree positions and a tumour board's disciplines.
// A DICOM header dumped as text writes each person-name (PN) attribute as "Keyword:
// FAMILY^GIVEN^MIDDLE" ("PatientName: RUTLEDGE^ZHI HAO^M", "ReferringPhysicianName: NÍ
// FHLANNAGÁIN^TREASA^B", "OperatorsName: tang^wei"). The keyword ends in "Name" and the carets
// join the components; the whole value, carets inside, is one name. A component may hold spaces
// ("ZHI HAO"); the last one is a single word, so the value ends with the word after the last
// caret, before the next keyword ("PatientID:").
#include <algorithm>
#include <array>

#include "name_scanner.h"

namespace concord::phi::detail {

bool NameScanner::tryDicomName(std::size_t i) {
  const Token& key = tokens_[i];
  // "PatientName", "ReferringPhysicianName", "PerformingPhysicianName", "OperatorsName": a keyword
  // run together in camel case (or capitals) that ends in "name", longer than "name" itself.
  if (key.length() <= 4 || !key.lower.ends_with("name") || key.hasDigit || i + 1 >= tokens_.size()) return false;
  const std::string_view keyText = in_.text.substr(key.start, key.length());
  if (!(key.allCaps || isUpper(keyText[keyText.size() - 4]))) return false;  // "PatientName", not "Surname"
  const std::string_view g = gap(i, i + 1);
  if (g != ": " && g != ":" && g != "=" && g != " = ") return false;
  std::size_t lastCaret = 0;  // the token after the last caret (0: none yet)
  std::size_t k = i + 1;
  for (; k < tokens_.size() && k < i + 10; ++k) {
    const Token& t = tokens_[k];
    if (claimed_[k] || t.hasDigit || !t.hasLetter) return false;
    if (k + 1 >= tokens_.size()) break;
    const std::string_view after = gap(k, k + 1);
    if (after == "^") {
      lastCaret = k + 1;
      continue;
    }
    // Hyphens and apostrophes join a name's parts ("O'NEIL", "SMITH-JONES"); one space joins the
    // words of a component ("ZHI HAO") until the next keyword ("PatientID:").
    if (after == "-" || after == "'") continue;
    if (after == " " && !(k + 2 < tokens_.size() && gap(k + 1, k + 2).starts_with(":"))) continue;
    break;
  }
  if (lastCaret == 0 || lastCaret >= tokens_.size() || lastCaret > k) return false;
  // The value ends with the word after the last caret (and that word's hyphenated parts).
  std::size_t end = lastCaret;
  while (end < k && (gap(end, end + 1) == "-" || gap(end, end + 1) == "'")) ++end;
  mark(i + 1, end + 1);
  return true;
}

bool NameScanner::tryDicomTagName(std::size_t i) {
  // "(0010,0010) PN [STONEKING^RUSTIN]  # PatientName", "(0008,0090) PN [HAN^MI-SOOK]": dcmdump and
  // the dumps like it write a tag, its value representation and the value in brackets; a PN
  // (person name) value is a name whatever its keyword, carets, spaces and hyphens inside.
  const Token& vr = tokens_[i];
  if (vr.lower != "pn" || !vr.allCaps || i == 0 || i + 1 >= tokens_.size()) return false;
  const Token& element = tokens_[i - 1];
  if (element.length() != 4 || gap(i - 1, i) != ") " || gap(i, i + 1) != " [") return false;
  for (std::size_t c = element.start; c < element.end; ++c) {
    if (!isHexDigit(in_.text[c])) return false;
  }
  std::size_t k = i + 1;
  for (; k < tokens_.size() && k < i + 12; ++k) {
    const Token& t = tokens_[k];
    if (claimed_[k] || t.hasDigit || !t.hasLetter) return false;
    const std::string_view after =
        k + 1 < tokens_.size() ? gap(k, k + 1) : in_.text.substr(t.end, std::min<std::size_t>(1, in_.text.size() - t.end));
    if (after.starts_with("]")) break;
    if (k + 1 >= tokens_.size()) return false;
    if (!gapOnly(after, "^ -'", 4)) return false;
  }
  if (k >= tokens_.size() || k >= i + 12) return false;
  mark(i + 1, k + 1);
  return true;
}

bool NameScanner::tryCommaJoinedName(std::size_t i) {
  // "REPRINT LOG 09/13/2023 01:20 FENSTERMAKER,RUSTIN 06/22/1931 MRN MR9216613": a specimen label
  // or a log's row writes the patient as FAMILY,GIVEN in capitals, no space after the comma, and the
  // date of birth right after. Both words are names' shapes, no listed never-name, no clinical word.
  const Token& family = tokens_[i];
  if (!family.allCaps || family.hasDigit || family.length() < 2 || i + 3 >= tokens_.size() || gap(i, i + 1) != ",") {
    return false;
  }
  if (i > 0 && !(gap(i - 1, i).find('\n') != std::string_view::npos || isInlineSpace(gap(i - 1, i), 4))) return false;
  std::size_t end = i + 1;
  while (end < tokens_.size() && tokens_[end].allCaps && !tokens_[end].hasDigit && end + 1 < tokens_.size() &&
         gap(end, end + 1) == "-") {
    ++end;
  }
  if (end + 3 >= tokens_.size() || !tokens_[end].allCaps || tokens_[end].hasDigit || tokens_[end].length() < 2) return false;
  // The date of birth: "06/22/1931", "1931-06-22", "22.06.1931".
  const std::size_t d = end + 1;
  if (!isInlineSpace(gap(end, d), 2) || !tokens_[d].allDigits || d + 2 >= tokens_.size()) return false;
  const std::string_view sep = gap(d, d + 1);
  if (!(sep == "/" || sep == "-" || sep == ".") || gap(d + 1, d + 2) != sep || !tokens_[d + 1].allDigits ||
      !tokens_[d + 2].allDigits) {
    return false;
  }
  // (A year of four digits at one end: "ANALYSER,MIDDLEWARE 2.4.1" is a version.)
  const bool yearLast = tokens_[d + 2].length() == 4 && tokens_[d].length() <= 2 && tokens_[d + 1].length() <= 2;
  const bool yearFirst = tokens_[d].length() == 4 && tokens_[d + 1].length() <= 2 && tokens_[d + 2].length() <= 2;
  if (!yearLast && !yearFirst) return false;
  for (std::size_t k = i; k <= end; ++k) {
    if (claimed_[k] || isNeverNameWord(tokens_[k]) || isTitleWord(tokens_[k]) || isCredentialWord(tokens_[k]) ||
        hasClinicalEnding(tokens_[k].lower) || isStateCode(tokens_[k])) {
      return false;
    }
  }
  mark(i, end + 1);
  return true;
}

bool NameScanner::tryPedigree(std::size_t i) {
  // "II-1 Yasuo, 73, well", "I-1 V. Dunaway, 91 y/o, alive": a pedigree's individual is written
  // at a line's start by generation (a Roman numeral) and number, then the relative's name and a
  // comma ("I-2 deceased, ovarian ca" names no one).
  const Token& gen = tokens_[i];
  if (!gen.allCaps || gen.length() > 3 || i + 2 >= tokens_.size()) return false;
  static constexpr std::array<std::string_view, 6> kGenerations = {"i", "ii", "iii", "iv", "v", "vi"};
  if (!listHas(kGenerations, gen.lower)) return false;
  if (i > 0 && gap(i - 1, i).find('\n') == std::string_view::npos) return false;
  if (gap(i, i + 1) != "-" || !tokens_[i + 1].allDigits || tokens_[i + 1].length() > 2 || gap(i + 1, i + 2) != " ") return false;
  const std::size_t j = i + 2;
  if (claimed_[j] || !tokens_[j].properShape()) return false;
  const std::size_t end = cueRun(j, Cue::kWeak, false);
  if (end == j || end >= tokens_.size() || !gap(end - 1, end).starts_with(",") || runIsEponym(j, end) ||
      institutionContext(end - 1)) {
    return false;
  }
  mark(j, end);
  return true;
}

bool NameScanner::tryDepartmentInitial(std::size_t i) {
  // "Radiology: T. Chemist    Pathology: A. Marrow    Coordinator: ...": a tumour board's or a
  // report's row names each discipline's doctor by initial and family name. After a discipline's
  // label ("-ology", "Surgery", "Pharmacy", "Physics") an initial, its period and a Title-case word
  // that ends the field are a person, even when the family name is an ordinary word in a row of
  // such fields ("Microbiology: E. Coli" stays an organism: never-names and clinical words are no
  // family names).
  const Token& label = tokens_[i];
  if (!label.capitalised || label.length() < 6 || i + 2 >= tokens_.size() || gap(i, i + 1) != ": ") return false;
  const std::string_view w = label.lower;
  if (!(w.ends_with("ology") || w == "surgery" || w == "pharmacy" || w == "physics" || w == "genetics" ||
        w == "nursing" || w == "anaesthesia" || w == "anesthesia")) {
    return false;
  }
  const std::size_t f = i + 2;
  if (!isInitial(i + 1) || gap(i + 1, f) != ". " || claimed_[i + 1] || claimed_[f]) return false;
  const Token& family = tokens_[f];
  if (!family.capitalised || family.hasDigit || family.length() < 2 || isNeverNameWord(family) ||
      hasClinicalEnding(family.lower) || isEponymTrigger(family) || isRoleNoun(family)) {
    return false;
  }
  std::size_t end = f + 1;
  while (end < tokens_.size() && (gap(end - 1, end) == "-" || gap(end - 1, end) == "'") && tokens_[end].properShape()) ++end;
  const std::string_view after = end < tokens_.size() ? gap(end - 1, end) : std::string_view("\n");
  const bool fieldEnds = after.find('\n') != std::string_view::npos || (after.size() >= 2 && gapOnly(after, " ", 12)) ||
                         after.starts_with(";") || after.starts_with(" |") || after.starts_with("|");
  if (!fieldEnds) return false;
  // An ordinary word ("Chemist", "Defer") is a family name only in a row of such fields, another
  // label following on the line ("Surgery: B. Defer" alone may be a plan's item).
  if ((family.classes & WordClass::kEnglish) && !listedName(family)) {
    const bool labelNext = end + 1 < tokens_.size() && gapOnly(after, " ", 12) && after.size() >= 2 &&
                           gap(end, end + 1).starts_with(":");
    if (!labelNext) return false;
  }
  mark(i + 1, end);
  return true;
}

}  // namespace concord::phi::detail
