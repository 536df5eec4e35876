// Name scanner: names in the notations of specialty records (seed 2525): DICOM person names,
// pedigree positions and a tumour board's disciplines.
// A DICOM header dumped as text writes each person-name (PN) attribute as "Keyword:
// FAMILY^GIVEN^MIDDLE" ("PatientName: RUTLEDGE^ZHI HAO^M", "ReferringPhysicianName: NÍ
// FHLANNAGÁIN^TREASA^B", "OperatorsName: tang^wei"). The keyword ends in "Name" and the carets
// join the components; the whole value, carets inside, is one name. A component may hold spaces
// ("ZHI HAO"); the last one is a single word, so the value ends with the word after the last
// caret, before the next keyword ("PatientID:").
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
