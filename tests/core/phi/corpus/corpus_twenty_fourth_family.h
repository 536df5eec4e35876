#pragma once
// The twenty-fourth family: a twenty-fourth set of templates, look-alike sentences and name pools,
// used only by the twenty-fourth seed (kTwentyFourthSeed, see corpus.h): maternity, neonatal,
// paediatric, school-health and child-welfare records from several countries (antenatal booking
// forms and hand-held maternity records, birth registrations and notifications, labour
// flowsheets, NICU notes with twin and triplet labels, newborn screening cards, milk-bank labels,
// immunisation and school-health records, foster-care, adoption, IVF, surrogacy and paternity
// records, child-protection referrals, car-seat checks, home device records, parent messages).
// Written without reading the detector's rules and without running the detector on it, to be run
// once for an honest report.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "corpus_builder.h"
#include "corpus_random.h"

namespace concord::phi::corpus {

/// Number of templates in the twenty-fourth family.
std::size_t twentyFourthTemplateCount();

/// Writes template `choice` (modulo the count) of the twenty-fourth family into `builder`. The
/// people in it (child, parents, great-grandparent, carers, staff), the child's and mother's dates
/// of birth, the home address and the child's numbers come from the family's own pools and are the
/// same for every note of patient `patientIndex`; phones, SSNs and most identifiers come from
/// `builder`'s patient. Returns the template's name.
std::string_view writeTwentyFourthNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex,
                                       std::size_t choice);

/// A sentence of the twenty-fourth family without PHI, full of look-alikes.
std::string twentyFourthSentence(Random& r);

}  // namespace concord::phi::corpus
