// Note building: placeholders expand to PHI values in the many forms notes write them.
//
// Placeholders: {pname} patient name (varied forms), {pfirst}, {plast}, {title} (Mr./Ms.,
// not PHI), {doc} doctor full name, {doclast}, {nurse}, {rel} relative's first name,
// {relfull}, {dob}, {date} an event date, {shortdate} month/day after a cue word, {age} an
// age over 89, {youngage} an age of 89 or less (not PHI), {phone}, {fax}, {email}, {ssn},
// {mrn}, {account}, {plan}, {license}, {device}, {vin}, {plate}, {url}, {ip}, {address}
// (street, maybe unit, maybe city/state, maybe ZIP), {street}, {zip}, {hospital} (not PHI),
// {prose} a clinical sentence (not PHI).
#include <array>
#include <cctype>
#include <stdexcept>

#include "corpus_blind_family.h"
#include "corpus_builder.h"
#include "corpus_heldout_family.h"
#include "corpus_values.h"

namespace concord::phi::corpus {

namespace {

constexpr std::array<std::string_view, 12> kMonthNames = {"January", "February", "March",     "April",
                                                          "May",     "June",     "July",      "August",
                                                          "September", "October", "November", "December"};

std::string two(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }

std::string ordinal(int day) {
  const char* suffix = (day % 100 >= 11 && day % 100 <= 13) ? "th"
                       : day % 10 == 1                      ? "st"
                       : day % 10 == 2                      ? "nd"
                       : day % 10 == 3                      ? "rd"
                                                            : "th";
  return std::to_string(day) + suffix;
}

std::string pickString(Random& r, std::span<const std::string_view> items) { return std::string(r.pick(items)); }

std::uint64_t mix(std::uint64_t a, std::uint64_t b) {
  Random r(a ^ (b * 0x9e3779b97f4a7c15ULL));
  return r.next();
}

std::string validSsn(Random& r) {
  int area = 0;
  do {
    area = r.between(1, 899);
  } while (area == 666);
  const int group = r.between(1, 99);
  const int serial = r.between(1, 9999);
  std::string a = std::to_string(area);
  while (a.size() < 3) a.insert(a.begin(), '0');
  std::string s = std::to_string(serial);
  while (s.size() < 4) s.insert(s.begin(), '0');
  return a + "-" + two(group) + "-" + s;
}

std::string nanpGroups(Random& r, std::string& area, std::string& exchange, std::string& line) {
  area = std::to_string(r.between(2, 9)) + r.digits(2);
  exchange = std::to_string(r.between(2, 9)) + r.digits(2);
  line = r.digits(4);
  return area + exchange + line;
}

}  // namespace

Patient makePatient(std::uint64_t seed, std::size_t patientIndex) {
  Random r(mix(seed, patientIndex + 1));
  Patient p;
  p.id = "P" + std::to_string(100000 + patientIndex);
  p.female = r.chance(0.5);
  p.first = pickString(r, values::kGivenNames);
  p.middle = pickString(r, values::kMiddleInitials);
  p.last = pickString(r, values::kFamilyNames);
  p.age = r.chance(0.3) ? r.between(90, 104) : r.between(18, 89);
  p.birthYear = 2024 - p.age;
  p.birthMonth = r.between(1, 12);
  p.birthDay = r.between(1, 28);
  p.streetNumber = std::to_string(r.between(1, 9999));
  if (r.chance(0.1)) p.streetNumber = std::to_string(r.between(1, 400)) + "B";
  p.streetName = (r.chance(0.3) ? pickString(r, values::kDirections) + " " : std::string()) +
                 (r.chance(0.1) ? pickString(r, values::kStreetNameOrdinals) : pickString(r, values::kStreetNames)) +
                 (r.chance(0.15) ? " " + pickString(r, values::kStreetNames) : std::string()) + " " +
                 pickString(r, values::kStreetSuffixes);
  p.unit = r.chance(0.3) ? pickString(r, values::kUnits) : std::string();
  p.city = pickString(r, values::kCities);
  p.state = pickString(r, values::kStateCodes);
  p.zip = std::to_string(r.between(10, 99)) + r.digits(3);
  if (r.chance(0.2)) p.zip += "-" + r.digits(4);
  std::string area, exchange, line;
  nanpGroups(r, area, exchange, line);
  p.phone = area + exchange + line;
  nanpGroups(r, area, exchange, line);
  p.altPhone = area + exchange + line;
  std::string localFirst;
  for (char c : p.first) localFirst.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  std::string localLast;
  for (char c : p.last) {
    if (std::isalpha(static_cast<unsigned char>(c))) localLast.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  if (localFirst.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") != std::string::npos) localFirst = "pt";
  switch (r.between(0, 2)) {
    case 0: p.email = localFirst + "." + localLast; break;
    case 1: p.email = localFirst.substr(0, 1) + localLast + r.digits(2); break;
    default: p.email = localLast + "_" + localFirst; break;
  }
  p.email += "@" + pickString(r, values::kEmailDomains);
  p.ssn = validSsn(r);
  switch (r.between(0, 3)) {
    case 0: p.mrn = r.digits(8); break;
    case 1: p.mrn = "00" + r.digits(6); break;
    case 2: p.mrn = "MR" + r.digits(7); break;
    default: p.mrn = r.digits(3) + "-" + r.digits(2) + "-" + r.digits(3); break;
  }
  p.account = r.chance(0.5) ? r.digits(9) : r.digits(5) + "-" + r.digits(2);
  switch (r.between(0, 3)) {
    case 0: p.plan = r.letters(3) + r.digits(6); break;
    case 1: p.plan = r.digits(1) + r.letters(2) + r.digits(1) + "-" + r.letters(2) + r.digits(1) + "-" + r.letters(2) + r.digits(2); break;
    case 2: p.plan = "W" + r.digits(9); break;
    default: p.plan = r.letters(1) + r.digits(8); break;
  }
  p.license = r.letters(1) + r.digits(7);
  p.device = r.chance(0.5) ? r.letters(3) + "-" + r.digits(3) + "-" + r.digits(4) : r.digits(4) + r.letters(2) + r.digits(1);
  p.vin = r.digits(1) + r.letters(4, true) + r.digits(2) + r.letters(1, true) + r.digits(1) + r.letters(1, true) +
          r.digits(7);
  switch (r.between(0, 2)) {
    case 0: p.plate = r.digits(1) + r.letters(3) + r.digits(3); break;
    case 1: p.plate = r.letters(3) + " " + r.digits(4); break;
    default: p.plate = r.letters(3) + "-" + r.digits(4); break;
  }
  p.relativeFirst = pickString(r, values::kGivenNames);
  p.relativeLast = r.chance(0.6) ? p.last : pickString(r, values::kFamilyNames);
  static constexpr std::array<std::string_view, 8> kRelations = {"daughter", "son", "wife", "husband",
                                                                 "sister", "brother", "niece", "caregiver"};
  p.relation = std::string(r.pick(std::span<const std::string_view>(kRelations)));
  p.doctorFirst = pickString(r, values::kGivenNames);
  p.doctorLast = pickString(r, values::kFamilyNames);
  p.nurseFirst = pickString(r, values::kGivenNames);
  p.nurseLast = pickString(r, values::kFamilyNames);
  p.ip = std::to_string(r.between(1, 223)) + "." + std::to_string(r.between(0, 255)) + "." +
         std::to_string(r.between(0, 255)) + "." + std::to_string(r.between(1, 254));
  return p;
}

void NoteBuilder::phi(std::string_view category, std::string_view value) {
  gold_.push_back({text_.size(), text_.size() + value.size(), std::string(category)});
  text_ += value;
}

void NoteBuilder::write(std::string_view pattern) {
  std::size_t i = 0;
  while (i < pattern.size()) {
    const std::size_t open = pattern.find('{', i);
    if (open == std::string_view::npos) {
      text_ += pattern.substr(i);
      return;
    }
    text_ += pattern.substr(i, open - i);
    const std::size_t close = pattern.find('}', open);
    if (close == std::string_view::npos) throw std::logic_error("unterminated placeholder");
    placeholder(pattern.substr(open + 1, close - open - 1));
    i = close + 1;
  }
}

void NoteBuilder::writeDate(int year, int month, int day, bool allowNoYear) {
  Random& r = random_;
  const std::string monthName(kMonthNames[static_cast<std::size_t>(month - 1)]);
  const std::string abbreviation = monthName.substr(0, 3);
  std::string value;
  switch (r.between(0, allowNoYear ? 17 : 15)) {
    case 0: value = two(month) + "/" + two(day) + "/" + std::to_string(year); break;
    case 1: value = std::to_string(month) + "/" + std::to_string(day) + "/" + std::to_string(year); break;
    case 2: value = std::to_string(month) + "/" + std::to_string(day) + "/" + two(year % 100); break;
    case 3: value = std::to_string(year) + "-" + two(month) + "-" + two(day); break;
    case 4: value = two(day) + "." + two(month) + "." + std::to_string(year); break;
    case 5: value = monthName + " " + std::to_string(day) + ", " + std::to_string(year); break;
    case 6: value = abbreviation + " " + std::to_string(day) + ", " + std::to_string(year); break;
    case 7: value = abbreviation + ". " + ordinal(day) + ", " + std::to_string(year); break;
    case 8: value = std::to_string(day) + " " + monthName + " " + std::to_string(year); break;
    case 9: value = std::to_string(day) + "-" + abbreviation + "-" + std::to_string(year); break;
    case 10: value = two(day) + "-" + abbreviation + "-" + two(year % 100); break;
    case 11: value = monthName + " " + std::to_string(year); break;
    case 12: value = two(month) + "/" + std::to_string(year); break;
    case 13: value = two(month) + "-" + two(day) + "-" + std::to_string(year); break;
    case 14: value = monthName + " " + ordinal(day) + ", " + std::to_string(year); break;
    case 15: value = std::to_string(year) + "/" + two(month) + "/" + two(day); break;
    case 16: value = monthName + " " + std::to_string(day); break;
    default: value = "the " + ordinal(day) + " of " + monthName; break;
  }
  if (value.rfind("the ", 0) == 0) {
    text_ += "the ";
    value = value.substr(4);
  }
  phi("date", value);
}

void NoteBuilder::writePersonName(std::string_view first, std::string_view middle, std::string_view last,
                                  bool allowInverted) {
  Random& r = random_;
  const std::string f(first), m(middle), l(last);
  auto upper = [](std::string s) {
    for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
  };
  switch (r.between(0, allowInverted ? 5 : 3)) {
    case 0: phi("name", f + " " + l); break;
    case 1: phi("name", f + " " + m + ". " + l); break;
    case 2: phi("name", f + " " + l); break;
    case 3: phi("name", upper(f + " " + l)); break;
    case 4: phi("name", upper(l + ", " + f)); break;
    default: phi("name", l + ", " + f); break;
  }
}

void NoteBuilder::writeAge(bool over89) {
  Random& r = random_;
  const int age = over89 ? (patient_.age >= 90 ? patient_.age : r.between(90, 104)) : r.between(18, 89);
  const std::string a = std::to_string(age);
  auto emit = [&](const std::string& value) {
    if (over89) {
      phi("age", value);
    } else {
      text_ += value;
    }
  };
  switch (r.between(0, 10)) {
    case 0: emit(a); text_ += "-year-old"; break;
    case 1: emit(a); text_ += " year old"; break;
    case 2: emit(a); text_ += " yo"; break;
    case 3: emit(a); text_ += " y/o"; break;
    case 4: text_ += "age "; emit(a); break;
    case 5: text_ += "aged "; emit(a); break;
    case 6: emit(a); text_ += patient_.female ? "F" : "M"; break;
    case 7: emit(a); text_ += " years old"; break;
    case 8: emit(a); text_ += " years of age"; break;
    case 9: emit(a); text_ += "-yr-old"; break;
    default: {
      static constexpr std::array<std::string_view, 10> kUnits = {"", "one", "two", "three", "four",
                                                                  "five", "six", "seven", "eight", "nine"};
      static constexpr std::array<std::string_view, 8> kTens = {"twenty", "thirty", "forty", "fifty",
                                                                "sixty", "seventy", "eighty", "ninety"};
      if (age >= 100 || age < 20) {
        emit(a);
        text_ += "-year-old";
        break;
      }
      std::string words(kTens[static_cast<std::size_t>(age / 10 - 2)]);
      if (age % 10 != 0) words += "-" + std::string(kUnits[static_cast<std::size_t>(age % 10)]);
      emit(words);
      text_ += "-year-old";
      break;
    }
  }
}

void NoteBuilder::writePhone(std::string_view category) {
  Random& r = random_;
  const std::string& digits = category == "fax" ? patient_.altPhone : patient_.phone;
  const std::string a = digits.substr(0, 3), e = digits.substr(3, 3), l = digits.substr(6, 4);
  std::string value;
  switch (r.between(0, 7)) {
    case 0: value = "(" + a + ") " + e + "-" + l; break;
    case 1: value = a + "-" + e + "-" + l; break;
    case 2: value = a + "." + e + "." + l; break;
    case 3: value = "+1 " + a + " " + e + " " + l; break;
    case 4: value = "1-" + a + "-" + e + "-" + l; break;
    case 5: value = a + " " + e + " " + l; break;
    case 6: value = "(" + a + ")" + e + "-" + l; break;
    default: value = "+44 20 " + e + l.substr(0, 1) + " " + l.substr(1) + r.digits(1); break;
  }
  phi(category, value);
}

void NoteBuilder::writeAddress(bool withZip) {
  Random& r = random_;
  std::string value = patient_.streetNumber + " " + patient_.streetName;
  if (!patient_.unit.empty()) value += (r.chance(0.5) ? ", " : " ") + patient_.unit;
  const int tail = r.between(0, 2);
  if (tail == 1) value += ", " + patient_.city + ", " + patient_.state;
  if (tail == 2) value += "\n" + patient_.city + ", " + patient_.state;
  phi("address", value);
  if (withZip && tail != 0) {
    text_ += " ";
    phi("zip", patient_.zip);
  }
}

void NoteBuilder::writeIdentifier(std::string_view key) {
  Random& r = random_;
  auto labelled = [&](std::span<const std::string_view> labels, std::string_view category, const std::string& value) {
    text_ += r.pick(labels);
    phi(category, value);
  };
  if (key == "ssn") {
    static constexpr std::array<std::string_view, 5> kLabels = {"SSN: ", "SSN ", "SS#: ", "Social Security Number: ",
                                                                "social security no. "};
    std::string value = patient_.ssn;
    if (r.chance(0.15)) {
      for (char& c : value) c = c == '-' ? ' ' : c;
    }
    labelled(kLabels, "ssn", value);
  } else if (key == "mrn") {
    static constexpr std::array<std::string_view, 7> kLabels = {"MRN: ", "MRN ", "Medical Record #: ", "MR#: ",
                                                                "Med Rec No. ", "Chart #: ", "medical record number "};
    labelled(kLabels, "mrn", patient_.mrn);
  } else if (key == "account") {
    static constexpr std::array<std::string_view, 6> kLabels = {"Account #: ", "Acct: ", "Account Number: ",
                                                                "Billing account ", "Encounter #: ", "Visit number: "};
    labelled(kLabels, "account", patient_.account);
  } else if (key == "plan") {
    static constexpr std::array<std::string_view, 7> kLabels = {"Member ID: ", "Policy #: ", "Subscriber ID ",
                                                                "Medicaid ID: ", "Medicare Beneficiary Identifier: ",
                                                                "Insurance ID ", "Group number: "};
    labelled(kLabels, "health_plan", patient_.plan);
  } else if (key == "license") {
    static constexpr std::array<std::string_view, 5> kLabels = {"Driver's license ", "DL #: ", "License #: ",
                                                                "Lic. No. ", "driver license number "};
    labelled(kLabels, "license", patient_.license);
  } else if (key == "device") {
    static constexpr std::array<std::string_view, 6> kLabels = {"Serial number: ", "S/N ", "SN: ", "Device ID: ",
                                                                "serial # ", "device serial "};
    labelled(kLabels, "device", patient_.device);
  } else if (key == "vin") {
    static constexpr std::array<std::string_view, 3> kLabels = {"VIN ", "VIN: ", "vehicle identification number "};
    labelled(kLabels, "vehicle", patient_.vin);
  } else if (key == "plate") {
    static constexpr std::array<std::string_view, 3> kLabels = {"license plate ", "plate ", "Plate number: "};
    labelled(kLabels, "vehicle", patient_.plate);
  } else {
    throw std::logic_error("unknown identifier placeholder");
  }
}

void NoteBuilder::placeholder(std::string_view key) {
  Random& r = random_;
  const Patient& p = patient_;
  if (key == "pname") {
    writePersonName(p.first, p.middle, p.last, true);
  } else if (key == "pnamePlain") {
    writePersonName(p.first, p.middle, p.last, false);
  } else if (key == "pfirst") {
    phi("name", p.first);
  } else if (key == "plast") {
    phi("name", p.last);
  } else if (key == "title") {
    text_ += p.female ? (r.chance(0.5) ? "Ms." : "Mrs.") : "Mr.";
  } else if (key == "doc") {
    writePersonName(p.doctorFirst, "K", p.doctorLast, false);
  } else if (key == "doclast") {
    phi("name", p.doctorLast);
  } else if (key == "nurse") {
    phi("name", p.nurseFirst + " " + p.nurseLast);
  } else if (key == "rel") {
    phi("name", p.relativeFirst);
  } else if (key == "relfull") {
    phi("name", p.relativeFirst + " " + p.relativeLast);
  } else if (key == "relation") {
    text_ += p.relation;
  } else if (key == "dob") {
    writeDate(p.birthYear, p.birthMonth, p.birthDay, false);
  } else if (key == "date") {
    writeDate(r.between(2015, 2025), r.between(1, 12), r.between(1, 28), true);
  } else if (key == "shortdate") {
    static constexpr std::array<std::string_view, 4> kCues = {"on ", "since ", "until ", "from "};
    text_ += r.pick(std::span<const std::string_view>(kCues));
    phi("date", std::to_string(r.between(1, 12)) + "/" + std::to_string(r.between(1, 28)));
  } else if (key == "age") {
    writeAge(true);
  } else if (key == "youngage") {
    writeAge(false);
  } else if (key == "phone") {
    writePhone("phone");
  } else if (key == "fax") {
    writePhone("fax");
  } else if (key == "email") {
    phi("email", p.email);
  } else if (key == "url") {
    const std::string host = pickString(r, values::kHosts);
    switch (r.between(0, 3)) {
      case 0: phi("url", "https://" + host + "/patients/" + p.id.substr(1)); break;
      case 1: phi("url", "http://www." + host); break;
      case 2: phi("url", "www." + host + "/visit?id=" + r.digits(6)); break;
      default: phi("url", host + "/portal/" + r.digits(5)); break;
    }
  } else if (key == "ip") {
    if (r.chance(0.7)) {
      phi("ip", p.ip);
    } else {
      static constexpr char kHex[] = "0123456789abcdef";
      auto group = [&] {
        std::string g;
        const int length = r.between(1, 4);
        for (int k = 0; k < length; ++k) g.push_back(kHex[r.next() % 16]);
        return g;
      };
      phi("ip", r.chance(0.5) ? "fe80::" + group() + ":" + group() + ":" + group() + ":" + group()
                              : "2001:db8:" + group() + ":" + group() + ":" + group() + ":" + group() + ":" +
                                    group() + ":" + group());
    }
  } else if (key == "address") {
    writeAddress(true);
  } else if (key == "street") {
    writeAddress(false);
  } else if (key == "zip") {
    text_ += r.chance(0.5) ? "ZIP " : "zip code ";
    phi("zip", p.zip);
  } else if (key == "hospital") {
    text_ += r.pick(values::kHospitals);
  } else if (key == "prose") {
    text_ += clinicalSentence(r);
  } else if (key == "heldout") {
    text_ += heldOutSentence(r);
  } else if (key == "blind") {
    text_ += blindSentence(r);
  } else {
    writeIdentifier(key);
  }
}

AnnotatedNote NoteBuilder::finish(std::string id, std::string templateName, bool allCaps) {
  if (allCaps) {
    for (char& c : text_) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    }
  }
  return AnnotatedNote{std::move(id), patient_.id, std::move(templateName), std::move(text_), std::move(gold_)};
}

}  // namespace concord::phi::corpus
