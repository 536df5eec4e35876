// Identifier forms found without a keyword right before the value:
//   - a plate in brackets after the vehicle it belongs to ("following in own car (QHS-5130)");
//   - a label printed letter by letter, as OCR reads a spaced form ("l n s u r a n c e  I D :").
// The keyword scan (scan_identifiers.cpp) calls these as it walks the tokens.
#include <array>
#include <string>

#include "flat_word_table.h"
#include "identifier_forms.h"
#include "identifier_owners.h"

namespace concord::phi::detail {

// A word naming a road vehicle: "own car", "wheelchair-accessible van", "his ute".
bool isVehicleWord(std::string_view lower) {
  // (Romanian "autoturism", with its article "autoturismul": a parking permit's car.)
  // (The third list of countries: the southern African "bakkie" and "kombi", the Commonwealth
  // "lorry" and "minibus", the "jeep"; "bus" is left out, as a route's number follows it.)
  // (The thirty-second list of countries: Portuguese "viatura", Spanish "vehículo", Estonian
  // "sõiduk", Russian "автомобиль" and Belarusian "аўтамабіль", a Cyrillic capital listed as only
  // ASCII letters are folded: a funeral home's car, a parking permit's car.)
  // (The thirty-fifth family, seed 3535: India's "two-wheeler" and "four-wheeler", the Portuguese
  // and Spanish "motocicleta".)
  // (The thirty-ninth family, seed 3939: the Mexican "placas", the plates themselves, after the
  // car's make: "2011 Ford F-150, placas BUU-2686"; "placas de ateroma" have no plate's shape.)
  static constexpr std::array<std::string_view, 35> kVehicles = {
      "car",  "van",     "vehicle", "truck",   "ute",    "suv",   "taxi",    "motorcycle", "wheeler", "motocicleta",
      "motorbike", "scooter", "wagon", "sedan", "pickup", "minivan", "campervan", "trailer", "autoturism", "autoturismul",
      "bakkie", "kombi", "lorry", "minibus", "jeep", "viatura", "veh\u00edculo", "vehiculo", "s\u00f5iduk", "placas",
      "\u0430\u0432\u0442\u043e\u043c\u043e\u0431\u0438\u043b\u044c",
      "\u0410\u0432\u0442\u043e\u043c\u043e\u0431\u0438\u043b\u044c",
      "\u0410\u0412\u0422\u041e\u041c\u041e\u0411\u0418\u041b\u042c",
      "\u0430\u045e\u0442\u0430\u043c\u0430\u0431\u0456\u043b\u044c",
      "\u0410\u045e\u0442\u0430\u043c\u0430\u0431\u0456\u043b\u044c"};
  // Cheap gate on the first letter: most words start no vehicle's name (0xD0: a Cyrillic "а").
  if (lower.size() < 3 || std::string_view("cvtusmwpabklj\xD0").find(lower[0]) == std::string_view::npos) return false;
  for (std::string_view v : kVehicles) {
    if (lower == v) return true;
  }
  return false;
}

// End of a plate starting at `start`: capitals and digits, five to eight of them with at least two
// of each, one space or dash allowed after three characters or more ("SXX 0613", "7RWG581",
// "BAQ-7342"). A lower-case plate ("qhs-5130") only when `lowerOk`, joined by a dash and ending
// with a digit. Returns `start` when there is no plate.
std::size_t plateEnd(std::string_view text, std::size_t start, bool lowerOk, bool joinOk) {
  std::size_t k = start;
  std::size_t letters = 0;
  std::size_t lower = 0;
  std::size_t digits = 0;
  bool joined = !joinOk;
  while (k < text.size()) {
    const char c = text[k];
    if (isAsciiAlpha(c)) {
      ++letters;
      lower += !isUpper(c);
    } else if (isDigit(c)) {
      ++digits;
    } else if ((c == ' ' || c == '-') && !joined && k > start && k + 1 < text.size() &&
               (isAsciiAlpha(text[k + 1]) || isDigit(text[k + 1]))) {
      joined = true;
    } else {
      break;
    }
    ++k;
  }
  if (letters < 2 || digits < 2 || letters + digits < 5 || letters + digits > 8) return start;
  const std::size_t split = text.substr(start, k - start).find_first_of(" -");
  if (split != std::string_view::npos && split < 3) return start;
  if (lower > 0 && (!lowerOk || lower != letters || !isDigit(text[k - 1]) ||
                    text.substr(start, k - start).find(' ') != std::string_view::npos)) {
    return start;
  }
  return k;
}

// A plate after a label that names the vehicle: "Vehicle in lot B: 7ABC123", "Vehicle assigned:
// ABC-1234", "left in car JKL 4821". Token i is the vehicle word; up to three words without digits
// and a colon may stand between it and the plate, or a single space without them. The plate is
// capitals and digits ("car 45mins", "car 2 hours" are no plates) and ends the value.
namespace {

// A plate of a county's or city's letters, digits and letters in three spaced groups, as Romania
// ("IS 10 SHL", "B 123 ABC") and Bulgaria ("CA 1234 AB") print them: one to three capitals, two to
// four digits (not a year), one to three capitals. Returns `start` when there is none.
std::size_t lettersDigitsLettersPlateEnd(std::string_view text, std::size_t start) {
  std::size_t k = start;
  while (k < text.size() && isUpper(text[k])) ++k;
  const std::size_t county = k - start;
  if (county < 1 || county > 3 || k + 1 >= text.size() || text[k] != ' ') return start;
  const std::size_t digits = digitRun(text, k + 1);
  // (Namibia's five digits after its "N": "N 12345 W".)
  if (digits < 2 || digits > (county == 1 && text[start] == 'N' ? 5 : 4)) return start;
  if (digits == 4) {
    const int year = parseDigits(text, k + 1, 4);
    if (year >= 1950 && year <= 2039) return start;
  }
  k += 1 + digits;
  // (Serbia and Montenegro join the closing letters by a dash: "BG 123-AB".)
  if (k + 1 >= text.size() || (text[k] != ' ' && text[k] != '-')) return start;
  std::size_t end = k + 1;
  while (end < text.size() && isUpper(text[end])) ++end;
  const std::size_t letters = end - k - 1;
  if (letters < 1 || letters > 3 || (end < text.size() && isWordByte(text[end]))) return start;
  // A note in capitals gives a speed, a time or a dose so: "VEHICLE AT 40 MPH", "CAR FOR 20 MIN".
  static constexpr std::string_view kUnits[] = {"MPH", "KPH", "KMH", "KM", "MI", "MIN", "HR", "HRS", "H",
                                                "AM",  "PM",  "MG",  "ML", "KG", "LB", "LBS", "YO", "YR", "YRS"};
  const std::string_view unit = text.substr(k + 1, letters);
  for (std::string_view u : kUnits) {
    if (unit == u) return start;
  }
  return end;
}

bool unitLetters(std::string_view letters);

// A plate of the town's two capitals, a pair of capitals and three or four digits, as Montenegro
// prints it ("PG AB 123"); the closing digits not a year, the pairs no eye or route ("OD OS 123"). Returns `start` when there is none.
std::size_t lettersLettersDigitsPlateEnd(std::string_view text, std::size_t start) {
  const std::size_t town = upperRun(text, start);
  if (town != 2 || start + town + 1 >= text.size() || text[start + town] != ' ') return start;
  const std::size_t pair = start + town + 1;
  const std::size_t letters = upperRun(text, pair);
  if (letters != 2 || pair + letters + 1 >= text.size() || text[pair + letters] != ' ') return start;
  const std::size_t digitsAt = pair + letters + 1;
  const std::size_t digits = digitRun(text, digitsAt);
  const std::size_t end = digitsAt + digits;
  if (digits < 3 || digits > 4 || (end < text.size() && isWordByte(text[end]))) return start;
  if (digits == 4 && parseDigits(text, digitsAt, 4) >= 1950 && parseDigits(text, digitsAt, 4) <= 2039) return start;
  if (unitLetters(text.substr(pair, letters)) || unitLetters(text.substr(start, town))) return start;
  // Eyes and routes are written so before a dose or a count: "OD OS 123", "IV PO 500".
  static constexpr std::array<std::string_view, 8> kClinicalPairs = {"OD", "OS", "OU", "IV", "IM", "PO", "PR", "SC"};
  if (listHas(kClinicalPairs, text.substr(start, town)) || listHas(kClinicalPairs, text.substr(pair, letters))) {
    return start;
  }
  return end;
}

// A plate of two capitals and three or four digits after a vehicle word, as Hong Kong ("car AB
// 1234"), Brunei ("BA 1234") and Fiji ("LT 1234") print it: the digits no year, the capitals no
// unit, vital sign, eye, route or English word ("car BP 120", "car HR 110", "TRAILER AT 1008").
std::size_t twoLettersDigitsPlateEnd(std::string_view text, std::size_t start) {
  if (upperRun(text, start) != 2 || start + 3 >= text.size() || text[start + 2] != ' ') return start;
  const std::size_t digits = digitRun(text, start + 3);
  const std::size_t end = start + 3 + digits;
  if (digits < 3 || digits > 4 || (end < text.size() && isWordByte(text[end]))) return start;
  if (digits == 4 && parseDigits(text, start + 3, 4) >= 1950 && parseDigits(text, start + 3, 4) <= 2039) return start;
  // (Nor a word of a note in capitals: "SAME TRAILER AT 1008 SALTBUSH RD" is an address.)
  static constexpr std::array<std::string_view, 38> kNotPlates = {
      "BP", "HR", "RR", "PR", "OD", "OS", "OU", "IV", "IM", "PO", "SC", "MG", "ML", "KG", "AM", "PM", "AT", "IN", "ON",
      "TO", "BY", "OF", "NO", "UP", "AS", "IS", "IT", "OR", "SO", "AN", "BE", "DO", "GO", "HE", "ME", "MY", "US", "WE"};
  if (listHas(kNotPlates, text.substr(start, 2))) return start;
  return end;
}

// Whether `letters` is a unit or a time of day that a note writes between numbers ("12 MG 500").
bool unitLetters(std::string_view letters) {
  static constexpr std::string_view kUnits[] = {"MG", "ML", "KG", "AM", "PM", "MM", "CM", "KM", "HR", "MIN",
                                                "IU", "MCG", "G", "L", "H", "X", "BPM", "MMHG", "MPH", "U"};
  for (std::string_view u : kUnits) {
    if (letters == u) return true;
  }
  return false;
}

// A plate of digits, capitals and digits in three spaced groups, as Armenia ("12 AB 345") and
// Mauritius ("1234 AG 05", the number, the month's letters and the year) print them: one to four
// digits, one to three capitals (no unit), two or three digits, four digits or more in all.
std::size_t digitsLettersDigitsPlateEnd(std::string_view text, std::size_t start) {
  const std::size_t lead = digitRun(text, start);
  if (lead < 1 || lead > 4 || start + lead + 1 >= text.size() || text[start + lead] != ' ') return start;
  std::size_t k = start + lead + 1;
  const std::size_t lettersStart = k;
  while (k < text.size() && isUpper(text[k])) ++k;
  const std::size_t letters = k - lettersStart;
  if (letters < 1 || letters > 3 || k + 1 >= text.size() || text[k] != ' ') return start;
  if (unitLetters(text.substr(lettersStart, letters))) return start;
  const std::size_t tail = digitRun(text, k + 1);
  const std::size_t end = k + 1 + tail;
  if (tail < 2 || tail > 3 || lead + tail < 4 || (end < text.size() && isWordByte(text[end]))) return start;
  return end;
}

// A plate of three groups of capitals or digits joined by dashes, as Georgia ("AA-123-AA"), Bosnia
// and Herzegovina ("A12-B-345") and France print them: one to three characters a group, six to
// eight in all, two letters and three digits or more.
std::size_t dashedPlateEnd(std::string_view text, std::size_t start) {
  std::size_t k = start;
  std::size_t letters = 0;
  std::size_t digits = 0;
  for (int group = 0; group < 3; ++group) {
    if (group > 0) {
      if (k + 1 >= text.size() || text[k] != '-') return start;
      ++k;
    }
    const std::size_t groupStart = k;
    while (k < text.size() && (isUpper(text[k]) || isDigit(text[k]))) {
      letters += isUpper(text[k]);
      digits += isDigit(text[k]);
      ++k;
    }
    if (k == groupStart || k - groupStart > 3) return start;
  }
  if (letters < 2 || digits < 3 || letters + digits < 6 || letters + digits > 8) return start;
  if (k < text.size() && (isWordByte(text[k]) || text[k] == '-')) return start;
  return k;
}

// Whether the two bytes at k are a capital of the Cyrillic alphabet (А-Я, Ё) or of Mongolian's Ө
// and Ү.
bool cyrillicCapitalAt(std::string_view text, std::size_t k) {
  const unsigned cp = twoByteCodePointAt(text, k);
  return (cp >= 0x410 && cp <= 0x42F) || cp == 0x401 || cp == 0x4E8 || cp == 0x4AE;
}

}  // namespace

// A Mongolian plate: four digits, then the province's two or three Cyrillic capitals after a space
// ("1234 УБА"). Returns `start` when there is none.
std::size_t mongolianPlateEnd(std::string_view text, std::size_t start) {
  if (digitRun(text, start) != 4 || start + 5 >= text.size() || text[start + 4] != ' ') return start;
  std::size_t k = start + 5;
  std::size_t letters = 0;
  while (cyrillicCapitalAt(text, k)) {
    k += 2;
    ++letters;
  }
  if (letters < 2 || letters > 3 || (k < text.size() && isWordByte(text[k]))) return start;
  return k;
}

// An Indian plate, the state's two capitals, the district's one or two digits, one to three
// capitals of the series and four digits, spaced or dashed: "MH 12 HX 4821", "KA-05-MN-1234"
// ("two-wheeler MH 12 HX 4821 hit by a truck", seed 3535). Returns `start` when there is none.
std::size_t indianPlateEnd(std::string_view text, std::size_t start) {
  if (upperRun(text, start) != 2) return start;
  std::size_t k = start + 2;
  const char sep = k < text.size() ? text[k] : '\0';
  if (sep != ' ' && sep != '-') return start;
  const std::size_t district = digitRun(text, k + 1);
  if (district < 1 || district > 2) return start;
  k += 1 + district;
  if (k >= text.size() || text[k] != sep) return start;
  const std::size_t series = upperRun(text, k + 1);
  if (series < 1 || series > 3) return start;
  k += 1 + series;
  if (k >= text.size() || text[k] != sep || digitRun(text, k + 1) != 4) return start;
  const std::size_t end = k + 5;
  if (end < text.size() && (isWordByte(text[end]) || text[end] == '-')) return start;
  return end;
}

// A Belarusian plate: four digits, two capitals, a dash and the region's digit ("0391 TP-6").
// Returns `start` when there is none.
std::size_t belarusianPlateEnd(std::string_view text, std::size_t start) {
  if (digitRun(text, start) != 4 || start + 9 > text.size() || text[start + 4] != ' ' || upperRun(text, start + 5) != 2 ||
      text[start + 7] != '-' || !isDigit(text[start + 8])) {
    return start;
  }
  const std::size_t end = start + 9;
  if (end < text.size() && (isWordByte(text[end]) || text[end] == '-')) return start;
  return end;
}

namespace {

// Whether the plate's first letters name a fleet's vehicle or unit, as the hospital numbers its own
// vans and ambulances: "the hospital van VAN-03", "WHEELCHAIR VAN UNIT 12" (no person's car). The
// Brazilian SAMU numbers its advanced and basic units "USA" and "USB": "pelo SAMU (viatura USA-12)"
// (seed 3535).
bool fleetNumber(std::string_view value) {
  std::string letters;
  for (char c : value) {
    if (!isAsciiAlpha(c)) break;
    letters.push_back(lowerAscii(c));
  }
  static constexpr std::array<std::string_view, 11> kFleet = {"van",   "unit", "car", "bus", "amb", "truck",
                                                              "fleet", "cart", "veh", "usa", "usb"};
  return listHas(kFleet, letters);
}

}  // namespace

void labelledPlateAt(const ScanInput& in, std::size_t i, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  std::size_t j = i + 1;
  for (std::size_t words = 0; j < tokens.size() && words < 3; ++j, ++words) {
    const std::string_view gap = gapBetween(in, j - 1, j);
    if (gap != " " || tokens[j].hasDigit || tokens[j].length() > 10) break;
  }
  if (j >= tokens.size()) return;
  // A qualifier in brackets may stand between the vehicle and its colon: "Patient's car (nurse
  // parking permit): 8LJ 1WL" (seed 3737), up to four words without digits.
  if (gapBetween(in, j - 1, j) == " (") {
    for (std::size_t k = j; k < j + 4 && k + 1 < tokens.size(); ++k) {
      if (tokens[k].hasDigit || tokens[k].length() > 12) break;
      const std::string_view close = gapBetween(in, k, k + 1);
      if (close == "): " || close == "):") {
        j = k + 1;
        break;
      }
      if (close != " ") break;
    }
  }
  const std::string_view gap = gapBetween(in, j - 1, j);
  const bool colon = gap == ": " || gap == ":  " || gap == " : " || gap == ":" || gap == " #" || gap == "# " ||
                     gap == "): " || gap == "):";
  if (!colon) {
    // No colon: the plate right after the vehicle word, or after the Portuguese and Spanish word
    // for it, "placa" ("motocicleta placa RRD1J23", seed 3535; no table's label, as it is also a
    // plaque).
    j = i + 1;
    if (j >= tokens.size() || gapBetween(in, i, j) != " ") return;
    if (tokens[j].lower == "placa" && j + 1 < tokens.size() && gapBetween(in, j, j + 1) == " ") ++j;
  }
  const bool placa = !colon && j == i + 2;
  // A label of its own is no plate's first part: "VEHICLE PLATE 333 MWU" is read from "PLATE".
  if (tokens[j].lower == "plate" || tokens[j].lower == "tag" || tokens[j].lower == "reg") return;
  // A model year before a make describes the car: "SHOWN VEHICLE: 2021 KIA SOUL".
  if (modelYearAt(in, j)) return;
  const std::size_t start = tokens[j].start;
  if (!(isUpper(text[start]) || isDigit(text[start]))) return;
  // A crash's field is followed by the patient's scores, not the car's plate: "Motor vehicle
  // collision: GCS 14", "Car accident: ISS 17".
  static constexpr std::array<std::string_view, 8> kScores = {"gcs", "iss", "rts", "ais", "nihss", "avpu", "mews", "news"};
  if (listHas(kScores, tokens[j].lower)) return;
  // A plate in one piece before a word ("7ABC123 today") is tried without the joining space.
  std::size_t end = indianPlateEnd(text, start);
  if (end == start) end = lettersDigitsLettersPlateEnd(text, start);
  if (end == start) end = digitsLettersDigitsPlateEnd(text, start);
  if (end == start) end = dashedPlateEnd(text, start);
  if (end == start) end = lettersLettersDigitsPlateEnd(text, start);
  if (end == start) end = twoLettersDigitsPlateEnd(text, start);
  if (end == start) end = mongolianPlateEnd(text, start);
  if (end == start) end = belarusianPlateEnd(text, start);
  if (end == start) end = plateEnd(text, start, false, true);
  if (end == start) end = plateEnd(text, start, false, false);
  if (end == start) return;
  // The plate ends the value: a space, a line end or punctuation, not a further word byte or a
  // dash or slash joined to more ("ABC-1234-77" is another number).
  if (end < text.size() && !(text[end] == ' ' || text[end] == '\n' || text[end] == '\r' || text[end] == ',' ||
                             text[end] == ';' || text[end] == ')' || text[end] == '\t' ||
                             (text[end] == '.' && (end + 1 == text.size() || !isWordByte(text[end + 1]))))) {
    return;
  }
  // (Claimed as no PHI, so that no name scan reads the fleet's word as a name: "VAN-03".)
  if (fleetNumber(text.substr(start, end - start))) {
    out.push_back({start, end, PhiCategory::Vehicle, priority::kKeywordId, /*veto=*/true});
    return;
  }
  // Without a colon a word and a year are an event's name, not a plate ("vehicle MVA 2019").
  if (!colon && end - start == 8 && text[start + 3] == ' ') {
    const int year = parseDigits(text, start + 4, 4);
    if (year >= 1950 && year <= 2039) return;
  }
  // (The vehicle's words before the plate are claimed as no PHI, so that no name scan reads a
  // note in capitals' "MOTOCICLETA PLACA" or "TWO-WHEELER" (Wheeler, a surname) as a name.)
  if (placa || (!colon && tokens[i].lower == "wheeler")) {
    out.push_back({tokens[i].start, tokens[j - 1].end, PhiCategory::Vehicle, priority::kKeywordId, /*veto=*/true});
  }
  out.push_back({start, end, PhiCategory::Vehicle, priority::kKeywordId});
}

bool copulaBeforePlate(const ScanInput& in, std::size_t k) {
  const auto& tokens = in.tokens;
  if (k + 1 >= tokens.size() || !listHas({"is", "es", "est", "ist", "\u00e9"}, tokens[k].lower) ||
      gapBetween(in, k, k + 1) != " ") {
    return false;
  }
  std::size_t capitals = 0;
  std::size_t digits = 0;
  const std::string_view text = in.text;
  for (std::size_t b = tokens[k + 1].start; b < text.size() && b < tokens[k + 1].start + 12; ++b) {
    if (isUpper(text[b])) {
      ++capitals;
    } else if (isDigit(text[b])) {
      ++digits;
    } else if (text[b] != ' ' && text[b] != '-') {
      break;
    }
  }
  return capitals >= 2 && digits >= 2;
}

void laoPlateAt(const ScanInput& in, std::size_t i, Candidates& out) {
  const std::string_view text = in.text;
  std::size_t k = in.tokens[i].end;
  if (k < text.size() && text[k] == ':') ++k;
  if (k + 1 >= text.size() || text[k] != ' ') return;
  const std::size_t start = k + 1;
  // Lao consonants are U+0E81 to U+0EAE: the bytes E0 BA 81 to E0 BA AE.
  std::size_t letters = 0;
  k = start;
  while (k + 2 < text.size() && text[k] == '\xE0' && text[k + 1] == '\xBA' &&
         static_cast<unsigned char>(text[k + 2]) >= 0x81 && static_cast<unsigned char>(text[k + 2]) <= 0xAE) {
    k += 3;
    ++letters;
  }
  if (letters < 1 || letters > 2 || k + 5 > text.size() || text[k] != ' ' || digitRun(text, k + 1) != 4) return;
  const std::size_t end = k + 5;
  if (end < text.size() && (isWordByte(text[end]) || text[end] == '-' || text[end] == '/')) return;
  out.push_back({start, end, PhiCategory::Vehicle, priority::kKeywordId});
}

// A word naming a piece of equipment: the number right after it is the equipment's serial, not a
// patient's record ("pump CAD4471234", "Machine FMC2231907", "Unit: PND1036712", "concentrator
// #INV8812345"). A pacing or defibrillator lead carries its own serial beside the generator's
// ("RV lead PJY9342917V").
bool isEquipmentWord(std::string_view lower) {
  // A home hub or gateway relays a patient's readings and is numbered as the device is.
  // (The glucometer and the blood-pressure meter also in Romanian, Spanish and French.)
  // (And the pump, the pacemaker, the defibrillator, the hearing aid and the sensor in German,
  // French, Spanish, Portuguese, Italian and Russian, a Cyrillic capital listed as only ASCII
  // letters are folded: "Insulinpumpe: NG1234567H", "marcapasos #RNH123456S".)
  static constexpr std::array<std::string_view, 57> kEquipment = {
      "pump",      "machine",   "unit",      "monitor",    "concentrator", "ventilator", "vent",
      "pacemaker", "defibrillator", "icd",   "sensor",     "transmitter",  "receiver",   "meter",
      "glucometer", "generator", "stimulator", "implant",  "device",       "console",    "pendant",
      "tracker",   "handset",   "cpap",      "bipap",      "nebuliser", "lead", "hub", "gateway",
      // (A home-monitoring kit's oximeter, blood-pressure cuff and weighing scale, seed 3737: "BP
      // cuff 85344R18975, scale SN25027441"; a scale's reading has no letters: "scale 72.4 kg".)
      "oximeter",  "cuff",      "scale",
      "glucometru", "tensiometru", "gluc\u00f3metro", "glucom\u00e8tre",
      "pumpe", "insulinpumpe", "pompe", "bomba", "pompa", "schrittmacher", "herzschrittmacher",
      "marcapasos", "marcapasso", "stimulateur", "d\u00e9fibrillateur", "desfibrilador", "defibrillatore",
      "h\u00f6rger\u00e4t", "aud\u00edfono", "capteur", "sensore",
      "\u043a\u0430\u0440\u0434\u0438\u043e\u0441\u0442\u0438\u043c\u0443\u043b\u044f\u0442\u043e\u0440",
      "\u041a\u0430\u0440\u0434\u0438\u043e\u0441\u0442\u0438\u043c\u0443\u043b\u044f\u0442\u043e\u0440",
      "\u0433\u043b\u044e\u043a\u043e\u043c\u0435\u0442\u0440", "\u0413\u043b\u044e\u043a\u043e\u043c\u0435\u0442\u0440"};
  if (lower.size() < 3 || lower.size() > 32) return false;
  // (Asked of many words before a number: one hashed look-up instead of a scan of the list.)
  static const FlatWordTable* const table = [] {
    std::vector<std::pair<std::string_view, std::uint32_t>> entries;
    entries.reserve(kEquipment.size());
    for (std::string_view word : kEquipment) entries.emplace_back(word, 1);
    return new FlatWordTable(entries);
  }();
  return table->find(lower) != 0;
}

// A plate in brackets right after the vehicle it belongs to: "following in own car (QHS-5130)",
// "van (PCJ 3473, VIN ...)". Plates are capitals and digits, five to eight of them, with at least
// two of each, one space or dash allowed ("SXX 0613", "7RWG581", "BAQ-7342"); a bracket of words
// or a count ("car (45 minutes)") is no plate. Token i is the vehicle word or its make or model.
void bracketedPlateAt(const ScanInput& in, std::size_t i, Candidates& out) {
  const std::string_view text = in.text;
  const std::size_t open = in.tokens[i].end;
  if (open + 2 >= text.size() || text[open] != ' ' || text[open + 1] != '(') return;
  const std::size_t start = open + 2;
  // The plate's own shape is plateEnd's (a lower-case plate joined by a dash and ending with a
  // digit, as notes in lower case write it: "own car (qhs-5130)"); a bracket of words or a count
  // ("car (45mins)", "van (ID 2231)") is none. The plate must close the bracket or its first item.
  const std::size_t k = plateEnd(text, start, /*lowerOk=*/true, /*joinOk=*/true);
  if (k == start || k >= text.size() || !(text[k] == ')' || text[k] == ',')) return;
  out.push_back({start, k, PhiCategory::Vehicle, priority::kKeywordId});
}

// One letter, a token of its own: a letter of a label printed with spaces between its letters.
bool spacedLetter(const Token& t) { return t.length() == 1 && t.hasLetter; }

// A label printed with a space between its letters and two between its words, as OCR reads a
// spaced form: "l n s u r a n c e  I D :  W123456789", "M R N :  0041234". OCR reads a capital
// I as "l", so a word starting "ln" starts "in" and "ld" is "id". Token i is the label's first
// letter; returns the token after the value found, or i.
std::size_t spacedLabelAt(const ScanInput& in, std::size_t i, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::size_t n = tokens.size();
  // Most single letters ("a", "I", an initial) start no spaced label: a second letter must follow.
  if (i + 1 >= n || !spacedLetter(tokens[i + 1]) || gapBetween(in, i, i + 1) != " ") return i;
  if (i > 0 && spacedLetter(tokens[i - 1]) && gapBetween(in, i - 1, i).size() <= 2) return i;
  std::string label;
  std::size_t k = i;
  std::size_t letters = 0;
  while (k + 1 < n && spacedLetter(tokens[k])) {
    label.push_back(tokens[k].lower[0]);
    ++letters;
    const std::string_view gap = gapBetween(in, k, k + 1);
    if (gap == " " && spacedLetter(tokens[k + 1])) {
      ++k;
      continue;
    }
    if (gap == "  " && spacedLetter(tokens[k + 1]) && k + 2 < n && gapBetween(in, k + 1, k + 2) == " ") {
      label.push_back(' ');
      ++k;
      continue;
    }
    break;
  }
  if (letters < 2 || k + 1 >= n || !gapOnly(gapBetween(in, k, k + 1), " :#", 5) ||
      gapBetween(in, k, k + 1).find_first_of(":#") == std::string_view::npos) {
    return i;
  }
  for (std::size_t w = 0; w + 1 < label.size(); ++w) {
    const bool wordStart = w == 0 || label[w - 1] == ' ';
    if (wordStart && label[w] == 'l' && (label[w + 1] == 'n' || (label[w + 1] == 'd' && (w + 2 == label.size() ||
                                                                                    label[w + 2] == ' ')))) {
      label[w] = 'i';  // "lnsurance", "ld"
    }
  }
  struct SpacedLabel {
    std::string_view label;
    PhiCategory category;
  };
  static constexpr std::array<SpacedLabel, 22> kLabels = {{
      {"insurance id", PhiCategory::HealthPlan}, {"insurance", PhiCategory::HealthPlan},
      {"member id", PhiCategory::HealthPlan},    {"policy no", PhiCategory::HealthPlan},
      {"medicaid", PhiCategory::HealthPlan},     {"medicare", PhiCategory::HealthPlan},
      {"group no", PhiCategory::HealthPlan},     {"mrn", PhiCategory::Mrn},
      {"mr no", PhiCategory::Mrn},               {"chart no", PhiCategory::Mrn},
      {"medical record no", PhiCategory::Mrn},   {"account no", PhiCategory::Account},
      {"acct no", PhiCategory::Account},         {"account", PhiCategory::Account},
      {"patient id", PhiCategory::Mrn},          {"hospital no", PhiCategory::Mrn},
      {"member", PhiCategory::HealthPlan},       {"policy", PhiCategory::HealthPlan},
      {"claim no", PhiCategory::Account},        {"license no", PhiCategory::License},
      {"licence no", PhiCategory::License},      {"serial no", PhiCategory::Device},
  }};
  for (const SpacedLabel& l : kLabels) {
    if (label != l.label) continue;
    const std::size_t start = tokens[k + 1].start;
    const std::size_t end = identifierEnd(in.text, start);
    if (!looksLikeIdentifier(in.text.substr(start, end - start))) return i;
    out.push_back({start, end, l.category, priority::kKeywordId});
    std::size_t next = k + 1;
    while (next < n && tokens[next].start < end) ++next;
    return next;
  }
  return i;
}

}  // namespace concord::phi::detail
