#pragma once
// Builds one annotated note: literal text, and PHI values whose positions are recorded.
#include <string>
#include <string_view>

#include "corpus.h"
#include "corpus_random.h"

namespace concord::phi::corpus {

/// The fictional person a note is about, with everything a note might mention.
struct Patient {
  std::string id;
  std::string first, middle, last;
  bool female = false;
  int birthYear = 1950, birthMonth = 1, birthDay = 1;
  int age = 70;
  std::string streetNumber, streetName, unit, city, state, zip;
  std::string phone, altPhone, email, ssn, mrn, account, plan, license, device, vin, plate;
  std::string relativeFirst, relativeLast, relation;
  std::string doctorFirst, doctorLast, nurseFirst, nurseLast;
  std::string ip;
};

Patient makePatient(std::uint64_t seed, std::size_t patientIndex);

class NoteBuilder {
 public:
  NoteBuilder(Random& random, const Patient& patient) : random_(random), patient_(patient) {}

  /// Appends `pattern`, expanding {placeholders} (see corpus_builder.cpp for the list).
  void write(std::string_view pattern);
  /// Appends literal text.
  void text(std::string_view s) { text_ += s; }
  /// Appends a PHI value and records its span.
  void phi(std::string_view category, std::string_view value);

  Random& random() { return random_; }
  const Patient& patient() const { return patient_; }
  AnnotatedNote finish(std::string id, std::string templateName, bool allCaps);

 private:
  void placeholder(std::string_view key);
  void writeDate(int year, int month, int day, bool allowNoYear);
  void writePersonName(std::string_view first, std::string_view middle, std::string_view last, bool allowInverted);
  void writeAge(bool over89);
  void writeAddress(bool withZip);
  void writePhone(std::string_view category);
  void writeIdentifier(std::string_view key);

  Random& random_;
  const Patient& patient_;
  std::string text_;
  std::vector<GoldSpan> gold_;
};

/// Clinical sentences without PHI, full of look-alikes. Each call returns a new sentence.
std::string clinicalSentence(Random& random);

}  // namespace concord::phi::corpus
