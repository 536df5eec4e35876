// Fictional replacements for detected identifiers, consistent within a patient.
#include "concord/phi/surrogate.h"

#include <array>

#include "name_tables.h"
#include "scan.h"
#include "surrogate_dates.h"
#include "surrogate_random.h"

namespace concord::phi {

namespace {

using detail::isAsciiAlpha;
using detail::isDigit;
using detail::isLower;
using detail::isUpper;
using detail::lowerAscii;

std::string normalised(std::string_view value) {
  std::string out;
  for (char c : value) {
    if (detail::isWordByte(c)) out.push_back(lowerAscii(c));
  }
  return out;
}

// Applies the case pattern of `model` (ALL CAPS, Capitalised, lower) to `word`.
std::string withCaseOf(std::string_view model, std::string_view word) {
  std::string out(word);
  const bool allCaps = model.size() > 1 && isUpper(model[0]) && isUpper(model[1]);
  const bool capital = !model.empty() && isUpper(model[0]);
  for (std::size_t k = 0; k < out.size(); ++k) {
    const char lower = lowerAscii(out[k]);
    out[k] = (allCaps || (capital && k == 0)) && isLower(lower) ? static_cast<char>(lower - 32) : lower;
  }
  return out;
}

// Same shape, new characters: digits stay digits, letters stay letters of the same case.
std::string reshape(std::string_view value, detail::SplitMix& random, bool avoidIoq) {
  std::string out(value);
  for (char& c : out) {
    if (isDigit(c)) {
      c = static_cast<char>('0' + random.below(10));
    } else if (isUpper(c) || isLower(c)) {
      char letter = 'A';
      do {
        letter = static_cast<char>('A' + random.below(26));
      } while (avoidIoq && (letter == 'I' || letter == 'O' || letter == 'Q'));
      c = isLower(c) ? lowerAscii(letter) : letter;
    }
  }
  return out;
}

// Telephone digits 2..9 keep the number valid-looking (no area or exchange code starts with 0 or 1).
std::string reshapePhone(std::string_view value, detail::SplitMix& random) {
  std::string out(value);
  bool first = true;
  for (char& c : out) {
    if (!isDigit(c)) continue;
    if (first && c == '1') {  // keep the "+1" / "1-" country code
      first = false;
      continue;
    }
    first = false;
    c = static_cast<char>('2' + random.below(8));
  }
  return out;
}

std::string pick(std::span<const std::string_view> table, detail::SplitMix& random) {
  return std::string(table[random.below(table.size())]);
}

constexpr std::array<std::string_view, 6> kStreetTypes = {"Street", "Avenue", "Road", "Lane", "Drive", "Court"};
constexpr std::array<std::string_view, 8> kTowns = {"Fairview", "Riverton", "Lakeport", "Milford",
                                                     "Ashland", "Greenfield", "Oakdale", "Clayton"};

}  // namespace

int SurrogateGenerator::dateShiftDays(std::string_view patientKey) const {
  std::uint64_t h = detail::fnv1a(0xcbf29ce484222325ULL ^ seed_, "date-shift");
  h = detail::fnv1a(h, patientKey);
  detail::SplitMix random(h);
  const int magnitude = 1 + static_cast<int>(random.below(365));
  return random.below(2) == 0 ? -magnitude : magnitude;
}

std::string SurrogateGenerator::surrogateFor(PhiCategory category, std::string_view realValue,
                                             std::string_view patientKey) const {
  auto randomFor = [&](std::string_view key) {
    std::uint64_t h = detail::fnv1a(0xcbf29ce484222325ULL ^ seed_, patientKey);
    h = detail::fnv1a(h, "\x1f");
    h = detail::fnv1a(h, categoryName(category));
    h = detail::fnv1a(h, "\x1f");
    return detail::SplitMix(detail::fnv1a(h, key));
  };
  switch (category) {
    case PhiCategory::Name: {
      // Word by word, so "John Smith" and a later "Mr. Smith" or "SMITH, JOHN" agree.
      std::string out;
      std::size_t i = 0;
      while (i < realValue.size()) {
        if (!detail::isWordByte(realValue[i])) {
          out.push_back(realValue[i++]);
          continue;
        }
        std::size_t end = i;
        while (end < realValue.size() && detail::isWordByte(realValue[end])) ++end;
        const std::string_view word = realValue.substr(i, end - i);
        const std::string key = normalised(word);
        detail::SplitMix random = randomFor(key);
        if (word.size() == 1) {
          out.push_back(static_cast<char>('A' + random.below(26)));
        } else {
          const bool given = detail::isCommonGivenName(key) && !detail::isCommonFamilyName(key);
          out += withCaseOf(word, pick(given ? detail::givenNameTable() : detail::familyNameTable(), random));
        }
        i = end;
      }
      return out;
    }
    case PhiCategory::Date: {
      if (auto shifted = detail::shiftDate(realValue, dateShiftDays(patientKey))) return *shifted;
      detail::SplitMix random = randomFor(normalised(realValue));
      return reshape(realValue, random, false);
    }
    case PhiCategory::Age: {
      // A decade keeps its plural: "in her 90s" -> "90s", "98's" -> "90's", "nineties" stays.
      const std::size_t lastDigit = realValue.find_last_of("0123456789");
      if (lastDigit == std::string_view::npos) {
        return withCaseOf(realValue, realValue.size() > 3 && lowerAscii(realValue.back()) == 's' ? "nineties" : "ninety");
      }
      std::string suffix(realValue.substr(lastDigit + 1));
      // An ordinal keeps an ordinal's ending: "93rd birthday" -> "90th", "101ST" -> "90TH".
      if (suffix.size() == 2 && isAsciiAlpha(suffix[0]) && isAsciiAlpha(suffix[1])) {
        suffix = isUpper(suffix[0]) ? "TH" : "th";
      }
      return "90" + suffix;
    }
    case PhiCategory::Phone:
    case PhiCategory::Fax: {
      detail::SplitMix random = randomFor(normalised(realValue));
      return reshapePhone(realValue, random);
    }
    case PhiCategory::Ssn: {
      // Area numbers 900-999 are never issued, so the surrogate can never be a real SSN.
      detail::SplitMix random = randomFor(normalised(realValue));
      std::string out = reshape(realValue, random, false);
      const std::size_t firstDigit = out.find_first_of("0123456789");
      if (firstDigit != std::string::npos) out[firstDigit] = '9';
      return out;
    }
    case PhiCategory::Email: {
      detail::SplitMix random = randomFor(normalised(realValue));
      return pick(detail::givenNameTable(), random) + "." + pick(detail::familyNameTable(), random) + "@example.org";
    }
    case PhiCategory::Url: {
      detail::SplitMix random = randomFor(normalised(realValue));
      return "https://www.example.org/" + reshape("aaaa0000", random, false);
    }
    case PhiCategory::Ip: {
      detail::SplitMix random = randomFor(normalised(realValue));
      if (realValue.find(':') != std::string_view::npos) {
        static constexpr char kHex[] = "0123456789abcdef";
        std::string group;
        for (int k = 0; k < 4; ++k) group.push_back(kHex[random.below(16)]);
        return "2001:db8::" + group;  // documentation prefix, RFC 3849
      }
      return "192.0.2." + std::to_string(1 + random.below(254));  // TEST-NET-1, RFC 5737
    }
    case PhiCategory::Address: {
      detail::SplitMix random = randomFor(normalised(realValue));
      // A town alone ("Fairhaven", "Port Ellis, AZ", an HL7 city component) becomes a town, a
      // unit alone ("APT 4", "Suite 200") a unit with new characters.
      if (realValue.find_first_of("0123456789") == std::string_view::npos) {
        const std::size_t comma = realValue.find(',');
        std::string out = withCaseOf(realValue, kTowns[random.below(kTowns.size())]);
        if (comma != std::string_view::npos) out += std::string(realValue.substr(comma));  // the state stays
        return out;
      }
      // A unit number alone on its line ("#14" under a street) stays a unit number.
      if (realValue.front() == '#' && realValue.size() <= 8) {
        return "#" + reshape(realValue.substr(1), random, false);
      }
      {
        std::size_t word = 0;
        while (word < realValue.size() && isAsciiAlpha(realValue[word])) ++word;
        std::string lower;
        for (std::size_t k = 0; k < word; ++k) lower.push_back(lowerAscii(realValue[k]));
        if (lower == "apt" || lower == "apartment" || lower == "suite" || lower == "ste" || lower == "unit" ||
            lower == "room" || lower == "fl" || lower == "floor" || lower == "bldg") {
          return std::string(realValue.substr(0, word)) + reshape(realValue.substr(word), random, false);
        }
      }
      std::string out = std::to_string(1 + random.below(9899)) + " " +
                        withCaseOf("X", pick(detail::familyNameTable(), random)) + " " +
                        std::string(kStreetTypes[random.below(kStreetTypes.size())]);
      if (realValue.find(',') != std::string_view::npos || realValue.find('\n') != std::string_view::npos) {
        out += ", " + std::string(kTowns[random.below(kTowns.size())]);
        // The state is not an identifier: keep it if the original ends with one.
        const std::size_t lastSpace = realValue.find_last_of(" ,\n");
        const std::string_view tail = realValue.substr(lastSpace == std::string_view::npos ? 0 : lastSpace + 1);
        if (tail.size() == 2 && isUpper(tail[0]) && isUpper(tail[1])) out += ", " + std::string(tail);
      }
      return out;
    }
    case PhiCategory::Zip:
    case PhiCategory::Mrn:
    case PhiCategory::Account:
    case PhiCategory::HealthPlan:
    case PhiCategory::License:
    case PhiCategory::Device:
    case PhiCategory::Vehicle: {
      detail::SplitMix random = randomFor(normalised(realValue));
      return reshape(realValue, random, category == PhiCategory::Vehicle);
    }
  }
  return std::string(realValue);
}

std::string SurrogateGenerator::apply(std::string_view utf8Text, const std::vector<Finding>& byteFindings,
                                      std::string_view patientKey) const {
  std::string out;
  out.reserve(utf8Text.size() + utf8Text.size() / 8);
  std::size_t pos = 0;
  for (const Finding& f : byteFindings) {
    if (f.start < pos || f.end > utf8Text.size() || f.end < f.start) continue;
    out.append(utf8Text.substr(pos, f.start - pos));
    out += surrogateFor(f.category, utf8Text.substr(f.start, f.end - f.start), patientKey);
    pos = f.end;
  }
  out.append(utf8Text.substr(pos));
  return out;
}

}  // namespace concord::phi
