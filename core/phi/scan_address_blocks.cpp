// A letter's address block: the recipient's name, then the address broken over lines with no
// label, as letters, bills, collection letters and certificates print it in every country's
// order:
//   "Ms Mwila Banda / Plot 2345, Chilimbulu Road / Libala South / Lusaka"
//   "Sra. María López / Barrio Altagracia, de la iglesia 2 c. al sur / Managua"
//   "Петровой Анне Сергеевне / ул. Ленина, д. 5, кв. 12 / г. Казань, 420111"
//   "Mr. Khalid Hassan / PO Box 2231, Ruwi 112 / Muscat, Sultanate of Oman"
// The street scanners find the street's line when it reads as one; the lines after it (the
// district, the town, "postcode town") and a street line of a shape they do not know are the
// same person's address. A block is a run of two to eight short lines between blank lines; it is
// read only when one of its lines is an anchor (a street line a scanner found, or a line opened by
// a house's, plot's, box's or street's word holding a number), and never when a line names a
// facility (the letterhead: "Kenyatta National Hospital / P.O. Box 20723 / Nairobi", a
// department's or an office's address). Lines from the anchor on are the address; the lines
// before it are the name, "c/o" and "S/o" lines, left to the name scanners.
#include "address_blocks.h"

#include <array>

#include "local_addresses.h"
#include "places.h"

