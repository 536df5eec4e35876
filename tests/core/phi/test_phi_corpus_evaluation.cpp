// The detector measured on the held-out synthetic corpus, with the goals as floors:
// recall >= 0.99 on every pattern category, >= 0.95 on names. Precision is reported and held
// above a floor well under the measured value, so that a regression fails loudly.
#include <QtTest>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <string_view>

#include "concord/phi/detector.h"
#include "corpus.h"
#include "corpus_eighteenth_family.h"
#include "corpus_eighth_family.h"
#include "corpus_eleventh_family.h"
#include "corpus_fifteenth_family.h"
#include "corpus_fourteenth_family.h"
#include "corpus_nineteenth_family.h"
#include "corpus_ninth_family.h"
#include "corpus_seventeenth_family.h"
#include "corpus_sixteenth_family.h"
#include "corpus_tenth_family.h"
#include "corpus_thirtieth_family.h"
#include "corpus_thirty_first_family.h"
#include "corpus_thirty_second_family.h"
#include "corpus_thirty_third_family.h"
#include "corpus_thirty_fifth_family.h"
#include "corpus_thirty_sixth_family.h"
#include "corpus_thirty_seventh_family.h"
#include "corpus_thirty_eighth_family.h"
#include "corpus_thirty_ninth_family.h"
#include "corpus_thirty_fourth_family.h"
#include "corpus_thirteenth_family.h"
#include "corpus_twelfth_family.h"
#include "corpus_twentieth_family.h"
#include "corpus_twenty_first_family.h"
#include "corpus_twenty_second_family.h"
#include "corpus_twenty_third_family.h"
#include "corpus_twenty_fourth_family.h"
#include "corpus_twenty_fifth_family.h"
#include "corpus_twenty_sixth_family.h"
#include "corpus_twenty_eighth_family.h"
#include "corpus_twenty_ninth_family.h"
#include "corpus_twenty_seventh_family.h"
#include "evaluation.h"

using namespace concord::phi;

namespace {

std::vector<corpus::PredictedSpan> asSpans(const std::vector<Finding>& findings) {
  std::vector<corpus::PredictedSpan> spans;
  for (const Finding& f : findings) spans.push_back({f.start, f.end, std::string(categoryName(f.category))});
  return spans;
}

std::vector<corpus::PredictedSpan> detectForEvaluation(const std::string& text) { return asSpans(detectPhiBytes(text)); }

// The hand-written rules without the learned name model, to compare the two.
std::vector<corpus::PredictedSpan> detectByRulesForEvaluation(const std::string& text) {
  return asSpans(detectPhiBytesByRules(text));
}

constexpr std::size_t kNotes = 4000;
constexpr double kPatternRecallFloor = 0.99;
constexpr double kNameRecallFloor = 0.95;
constexpr double kPrecisionFloor = 0.75;
constexpr double kFormerBlindPrecisionFloor = 0.95;  // measured 1.000 on names after the rework

// The checks of a blind family's gold spans, without the detector: determinism, valid UTF-8,
// well-formed spans in text order, every category, PHI-free notes, template coverage, and the
// conventions the blind families share (see the header of corpus_seventh_family.cpp). A family
// adds its own titles (outside name spans) and credentials (outside name spans).
void checkBlindFamilyGoldSpans(std::uint64_t seed, std::uint64_t previousSeed, std::size_t noteCount,
                               const std::vector<std::string>& extraTitles,
                               const std::vector<std::string>& extraCredentials) {
  const std::vector<std::string> categories = {
      "name", "date", "age", "phone", "fax", "email", "ssn", "mrn", "account", "health_plan", "license",
      "url", "ip", "address", "zip", "device", "vehicle"};
  std::map<std::string, int> perCategory;
  std::set<std::string> templates;
  std::size_t withoutPhi = 0;
  auto digitsIn = [](const std::string& s) {
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }));
  };
  for (std::size_t i = 0; i < noteCount; ++i) {
    const corpus::AnnotatedNote note = corpus::generateNote(seed, i);
    const corpus::AnnotatedNote again = corpus::generateNote(seed, i);
    QCOMPARE(note.text, again.text);
    QCOMPARE(note.gold.size(), again.gold.size());
    QVERIFY(!note.template_name.empty());
    templates.insert(note.template_name);
    withoutPhi += note.gold.empty();
    // The text is valid UTF-8 (initials and case mapping of names with accents keep whole letters).
    for (std::size_t k = 0; k < note.text.size();) {
      const auto lead = static_cast<unsigned char>(note.text[k]);
      const std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
      QVERIFY2(length > 0 && k + length <= note.text.size(), ("invalid UTF-8 in " + note.id).c_str());
      for (std::size_t m = 1; m < length; ++m) {
        QVERIFY2((static_cast<unsigned char>(note.text[k + m]) & 0xC0) == 0x80, ("invalid UTF-8 in " + note.id).c_str());
      }
      k += length;
    }
    std::size_t previousEnd = 0;
    for (const auto& g : note.gold) {  // spans are recorded in text order
      const std::string where = note.id + " " + note.template_name + " " + g.category;
      QVERIFY2(g.start < g.end && g.end <= note.text.size(), where.c_str());
      QVERIFY2(g.start >= previousEnd, ("overlapping spans: " + where).c_str());
      previousEnd = g.end;
      QVERIFY2(std::find(categories.begin(), categories.end(), g.category) != categories.end(), where.c_str());
      ++perCategory[g.category];
      const std::string value = note.text.substr(g.start, g.end - g.start);
      const std::string shown = where + " [" + value + "]";
      QVERIFY2(!std::isspace(static_cast<unsigned char>(value.front())) &&
                   !std::isspace(static_cast<unsigned char>(value.back())),
               ("span with surrounding space: " + shown).c_str());
      QVERIFY2(value.find('\n') == std::string::npos, ("span across a line break: " + shown).c_str());
      std::string folded = value;  // notes may be all capitals
      for (char& c : folded) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      const std::size_t digits = digitsIn(value);
      if (g.category == "name") {
        QVERIFY2(digits == 0, ("name span: " + shown).c_str());
        std::vector<std::string> titles = {"dr ", "dr. ", "mr. ", "mrs. ", "ms. ", "miss ", "father ", "chaplain ",
                                           "officer ", "(", "\"", "<"};
        titles.insert(titles.end(), extraTitles.begin(), extraTitles.end());
        for (const std::string& outside : titles) {
          QVERIFY2(folded.rfind(outside, 0) != 0, ("title or mark inside a name span: " + shown).c_str());
        }
        std::vector<std::string> credentials = {", md", " rn", ", rn", ", lcsw", ", pharmd"};
        credentials.insert(credentials.end(), extraCredentials.begin(), extraCredentials.end());
        for (const std::string& outside : credentials) {
          QVERIFY2(folded.find(outside) == std::string::npos, ("credential inside a name span: " + shown).c_str());
        }
        QVERIFY2(!folded.ends_with("'s"), ("possessive inside a name span: " + shown).c_str());
        QVERIFY2(std::string(")\",:;>").find(value.back()) == std::string::npos,
                 ("mark inside a name span: " + shown).c_str());
      } else if (g.category == "age") {
        QVERIFY2((digits > 0 && std::stoi(value) >= 90) || folded.rfind("ninety", 0) == 0 ||
                     folded.rfind("one hundred", 0) == 0,
                 ("age span: " + shown).c_str());
      } else if (g.category == "date") {
        QVERIFY2(digits > 0 || folded.find("teen") != std::string::npos || folded.find("twenty") != std::string::npos ||
                     folded.find("thousand") != std::string::npos,  // a spoken date in a dictation
                 ("date span: " + shown).c_str());
        for (const char* outside : {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                    "sun ", "mon ", "tue ", "wed ", "thu ", "fri ", "sat ", ":", " at ", "the "}) {
          QVERIFY2(folded.find(outside) == std::string::npos,
                   ("weekday, article or time inside a date span: " + shown).c_str());
        }
        for (std::size_t k = 1; k + 1 < folded.size(); ++k) {  // the "T" of an ISO 8601 date-time
          QVERIFY2(!(std::isdigit(static_cast<unsigned char>(folded[k - 1])) && folded[k] == 't' &&
                     std::isdigit(static_cast<unsigned char>(folded[k + 1]))),
                   ("ISO time inside a date span: " + shown).c_str());
        }
        QVERIFY2(!(digits >= 12 && value.find_first_not_of("0123456789") == std::string::npos),
                 ("time digits inside an HL7 date span: " + shown).c_str());
      } else if (g.category == "phone" || g.category == "fax") {
        QVERIFY2(digits >= 7 && digits <= 12, ("phone span: " + shown).c_str());
        QVERIFY2(folded.find('x') == std::string::npos && folded.find("ext") == std::string::npos &&
                     folded.find("tel") == std::string::npos && folded.find("fax") == std::string::npos,
                 ("extension or label inside a phone span: " + shown).c_str());
      } else if (g.category == "email") {
        QVERIFY2(value.find('@') != std::string::npos && value.find(' ') == std::string::npos &&
                     value.find('<') == std::string::npos && value.find('>') == std::string::npos,
                 ("email span: " + shown).c_str());
      } else if (g.category == "url") {
        QVERIFY2(value.find('.') != std::string::npos && value.find('/') != std::string::npos &&
                     value.find(' ') == std::string::npos,
                 ("url span: " + shown).c_str());
      } else if (g.category == "ip") {
        const bool v6 = value.find("::") != std::string::npos || value.find(':') != std::string::npos;
        QVERIFY2(v6 || std::count(value.begin(), value.end(), '.') == 3, ("ip span: " + shown).c_str());
      } else if (g.category == "ssn") {
        QVERIFY2(digits == 9, ("ssn span: " + shown).c_str());
      } else if (g.category == "zip") {
        QVERIFY2((value.size() == 5 || value.size() == 10) && (digits == 5 || digits == 9),
                 ("zip span: " + shown).c_str());
      } else if (g.category == "address") {
        QVERIFY2(value.back() != ',' && value.back() != '^', ("address span: " + shown).c_str());
      } else if (g.category == "device") {
        QVERIFY2(digits > 0 && value.find('(') == std::string::npos, ("device span: " + shown).c_str());
      } else {  // mrn, account, health_plan, license, vehicle
        QVERIFY2(digits > 0 && value.find(':') == std::string::npos && value.find('#') == std::string::npos,
                 ("identifier span: " + shown).c_str());
      }
    }
  }
  for (const std::string& c : categories) {
    QVERIFY2(perCategory[c] >= 10, (c + ": " + std::to_string(perCategory[c])).c_str());
  }
  const double phiFree = static_cast<double>(withoutPhi) / static_cast<double>(noteCount);
  QVERIFY2(phiFree > 0.08 && phiFree < 0.25, std::to_string(phiFree).c_str());
  QVERIFY2(templates.size() >= 40, std::to_string(templates.size()).c_str());
  // The family's seed is a different corpus from the previous family's.
  QVERIFY(corpus::generateNote(seed, 0).text != corpus::generateNote(previousSeed, 0).text);
}

}  // namespace

