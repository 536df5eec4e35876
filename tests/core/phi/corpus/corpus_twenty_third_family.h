#pragma once
// The twenty-third family: a twenty-third set of templates, look-alike sentences and name pools,
// used only by the twenty-third seed (kTwentyThirdSeed, see corpus.h): medico-legal, insurance and
// public-safety paperwork that lands in the clinical record (police collision reports and EMS crash
// narratives, workers' compensation and disability claims, insurance records requests,
// subrogation and lien letters, subpoenas and court-ordered evaluations, medical examiner
// reports, protective-services referrals, guardianship and power-of-attorney letters,
// victim-advocacy and forensic exam forms, firearm and dog-bite reports, implant claims,
// toxicology chain of custody, DOT and fitness-for-duty exams, immigration medical exams).
// Written without reading the detector's rules and without running the detector on it, to be run
// once for an honest report.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "corpus_builder.h"
#include "corpus_random.h"

namespace concord::phi::corpus {

/// Number of templates in the twenty-third family.
std::size_t twentyThirdTemplateCount();

/// Writes template `choice` (modulo the count) of the twenty-third family into `builder`. The
/// people in it (patient, relative, other driver, witness, staff, officers, attorneys, adjusters),
/// the home, employer and law-firm addresses, the claim number and the medical examiner case number
/// come from the family's own pools and are the same for every note of patient `patientIndex`;
/// dates of birth, ages, phones, SSNs and most identifiers come from `builder`'s patient. Returns
/// the template's name.
std::string_view writeTwentyThirdNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                      std::size_t choice);

/// A sentence of the twenty-third family without PHI, full of look-alikes.
std::string twentyThirdSentence(Random& r);

}  // namespace concord::phi::corpus