namespace concord::phi::detail {

namespace {

// Words opening a line that names a house, a plot, a box or a flat, as the tokens read them (ASCII
// lower case): "Plot 2345, ...", "Flat 3, Rosewood House", "Blk 5 Lot 12, ...", "H.No. 12-3-45",
// "PO Box 2231", "P.O. Box", "Postfach 12 34", "Apartado 123", "Caixa Postal", "Casilla 12", the
// Russian "д." (house) and "а/я" (box), the Arabic "ص.ب" (box) and the Indian "Door No.".
constexpr auto kHouseOpeners = std::to_array<std::string_view>({
    "flat", "apt", "apartment", "house", "h", "plot", "lot", "blk", "block", "stand", "erf", "villa",
    "building", "bldg", "unit", "po", "p", "postfach", "apartado", "casilla", "caixa", "bp", "door",
    "\u0434", "\u0430", "\u0635"});

// Words of a facility or an office: a block holding one is a letterhead or a department's address,
// no person's ("Klinikum Nord, Abteilung ...", "Ministry of Health / P.O. Box 30016 / Nairobi").
constexpr auto kFacilityWords = std::to_array<std::string_view>({
    "hospital",   "hospitals",  "h\u00f4pital", "clinic",     "clinique",  "cl\u00ednica", "clinica",
    "klinik",     "klinikum",   "medical",      "m\u00e9dical", "department", "dept",
    "ward",       "unit",       "trust",        "nhs",        "university", "universit\u00e9", "universidad",
    "ministry",   "minist\u00e8re", "ministerio", "office",    "surgery",   "practice",     "pharmacy",
    "farmacia",   "pharmacie",  "laboratory",   "laboratoire", "health",   "sant\u00e9",   "salud",
    "sa\u00fade", "institute",  "institut",     "instituto",  "school",    "ltd",          "inc",
    "gmbh",       "bank",       "court",        "tribunal",   "police",    "insurance",    "assurance",
    "seguros",    "praxis",     "abteilung",    "hospice",    "authority", "council",      "services",
    "reception",  "registry",   "secretariat",  "headquarters", "mutuelle", "caisse",     "fund",
    // (And the rooms, beds and kits of a facility and the lots and doses of a drug: "Building 4,
    // Room 214", "Block 5, Bed 12", "Box 12 of 40, kit 3", "Lot 4471-37, exp 11/2027".)
    "room",       "bed",        "bay",          "cubicle",    "theatre",   "kit",          "exp",
    "batch",      "dose",       "tablet",       "tablets",    "mg",        "ml",
    "\u0431\u043e\u043b\u044c\u043d\u0438\u0446\u0430", "\u043f\u043e\u043b\u0438\u043a\u043b\u0438\u043d\u0438\u043a\u0430",
    "\u043c\u0438\u043d\u0438\u0441\u0442\u0435\u0440\u0441\u0442\u0432\u043e", "\u0645\u0633\u062a\u0634\u0641\u0649",
    "\u0648\u0632\u0627\u0631\u0629", "\u75c5\u9662", "\u533b\u9662", "\ubcd1\uc6d0"});

// Words opening a line that is no part of an address: a salutation, a closing, a subject, a
// letter's own furniture ("Dear ...", "Re: ...", "Yours sincerely", "Enc.", "cc"), a title that
// opens a second name line, and the words of a sign-off.
constexpr auto kNotAddressOpeners = std::to_array<std::string_view>({
    "dear", "re", "ref", "subject", "to", "attn", "attention", "cc", "bcc", "enc", "encl", "yours", "kind",
    "best", "regards", "sincerely", "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam", "private",
    "confidential", "urgent", "estimado", "estimada", "sehr", "geachte", "cher", "ch\u00e8re", "caro", "cara",
    "prezado", "prezada", "gentile", "szanowny", "szanowna", "sayin", "sr", "sra", "srta", "dra", "herr",
    "frau", "mme", "mlle", "m", "tel", "t\u00e9l", "phone", "fax", "mobile", "email", "e", "www", "by",
    "date", "fecha", "datum", "page", "sent", "from"});

// Whether the line [from, to) names a facility or office, a word of kFacilityWords whole ("United
// Arab Emirates" holds no unit, "Courtyard Lane" no court).
bool facilityLine(const ScanInput& in, std::size_t from, std::size_t to) {
  for (std::size_t k = firstTokenFrom(in.tokens, from); k < in.tokens.size() && in.tokens[k].end <= to; ++k) {
    // (An Australian flat's "Unit 5, 12 Smith Street" is no unit of a facility: a number follows it.)
    if (in.tokens[k].lower == "unit" && k + 1 < in.tokens.size() && in.tokens[k + 1].hasDigit &&
        gapBetween(in, k, k + 1) == " ") {
      continue;
    }
    if (!in.tokens[k].hasDigit && listHas(kFacilityWords, in.tokens[k].lower)) return true;
  }
  return false;
}

// Whether a line of Chinese, Japanese or Korean letters (its first byte 0xE3 to 0xED) reads as an
// address: it holds two words of its administrative or street units at least, "号" (number) only
// right after a digit: "北京市朝阳区建国路88号", "東京都渋谷区渋谷2-21-1", "서울특별시 강남구 테헤란로
// 152, 101동 1203호"; not "患者番号 12" (patient number), "病历号" (record number).
bool eastAsianAddressLine(std::string_view line) {
  const auto lead = static_cast<unsigned char>(line[0]);
  if (lead < 0xE3 || lead > 0xED) return false;
  static constexpr std::array<std::string_view, 16> kUnits = {
      "\u756a\u5730", "\u4e01\u76ee", "\u8def", "\u8857", "\u533a", "\u5e02", "\u770c", "\u90fd", "\u5e9c",
      "\u7701", "\ub3d9", "\ud638", "\uad6c", "\ub85c", "\uae38", "\uc2dc"};
  std::size_t units = 0;
  for (std::string_view unit : kUnits) units += line.find(unit) != std::string_view::npos;
  for (std::size_t at = line.find("\u53f7"); at != std::string_view::npos; at = line.find("\u53f7", at + 1)) {
    if (at > 0 && isDigit(line[at - 1])) {
      ++units;
      break;
    }
  }
  return units >= 2;
}

// Where the honorific closing an East Asian envelope's name line starts ("山田 太郎 様", "김민수 님
// 귀하", "王芳 收": the name, then the honorific, which follows the address there), its space before
// it outside; npos if the line [from, to) has none.
std::size_t honorificStart(std::string_view text, std::size_t from, std::size_t to) {
  const std::string_view line = text.substr(from, to - from);
  for (std::string_view h : {"\u69d8", "\u6bbf", "\ub2d8 \uadc0\ud558", "\ub2d8", "\uadc0\ud558", "\u6536",
                             "\u5148\u751f", "\u5973\u58eb"}) {
    if (line.ends_with(h)) {
      std::size_t at = to - h.size();
      while (at > from && text[at - 1] == ' ') --at;
      return at;
    }
  }
  return std::string_view::npos;
}

// The end of [from, to) if it holds one to three words of a script without capitals, each opening
// with a lead byte of at least `lead` (0xD8 Arabic, 0xE3 Chinese, Japanese, Korean) and holding no
// digit, joined by single spaces; npos otherwise.
std::size_t scriptNameWords(const ScanInput& in, std::size_t from, std::size_t to, unsigned char lead) {
  std::size_t words = 0;
  std::size_t k = firstTokenFrom(in.tokens, from);
  if (from >= to || k >= in.tokens.size() || in.tokens[k].start != from) return std::string_view::npos;
  for (; k < in.tokens.size() && in.tokens[k].end <= to; ++k) {
    const Token& w = in.tokens[k];
    const auto b = static_cast<unsigned char>(in.text[w.start]);
    if (w.hasDigit || b < lead || (lead < 0xE0 && b >= 0xE0) || ++words > 4) return std::string_view::npos;
    if (words > 1 && gapBetween(in, k - 1, k) != " ") return std::string_view::npos;
  }
  return words > 0 && in.tokens[k - 1].end == to ? to : std::string_view::npos;
}

// Whether [from, to) is a Russian, Ukrainian or Belarusian name in two or three words, each opened
// by a Cyrillic capital and holding lower-case letters after it ("Петровой Анне Сергеевне", in the
// dative of an envelope); "Главному врачу" (to the chief doctor) has a word in lower case.
bool cyrillicNameLine(const ScanInput& in, std::size_t from, std::size_t to) {
  std::size_t words = 0;
  for (std::size_t k = firstTokenFrom(in.tokens, from); k < in.tokens.size() && in.tokens[k].end <= to; ++k) {
    const Token& w = in.tokens[k];
    const std::string_view t = in.text.substr(w.start, w.length());
    if (w.hasDigit || t.size() < 6 || ++words > 3) return false;
    const auto a = static_cast<unsigned char>(t[0]);
    const auto b = static_cast<unsigned char>(t[1]);
    const auto c = static_cast<unsigned char>(t[2]);
    const auto d = static_cast<unsigned char>(t[3]);
    const bool capital = a == 0xD0 && ((b >= 0x90 && b <= 0xAF) || b == 0x81 || b == 0x84 || b == 0x86 || b == 0x87 || b == 0x8E);
    const bool lowerNext = (c == 0xD0 && d >= 0xB0 && d <= 0xBF) || (c == 0xD1 && d >= 0x80 && d <= 0x9F);
    if (!capital || !lowerNext) return false;
  }
  return words >= 2;
}

// Whether a line is a Ghanaian digital address alone, "GA-123-4567" (GhanaPost GPS: two capitals,
// then three or four digits and three or four).
bool ghanaDigitalAddress(std::string_view line) {
  if (line.size() < 10 || line.size() > 12 || !isUpper(line[0]) || !isUpper(line[1]) || line[2] != '-') return false;
  const std::size_t a = digitRun(line, 3);
  if (a < 3 || a > 4 || line.size() <= 3 + a || line[3 + a] != '-') return false;
  const std::size_t b = digitRun(line, 4 + a);
  return (b == 3 || b == 4) && 4 + a + b == line.size();
}

// Whether a token holds a digit of the scripts whose digits the tokens do not count (Arabic-Indic,
// Persian), or an ASCII one.
bool anyDigit(std::string_view text, const Token& t) {
  if (t.hasDigit) return true;
  for (std::size_t i = t.start; i + 1 < t.end; ++i) {
    const auto a = static_cast<unsigned char>(text[i]);
    const auto b = static_cast<unsigned char>(text[i + 1]);
    if ((a == 0xD9 && b >= 0xA0 && b <= 0xA9) || (a == 0xDB && b >= 0xB0 && b <= 0xB9)) return true;
  }
  return false;
}

// Whether a line's bytes keep it out of a block: a table's row or columns, a label's colon (not a
// Turkish door's "No: 5 D: 3", whose colon a digit follows), or a line too long for an address.
bool formLine(std::string_view line) {
  if (line.size() > 90) return true;
  // (One pass over the line's bytes: asked of every line of every run of lines.)
  // (Nor a line of prose or of measures: "Weight 65 kg, BMI 29.3", "SWL 140 KG; SLING CHECKED".)
  for (std::size_t c = 0; c < line.size(); ++c) {
    switch (line[c]) {
      case '|': case '\t': case '%': case '=': case '<': case '>':
        return true;
      case ';':
        if (c + 1 < line.size() && line[c + 1] == ' ') return true;
        break;
      case ':':
        if (!(c + 2 < line.size() && line[c + 1] == ' ' && isDigit(line[c + 2]))) return true;
        break;
      default:
        break;
    }
  }
  // ("Lot 4471-37, exp 11/2027, given in the L deltoid.", a sentence ending with its word's dot.)
  return line.size() >= 6 && line.back() == '.' && isLower(line[line.size() - 2]) && isLower(line[line.size() - 3]) &&
         isLower(line[line.size() - 4]) && isLower(line[line.size() - 5]);
}

// Whether the line [from, to) reads as a name's line above the address: "Ms Mwila Banda", "Mr.
// Ahmed Al Mansoori", "c/o Mr. Chukwu Eze", "S/o Late Shri Mohan Lal", "Frau", "To,", "Петровой
// Анне Сергеевне", "السيد/ محمد أحمد علي": up to seven words, no number, each capitalised, in
// capitals, of a script without capitals, or a short lower-case particle ("de", "van", "c/o").
bool nameLine(const ScanInput& in, std::size_t from, std::size_t to) {
  std::size_t words = 0;
  for (std::size_t k = firstTokenFrom(in.tokens, from); k < in.tokens.size() && in.tokens[k].end <= to; ++k) {
    const Token& w = in.tokens[k];
    const bool script = static_cast<unsigned char>(in.text[w.start]) >= 0xD0;
    if (w.hasDigit || ++words > 7) return false;
    if (!w.properShape() && !script && w.length() > 3) return false;
  }
  return words > 0;
}

// Whether the line from token t to byte `to` closes with a postcode of four or five digits and
// its town after a comma, a house's, building's or box's number before it: "Aqqusinersuaq 12,
// 3900 Nuuk", "B-196, 3911 Sisimiut", "Postboks 123, 3952 Ilulissat" (the Nordic and Alpine order,
// the street carrying no type word; seed 3434).
bool postalLineClosed(const ScanInput& in, std::size_t t, std::size_t to) {
  std::size_t last = t;
  while (last + 1 < in.tokens.size() && in.tokens[last + 1].end <= to) ++last;
  std::size_t town = last;
  while (town > t && town + 2 > last && gapBetween(in, town - 1, town) == " " && in.tokens[town - 1].properShape() &&
         !in.tokens[town - 1].hasDigit) {
    --town;
  }
  // (The town is no English word: "HbA1c 48, 2025 Reviewed" is a result's line.)
  for (std::size_t k = town; k <= last; ++k) {
    if (in.tokens[k].classes & WordClass::kEnglish) return false;
  }
  if (town < t + 2 || !in.tokens[town].properShape() || in.tokens[town].hasDigit) return false;
  const Token& code = in.tokens[town - 1];
  if (!code.allDigits || code.length() < 4 || code.length() > 5 || gapBetween(in, town - 1, town) != " " ||
      gapBetween(in, town - 2, town - 1) != ", ") {
    return false;
  }
  bool house = false;
  for (std::size_t k = t; k + 1 < town; ++k) house = house || in.tokens[k].hasDigit;
  return house;
}

}  // namespace

bool streetOpened(const ScanInput& in, std::size_t t, std::size_t to) {
  const Token& first = in.tokens[t];
  if (listHas(kHouseOpeners, first.lower) || isWorldStreetWord(first.lower)) return true;
  // The Spanish "C/" (calle): "C/ Mayor, 12, 3.º B".
  if (first.lower == "c" && t + 1 < in.tokens.size() && gapBetween(in, t, t + 1).starts_with("/") &&
      in.tokens[t + 1].properShape()) {
    return true;
  }
  // The street's word after the house's number or the street's first name: "12, rue des Lilas",
  // "14 Elm Grove", "Atatürk Mah. Gül Sok. No: 5". Capitalised, or a French street's lower-case
  // word after the number and its comma ("65 kg", "CRRT via Prismaflex" are no streets).
  // (A Sri Lankan house's number and its part, "45/2, Galle Road", takes a word more.)
  const std::size_t window = in.tokens[t].allDigits && t + 1 < in.tokens.size() && in.tokens[t + 1].allDigits ? 3 : 2;
  for (std::size_t k = t + 1; k < in.tokens.size() && k <= t + window && in.tokens[k].end <= to; ++k) {
    const Token& w = in.tokens[k];
    const bool frenchAfterNumber = k == t + 1 && first.allDigits && gapBetween(in, t, k) == ", " &&
                                   keepsFiveDigitCodeApart(w.lower) && isWorldStreetWord(w.lower);
    if ((w.properShape() && !w.allCaps && (isWorldStreetWord(w.lower) || isStreetType(w))) || frenchAfterNumber) return true;
  }
  return false;
}

std::vector<BlockLine> letterBlockAddressLines(const ScanInput& in, const Candidates& found) {
  std::vector<BlockLine> lines;
  const std::string_view text = in.text;
  if (in.tokens.empty() || text.find('\n') == std::string_view::npos) return lines;
  // The lines of the block being read: [start, end) of each.
  std::array<BlockLine, 8> block{};
  std::size_t count = 0;
  bool broken = false;  // a line of the run is a form's, a table's or too long, or it has too many
  auto addressAt = [&](std::size_t from, std::size_t to) {
    for (const Candidate& c : found) {
      if (c.category == PhiCategory::Address && !c.veto && c.start == from && c.end <= to) return true;
    }
    return false;
  };
  auto otherFindingIn = [&](std::size_t from, std::size_t to) {
    for (const Candidate& c : found) {
      if (!c.veto && c.category != PhiCategory::Address && c.category != PhiCategory::Zip && c.start < to && c.end > from) {
        return true;
      }
    }
    return false;
  };
  auto readBlock = [&]() {
    if (broken || count < 2) return;
    // (Most runs of lines are no letter's block: their first line is neither a name's nor an
    // anchor's, which holds a number. Asked first, as it is the cheapest.)
    if (!nameLine(in, block[0].from, block[0].to)) {
      bool digit = false;
      for (std::size_t k = firstTokenFrom(in.tokens, block[0].from); k < in.tokens.size() && in.tokens[k].end <= block[0].to && !digit; ++k) {
        digit = anyDigit(text, in.tokens[k]);
      }
      if (!digit) return;
    }
    // The anchor: the first line that is a street a scanner found, or is opened by a house's or a
    // street's word and holds a number.
    std::size_t anchor = count;
    for (std::size_t i = 0; i < count && anchor == count; ++i) {
      const std::size_t t = firstTokenFrom(in.tokens, block[i].from);
      if (t >= in.tokens.size() || in.tokens[t].start != block[i].from) continue;
      bool digit = false;
      for (std::size_t k = t; k < in.tokens.size() && in.tokens[k].end <= block[i].to && !digit; ++k) {
        digit = anyDigit(text, in.tokens[k]);
      }
      if (!digit) continue;
      // (A Ghanaian digital address has digits and is a whole line.)
      if (ghanaDigitalAddress(text.substr(block[i].from, block[i].to - block[i].from))) anchor = i;
      if (streetOpened(in, t, block[i].to) || eastAsianAddressLine(text.substr(block[i].from, block[i].to - block[i].from)) ||
          (i > 0 && postalLineClosed(in, t, block[i].to)) ||
          addressAt(block[i].from, block[i].to)) {
        anchor = i;
      }
    }
    if (anchor == count) return;
    // The lines above the anchor are the name's ("Ms Mwila Banda", "c/o Mr. Chukwu Eze"); an
    // anchor opening the block must be a street a scanner found or a line of an East Asian
    // envelope ("〒150-0002", "北京市朝阳区建国路88号").
    for (std::size_t i = 0; i < anchor; ++i) {
      if (!nameLine(in, block[i].from, block[i].to)) return;
    }
    if (anchor == 0 && !addressAt(block[0].from, block[0].to) &&
        !eastAsianAddressLine(text.substr(block[0].from, block[0].to - block[0].from))) {
      return;
    }
    for (std::size_t i = 0; i < count; ++i) {
      if (facilityLine(in, block[i].from, block[i].to)) return;
    }
    // The Cyrillic or Arabic addressee's line right above the street.
    if (anchor > 0) {
      const BlockLine& above = block[anchor - 1];
      std::size_t from = above.from;
      // (The Arabic title and its slash before the name, "السيد/ محمد أحمد علي", "السيدة/", outside.)
      for (std::string_view title : {"\u0627\u0644\u0633\u064a\u062f\u0629/", "\u0627\u0644\u0633\u064a\u062f/"}) {
        if (text.substr(from, above.to - from).starts_with(title)) {
          from += title.size();
          while (from < above.to && text[from] == ' ') ++from;
          if (scriptNameWords(in, from, above.to, 0xD8) == above.to) lines.push_back({from, above.to, true});
          break;
        }
      }
      if (from == above.from && cyrillicNameLine(in, above.from, above.to)) lines.push_back({above.from, above.to, true});
    }
    for (std::size_t i = anchor; i < count; ++i) {
      // A line holding a date, a phone or a number of another kind ends the address: "Rx 3719521
      // 10/21/2023" on a pharmacy's label, the patient's name and the directions below it.
      if (i > anchor && otherFindingIn(block[i].from, block[i].to)) break;
      const std::size_t t = firstTokenFrom(in.tokens, block[i].from);
      if (t < in.tokens.size() && listHas(kNotAddressOpeners, in.tokens[t].lower)) break;
      if (const std::size_t h = honorificStart(text, block[i].from, block[i].to); h != std::string_view::npos) {
        if (scriptNameWords(in, block[i].from, h, 0xE3) != std::string_view::npos) lines.push_back({block[i].from, h, true});
        break;
      }
      lines.push_back(block[i]);
    }
  };
  std::size_t lineStart = 0;
  while (lineStart <= text.size()) {
    std::size_t lineEnd = text.find('\n', lineStart);
    if (lineEnd == std::string_view::npos) lineEnd = text.size();
    std::size_t from = lineStart;
    std::size_t to = lineEnd;
    while (from < to && (text[from] == ' ' || text[from] == '\t')) ++from;
    while (to > from && (text[to - 1] == ' ' || text[to - 1] == '\r' || text[to - 1] == ',')) --to;
    if (from == to) {
      readBlock();
      count = 0;
      broken = false;
    } else if (count == block.size()) {
      broken = true;
    } else {
      broken = broken || formLine(text.substr(from, to - from));
      block[count++] = {from, to};
    }
    if (lineEnd == text.size()) break;
    lineStart = lineEnd + 1;
  }
  readBlock();
  return lines;
}

void scanBlockTownLine(const ScanInput& in, const BlockLine& line, Candidates& out) {
  const std::string_view text = in.text;
  std::size_t t = firstTokenFrom(in.tokens, line.from);
  if (t >= in.tokens.size() || in.tokens[t].start != line.from || listHas(kNotAddressOpeners, in.tokens[t].lower)) return;
  // A street's or house's line of a shape the street scanners do not read, held in the block: the
  // whole line ("ul. Długa 5 m. 3", "C/ Mayor, 12, 3.º B", "Atatürk Mah. Gül Sok. No: 5 D: 3",
  // "東京都渋谷区渋谷2-21-1", "GA-123-4567").
  const std::string_view whole = text.substr(line.from, line.to - line.from);
  if (streetOpened(in, t, line.to) || eastAsianAddressLine(whole) || ghanaDigitalAddress(whole)) {
    bool digit = false;
    for (std::size_t k = t; k < in.tokens.size() && in.tokens[k].end <= line.to && !digit; ++k) digit = anyDigit(text, in.tokens[k]);
    if (digit) {
      std::size_t end = line.to;
      while (end > line.from && (text[end - 1] == '.' || text[end - 1] == ';')) --end;
      // (An abbreviation's dot closing the line stays: "Sampaguita St.".)
      if (end < line.to && end > line.from && isAsciiAlpha(text[end - 1])) ++end;
      out.push_back({line.from, end, PhiCategory::Address, priority::kAddress});
      return;
    }
  }
  // The lower-case words inside a town's name or a region's: "Santa Cruz de la Sierra", "Sultanate
  // of Oman", "Frankfurt am Main", "Châlons-en-Champagne", "Dar es Salaam".
  static constexpr std::array<std::string_view, 18> kJoiners = {"de",  "del", "la", "las", "los", "do", "da", "dos", "das",
                                                                "di",  "of",  "es", "am",  "an",  "der", "sur", "le", "en"};
  std::size_t last = t;
  std::size_t words = 0;     // capitalised words, or words of a script without capitals
  std::size_t foreign = 0;   // of those, words that are no English word
  for (std::size_t k = t; k < in.tokens.size() && in.tokens[k].end <= line.to; ++k) {
    const Token& w = in.tokens[k];
    if (k > t) {
      // Only a town line's punctuation between its words: "Tegucigalpa, M.D.C.", "Bogotá D.C.",
      // "01001-000 São Paulo - SP", "Fatih/İstanbul", "(Québec)".
      const std::string_view gap = gapBetween(in, k - 1, k);
      if (gap == ",") return;  // (a register's "CRISP,NURUL AISYAH", no town's comma)
      for (char c : gap) {
        if (c != ' ' && c != ',' && c != '-' && c != '.' && c != '/' && c != '(' && c != ')') return;
      }
    }
    const bool script = static_cast<unsigned char>(text[w.start]) >= 0xD0;  // Cyrillic, Arabic, CJK ...
    if (w.properShape() || script) {
      ++words;
      foreign += script || !(w.classes & WordClass::kEnglish);
    } else if (w.allDigits) {
      if (w.length() > 6) return;
    } else if (w.hasDigit) {
      // A postcode's part of letters and digits: "LS6 2AB", "C1043AAZ", "SW1A".
      if (w.length() > 8 || isLower(text[w.start])) return;
    } else if (!listHas(kJoiners, w.lower)) {
      return;
    }
    last = k;
    if (k - t >= 8) return;
  }
  // (A landmark's line of an Indian or Pakistani address, "Near Bus Stand", "Opp. Town Hall",
  // "Behind Civil Hospital", names the place in English words.)
  static constexpr std::array<std::string_view, 4> kLandmarks = {"near", "opp", "opposite", "behind"};
  if (words == 0 || (foreign == 0 && !(listHas(kLandmarks, in.tokens[t].lower) && last > t))) return;
  std::size_t end = in.tokens[last].end;
  // (A dotted initialism closing the line keeps its dot: "Bogotá D.C.".)
  if (end < line.to && text[end] == '.' && end >= 2 && text[end - 2] == '.') ++end;
  // (And a province's closing bracket: "Montréal (Québec)".)
  if (end < line.to && text[end] == ')' && text.substr(line.from, end - line.from).find('(') != std::string_view::npos) ++end;
  // A US town line's ZIP after its state's code is its own zip span, as the families write it:
  // "Ocotillo Wells Ranch, NM  88034".
  if (last >= t + 2 && in.tokens[last].allDigits && in.tokens[last].length() == 5 && in.tokens[last - 1].allCaps &&
      isStateCode(in.tokens[last - 1])) {
    out.push_back({line.from, in.tokens[last - 1].end, PhiCategory::Address, priority::kAddress});
    out.push_back({in.tokens[last].start, in.tokens[last].end, PhiCategory::Zip, priority::kZip});
    return;
  }
  // A five-digit postcode before the town is its own zip span, as the street scanners write a
  // town line of those countries ("10115 Berlin", "28013 Madrid", "69003 Lyon").
  const Token& code = in.tokens[t];
  if (code.allDigits && code.length() == 5 && last > t && gapBetween(in, t, t + 1) == " ") {
    out.push_back({code.start, code.end, PhiCategory::Zip, priority::kZip});
    out.push_back({in.tokens[t + 1].start, end, PhiCategory::Address, priority::kAddress});
    return;
  }
  out.push_back({line.from, end, PhiCategory::Address, priority::kAddress});
}

}  // namespace concord::phi::detail