class PhiCorpusEvaluationTest : public QObject {
  Q_OBJECT
 private slots:
  void corpusIsDeterministicAndCoversEveryCategory() {
    const auto a = corpus::generateCorpus(corpus::kHeldOutSeed, 300);
    const auto b = corpus::generateCorpus(corpus::kHeldOutSeed, 300);
    std::map<std::string, int> perCategory;
    std::size_t withoutPhi = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
      QCOMPARE(a[i].text, b[i].text);
      QCOMPARE(a[i].gold.size(), b[i].gold.size());
      withoutPhi += a[i].gold.empty();
      for (const auto& g : a[i].gold) {
        ++perCategory[g.category];
        QVERIFY(g.start < g.end && g.end <= a[i].text.size());
      }
    }
    for (PhiCategory c : kAllCategories) {
      QVERIFY2(perCategory[std::string(categoryName(c))] > 0, std::string(categoryName(c)).c_str());
    }
    QVERIFY(withoutPhi > 0);
    // A different seed is a different corpus: the held-out split is not the development one.
    QVERIFY(corpus::generateNote(corpus::kDevelopmentSeed, 0).text != a[0].text);
  }

  // The fresh family (seed 4242) is checked without the detector: it is run once, for the report.
  void freshFamilyGoldSpansAreWellFormed() {
    const std::vector<std::string> categories = {
        "name", "date", "age", "phone", "fax", "email", "ssn", "mrn", "account", "health_plan", "license",
        "url", "ip", "address", "zip", "device", "vehicle"};
    std::map<std::string, int> perCategory;
    std::size_t withoutPhi = 0;
    for (std::size_t i = 0; i < 500; ++i) {
      const corpus::AnnotatedNote note = corpus::generateNote(corpus::kFreshSeed, i);
      QCOMPARE(note.text, corpus::generateNote(corpus::kFreshSeed, i).text);
      QVERIFY(!note.template_name.empty());
      withoutPhi += note.gold.empty();
      std::size_t previousEnd = 0;
      for (const auto& g : note.gold) {  // spans are recorded in text order
        const std::string where = note.id + " " + note.template_name + " " + g.category;
        QVERIFY2(g.start < g.end && g.end <= note.text.size(), where.c_str());
        QVERIFY2(g.start >= previousEnd, ("overlapping spans: " + where).c_str());
        previousEnd = g.end;
        QVERIFY2(std::find(categories.begin(), categories.end(), g.category) != categories.end(), where.c_str());
        ++perCategory[g.category];
        const std::string value = note.text.substr(g.start, g.end - g.start);
        QVERIFY2(!std::isspace(static_cast<unsigned char>(value.front())) &&
                     !std::isspace(static_cast<unsigned char>(value.back())),
                 ("span with surrounding space: " + where + " [" + value + "]").c_str());
        const bool hasDigit = value.find_first_of("0123456789") != std::string::npos;
        if (g.category == "name") {
          QVERIFY2(!hasDigit && value.find('\n') == std::string::npos, ("name span: [" + value + "]").c_str());
        } else if (g.category == "email") {
          QVERIFY2(value.find('@') != std::string::npos, ("email span: [" + value + "]").c_str());
        } else if (g.category != "url") {
          QVERIFY2(hasDigit, ("pattern span without a digit: " + where + " [" + value + "]").c_str());
        }
      }
    }
    for (const std::string& c : categories) QVERIFY2(perCategory[c] > 0, c.c_str());
    QVERIFY(withoutPhi > 0);
  }

  void fifthFamilyGoldSpansAreWellFormed() {
    // The fifth blind family (seed 5151): the same checks as the fresh family's, without the
    // detector, plus the family's own conventions (titles, "/s/", "(née" and weekdays outside).
    const std::vector<std::string> categories = {
        "name", "date", "age", "phone", "fax", "email", "ssn", "mrn", "account", "health_plan", "license",
        "url", "ip", "address", "zip", "device", "vehicle"};
    std::map<std::string, int> perCategory;
    std::set<std::string> templates;
    std::size_t withoutPhi = 0;
    for (std::size_t i = 0; i < 500; ++i) {
      const corpus::AnnotatedNote note = corpus::generateNote(corpus::kFifthSeed, i);
      QCOMPARE(note.text, corpus::generateNote(corpus::kFifthSeed, i).text);
      QVERIFY(!note.template_name.empty());
      templates.insert(note.template_name);
      withoutPhi += note.gold.empty();
      std::size_t previousEnd = 0;
      for (const auto& g : note.gold) {  // spans are recorded in text order
        const std::string where = note.id + " " + note.template_name + " " + g.category;
        QVERIFY2(g.start < g.end && g.end <= note.text.size(), where.c_str());
        QVERIFY2(g.start >= previousEnd, ("overlapping spans: " + where).c_str());
        previousEnd = g.end;
        QVERIFY2(std::find(categories.begin(), categories.end(), g.category) != categories.end(), where.c_str());
        ++perCategory[g.category];
        const std::string value = note.text.substr(g.start, g.end - g.start);
        QVERIFY2(!std::isspace(static_cast<unsigned char>(value.front())) &&
                     !std::isspace(static_cast<unsigned char>(value.back())),
                 ("span with surrounding space: " + where + " [" + value + "]").c_str());
        const bool hasDigit = value.find_first_of("0123456789") != std::string::npos;
        if (g.category == "name") {
          QVERIFY2(!hasDigit && value.find('\n') == std::string::npos, ("name span: [" + value + "]").c_str());
          for (const char* outside : {"Dr ", "Dr. ", "Prof. ", "Sr. ", "Fr. ", "/s/", "(n"}) {
            QVERIFY2(value.rfind(outside, 0) != 0, ("title inside a name span: [" + value + "]").c_str());
          }
        } else if (g.category == "email") {
          QVERIFY2(value.find('@') != std::string::npos, ("email span: [" + value + "]").c_str());
        } else if (g.category == "age") {  // digits or words ("ninety-three", "one hundred and one")
          std::string words = value;  // notes may be all capitals
          for (char& c : words) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
          QVERIFY2(hasDigit || words.rfind("ninety", 0) == 0 || words.rfind("one hundred", 0) == 0,
                   ("age span: [" + value + "]").c_str());
        } else if (g.category != "url") {
          QVERIFY2(hasDigit, ("pattern span without a digit: " + where + " [" + value + "]").c_str());
        }
        if (g.category == "date") {
          for (const char* outside : {"Mon ", "Tues ", "Wed ", "Thurs ", "Fri ", "Sat ", "Sun ", "the ", "@"}) {
            QVERIFY2(value.rfind(outside, 0) != 0 && value.find('@') == std::string::npos,
                     ("weekday, article or time inside a date span: [" + value + "]").c_str());
          }
        }
      }
    }
    for (const std::string& c : categories) QVERIFY2(perCategory[c] > 0, c.c_str());
    QVERIFY(withoutPhi > 0);
    QVERIFY(templates.size() >= 25);
  }

  void sixthFamilyGoldSpansAreWellFormed() {
    // The sixth blind family (seed 6161): the same checks as the fifth family's, without the
    // detector, plus this family's own conventions (honorifics of other languages, parentheses
    // and quotes, weekdays and times, phone extensions and IP ports outside; one line per span).
    const std::vector<std::string> categories = {
        "name", "date", "age", "phone", "fax", "email", "ssn", "mrn", "account", "health_plan", "license",
        "url", "ip", "address", "zip", "device", "vehicle"};
    std::map<std::string, int> perCategory;
    std::set<std::string> templates;
    std::size_t withoutPhi = 0;
    for (std::size_t i = 0; i < 500; ++i) {
      const corpus::AnnotatedNote note = corpus::generateNote(corpus::kSixthSeed, i);
      QCOMPARE(note.text, corpus::generateNote(corpus::kSixthSeed, i).text);
      QVERIFY(!note.template_name.empty());
      templates.insert(note.template_name);
      withoutPhi += note.gold.empty();
      std::size_t previousEnd = 0;
      for (const auto& g : note.gold) {  // spans are recorded in text order
        const std::string where = note.id + " " + note.template_name + " " + g.category;
        QVERIFY2(g.start < g.end && g.end <= note.text.size(), where.c_str());
        QVERIFY2(g.start >= previousEnd, ("overlapping spans: " + where).c_str());
        previousEnd = g.end;
        QVERIFY2(std::find(categories.begin(), categories.end(), g.category) != categories.end(), where.c_str());
        ++perCategory[g.category];
        const std::string value = note.text.substr(g.start, g.end - g.start);
        QVERIFY2(!std::isspace(static_cast<unsigned char>(value.front())) &&
                     !std::isspace(static_cast<unsigned char>(value.back())),
                 ("span with surrounding space: " + where + " [" + value + "]").c_str());
        QVERIFY2(value.find('\n') == std::string::npos, ("span across a line break: " + where).c_str());
        std::string folded = value;  // notes may be all capitals
        for (char& c : folded) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        const bool hasDigit = value.find_first_of("0123456789") != std::string::npos;
        if (g.category == "name") {
          QVERIFY2(!hasDigit, ("name span: [" + value + "]").c_str());
          for (const char* outside : {"dr ", "dr. ", "mr. ", "ms. ", "hon. ", "sra. ", "sr. ", "herr ", "frau ",
                                      "mme ", "don ", "do\xc3\xb1" "a ", "(", "\""}) {
            QVERIFY2(folded.rfind(outside, 0) != 0, ("title or mark inside a name span: [" + value + "]").c_str());
          }
          QVERIFY2(value.back() != ')' && value.back() != '"' && value.back() != ',',
                   ("mark inside a name span: [" + value + "]").c_str());
        } else if (g.category == "email") {
          QVERIFY2(value.find('@') != std::string::npos, ("email span: [" + value + "]").c_str());
        } else if (g.category == "age") {
          QVERIFY2(hasDigit && std::stoi(value) >= 90, ("age span: [" + value + "]").c_str());
        } else if (g.category != "url" && g.category != "address") {  // "City, State" lines have none
          QVERIFY2(hasDigit, ("pattern span without a digit: " + where + " [" + value + "]").c_str());
        }
        if (g.category == "date") {
          for (const char* outside : {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                      ":", " at "}) {
            QVERIFY2(folded.find(outside) == std::string::npos,
                     ("weekday or time inside a date span: [" + value + "]").c_str());
          }
        }
        if (g.category == "phone" || g.category == "fax") {
          QVERIFY2(folded.find('x') == std::string::npos && folded.find("tel") == std::string::npos,
                   ("extension or label inside a phone span: [" + value + "]").c_str());
        }
        if (g.category == "ip") {
          QVERIFY2(value.find(':') == std::string::npos, ("port inside an IPv4 span: [" + value + "]").c_str());
        }
      }
    }
    for (const std::string& c : categories) QVERIFY2(perCategory[c] > 0, c.c_str());
    QVERIFY(withoutPhi > 0);
    QVERIFY(templates.size() >= 25);
  }

  void seventhFamilyGoldSpansAreWellFormed() {
    // The seventh blind family (seed 7171), checked without the detector (see
    // checkBlindFamilyGoldSpans and the header of corpus_seventh_family.cpp).
    checkBlindFamilyGoldSpans(corpus::kSeventhSeed, corpus::kSixthSeed, 1500, {}, {});
  }

  void eighthFamilyGoldSpansAreWellFormed() {
    // The eighth blind family (seed 8181), checked without the detector with the seventh family's
    // checks (the same conventions, see the header of corpus_eighth_family.cpp), plus its own
    // ranks, titles and credentials outside name spans.
    checkBlindFamilyGoldSpans(corpus::kEighthSeed, corpus::kSeventhSeed, 1500,
                              {"sgt ", "judge ", "nurse ", "coach ", "sm: "},
                              {", msw", ", aud", ", pa-c", ", ms,", " cgc", ", lpn", ", cspi", ", pt,"});
    if (QTest::currentTestFailed()) return;
    QVERIFY2(corpus::eighthTemplateCount() >= 45, std::to_string(corpus::eighthTemplateCount()).c_str());
    // The family's variety: some of each of the harder shapes.
    checkHarderShapes(corpus::kEighthSeed);
  }

  void tenthFamilyGoldSpansAreWellFormed() {
    // The tenth blind family (seed 1010), checked without the detector with the shared checks (the
    // ninth family's conventions, see the header of corpus_tenth_family.cpp), plus its own
    // titles and credentials outside name spans.
    checkBlindFamilyGoldSpans(corpus::kTenthSeed, corpus::kNinthSeed, 1500, {"nurse "},
                              {", np", ", dpt", ", dds", ", aud", ", mdiv", ", cnm", ", dpm", ", frcp", ", otr"});
    if (QTest::currentTestFailed()) return;
    QVERIFY2(corpus::tenthTemplateCount() >= 40, std::to_string(corpus::tenthTemplateCount()).c_str());
  }

  void eleventhFamilyGoldSpansAreWellFormed() {
    // The eleventh blind family (seed 1111), checked without the detector with the shared checks
    // (the ninth family's conventions, see the header of corpus_eleventh_family.cpp), plus its own
    // titles and credentials outside name spans.
    checkBlindFamilyGoldSpans(corpus::kEleventhSeed, corpus::kTenthSeed, 1500,
                              {"nurse ", "judge ", "doctor ", "mrs ", "mr "},
                              {", crna", ", ibclc", ", cpo", ", esq", ", rrt", ", emt-p", ", lpn", ", aud", ", phd",
                               ", mls", ", ms,", ", cgc"});
    if (QTest::currentTestFailed()) return;
    QVERIFY2(corpus::eleventhTemplateCount() >= 45, std::to_string(corpus::eleventhTemplateCount()).c_str());
    // The family's variety: some of each of the harder shapes.
    std::map<std::string, int> shapes;
    checkHarderShapes(corpus::kEleventhSeed, shapes);
    if (QTest::currentTestFailed()) return;
    QCOMPARE(shapes["date without digits"], 0);
  }

  void twelfthFamilyGoldSpansAreWellFormed() {
    // The twelfth blind family (seed 1212), checked without the detector with the shared checks
    // (the tenth family's conventions, see the header of corpus_twelfth_family.cpp), plus its own
    // titles and credentials outside name spans.
    checkBlindFamilyGoldSpans(corpus::kTwelfthSeed, corpus::kTenthSeed, 1500,
                              {"prof. ", "constable ", "midwife ", "nurse ", "sister ", "agent "},
                              {", mbbs", ", fracp", ", frcp", ", msw", ", bpharm", ", lpn", ", aud", ", np",
                               ", pharmd", " rgn"});
    if (QTest::currentTestFailed()) return;
    QVERIFY2(corpus::twelfthTemplateCount() >= 45, std::to_string(corpus::twelfthTemplateCount()).c_str());
  }

  void thirteenthFamilyGoldSpansAreWellFormed() {
    // The thirteenth blind family (seed 1313), checked without the detector with the shared
    // checks (the twelfth family's conventions, see the header of corpus_thirteenth_family.cpp),
    // plus its own titles and credentials outside name spans and some of each harder shape.
    checkBlindFamilyGoldSpans(corpus::kThirteenthSeed, corpus::kTwelfthSeed, 1500,
                              {"nurse ", "doctor ", "mr ", "ms ", "officer ", "ot ", "frau ", "herrn ", "dr ",
                               "dr. med. "},
                              {", np", ", pa-c", ", lpn", ", msw", ", esq", ", phd", ", aud", ", mbbs", ", rrt",
                               ", mt-bc", ", ctbs", ", oec", ", claims adjuster"});
    if (QTest::currentTestFailed()) return;
    QVERIFY2(corpus::thirteenthTemplateCount() >= 45, std::to_string(corpus::thirteenthTemplateCount()).c_str());
    std::map<std::string, int> shapes;
    checkHarderShapes(corpus::kThirteenthSeed, shapes);
    if (QTest::currentTestFailed()) return;
    QCOMPARE(shapes["date without digits"], 0);
  }

  void fourteenthFamilyGoldSpansAreWellFormed() {
    // The fourteenth blind family (seed 1414), checked without the detector with the shared
    // checks (the twelfth family's conventions, see the header of corpus_fourteenth_family.cpp),
    // plus its own titles and credentials outside name spans.
    checkBlindFamilyGoldSpans(corpus::kFourteenthSeed, corpus::kTwelfthSeed, 1500,
                              {"prof. ", "nurse ", "sister ", "sgt ", "capt. ", "pharmacist ", "coroner ",
                               "paramedic ", "mrs ", "mr ", "doctor "},
                              {", mbchb", ", frcs", ", ccrn", ", cic", ", cgc", ", rph", ", emt", ", ocn", ", rn",
                               ", dnp", ", pa-c", ", rd", ", cdces", " (scrub)", " (anaes)"});
    if (QTest::currentTestFailed()) return;
    QVERIFY2(corpus::fourteenthTemplateCount() >= 45, std::to_string(corpus::fourteenthTemplateCount()).c_str());
    // The family's variety: some of each of the harder shapes.
    checkHarderShapes(corpus::kFourteenthSeed);
  }

  void fifteenthFamilyGoldSpansAreWellFormed() {
    // The fifteenth blind family (seed 1515), checked without the detector with the shared
    // checks (the fourteenth family's conventions, see the header of corpus_fifteenth_family.cpp),
    // plus its own titles, roles and verbs before names and credentials after them, all outside
    // name spans, and some of each harder shape.
    checkBlindFamilyGoldSpans(corpus::kFifteenthSeed, corpus::kTwelfthSeed, 1500,
                              {"doctor ", "rn ", "md ", "baby boy ", "baby girl ", "per ", "d/w ", "fob ", "mom ",
                               "sponsor ", "partner ", "interpreter ", "mr ", "mrs ", "ms ", "pt "},
                              {", bsn", ", cwon", ", crna", ", pt, dpt", ", dpt", ", otr/l", ", ccc-slp",
                               ", cnm", ", ibclc", ", msw", ", cadc", ", cprs", ", rph", ", cdces", ", chw",
                               ", np", ", rdms", ", pgy-2"});
    if (QTest::currentTestFailed()) return;
    QVERIFY2(corpus::fifteenthTemplateCount() >= 45, std::to_string(corpus::fifteenthTemplateCount()).c_str());
    // The family's variety: some of each of the harder shapes.
    checkHarderShapes(corpus::kFifteenthSeed);
  }

  void sixteenthFamilyGoldSpansAreWellFormed() {
    // The sixteenth blind family (seed 1616), checked without the detector with the shared checks
    // (the fourteenth family's conventions, see the header of corpus_sixteenth_family.cpp), plus
    // its own titles, roles and kinship words outside name spans, its credentials outside name
    // spans and some of each harder shape.
    checkBlindFamilyGoldSpans(corpus::kSixteenthSeed, corpus::kTwelfthSeed, 1500,
                              {"nurse ", "chr ", "deputy ", "sgt. ", "investigator ", "attorney ", "paralegal ",
                               "pastor ", "coach ", "promotora ", "interpreter ", "grandma ", "grandpa ", "auntie ",
                               "uncle ", "elder ", "tutu ", "tía ", "mr ", "ms ", "mrs ", "cna ", "supervisor ",
                               "driver ", "tech ", "clan elder ", "mother "},
                              {", fnp-c", ", pa-c", ", np", ", lpn", ", cma", ", chw", ", mph", ", cpht", ", ccht",
                               ", cchp", ", cohn-s", ", d-abmdi", ", bsn", ", esq", " lpn", ", emt-b", ", aemt"});
    if (QTest::currentTestFailed()) return;
    QVERIFY2(corpus::sixteenthTemplateCount() >= 45, std::to_string(corpus::sixteenthTemplateCount()).c_str());
    checkHarderShapes(corpus::kSixteenthSeed);
  }

  void seventeenthFamilyGoldSpansAreWellFormed() {
    // The seventeenth blind family (seed 1717), checked without the detector with the shared
    // checks (the fourteenth family's conventions, see the header of
    // corpus_seventeenth_family.cpp), plus its own titles and roles before names and credentials
    // after them, all outside name spans, and some of each harder shape.
    checkBlindFamilyGoldSpans(corpus::kSeventeenthSeed, corpus::kTwelfthSeed, 1500,
                              {"nurse ", "rn ", "pharmacist ", "rev. ", "judge ", "attorney ", "per ", "fellow ",
                               "interpreter ", "mr ", "mrs ", "ms ", "responders ", "intensivist ", "neuro ir "},
                              {", facc", ", facs", ", ccrn", ", rrt", ", ocn", ", phd", ", dabr", ", ccds",
                               ", r. eeg t.", ", bcc", ", hec-c", ", jd", ", cphrm", ", ccrp", ", cctc", ", cptc",
                               ", mls(ascp)", ", esq.", ", cchi", ", acm", " (fellow)", " (icu attending)"});
    if (QTest::currentTestFailed()) return;
    QVERIFY2(corpus::seventeenthTemplateCount() >= 45, std::to_string(corpus::seventeenthTemplateCount()).c_str());
    checkHarderShapes(corpus::kSeventeenthSeed);
  }

  void eighteenthFamilyGoldSpansAreWellFormed() {
    // The eighteenth blind family (seed 1818), checked without the detector with the shared checks
    // (the fourteenth family's conventions, see the header of corpus_eighteenth_family.cpp), plus
    // its own titles, roles, kinship words and greetings before names and its credentials after
    // them, all outside name spans, and some of each harder shape.
    checkBlindFamilyGoldSpans(corpus::kEighteenthSeed, corpus::kTwelfthSeed, 1500,
                              {"mr ", "mrs ", "ms ", "nurse ", "pastor ", "coach ", "principal ", "agent ",
                               "director ", "driver ", "interpreter ", "volunteer ", "judge ", "deacon ", "mom ",
                               "dad ", "nana ", "grandma ", "grandpa ", "aunt ", "auntie ", "uncle ", "abuela ",
                               "oma ", "nonna ", "dear ", "hi ", "hey ", "love, ", "tech ", "guarantor ",
                               "neighbour ", "spouse ", "doctora "},
                              {", np", ", lpn", ", cna", ", hha", ", cmi", ", fd", ", esq.", ", lmsw", ", cpht",
                               ", ccm", ", cpc", " (hr)", " (volunteer)", " (security)"});
    if (QTest::currentTestFailed()) return;
    QVERIFY2(corpus::eighteenthTemplateCount() >= 45, std::to_string(corpus::eighteenthTemplateCount()).c_str());
    checkHarderShapes(corpus::kEighteenthSeed);
  }

  void twentiethFamilyGoldSpansAreWellFormed() {
    // The twentieth blind family (seed 2020), checked without the detector with the shared checks
    // (the fourteenth family's conventions, see the header of corpus_twentieth_family.cpp), plus
    // its own titles, ranks and roles before names and its credentials after them, all outside
    // name spans, and some of each harder shape.
    checkBlindFamilyGoldSpans(corpus::kTwentiethSeed, corpus::kTwelfthSeed, 1500,
                              {"mr ", "mrs ", "ms ", "nurse ", "medic ", "sgt ", "spc ", "pfc ", "capt. ",
                               "deputy ", "sw ", "rt ", "interpreter ", "sitter ", "pharmacist ", "inmate ",
                               "veteran ", "dear ", "hi ", "patient ", "pt ", "intensivist ", "supervisor ",
                               "escort "},
                              {", np", ", pa-c", ", crna", ", emt", ", nrp", ", rrt", ", ccrn", ", lpn", ", cna",
                               ", rph", ", cwocn", ", cmi", " (charge)", " (sitter)", ", rn"});
    if (QTest::currentTestFailed()) return;
    QVERIFY2(corpus::twentiethTemplateCount() >= 50, std::to_string(corpus::twentiethTemplateCount()).c_str());
    checkHarderShapes(corpus::kTwentiethSeed);
  }

  void nineteenthFamilyGoldSpansAreWellFormed() {
    // The nineteenth blind family (seed 1919), checked without the detector with the shared checks
    // (the fourteenth family's conventions, see the header of corpus_nineteenth_family.cpp), plus
    // its own titles, roles and greetings before names (in the languages of its sites) and its
    // credentials after them, all outside name spans, and some of each harder shape.
    checkBlindFamilyGoldSpans(corpus::kNineteenthSeed, corpus::kTwelfthSeed, 1500,
                              {"mr ", "ms ", "prof. ", "pr ", "dott.ssa ", "mme/m. ", "chv ", "monitor ", "dear ",
                               "hi ", "gentile ", "geachte heer/mevrouw "},
                              {", phd", ", mph", ", ccrc", ", cgc", ", ctr", ", cptc", ", mbbs", ", frcpath",
                               ", dsno", ", tumour registrar", " (pi)"});
    if (QTest::currentTestFailed()) return;
    QVERIFY2(corpus::nineteenthTemplateCount() >= 50, std::to_string(corpus::nineteenthTemplateCount()).c_str());
    checkHarderShapes(corpus::kNineteenthSeed);
  }

  void twentyFirstFamilyGoldSpansAreWellFormed() {
    // The twenty-first blind family (seed 2121), checked without the detector with the shared
    // checks (the fourteenth family's conventions, see the header of
    // corpus_twenty_first_family.cpp), plus its own titles, roles and kinship words before names and
    // its credentials after them, all outside name spans, and some of each harder shape.
    checkBlindFamilyGoldSpans(corpus::kTwentyFirstSeed, corpus::kTwelfthSeed, 1500,
                              {"mr ", "mrs ", "ms ", "nurse ", "sister ", "midwife ", "dear ", "hi ", "kia ora ",
                               "partner ", "support person ", "hv ", "gp ", "pharmacist ", "podiatrist ",
                               "physiotherapist ", "audiologist ", "optometrist ", "counsellor ", "therapist ",
                               "carer ", "senior ", "dn ", "nok ", "dis ", "client ", "patient ", "resident ",
                               "player ", "student ", "traveller ", "driver ", "worker ", "baby ", "child ",
                               "parent "},
                              {", bds", ", mcoptom", ", aud", ", mnzas", ", mcsp", ", dc", ", dacbr", ", rm",
                               ", rgn", ", rmn", ", mrpharms", ", rph", ", chn", ", od", " (gp)",
                               " (practice manager)", ", midwife", ", podiatrist", ", physiotherapist"});
    if (QTest::currentTestFailed()) return;
    QVERIFY2(corpus::twentyFirstTemplateCount() >= 50, std::to_string(corpus::twentyFirstTemplateCount()).c_str());
    checkHarderShapes(corpus::kTwentyFirstSeed);
  }

  void twentySecondFamilyGoldSpansAreWellFormed() {
    // The twenty-second blind family (seed 2222), checked without the detector with the shared
    // checks (the fourteenth family's conventions, see the header of
    // corpus_twenty_second_family.cpp), plus its own titles, roles and greetings before names and
    // its credentials after them, all outside name spans, and some of each harder shape.
    checkBlindFamilyGoldSpans(corpus::kTwentySecondSeed, corpus::kTwelfthSeed, 1500,
                              {"mr ", "mrs ", "ms ", "dra. ", "nurse ", "driver ", "agent ", "dear ", "hi ",
                               "hello ", "hola "},
                              {", np", ", esq.", ", rhia", ", cchi", ", cpc", " (medical assistant)"});
    if (QTest::currentTestFailed()) return;
    QVERIFY2(corpus::twentySecondTemplateCount() >= 50, std::to_string(corpus::twentySecondTemplateCount()).c_str());
    checkHarderShapes(corpus::kTwentySecondSeed);
  }

  void twentyThirdFamilyGoldSpansAreWellFormed() {
    // The twenty-third blind family (seed 2323), checked without the detector with the shared
    // checks (the fourteenth family's conventions, see the header of
    // corpus_twenty_third_family.cpp), plus its own titles, ranks and roles before names and its
    // credentials after them, all outside name spans, and some of each harder shape.
    checkBlindFamilyGoldSpans(corpus::kTwentyThirdSeed, corpus::kTwelfthSeed, 1500,
                              {"mr ", "ms ", "ofc. ", "trooper ", "tpr. ", "sgt. ", "det. ", "deputy ", "judge ",
                               "hon. ", "atty. ", "adjuster ", "investigator ", "advocate ", "caseworker ", "dear "},
                              {", esq.", ", j.d.", ", sane-a", ", d-abmdi", ", ccm", ", crc", ", mro", ", pa-c",
                               ", nrp", ", emt-p", ", emt", ", phd", ", abpp", ", rhia"});
    if (QTest::currentTestFailed()) return;
    QVERIFY2(corpus::twentyThirdTemplateCount() >= 55, std::to_string(corpus::twentyThirdTemplateCount()).c_str());
    checkHarderShapes(corpus::kTwentyThirdSeed);
  }

  void twentyFourthFamilyGoldSpansAreWellFormed() {
    // The twenty-fourth blind family (seed 2424), checked without the detector with the shared
    // checks (the fourteenth family's conventions, see the header of
    // corpus_twenty_fourth_family.cpp), plus its own titles and baby placeholders before names and
    // its credentials after them, all outside name spans, and some of each harder shape.
    checkBlindFamilyGoldSpans(corpus::kTwentyFourthSeed, corpus::kTwentyThirdSeed, 1500,
                              {"mr ", "mrs ", "mx ", "midwife ", "sister ", "nurse ", "caseworker ", "judge ", "dear ",
                               "frau ", "herr ", "smt. ", "shri ", "baby girl ", "baby boy ", "bg ", "twin ",
                               "triplet "},
                              {", rm", ", cnm", ", nnp", ", ibclc", ", msw", ", cpst", ", np", ", phd"});
    if (QTest::currentTestFailed()) return;
    QVERIFY2(corpus::twentyFourthTemplateCount() >= 55, std::to_string(corpus::twentyFourthTemplateCount()).c_str());
    checkHarderShapes(corpus::kTwentyFourthSeed);
  }

  void twentyFifthFamilyGoldSpansAreWellFormed() {
    // The twenty-fifth blind family (seed 2525), checked without the detector with the shared
    // checks (the fourteenth family's conventions, see the header of
    // corpus_twenty_fifth_family.cpp), plus its own titles and ranks before names and its
    // credentials after them, all outside name spans, and some of each harder shape.
    checkBlindFamilyGoldSpans(corpus::kTwentyFifthSeed, corpus::kTwentyFourthSeed, 1500,
                              {"mr ", "sgt ", "spc ", "cpt ", "dhr. ", "mevr. ", "dear ", "rn ", "dr. ", "pt "},
                              {", pharmd", ", rph", ", cgc", ", ccrc", ", cnn", ", au.d.", ", dds", ", dmd",
                               ", cpht", ", phd", ", pa-c", ", ms"});
    if (QTest::currentTestFailed()) return;
    QVERIFY2(corpus::twentyFifthTemplateCount() >= 55, std::to_string(corpus::twentyFifthTemplateCount()).c_str());
    checkHarderShapes(corpus::kTwentyFifthSeed);
  }

  void twentySixthFamilyGoldSpansAreWellFormed() {
    // The twenty-sixth blind family (seed 2626), checked without the detector with the shared
    // checks (the fourteenth family's conventions, see the header of
    // corpus_twenty_sixth_family.cpp), plus its own titles, ranks and roles before names and its
    // credentials after them, all outside name spans, and some of each harder shape.
    checkBlindFamilyGoldSpans(corpus::kTwentySixthSeed, corpus::kTwentyFifthSeed, 1500,
                              {"mr ", "mrs ", "medic ", "paramedic ", "nurse ", "sister ", "deputy ", "officer ", "co ",
                               "sgt. ", "tpr. ", "elder ", "sra. ", "sr. ", "whaea ", "matua ", "dear ", "pt ", "rn ",
                               "emt "},
                              {", emt", ", paramedic", ", np", ", lpn", ", cna", ", cadc", ", lmhc", ", pa-c", ", chw",
                               ", cha/p", ", rpn", ", rgn", ", flight rn", ", d.o."});
    if (QTest::currentTestFailed()) return;
    QVERIFY2(corpus::twentySixthTemplateCount() >= 55, std::to_string(corpus::twentySixthTemplateCount()).c_str());
    checkHarderShapes(corpus::kTwentySixthSeed);
  }

  void twentySeventhFamilyGoldSpansAreWellFormed() {
    // The twenty-seventh blind family (seed 2727), checked without the detector with the shared
    // checks (the fourteenth family's conventions, see the header of
    // corpus_twenty_seventh_family.cpp), plus its own titles and roles before names (French,
    // Portuguese, Polish, Turkish, spoken "doctor") and its credentials after them, all outside name
    // spans, and some of each harder shape.
    checkBlindFamilyGoldSpans(corpus::kTwentySeventhSeed, corpus::kTwentySixthSeed, 1500,
                              {"mr ", "mrs ", "doctor ", "dre ", "dra. ", "mme ", "sra. ", "enf.ª ", "lek. ", "dr n. med. ",
                               "pani ", "pan ", "uzm. ", "hemş. ", "prof. ", "sheikh ", "dear ", "boy "},
                              {", m.d.", ", rrt", ", mls", ", ct(ascp)", ", rpsgt", ", cpht", ", rt(r)", ", ccds", ", frcpc",
                               ", d.o.", ", facc", ", cct", "(transcriptionist)"});
    if (QTest::currentTestFailed()) return;
    QVERIFY2(corpus::twentySeventhTemplateCount() >= 60, std::to_string(corpus::twentySeventhTemplateCount()).c_str());
    checkHarderShapes(corpus::kTwentySeventhSeed);
  }

  void twentyEighthFamilyGoldSpansAreWellFormed() {
    // The twenty-eighth blind family (seed 2828), checked without the detector with the shared
    // checks (the fourteenth family's conventions, see the header of
    // corpus_twenty_eighth_family.cpp), plus its own titles and roles before names (Vietnamese,
    // Czech, Indonesian and Thai forms of address, "physio", "PSW") and its allied-health
    // credentials after them, all outside name spans, and some of each harder shape.
    checkBlindFamilyGoldSpans(corpus::kTwentyEighthSeed, corpus::kTwentySeventhSeed, 1500,
                              {"prof. ", "ms ", "bs. ", "mudr. ", "pan ", "bà ", "ông ", "mbah ", "bu ", "khun ", "physio ", "psw "},
                              {", pt", ", dpt", ", otr/l", ", cep", ", ccc-slp", ", aud(c)", ", ot reg.", ", s.tr.ft",
                               ", rrt"});
    if (QTest::currentTestFailed()) return;
    QVERIFY2(corpus::twentyEighthTemplateCount() >= 60, std::to_string(corpus::twentyEighthTemplateCount()).c_str());
    checkHarderShapes(corpus::kTwentyEighthSeed);
  }

  void twentyNinthFamilyGoldSpansAreWellFormed() {
    // The twenty-ninth blind family (seed 2929), checked without the detector with the shared
    // checks (the fourteenth family's conventions, see the header of
    // corpus_twenty_ninth_family.cpp), plus its own titles and forms of address before names
    // (Spanish, French, German, Malay, Serbian, Swahili, ship's ranks, nurses and sisters) and its
    // credentials after them, all outside name spans, and some of each harder shape.
    checkBlindFamilyGoldSpans(corpus::kTwentyNinthSeed, corpus::kTwentyEighthSeed, 1500,
                              {"dra. ", "sr. ", "sra. ", "lic. ", "mme ", "herr ", "frau ", "univ.-prof. ", "oa ",
                               "capt. ", "encik ", "puan ", "tuan ", "bwana ", "mama ", "mzee ", "prof. ", "dear ",
                               "sister ", "nurse ", "dr ", "др ", "ms ", "mr "},
                              {", mbbs", ", mbchb", ", emt-p", ", fawm", ", dtm&h", ", facep", ", mrcgp", ", ffom",
                               ", dipimc", ", rgn", ", mph"});
    if (QTest::currentTestFailed()) return;
    QVERIFY2(corpus::twentyNinthTemplateCount() >= 60, std::to_string(corpus::twentyNinthTemplateCount()).c_str());
    checkHarderShapes(corpus::kTwentyNinthSeed);
  }

  void thirtiethFamilyGoldSpansAreWellFormed() {
    // The thirtieth blind family (seed 3030), checked without the detector with the shared checks
    // (the fourteenth family's conventions, see the header of corpus_thirtieth_family.cpp), plus its
    // own titles and forms of address before names (French, Spanish, Portuguese, Dutch, Bulgarian,
    // Burmese, Khmer, Croatian and Lithuanian ones, nurses and pharmacists) and its pharmacy, dental,
    // eye, mental-health and addiction credentials after them, all outside name spans, and some of
    // each harder shape.
    checkBlindFamilyGoldSpans(corpus::kThirtiethSeed, corpus::kTwentyNinthSeed, 1500,
                              {"dra. ", "dr.ª ", "sr. ", "sra. ", "mme ", "mlle ", "dhr. ", "mevr. ", "daw ", "u ", "lok ",
                               "д-р ", "г-н ", "г-жа ", "mudr. ", "gyd. ", "gđa ", "prof. ", "nurse ", "sister ", "dr ",
                               "ms ", "mr ", "pharm. ", "apr. ", "lic. ", "د. ", "الدكتور ", "السيدة "},
                              {", dds", ", dmd", ", od", ", rph", ", bds", ", mrcpsych", ", cnm", ", ladc", ", cadc",
                               ", lpc", ", cpht", ", mlt"});
    if (QTest::currentTestFailed()) return;
    QVERIFY2(corpus::thirtiethTemplateCount() >= 60, std::to_string(corpus::thirtiethTemplateCount()).c_str());
    checkHarderShapes(corpus::kThirtiethSeed);
  }

  void thirtyFirstFamilyGoldSpansAreWellFormed() {
    // The thirty-first blind family (seed 3131), checked without the detector with the shared
    // checks (the fourteenth family's conventions, see the header of corpus_thirty_first_family.cpp),
    // plus its own titles and forms of address before names (Armenian, Georgian, Mongolian,
    // Romanian, Albanian, Macedonian, Bosnian, French, Bhutanese and Tigrinya ones, nurses and
    // sisters, and kin words in chats) and its public-health credentials after them, all outside
    // name spans, and some of each harder shape.
    checkBlindFamilyGoldSpans(corpus::kThirtyFirstSeed, corpus::kThirtiethSeed, 1500,
                              {"dr ", "д-р ", "эмч ", "բժ. ", "տիկ. ", "պրն. ", "ქ-ნი ", "ბ-ნი ", "dna ", "dl ", "znj. ",
                               "zoti ", "г-ѓа ", "г-дин ", "gđa ", "gosp. ", "mme ", "aum ", "ap ", "w/ro ", "ato ", "mrs ",
                               "mr ", "ms ", "nurse ", "sister ", "grandpa ", "granny ", "tanty ", "meme ", "mama ", "babo ",
                               "bzhishk ", "ah ma ", "ah gong ", "tanty ", "uncle ", "grandma ", "papa ", "tate ", "ama ", "apa ", "bu ", "dedo ", "brother ", "cousin ", "susa ", "brata ", "sestra ", "brat "},
                              {", rm", ", ccrc", ", med. sestra", ", chw", ", heo"});
    if (QTest::currentTestFailed()) return;
    QVERIFY2(corpus::thirtyFirstTemplateCount() >= 60, std::to_string(corpus::thirtyFirstTemplateCount()).c_str());
    checkHarderShapes(corpus::kThirtyFirstSeed);
  }

  void thirtySecondFamilyGoldSpansAreWellFormed() {
    // The thirty-second blind family (seed 3232), checked without the detector with the shared
    // checks (the fourteenth family's conventions, see the header of corpus_thirty_second_family.cpp),
    // plus its own titles and forms of address before names (Spanish, Portuguese, French, Malagasy,
    // Estonian, Slovenian, Lao, Dari, Arabic and Belarusian ones, nurses and sisters, and kin words
    // in chats), the Azerbaijani and Latvian honorifics after names and its revenue-cycle and
    // patient-services credentials, all outside name spans, and some of each harder shape.
    checkBlindFamilyGoldSpans(corpus::kThirtySecondSeed, corpus::kThirtyFirstSeed, 1500,
                              {"dra. ", "sr. ", "sra. ", "don ", "doña ", "lic. ", "lcda. ", "enf. ", "mme ", "mrs ", "mr ",
                               "ms ", "ramatoa ", "andriamatoa ", "pr ", "hr ", "gospa ", "gospod ", "nang ", "thao ",
                               "ນາງ ", "ທ້າວ ", "ທ່ານໝໍ ", "محترمه ", "محترم ", "داکتر ", "السيدة ", "السيد ", "د. ",
                               "спадарыня ", "спадар ", "урач ", "sister ", "nurse ", "bana ", "ba ", "ambuya ", "sekuru ",
                               "abuela ", "abuelo ", "grandma ", "grandpa ", "hon. ", "odv. "},
                              {", rn", ", cpc", ", crcr", ", lcsw", ", cphrm", ", chps", ", bcc", ", cmi", ", rhia", ", mba",
                               " xanım", " bəy", " kundze", " kungs"});
    if (QTest::currentTestFailed()) return;
    QVERIFY2(corpus::thirtySecondTemplateCount() >= 60, std::to_string(corpus::thirtySecondTemplateCount()).c_str());
    checkHarderShapes(corpus::kThirtySecondSeed);
  }

  void thirtyThirdFamilyGoldSpansAreWellFormed() {
    // The thirty-third blind family (seed 3333), checked without the detector with the shared
    // checks (the fourteenth family's conventions, see the header of corpus_thirty_third_family.cpp),
    // plus its own titles, ranks and forms of address before names (Spanish, French, Dutch,
    // Maltese, Montenegrin, Russian, Tajik, Turkmen, Arabic, Tetum and Malay ones, nurses, sisters
    // and military ranks, and kin words in chats) and its theatre, nursing and military credentials
    // after them, all outside name spans, and some of each harder shape.
    checkBlindFamilyGoldSpans(corpus::kThirtyThirdSeed, corpus::kThirtySecondSeed, 1500,
                              {"dra. ", "lic. ", "enf. ", "sr. ", "sra. ", "sra.ª ", "doña ", "don ", "mme ", "mrs ",
                               "ms ", "mr ", "sister ", "nurse ", "matron ", "rn ", "pt ", "sgt ", "ssg ", "cpl ", "capt ",
                               "capt. ", "lt ", "maj ", "col ", "gunner ", "рядовой ", "awang ", "dayang ", "sinjura ",
                               "sinjur ", "gđa ", "mevr. ", "dhr. ", "г-жа ", "г-н ", "д-р ", "Хонум ", "Ҷаноби ",
                               "hanym ", "jenap ", "lukman ", "enfermeira ", "enfermeiru ", "د. ", "السيد ", "السيدة ",
                               "agogo ", "granny ", "grandma "},
                              {", crna", ", ccrn", ", frca", ", facs", ", mbbs", ", rgn", ", cic", ", mls(ascp)", ", pa-c",
                               ", 68w", ", orthopeed", ", specijalista"});
    if (QTest::currentTestFailed()) return;
    QVERIFY2(corpus::thirtyThirdTemplateCount() >= 60, std::to_string(corpus::thirtyThirdTemplateCount()).c_str());
    checkHarderShapes(corpus::kThirtyThirdSeed);
  }

  void thirtyFourthFamilyGoldSpansAreWellFormed() {
    // The thirty-fourth blind family (seed 3434), checked without the detector with the shared
    // checks (the fourteenth family's conventions, see the header of corpus_thirty_fourth_family.cpp),
    // plus its own titles and forms of address before names (French, Portuguese, Catalan, German,
    // Italian, Danish, Greek, Turkish, Albanian, Sesotho, siSwati, Gilbertese and Arabic ones, nurses
    // and sisters, and kin words in chats) and its general-practice credentials after them, all
    // outside name spans, and some of each harder shape.
    checkBlindFamilyGoldSpans(corpus::kThirtyFourthSeed, corpus::kThirtyThirdSeed, 1500,
                              {"mme ", "dre ", "dra. ", "mrs ", "mrs. ", "mr ", "ms ", "sister ", "nurse ", "frau ", "herr ",
                               "sig.ra ", "sig. ", "dott. ", "dott.ssa ", "senyora ", "senyor ", "sra. ", "sr. ", "bay ", "bayan ",
                               "znj. ", "fru ", "hr. ", "fr. ", "nei ", "'m'e ", "ntate ", "make ", "babe ", "granny ", "grandpa ",
                               "gogo ", "mkhulu ",
                               "Κα ", "Κ. ", "Δρ ", "د. "},
                              {", mbbs", ", rgn", ", np", ", cde", ", fmh", ", mrcgp", ", pa-c", ", lpn", " (pharmacist)",
                               ", referral coordinator"});
    if (QTest::currentTestFailed()) return;
    QVERIFY2(corpus::thirtyFourthTemplateCount() >= 60, std::to_string(corpus::thirtyFourthTemplateCount()).c_str());
    checkHarderShapes(corpus::kThirtyFourthSeed);
  }

  void thirtyFifthFamilyGoldSpansAreWellFormed() {
    // The thirty-fifth blind family (seed 3535), checked without the detector with the shared
    // checks (the fourteenth family's conventions, see the header of corpus_thirty_fifth_family.cpp),
    // plus its own titles and forms of address before names (German, Dutch, Spanish, Portuguese,
    // Italian, French, Indonesian, Hindi, Urdu, Persian, Nigerian and Kenyan ones and professors)
    // and its academic and training credentials after them, all outside name spans, and some of
    // each harder shape.
    checkBlindFamilyGoldSpans(corpus::kThirtyFifthSeed, corpus::kThirtyFourthSeed, 1500,
                              {"prof ", "prof. ", "dra. ", "dre ", "mme ", "sr. ", "sra. ", "mr ", "mrs ", "ms ", "mx ",
                               "herr ", "frau ", "dhr. ", "mevr. ", "sig. ", "sig.ra ", "dott. ", "dott.ssa ", "bapak ", "ibu ",
                               "shri ", "smt. ", "begum ", "janab ", "agha ", "khanom ", "alhaji ", "hajiya ", "chief ", "mama ",
                               "baba ", "ustaz ", "fru ", "nurse ", "sister "},
                              {", mbbs", ", md", ", ms", ", frcpc", ", fracp", ", fracs", ", fcps", ", fwacp", ", phd", ", mrcp",
                               ", sp.pd", ", staff nurse", " (pgy-", " (r3", " (registrar)", ", registrar"});
    if (QTest::currentTestFailed()) return;
    QVERIFY2(corpus::thirtyFifthTemplateCount() >= 60, std::to_string(corpus::thirtyFifthTemplateCount()).c_str());
    checkHarderShapes(corpus::kThirtyFifthSeed);
  }

  void thirtySixthFamilyGoldSpansAreWellFormed() {
    // The thirty-sixth blind family (seed 3636), checked without the detector with the shared
    // checks (the fourteenth family's conventions, see the header of corpus_thirty_sixth_family.cpp),
    // plus its own titles and forms of address before names (Polish, Czech, Romanian, Greek, Turkish,
    // Hebrew, Ukrainian, Vietnamese, Thai, Tagalog, Spanish, German, French, Italian, Afrikaans,
    // isiXhosa, Ethiopian, Ghanaian, Finnish, Danish and Māori ones) and its genetics, nursing and
    // funeral credentials and the forms of address after Hungarian, Turkish and Chinese names, all
    // outside name spans, and some of each harder shape.
    checkBlindFamilyGoldSpans(corpus::kThirtySixthSeed, corpus::kThirtyFifthSeed, 1500,
                              {"prof. ", "pan ", "pani ", "pa\xc5\x88\xc3\xad ", "dna. ", "dl. ", "\xce\x9a\xce\xb1 ",
                               "\xce\x9a\xce\xbf\xcf\x82 ", "\xce\x94\xcf\x81 ", "bay ",
                               "\xd7\x92\xd7\x91' ", "\xd7\x9e\xd7\xa8 ", "\xd7\x93\"\xd7\xa8 ", "\xc3\x94ng ", "b\xc3\xa0 ",
                               "anh ", "ch\xe1\xbb\x8b ", "\xe0\xb8\x84\xe0\xb8\xb8\xe0\xb8\x93",
                               "\xe0\xb8\x99\xe0\xb8\xb2\xe0\xb8\xa2", "gng. ", "sr. ", "sra. ", "dra. ", "don ",
                               "do\xc3\xb1" "a ", "herr ", "frau ", "mme ", "dre ", "sig.ra ", "sig. ", "dott. ", "dott.ssa ", "mr ",
                               "mrs ", "ms ", "whaea ", "matua ", "mev. ", "mnr. ", "nkosikazi ", "mnu. ", "gqirha ", "madam ", "ato ",
                               "w/ro ", "mudr. ", "bs. ", "rouva ", "herra ", "fru ", "hr. ", "ll ", "nurse ", "sister ", "kaum\xc4\x81tua "},
                              {", mb", ", msc", ", cgc", ", frcpi", ", rgn", ", md", ", lcsw", " (genetic counsellor)",
                               " (funeral director)", " \xc3\xbar", " asszony", " han\xc4\xb1m", " bey",
                               "\xe5\x85\x88\xe7\x94\x9f", "\xe5\xa5\xb3\xe5\xa3\xab"});
    if (QTest::currentTestFailed()) return;
    QVERIFY2(corpus::thirtySixthTemplateCount() >= 60, std::to_string(corpus::thirtySixthTemplateCount()).c_str());
    checkHarderShapes(corpus::kThirtySixthSeed);
  }

  void thirtySeventhFamilyGoldSpansAreWellFormed() {
    // The thirty-seventh blind family (seed 3737), checked without the detector with the shared
    // checks (the fourteenth family's conventions, see the header of
    // corpus_thirty_seventh_family.cpp), plus its own titles and forms of address before names
    // (Hindi, Tamil, Urdu, Bengali, Indonesian, Malay, Arabic, Persian, Georgian, Armenian,
    // Russian, Swahili, Spanish, French, German, Dutch, Swedish and Estonian ones) and the forms of
    // address and posts after Japanese, Korean, Chinese, Urdu and Sinhala names and its
    // pharmacists' and nurses' credentials, all outside name spans, and some of each harder shape.
    checkBlindFamilyGoldSpans(corpus::kThirtySeventhSeed, corpus::kThirtySixthSeed, 1500,
                              {"\xe0\xa4\xb6\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa5\x80\xe0\xa4\xae\xe0\xa4\xa4\xe0\xa5\x80 ", "\xe0\xa4\xb6\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa5\x80 ", "\xe0\xae\xa4\xe0\xae\xbf\xe0\xae\xb0\xe0\xaf\x81\xe0\xae\xae\xe0\xae\xa4\xe0\xae\xbf ", "\xe0\xae\xa4\xe0\xae\xbf\xe0\xae\xb0\xe0\xaf\x81. ", "\xd8\xa8\xdb\x8c\xda\xaf\xd9\x85 ", "\xd8\xac\xd9\x86\xd8\xa7\xd8\xa8 ", "\xda\x88\xd8\xa7\xda\xa9\xd9\xb9\xd8\xb1 ", "\xe0\xa6\x9c\xe0\xa6\xa8\xe0\xa6\xbe\xe0\xa6\xac\xe0\xa6\xbe ", "\xe0\xa6\x9c\xe0\xa6\xa8\xe0\xa6\xbe\xe0\xa6\xac ", "\xe0\xa6\xa1\xe0\xa6\xbe. ", "ibu ", "bapak ", "puan ", "encik ", "mdm ", "mr ", "mrs ", "ms ", "\xd8\xa7\xd9\x84\xd8\xb3\xd9\x8a\xd8\xaf\xd8\xa9 ", "\xd8\xa7\xd9\x84\xd8\xb3\xd9\x8a\xd8\xaf ", "\xd8\xaf. ", "mme ", "\xd8\xae\xd8\xa7\xd9\x86\xd9\x85 ", "\xd8\xa2\xd9\x82\xd8\xa7\xdb\x8c ", "\xd8\xaf\xda\xa9\xd8\xaa\xd8\xb1 ", "\xe1\x83\xa5\xe1\x83\x90\xe1\x83\x9a\xe1\x83\x91\xe1\x83\x90\xe1\x83\xa2\xe1\x83\x9d\xe1\x83\x9c\xe1\x83\x98 ", "\xe1\x83\x91\xe1\x83\x90\xe1\x83\xa2\xe1\x83\x9d\xe1\x83\x9c\xe1\x83\x98 ", "\xd5\xbf\xd5\xab\xd5\xaf\xd5\xab\xd5\xb6 ", "\xd5\xba\xd5\xa1\xd6\x80\xd5\xb8\xd5\xb6 ", "\xd5\xa2\xd5\xaa\xd5\xab\xd5\xb7\xd5\xaf ", "\xd0\xb3-\xd0\xb6\xd0\xb0 ", "\xd0\xb3-\xd0\xbd ", "bi. ", "bw. ", "dkt. ", "sra. ", "sr. ", "dra. ", "dre ", "frau ", "herr ", "mevr. ", "dhr. ", "fru ", "pr ", "hr ", "\xe0\xa4\xa1\xe0\xa5\x89. ", "mama "},
                              {"\xe3\x81\x95\xe3\x82\x93", "\xe6\xa7\x98", "\xeb\x8b\x98", "\xec\x94\xa8", "\xe5\x85\x88\xe7\x94\x9f", "\xe5\xa5\xb3\xe5\xa3\xab", "\xd8\xb5\xd8\xa7\xd8\xad\xd8\xa8", "\xe0\xb6\xb8\xe0\xb7\x84\xe0\xb6\xad\xe0\xb7\x8f", "\xe0\xb6\xb8\xe0\xb7\x84\xe0\xb6\xad\xe0\xb7\x8a\xe0\xb6\xb8\xe0\xb7\x92\xe0\xb6\xba", "\xe5\x8c\xbb\xe7\x94\x9f", "\xe9\x86\xab\xe7\x94\x9f", "\xe5\x8c\xbb\xe5\xb8\xab", "\xea\xb5\x90\xec\x88\x98", ", rph", ", rn", " (tele-nurse)", ", leg. l"});
    if (QTest::currentTestFailed()) return;
    QVERIFY2(corpus::thirtySeventhTemplateCount() >= 60, std::to_string(corpus::thirtySeventhTemplateCount()).c_str());
    checkHarderShapes(corpus::kThirtySeventhSeed);
  }

  void thirtyEighthFamilyGoldSpansAreWellFormed() {
    // The thirty-eighth blind family (seed 3838), checked without the detector with the shared
    // checks (the fourteenth family's conventions, see the header of
    // corpus_thirty_eighth_family.cpp), plus its own titles and forms of address before names
    // (English, French, German, Italian, Spanish, Portuguese, Polish, Danish, Turkish, Greek,
    // Hebrew, Arabic, Hindi and Russian ones) and the forms of address and posts after Japanese
    // names and the typed letters' credentials, all outside name spans, and some of each harder
    // shape.
    checkBlindFamilyGoldSpans(corpus::kThirtyEighthSeed, corpus::kThirtySeventhSeed, 1500,
                              {"mr ", "mrs ", "ms ", "mme ", "m. ", "herr ", "frau ", "sig.ra ", "sig. ", "dott. ", "sra. ", "sr. ", "pani ", "pan ", "lek. ", "fru ", "hr. ", "l\xc3\xa6ge ", "bay ", "bayan ", "\xce\xba\xce\xb1 ", "\xce\xba. ", "\xd7\x92\xd7\x91' ", "\xd7\x9e\xd7\xa8 ", "\xd7\x93\x22\xd7\xa8 ", "\xd8\xa7\xd9\x84\xd8\xb3\xd9\x8a\xd8\xaf ", "\xd8\xa7\xd9\x84\xd8\xb3\xd9\x8a\xd8\xaf\xd8\xa9 ", "\xe0\xa4\xb6\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa5\x80\xe0\xa4\xae\xe0\xa4\xa4\xe0\xa5\x80 ", "\xe0\xa4\xb6\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa5\x80 ", "\xe0\xa4\xa1\xe0\xa5\x89. ", "\xd0\xb2\xd1\x80\xd0\xb0\xd1\x87 "},
                              {"\xe6\xa7\x98", "\xe5\x8c\xbb\xe5\xb8\xab", ", m.d."});
    if (QTest::currentTestFailed()) return;
    QVERIFY2(corpus::thirtyEighthTemplateCount() >= 60, std::to_string(corpus::thirtyEighthTemplateCount()).c_str());
    checkHarderShapes(corpus::kThirtyEighthSeed);
  }

  void thirtyNinthFamilyGoldSpansAreWellFormed() {
    // The thirty-ninth blind family (seed 3939), checked without the detector with the shared
    // checks (the fourteenth family's conventions, see the header of
    // corpus_thirty_ninth_family.cpp), plus its own titles, forms of address and honorific kin
    // terms before names (English, Hindi and Urdu, Tamil, Nepali, Tagalog, Malay, Indonesian,
    // Vietnamese, French, Arabic in Latin letters, Greek, Russian, Ukrainian, Polish, Turkish,
    // Romanian, German, Czech, Swahili, Twi, Afrikaans, Amharic, Kreyol, Spanish and Maori ones) and
    // the forms of address after names, all outside name spans, and some of each harder shape.
    checkBlindFamilyGoldSpans(corpus::kThirtyNinthSeed, corpus::kThirtyEighthSeed, 1500,
                              {"mr ", "mrs ", "miss ", "madam ", "smt. ", "shri ", "shrimati ", "begum ", "janab ", "thirumathi ", "thiru ", "gng. ", "mdm ", "puan ", "encik ", "ibu ", "bapak ", "ba ", "ong ", "madame ", "monsieur ", "mme ", "ostaz ", "kyria ", "kyrios ", "g-zha ", "g-n ", "pani ", "pan ", "bayan ", "bay ", "doamna ", "domnul ", "frau ", "herr ", "bi. ", "bw. ", "bibi ", "mzee ", "maame ", "agya ", "mev. ", "mnr. ", "w/ro ", "ato ", "madan ", "msye ", "do\xc3\xb1" "a ", "don ", "sra. ", "sr. ", "dra. ", "dre ", "whaea ", "matua ", "lola ", "lolo ", "tita ", "teta ", "jiddo ", "tannie ", "oom ", "mummy ji ", "papa ji ", "ammi ji ", "ah ma ", "mudr. ", "lek. ", "dkt. ", "bs "},
                              {"-san", "-chan", " ssi", " nim", " bey", " teyze", " sahib", ", cchi", ", naati"});
    if (QTest::currentTestFailed()) return;
    QVERIFY2(corpus::thirtyNinthTemplateCount() >= 60, std::to_string(corpus::thirtyNinthTemplateCount()).c_str());
    checkHarderShapes(corpus::kThirtyNinthSeed);
  }

  void ninthFamilyGoldSpansAreWellFormed() {
    // The ninth blind family (seed 9191), checked without the detector with the seventh family's
    // checks (the same conventions, see the header of corpus_ninth_family.cpp), plus its own
    // credentials outside name spans.
    checkBlindFamilyGoldSpans(corpus::kNinthSeed, corpus::kEighthSeed, 1500, {"rn ", "user: "},
                              {", dpm", ", cnm", ", rdh", ", ms,", "ccc-slp", ", pmhnp", ", ladc", ", mdiv",
                               ", ccrc", ", cds", ", dpt", ", cwocn", ", agsf", ", fhrs", ", pa-c"});
    if (QTest::currentTestFailed()) return;
    QVERIFY2(corpus::ninthTemplateCount() >= 45, std::to_string(corpus::ninthTemplateCount()).c_str());
    checkHarderShapes(corpus::kNinthSeed, false);
  }

  void wilsonIntervalMatchesKnownValues() {
    // 81 of 263 (a textbook example): 0.2553–0.3662.
    const corpus::Interval i = corpus::wilson(81, 263);
    QVERIFY(std::abs(i.low - 0.2553) < 0.0005);
    QVERIFY(std::abs(i.high - 0.3662) < 0.0005);
    const corpus::Interval all = corpus::wilson(10, 10);
    QCOMPARE(all.high, 1.0);
    QVERIFY(all.low > 0.69 && all.low < 0.73);
  }

  void scoringCountsOverlapsAndCategories() {
    corpus::AnnotatedNote note;
    note.text = "Dr. Okafor called 312-555-0198.";
    note.gold = {{4, 10, "name"}, {18, 30, "phone"}};
    corpus::Evaluation evaluation;
    evaluation.add(note, {{4, 10, "name"}, {18, 30, "fax"}, {0, 2, "name"}});
    const auto& s = evaluation.byCategory();
    QCOMPARE(s.at("name").goldFound, std::size_t(1));
    QCOMPARE(s.at("name").predicted, std::size_t(2));
    QCOMPARE(s.at("name").predictedCorrect, std::size_t(1));
    QCOMPARE(s.at("phone").goldFound, std::size_t(0));  // found, but as the wrong category
    QCOMPARE(s.at("phone").goldCovered, std::size_t(1));
    QCOMPARE(s.at("fax").predictedCorrect, std::size_t(0));
  }

  void heldOutCorpusMeetsRecallGoals() {
    const corpus::Evaluation evaluation = corpus::evaluate(corpus::kHeldOutSeed, kNotes, detectForEvaluation);
    std::fputs(evaluation.table().c_str(), stdout);
    for (const auto& [category, score] : evaluation.byCategory()) {
      const double floor = category == "name" ? kNameRecallFloor : kPatternRecallFloor;
      const std::string message = category + ": recall " + std::to_string(score.recall()) + " of " +
                                  std::to_string(score.gold) + ", precision " + std::to_string(score.precision());
      QVERIFY2(score.recall() >= floor, message.c_str());
      QVERIFY2(score.precision() >= kPrecisionFloor, message.c_str());
    }
    QVERIFY(evaluation.total(corpus::Evaluation::patternCategories()).recall() >= kPatternRecallFloor);
  }

  // The learned name model (core/phi/name_model.h) is trained without the held-out seed: there it
  // must find at least the names the rules find, keep name precision at 0.99, and report nothing in
  // PHI-free notes that the rules do not (measured on 4,000 notes with the first model: names
  // 0.9933 at 0.9998 by the rules, 0.9945 at 0.9996 with the model, none in PHI-free notes).
  void nameModelKeepsTheHeldOutCorpus() {
    const corpus::Evaluation byRules = corpus::evaluate(corpus::kHeldOutSeed, kNotes, detectByRulesForEvaluation);
    const corpus::Evaluation withModel = corpus::evaluate(corpus::kHeldOutSeed, kNotes, detectForEvaluation);
    const corpus::CategoryScore& rules = byRules.byCategory().at("name");
    const corpus::CategoryScore& model = withModel.byCategory().at("name");
    const std::string message = "names: rules " + std::to_string(rules.recall()) + " at " +
                                std::to_string(rules.precision()) + ", with the model " + std::to_string(model.recall()) +
                                " at " + std::to_string(model.precision());
    QVERIFY2(model.recall() >= rules.recall(), message.c_str());
    QVERIFY2(model.precision() >= 0.99, message.c_str());
    QCOMPARE(withModel.falsePositivesInNotesWithoutPhi(), byRules.falsePositivesInNotesWithoutPhi());
  }

  // Seed 777 was the blind family until its one run (names 0.746 recall, 0.727 precision); the
  // name rules were then reworked against its errors, so it is a development set now and its
  // floors guard against regressions, not for generalisation (the fresh family is the blind one).
  void formerBlindFamilyKeepsItsGains() {
    const corpus::Evaluation evaluation = corpus::evaluate(corpus::kBlindSeed, 2000, detectForEvaluation);
    for (const auto& [category, score] : evaluation.byCategory()) {
      const double floor = category == "name" ? kNameRecallFloor : kPatternRecallFloor;
      const std::string message = category + ": recall " + std::to_string(score.recall()) + " of " +
                                  std::to_string(score.gold) + ", precision " + std::to_string(score.precision());
      QVERIFY2(score.recall() >= floor, message.c_str());
      QVERIFY2(score.precision() >= kFormerBlindPrecisionFloor, message.c_str());
    }
  }

  // Seed 4242 was the fresh blind family until its single run on the rules of 63b704f (names
  // 0.827 recall at 0.958 precision; account 0.529, MRN 0.654, date 0.880, phone 0.953). It is a
  // development set since that run: these floors guard the fixes made against its error classes
  // (measured after them on 2,000 notes: names 0.954 at 1.000 precision, pattern categories
  // 1.000; the name floor sits below the 0.95 goal so that it is met with a margin); they say
  // nothing about unseen wording.
  void freshFamilyKeepsItsGains() { checkDevelopmentFamily(corpus::kFreshSeed, 0.93); }

  // Seed 5151 was the fifth blind family until its single run on the rules of fc01aab (names
  // 0.820 recall at 0.904 precision; pattern categories 0.783: account 0.000, MRN 0.126,
  // licence 0.524, fax 0.730, phone 0.766, age 0.785, date 0.855). It is a development set
  // since that run: these floors guard the general rules added against its error classes
  // (measured after them on 2,000 notes: names 0.926 at 0.988 precision, pattern categories
  // 1.000 at 1.000, no finding in notes without PHI); they say nothing about unseen wording.
  void fifthFamilyKeepsItsGains() { checkDevelopmentFamily(corpus::kFifthSeed, 0.89); }

  // Seed 6161 was the sixth blind family until its single run on the rules of 73bd313 (names
  // 0.864 at 0.930 precision; pattern categories 0.809). A development set since: measured after
  // the round on its error classes on 2,000 notes, names 0.979 at 0.9996 precision, pattern
  // categories 1.000 at 1.000.
  void sixthFamilyKeepsItsGains() { checkDevelopmentFamily(corpus::kSixthSeed, 0.95); }

  // Seed 7171 was the seventh blind family until its single run on the rules of 2018c65 (names
  // 0.826 at 0.956; pattern categories 0.822 at 0.976, in HL7 and CSV records above all). Measured
  // after its round on 2,000 notes: names 0.968 at 0.998, every pattern category 0.99 or more at
  // 1.000 but addresses (0.948: a town after "from", which stays a known limit).
  void seventhFamilyKeepsItsGains() { checkDevelopmentFamily(corpus::kSeventhSeed, 0.93, 0.92); }

  // Seed 8181 was the eighth blind family until its single run on the rules of f89a548 (names
  // 0.748 at 0.971; pattern categories 0.891 at 0.986: JSON, XML, pipe tables, census boards).
  // Measured after its round on 2,000 notes: names 0.888 at 0.999, pattern categories 0.99 or more
  // at 1.000 but addresses (0.962).
  void eighthFamilyKeepsItsGains() { checkDevelopmentFamily(corpus::kEighthSeed, 0.86, 0.93); }

  // Seed 1010 was the tenth blind family until its single run on the rules of 6b979d4 (names 0.852
  // at 0.948; pattern categories 0.956 at 0.991). Measured after its round on 2,000 notes: names
  // 0.934 at 1.000, every pattern category 1.000 at 1.000.
  void tenthFamilyKeepsItsGains() { checkDevelopmentFamily(corpus::kTenthSeed, 0.91); }

  // Seed 9191 was the ninth blind family until its single run on the rules of 2d5a3e2 (names 0.839
  // at 0.970; pattern categories 0.946 at 0.979). Measured after its rounds on 2,000 notes: names
  // 0.947 at 0.999, every pattern category 1.000 but licences (0.757: a state ID printed after a
  // bare "ID" is read as a record number, a known limit) and MRN precision (0.930, the same IDs).
  void ninthFamilyKeepsItsGains() {
    checkDevelopmentFamily(corpus::kNinthSeed, 0.92, kPatternRecallFloor, {{"license", 0.75}}, {{"mrn", 0.92}});
  }

  // Seeds 1111 and 1212 were the eleventh and twelfth blind families until their single runs on the
  // rules of e2e67c6 (names 0.823 and 0.842; pattern categories 0.903 and 0.847). Measured after
  // their round on 2,000 notes: names 0.968 and 0.951 at 0.9996 or more, every pattern category
  // 0.99 or more at 1.000.
  void eleventhFamilyKeepsItsGains() { checkDevelopmentFamily(corpus::kEleventhSeed, 0.94); }
  void twelfthFamilyKeepsItsGains() { checkDevelopmentFamily(corpus::kTwelfthSeed, 0.93); }

  // The name floors of 1313 to 1818 were raised with the learned name model (trained on these
  // families), which took their names to 0.94–0.98 on 5,000 notes (docs/phi.md); the figures in
  // the comments below are the rules' own, measured before it.
  // Seeds 1313 and 1414 were the thirteenth and fourteenth blind families until their single runs
  // on the rules of 1535599 (names 0.839 and 0.800; pattern categories 0.893 and 0.853). Measured
  // after their round on 2,000 notes: names 0.927 and 0.888, every pattern category 0.99 or more;
  // MRN precision on 1414 is 0.861 (its specimen numbers are not PHI there, other families label
  // the same shape as record numbers: a convention left unresolved).
  void thirteenthFamilyKeepsItsGains() { checkDevelopmentFamily(corpus::kThirteenthSeed, 0.95); }
  void fourteenthFamilyKeepsItsGains() {
    checkDevelopmentFamily(corpus::kFourteenthSeed, 0.95, kPatternRecallFloor, {}, {{"mrn", 0.84}});
  }

  // Seeds 1515 and 1616 were the fifteenth and sixteenth blind families until their single runs
  // on the rules of 2061a7f (names 0.852 and 0.824; pattern categories 0.927 and 0.861). Measured
  // after their round on 2,000 notes: names 0.931 and 0.892, every pattern category 0.99 or more
  // but two, left with their reasons:
  //  - MRN precision 0.89 and 0.80: both families count accession, pathology-case and specimen
  //    numbers as no PHI, while the fifth, seventh, eighth and ninth label the same shapes as
  //    record numbers (the same convention left unresolved as on 1414);
  //  - account recall 0.78 on 1616: a hearing-test printout's bare "ID............ 893861743" is an
  //    account number there, and a bare ID is a record number everywhere else;
  //  - MRN recall 0.989 on 1616 (5 of 438): participants whose family name is a weekday or a month
  //    ("FRIDAY, X   #...") and "FUNG, PA NHIA   #...".
  void fifteenthFamilyKeepsItsGains() {
    checkDevelopmentFamily(corpus::kFifteenthSeed, 0.94, kPatternRecallFloor, {}, {{"mrn", 0.87}});
  }
  // Seeds 1717 and 1818 were the seventeenth and eighteenth blind families until their single runs
  // on the rules of 5ca7116 (names 0.868 at 0.896 and 0.852 at 0.833; pattern categories 0.958
  // and 0.887). Measured after their round on 2,000 notes: names 0.889 and 0.871 at 0.969 and
  // 0.954, every pattern category 0.99 or more; MRN precision on 1818 is 0.885 (guardianship
  // court case numbers, "Case no. 24-P-4006", are no PHI there but are read as unique numbers).
  void seventeenthFamilyKeepsItsGains() { checkDevelopmentFamily(corpus::kSeventeenthSeed, 0.94); }
  void eighteenthFamilyKeepsItsGains() {
    checkDevelopmentFamily(corpus::kEighteenthSeed, 0.92, kPatternRecallFloor, {}, {{"mrn", 0.86}});
  }
  // Seeds 1919 and 2020 were the nineteenth and twentieth blind families until their single runs
  // on 62604ae, the first commit with the learned name model (names 0.954 at 0.729 and 0.935 at
  // 0.871; pattern categories 0.663 and 0.922). Measured after their rounds and the two rounds after
  // 2222 (rules, and the model retrained with 2121 and 2222) on 2,000 notes: names 0.975 at 0.957
  // and 0.965 at 0.988; every pattern category of 2020 at 1.000; on 1919 the international formats
  // still left (docs/phi.md): zip 0.896, mrn 0.909, phone 0.933, address 0.941, date 0.953, age
  // 0.970.
  void nineteenthFamilyKeepsItsGains() {
    checkDevelopmentFamily(corpus::kNineteenthSeed, 0.96, 0.93,
                           {{"age", 0.96}, {"zip", 0.88}, {"mrn", 0.90}, {"date", 0.94}, {"phone", 0.92}},
                           {{"name", 0.95}});
  }
  // The twentieth family marks an exposed employee's "Employee ID" as no PHI; the rules count it as
  // an account of the patient (an identifying number of the person, as the twenty-fifth family
  // has it), so account precision there is 0.858.
  void twentiethFamilyKeepsItsGains() { checkDevelopmentFamily(corpus::kTwentiethSeed, 0.95, kPatternRecallFloor, {}, {{"account", 0.82}}); }

  // Seed 2121 was the twenty-first blind family until its single run on 2462dff (names 0.962 at
  // 0.817 with the name model, which was not trained on it; pattern categories 0.825). Measured
  // after its rounds and the model retrained with it, on 2,000 notes: names 0.980 at 0.958, address
  // 0.858, age 0.877, date 0.906; the rest 0.99 or more. Towns alone in prose, a town after a
  // clinic's name and day-first dates of some forms are left (docs/phi.md).
  void twentyFirstFamilyKeepsItsGains() {
    checkDevelopmentFamily(corpus::kTwentyFirstSeed, 0.97, 0.85, {{"age", 0.87}, {"date", 0.90}}, {{"name", 0.95}});
  }

  // Seed 2222 was the twenty-second blind family until its single run on 2462dff (names 0.880 at
  // 0.898, pattern categories 0.906). Measured after its rounds and the model retrained with it, on
  // 2,000 notes: names 0.959 at 0.984 (login handles built from names), date 0.959, age 0.913; the
  // rest 0.99 or more. Licences at 0.500 precision are prescribers' NPIs, which this family does
  // not mark, and accounts at 0.806 a records vendor's invoices and prior authorisations'
  // references, which other families mark (docs/phi.md).
  void twentySecondFamilyKeepsItsGains() {
    checkDevelopmentFamily(corpus::kTwentySecondSeed, 0.95, kPatternRecallFloor, {{"date", 0.95}, {"age", 0.90}},
                           {{"account", 0.80}});
  }

  // Seed 2323 was the twenty-third blind family until its single run on 035c0f7 (names 0.983 at
  // 0.925, pattern categories 0.921 at 0.952). Measured after its round on 2,000 notes: names 0.984
  // at 0.990, address 0.912 (addresses of other countries after a label, lower-case ones), MRN
  // precision 0.747 (court case and docket numbers, which the rules keep as leading to records that
  // name the person and this family does not mark); the rest 0.99 or more.
  void twentyThirdFamilyKeepsItsGains() {
    checkDevelopmentFamily(corpus::kTwentyThirdSeed, 0.97, 0.90, {}, {{"mrn", 0.74}});
  }

  // Seed 2424 was the twenty-fourth blind family until its single run on 078a209 (names 0.982 at
  // 0.891, pattern categories 0.912 at 0.950). Measured after its round on 2,000 notes: names
  // 0.987 at 0.998, every pattern category 0.998 or more; health-plan precision 0.866 (group numbers of an insurance
  // card, which this family does not mark and fifteen others do) and ZIP precision 0.813 (Italian
  // and Mexican postcodes, which this family keeps inside the address and the nineteenth marks as
  // ZIPs: the whole line is redacted either way).
  void twentyFourthFamilyKeepsItsGains() {
    checkDevelopmentFamily(corpus::kTwentyFourthSeed, 0.98, kPatternRecallFloor, {}, {{"health_plan", 0.84}, {"zip", 0.78}});
  }

  // Seed 2525 was the twenty-fifth blind family until its single run on 0c608a8 (names 0.963 at
  // 0.897, pattern categories 0.866 at 0.953). Measured after its round on 2,000 notes: every
  // pattern category 0.99 or more (MRN precision 0.975: laboratory accession numbers, which this
  // family does not mark and most others do); names 0.991 at 0.999 after its names round.
  void twentyFifthFamilyKeepsItsGains() {
    checkDevelopmentFamily(corpus::kTwentyFifthSeed, 0.98);
  }

  // Seed 2626 was the twenty-sixth blind family until its single run on b6f8918 (names 0.954 at
  // 0.936, pattern categories 0.873 at 0.967). Measured after a short round of identifier and place
  // rules on 2,000 notes: pattern categories 0.972 at 0.987; account 0.772 and MRN precision 0.850
  // (jail booking and inmate numbers, which the sixteenth family marks as record numbers and this
  // one as accounts), address 0.932 (towns in capitals in radio traffic, crofts, lower-case towns),
  // date 0.976, ZIP precision 0.946 (Mexican C.P. codes this family keeps inside the address); names
  // 0.961 at 0.944 (no names round yet).
  void twentySixthFamilyKeepsItsGains() {
    // After its names round and the second pattern round (2,000 notes: names 0.993 at 0.998,
    // address 0.967, date 1.000). Account stays low by convention: booking and inmate numbers are
    // accounts here and record numbers in the sixteenth family.
    checkDevelopmentFamily(corpus::kTwentySixthSeed, 0.98, 0.95, {{"account", 0.75}}, {{"mrn", 0.82}, {"zip", 0.92}});
  }

  void twentySeventhFamilyKeepsItsGains() {
    // After its round (2,000 notes: names 0.989 at 0.999, pattern categories 0.985 at 0.997).
    // Licence and record numbers stay below 0.99: a bare "ID" with nine digits is an Israeli
    // identity number here and a record number in most families, and this family counts HL7 and
    // laboratory accession numbers as record numbers where the fourteenth and twenty-fifth do not.
    checkDevelopmentFamily(corpus::kTwentySeventhSeed, 0.98, kPatternRecallFloor, {{"license", 0.90}, {"mrn", 0.92}});
  }

  void twentyEighthFamilyKeepsItsGains() {
    // After a short round and a names round the session after, and two short rounds the session
    // after that (2,000 notes: names 0.980 at 1.000, pattern categories 0.985 at 0.9995): floors
    // under what the rounds reached, so that later rounds keep it. Still short: towns after ages
    // (address 0.92), spelled ages in passing (`not bad at ninety-three`: 0.96), record numbers 0.97.
    checkDevelopmentFamily(corpus::kTwentyEighthSeed, 0.975, 0.91, {{"age", 0.95}, {"mrn", 0.96}});
  }

  void twentyNinthFamilyKeepsItsGains() {
    // After its round (2,000 notes: names 0.957 at 0.941, pattern categories 0.979 at 0.994):
    // floors under what the round reached. Still short: Moroccan, Serbian, Argentine and Tanzanian
    // address lines (address 0.87 at 0.92), places of travel and mountains the name model adds
    // (`Kathmandu`, `St. Johann`), ages (0.93), a voucher number in a chat and a Tanzanian claim
    // form's card number (account and health plan 0.95), record numbers (0.94).
    // (The session after: address 0.97 at 0.97 after the second list's address rules, health plan
    // 1.00 after the Swahili card labels.)
    checkDevelopmentFamily(corpus::kTwentyNinthSeed, 0.95, 0.96, {{"age", 0.92}, {"account", 0.94}, {"mrn", 0.94}},
                           {{"name", 0.95}, {"address", 0.96}});
  }

  void thirtiethFamilyKeepsItsGains() {
    // After its round and a short second one (2,000 notes: names 0.977 at 0.993, pattern
    // categories 0.997 at 1.000): floors under what the rounds reached. Still short: single name
    // words in chats after a greeting (`dr zainab, karrar …`) and names that are English words
    // (`destiny`), a Ugandan slip's addresses given by a boda-boda stage (address 0.977), ages
    // spelled in a chat after an unlisted name (0.989).
    checkDevelopmentFamily(corpus::kThirtiethSeed, 0.97, 0.97, {{"age", 0.98}}, {{"name", 0.98}});
  }

  void thirtyFirstFamilyKeepsItsGains() {
    // After its round and a short second one (2,000 notes: names 0.994 at 0.9998, pattern
    // categories 0.998 at 0.9996): floors under what the rounds reached. Still short: doctors'
    // registration numbers after a named Hong Kong doctor, which older rows count as no PHI
    // (licence 0.984), and names after a greeting in lower-case chats (`gamarjobat davit`).
    checkDevelopmentFamily(corpus::kThirtyFirstSeed, 0.985, 0.99, {{"license", 0.975}}, {{"name", 0.99}});
  }

  void thirtySecondFamilyKeepsItsGains() {
    // After its round and a short second one (2,000 notes: names 0.978 at 0.9965, pattern
    // categories 0.958 at 0.993): floors under what the rounds reached. Still short: addresses of
    // the family's countries without a label (0.81), identity cards in chats and table columns
    // (licence 0.92), plates after a weak cue in chats (0.93), and US employer group numbers, which
    // this family counts as no PHI and earlier families as health plans (precision 0.95).
    checkDevelopmentFamily(corpus::kThirtySecondSeed, 0.97, 0.79,
                           {{"account", 0.93}, {"health_plan", 0.94}, {"license", 0.90}, {"mrn", 0.93},
                            {"vehicle", 0.91}, {"phone", 0.97}},
                           {{"name", 0.99}, {"health_plan", 0.93}});
  }

  void thirtyThirdFamilyKeepsItsGains() {
    // After its single blind run (names 0.936 at 0.801, pattern categories 0.791 at 0.881) and two
    // rounds (2,000 notes: names 0.977 at 0.897, pattern categories 0.950 at 0.951): floors under
    // what the rounds reached. Still short: UNHCR, DoD and NIN numbers, which this family counts as
    // record numbers and earlier families as licences (MRN 0.79 at 0.95, licence precision 0.85);
    // Belize's `Social Security No.`, a health plan here and a US SSN to the rules (health plan 0.81,
    // SSN precision 0.52); employee numbers, no PHI here and accounts before (account precision
    // 0.78); a hospital's or practice's own town, no PHI here and an address before (address 0.95
    // at 0.88); towns and hospitals named like people (`Bar Elias`, `Mater Dei`; name precision 0.90).
    checkDevelopmentFamily(corpus::kThirtyThirdSeed, 0.97, 0.94,
                           {{"account", 0.92}, {"health_plan", 0.80}, {"license", 0.92}, {"mrn", 0.78},
                            {"vehicle", 0.97}},
                           {{"name", 0.88}, {"address", 0.86}, {"account", 0.76}, {"license", 0.83},
                            {"mrn", 0.93}, {"ssn", 0.50}, {"vehicle", 0.97}});
  }


  void thirtyFourthFamilyKeepsItsGains() {
    // After its single blind run (names 0.936 at 0.747, pattern categories 0.759 at 0.811) and one
    // round (2,000 notes: names 0.957 at 0.843, pattern categories 0.906 at 0.871): floors under what
    // the round reached. Still short, mostly by convention: population-register numbers this family
    // counts as record numbers and earlier families' rules as licences (`National no.`, `NIN`: MRN
    // 0.77 at 0.74), the Bahraini CPR and doctors' HL7 identifiers, licences here and a record number
    // or nothing before (licence 0.63 at 0.74), message timestamps, no PHI here and dates in every
    // earlier family (date precision 0.84), nine-digit SSNs in a headerless CSV (0.48), insurers
    // written as the Bahamas' `NIB no.` (health plan 0.77), coroner's and prosecutor's case files
    // (account 0.74), and a practice's town read as a name or an address.
    // A second round (2,000 notes: names 0.978 at 0.908, pattern categories 0.928 at 0.890) took up
    // Greek labels, chats' kin and greetings, capitals and towns, insurers' FHIR systems, council
    // registrations, case files and message control ids: the floors rise with it.
    // A third round (2,000 notes: address 0.97 at 0.97, licence 0.77 at 0.80, health plan 0.94, SSN
    // 1.00, MRN precision 0.96, names at 0.93) read the Bahraini CPR, the Bahamas NIB, SSN columns,
    // island and village labels and letterheads' capitals: the floors rise again.
    checkDevelopmentFamily(corpus::kThirtyFourthSeed, 0.97, 0.95,
                           {{"account", 0.98}, {"date", 0.98}, {"health_plan", 0.93}, {"license", 0.76},
                            {"mrn", 0.79}},
                           {{"name", 0.91}, {"address", 0.95}, {"account", 0.88}, {"date", 0.82},
                            {"license", 0.79}, {"mrn", 0.95}, {"zip", 0.91}});
  }

  void thirtyFifthFamilyKeepsItsGains() {
    // After its single blind run (names 0.824 at 0.728, pattern categories 0.770 at 0.730) and one
    // round (2,000 notes: names 0.946 at 0.948, pattern categories 0.847 at 0.815): floors under what
    // the round reached. Still short, mostly by convention: population-register numbers this family
    // counts as record numbers and the rules as identity cards or SSNs (Aadhaar, CPF, NIK, code
    // melli, BSN: MRN 0.57, licence precision 0.36, SSN precision 0.63), German case numbers and
    // India's IP numbers (accounts to the rules), the dates of appraisals, case reviews, e-mail
    // headers and chat exports (no PHI here, dates before: date precision 0.70), Mexican postcodes
    // kept apart from the address (zip precision 0.78), ages after initials between commas (0.82).
    // A second round (2,000 notes: MRN 0.70 at 0.95, ages 0.90, licence 0.77, address 0.90) read the
    // record and registration labels of Persian, Urdu, Hindi, Bengali and Korean records, logbook
    // and audit columns, Japanese logbooks and joined ages: the floors rise with it.
    checkDevelopmentFamily(corpus::kThirtyFifthSeed, 0.94, 0.88,
                           {{"account", 0.75}, {"age", 0.88}, {"date", 0.98}, {"health_plan", 0.89},
                            {"license", 0.75}, {"mrn", 0.68}, {"vehicle", 0.98}, {"zip", 0.93}},
                           {{"name", 0.94}, {"account", 0.52}, {"date", 0.70}, {"email", 0.89}, {"license", 0.35},
                            {"mrn", 0.93}, {"ssn", 0.63}, {"url", 0.88}, {"zip", 0.77}});
  }

  void thirtySixthFamilyKeepsItsGains() {
    // After its single blind run (names 0.903 at 0.762, pattern categories 0.857 at 0.877) and one
    // round (2,000 notes: names 0.975 at 0.828, pattern categories 0.934 at 0.925): floors under
    // what the round reached. Still short, mostly by convention: population-register numbers this
    // family counts as record numbers and earlier families as identity cards (TC Kimlik, RNOKPP,
    // PPSN, NIF, the South African ID: MRN 0.76, licence precision 0.63), a medical examiner's case
    // (a record number before, an account here), message and audit-log timestamps (no PHI here, dates
    // before: date precision 0.89); forms' titles and headers in other languages read as names (name
    // precision 0.83), and towns after phrases of burial and parish (address 0.89).
    checkDevelopmentFamily(corpus::kThirtySixthSeed, 0.96, 0.88,
                           {{"account", 0.84}, {"age", 0.94}, {"license", 0.94}, {"mrn", 0.75}, {"phone", 0.96}},
                           {{"name", 0.81}, {"date", 0.87}, {"email", 0.86}, {"license", 0.61}, {"zip", 0.90}});
  }

  void thirtySeventhFamilyKeepsItsGains() {
    // After its single blind run (names 0.872 at 0.847, pattern categories 0.824 at 0.755) and one
    // round in three passes (2,000 notes: names 0.982 at 0.952, pattern categories 0.941 at 0.812):
    // floors under what the round reached. Still short, mostly by convention: population-register
    // numbers this family counts as record numbers and earlier families as identity cards or SSNs
    // (Aadhaar, NIK, CPF, the Korean RRN, SNILS, NIN, BSN, CURP: MRN 0.57, licence precision 0.72,
    // SSN precision 0.71), postcodes inside an address (their own span before: ZIP precision 0.82),
    // courier, order and tracking numbers (no PHI before, accounts here: account 0.71), server, chat
    // and e-mail timestamps (dates before, no PHI here: date precision 0.65); ages over 89 in its
    // scripts (0.91).
    checkDevelopmentFamily(corpus::kThirtySeventhSeed, 0.97, 0.98,
                           {{"account", 0.69}, {"age", 0.90}, {"license", 0.91}, {"mrn", 0.55}, {"url", 0.93}},
                           {{"name", 0.94}, {"account", 0.93}, {"date", 0.63}, {"health_plan", 0.93}, {"license", 0.70},
                            {"mrn", 0.70}, {"ssn", 0.70}, {"zip", 0.81}});
  }

  void thirtyEighthFamilyKeepsItsGains() {
    // After its single blind run (names 0.922 at 0.826, pattern categories 0.829 at 0.908) and one
    // round in two passes (2,000 notes: names 0.987 at 0.982, pattern categories 0.933 at 0.949):
    // floors under what the round reached. Still short: towns without a label in transcribed notes
    // and ledgers (`adm from whanganui`, `Seen at Broken Hill`: address 0.82), the postcode inside an
    // address (its own span before: ZIP 0.89 at 0.87), and by convention population-register
    // numbers this family counts as record numbers and earlier families as identity cards (T.C.
    // Kimlik, CURP, codice fiscale, the Korean RRN, Egypt's national number: MRN 0.81, licence
    // precision 0.57) and the Canadian SIN (an SSN before, a licence here: SSN precision 0.93).
    checkDevelopmentFamily(corpus::kThirtyEighthSeed, 0.97, 0.80, {{"license", 0.82}, {"mrn", 0.79}, {"zip", 0.87}},
                           {{"license", 0.56}, {"ssn", 0.91}, {"zip", 0.86}});
  }

  void thirtyNinthFamilyKeepsItsGains() {
    // After its single blind run (names 0.921 at 0.764, pattern categories 0.807 at 0.902) and one
    // pass of its round (2,000 notes: names 0.937 at 0.915, pattern categories 0.927 at 0.947):
    // floors under what the pass reached. Still short: second spellings after a slash or a language
    // label, names after kin terms in chats (names 0.94), interpreters' session numbers (no PHI
    // before, accounts here: account 0.62), and by convention population registers (Aadhaar, NIK,
    // SNILS, NIN, the Korean RRN: MRN 0.56 at 0.77, licence 0.82 at 0.76).
    checkDevelopmentFamily(corpus::kThirtyNinthSeed, 0.92, 0.91,
                           {{"account", 0.61}, {"age", 0.94}, {"license", 0.81}, {"mrn", 0.55}, {"phone", 0.97}},
                           {{"name", 0.90}, {"account", 0.86}, {"license", 0.75}, {"mrn", 0.75}});
  }

  void sixteenthFamilyKeepsItsGains() {
    checkDevelopmentFamily(corpus::kSixteenthSeed, 0.91, kPatternRecallFloor, {{"account", 0.76}, {"mrn", 0.98}},
                           {{"mrn", 0.78}});
  }

 private:
  // The harder shapes of a blind family (goldShapes), five of each at least in its first 1,500
  // notes; YYYYMMDD dates only where the family writes them.
  static void checkHarderShapes(std::uint64_t seed, std::map<std::string, int>& shapes, bool compactDates = true) {
    shapes = goldShapes(seed, 1500);
    for (const char* shape : {"age in words", "IPv6", "seven-digit phone", "international phone", "month/day", "YYYYMMDD",
                              "lower-case name", "inverted name", "city or City, ST", "ZIP+4", "SSN without dashes"}) {
      if (!compactDates && std::string_view(shape) == "YYYYMMDD") continue;
      QVERIFY2(shapes[shape] >= 5, (std::string(shape) + ": " + std::to_string(shapes[shape])).c_str());
    }
  }
  static void checkHarderShapes(std::uint64_t seed, bool compactDates = true) {
    std::map<std::string, int> shapes;
    checkHarderShapes(seed, shapes, compactDates);
  }

  // How many gold spans of each harder shape the first `notes` notes of a family hold (ages in
  // words, IPv6, seven-digit and international phones, month/day and YYYYMMDD dates, dates without
  // digits, lower-case and inverted names, towns alone, ZIP+4, SSNs without dashes).
  static std::map<std::string, int> goldShapes(std::uint64_t seed, std::size_t notes) {
    std::map<std::string, int> shapes;
    for (std::size_t i = 0; i < notes; ++i) {
      const corpus::AnnotatedNote note = corpus::generateNote(seed, i);
      for (const auto& g : note.gold) {
        const std::string value = note.text.substr(g.start, g.end - g.start);
        const auto digits = std::count_if(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (g.category == "age" && digits == 0) ++shapes["age in words"];
        if (g.category == "ip" && value.find(':') != std::string::npos) ++shapes["IPv6"];
        if (g.category == "phone" && digits == 7) ++shapes["seven-digit phone"];
        if (g.category == "phone" && value.front() == '+' && value.rfind("+1", 0) != 0) ++shapes["international phone"];
        if (g.category == "date" && digits <= 4 && value.find('/') != std::string::npos) ++shapes["month/day"];
        if (g.category == "date" && digits == 8 && value.find_first_not_of("0123456789") == std::string::npos) ++shapes["YYYYMMDD"];
        if (g.category == "date" && digits == 0) ++shapes["date without digits"];
        if (g.category == "name" && value.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string::npos) ++shapes["lower-case name"];
        if (g.category == "name" && value.find(',') != std::string::npos) ++shapes["inverted name"];
        if (g.category == "address" && value.find_first_of("0123456789") == std::string::npos) ++shapes["city or City, ST"];
        if (g.category == "zip" && value.size() == 10) ++shapes["ZIP+4"];
        if (g.category == "ssn" && value.find('-') == std::string::npos) ++shapes["SSN without dashes"];
      }
    }
    return shapes;
  }

  // A former blind family's regression guard: every pattern category at the 0.99 recall goal
  // (addresses at `addressFloor` where towns outside a street line are a known limit), names at
  // `nameFloor`, precision of every category at least kFormerBlindPrecisionFloor.
  // `recallExceptions` and `precisionExceptions` lower the floor of a named category where a known
  // limit keeps it below (documented at the call).
  static void checkDevelopmentFamily(std::uint64_t seed, double nameFloor, double addressFloor = kPatternRecallFloor,
                                     const std::map<std::string, double>& recallExceptions = {},
                                     const std::map<std::string, double>& precisionExceptions = {}) {
    const corpus::Evaluation evaluation = corpus::evaluate(seed, 2000, detectForEvaluation);
    for (const auto& [category, score] : evaluation.byCategory()) {
      double floor = category == "name" ? nameFloor : category == "address" ? addressFloor : kPatternRecallFloor;
      if (const auto it = recallExceptions.find(category); it != recallExceptions.end()) floor = it->second;
      double precisionFloor = kFormerBlindPrecisionFloor;
      if (const auto it = precisionExceptions.find(category); it != precisionExceptions.end()) precisionFloor = it->second;
      const std::string message = "seed " + std::to_string(seed) + " " + category + ": recall " +
                                  std::to_string(score.recall()) + " of " + std::to_string(score.gold) + ", precision " +
                                  std::to_string(score.precision());
      QVERIFY2(score.recall() >= floor, message.c_str());
      QVERIFY2(score.precision() >= precisionFloor, message.c_str());
    }
  }
};

QTEST_APPLESS_MAIN(PhiCorpusEvaluationTest)
#include "test_phi_corpus_evaluation.moc"
