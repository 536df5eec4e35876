// A plate after a field that names the vehicle in more words than a keyword: "Fahrzeug des
// Patienten am Parkplatz: VS 83531", "Vehicle of the patient at the trailhead: ZH 784266". The
// words before the colon (on the same line, after any earlier colon) name a vehicle, and the value
// is a plate of capitals and digit groups with three digits or more ("GCS 14", "HR 110/70" and a
// bare number are none).
#include <string>

#include "scan.h"

namespace concord::phi::detail {

namespace {

// Whether a whole word of `field` (ASCII letters lowered) names a vehicle ("auto" is left out:
// "Auto-injector: LOT 12345").
bool namesVehicle(std::string_view field) {
  static constexpr std::string_view kWords[] = {
      "fahrzeug", "pkw",   "vehicle",  "v\u00e9hicule", "veh\u00edculo", "vehiculo", "voiture",
      "car",      "ajoneuvo", "vozilo",     "automobil",     "motorcycle",
      // The second list of countries: Spanish and Portuguese (coche, carro, viatura, veículo),
      // Dutch (voertuig), Slovak (vozidlo), Lithuanian (automobilis).
      "coche", "carro", "viatura", "ve\u00edculo", "veiculo", "voertuig", "vozidlo", "vozidla", "automobilis",
      // The languages of the small states: Danish, Norwegian and Swedish "bil" (car), "køretøj",
      // "kjøretøy", "fordon" (vehicle), Icelandic and Faroese "bifreið"/"bilur", a snowmobile or a
      // scooter ("snescooter", "snøscooter"), Italian "veicolo", "autovettura", Catalan "cotxe",
      // Albanian "automjet", Turkish "araç"/"araba", Greek "όχημα".
      "bil", "bilen", "k\u00f8ret\u00f8j", "kj\u00f8ret\u00f8y", "fordon", "bifrei\u00f0", "bilur", "scooter",
      "snescooter", "sn\u00f8scooter", "sn\u00f6skoter", "veicolo", "autovettura", "cotxe", "automjet",
      "ara\u00e7", "araba", "\u03cc\u03c7\u03b7\u03bc\u03b1"};
  std::string word;
  for (std::size_t k = 0; k <= field.size(); ++k) {
    if (k < field.size() && isWordByte(field[k])) {
      word.push_back(lowerAscii(field[k]));
      continue;
    }
    if (!word.empty() && listHas(kWords, word)) return true;
    word.clear();
  }
  return false;
}

}  // namespace

void scanVehicleLines(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  for (std::size_t colon = text.find(':'); colon != std::string_view::npos; colon = text.find(':', colon + 1)) {
    std::string_view field = sameLineBefore(text, colon, 60);
    if (const std::size_t inner = field.rfind(':'); inner != std::string_view::npos) field.remove_prefix(inner + 1);
    if (!namesVehicle(field)) continue;
    std::size_t start = colon + 1;
    while (start < text.size() && text[start] == ' ') ++start;
    if (start - colon > 4 || start >= text.size() || !isUpper(text[start])) continue;
    std::size_t letters = start;
    while (letters < text.size() && isUpper(text[letters])) ++letters;
    // A canton's or district's letters, then the plate's groups.
    if (letters - start > 3 || letters + 1 >= text.size() || text[letters] != ' ') continue;
    // A Swiss plate is its canton's two letters and up to six digits: "VS 83531", "ZH 784266".
    const std::size_t run = digitRun(text, letters + 1);
    const std::size_t end = run >= 3 && run <= 6 ? letters + 1 + run : plateGroupsEnd(text, start, letters);
    // (Three digits or more in the whole plate, so that a score after a crash's field is none:
    // "Motor vehicle collision: GCS 14".)
    std::size_t digits = 0;
    for (std::size_t k = start; k < end; ++k) digits += isDigit(text[k]);
    if (end > letters && digits >= 3 && (end == text.size() || !isWordByte(text[end])) &&
        (end == text.size() || (text[end] != '/' && text[end] != '.'))) {
      out.push_back({start, end, PhiCategory::Vehicle, priority::kKeywordId});
    }
  }
}

}  // namespace concord::phi::detail
