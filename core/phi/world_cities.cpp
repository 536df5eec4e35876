// A gazetteer veto for the name rules and the name model: the world's capitals and its cities of
// about a million inhabitants or more, in their common Latin spellings (and the usual local ones:
// "Bruxelles", "Beograd", "La Habana"). Records of travel, transfer and origin name them after the
// same words that introduce people ("referred from Kinshasa", "Patient: returned from Tashkent",
// "Dakar-based"), and a capitalised city after a cue is no person.
//
// Cities whose names are also people's given or family names ("Sofia", "Lima", "Santiago",
// "Medina", "Victoria", "Florence", "Adelaide", "Regina", "Sydney", "Mendoza", "Lagos") veto only
// in a place's context: after "in" or "near", after "to"/"from" that follow a word of travel
// ("flew to Lima", "returned from Sofia"), or after a word of travel itself ("visiting Lagos").
// "Spoke to Sofia" and "Dr. Medina" stay people.
#include <array>
#include <string>
#include <unordered_set>

#include "name_scanner.h"

namespace concord::phi::detail {

namespace {

// Written as the tokens' ASCII-lowered words joined by one space ("port-au-prince" -> "port au
// prince", "n'djamena" -> "n djamena").
constexpr std::string_view kCities[] = {
    // Afghanistan, the Arab states, Iran, Turkey, the Caucasus.
    "kabul", "kandahar", "herat", "mazar i sharif", "jalalabad", "algiers", "annaba", "manama",
    "giza", "baghdad", "mosul", "basra", "erbil", "kirkuk", "sulaymaniyah", "duhok",
    "karbala", "zarqa", "irbid", "kuwait city", "beirut", "tripoli", "benghazi", "misrata",
    "nouakchott", "nouadhibou", "rabat", "casablanca", "marrakesh", "marrakech", "tangier", "tanger",
    "muscat", "doha", "jeddah", "mecca", "makkah", "dammam", "mogadishu", "hargeisa", "kismayo",
    "khartoum", "omdurman", "port sudan", "damascus", "latakia", "tunis", "sfax", "sousse",
    "abu dhabi", "dubai", "sharjah", "sana a", "taiz", "hodeidah", "mukalla", "djibouti",
    "tehran", "mashhad", "isfahan", "istanbul", "ankara", "izmir", "yerevan", "baku", "sumqayit",
    "tbilisi",
    // Russia, Belarus, Ukraine, Moldova and Central Asia.
    "moscow", "moskva", "saint petersburg", "st petersburg", "novosibirsk", "yekaterinburg",
    "nizhny novgorod", "minsk", "gomel", "homel", "mogilev", "vitebsk", "grodno", "kyiv", "kiev",
    "kharkiv", "chisinau", "chi\u0219in\u0103u", "almaty", "astana", "nur sultan", "shymkent", "karaganda",
    "aktobe", "tashkent", "samarkand", "namangan", "bukhara", "andijan", "bishkek", "dushanbe",
    "khujand",
    // South and South-East Asia, East Asia.
    "yangon", "rangoon", "mandalay", "naypyidaw", "nay pyi taw", "phnom penh", "siem reap",
    "battambang", "vientiane", "kathmandu", "pokhara", "dhaka", "chittagong", "chattogram", "khulna",
    "karachi", "lahore", "islamabad", "faisalabad", "rawalpindi", "peshawar", "delhi", "new delhi",
    "mumbai", "kolkata", "chennai", "bengaluru", "bangalore", "hyderabad", "ahmedabad", "jakarta",
    "surabaya", "bandung", "manila", "quezon city", "davao", "bangkok", "hanoi", "ho chi minh city",
    "saigon", "kuala lumpur", "singapore", "beijing", "shanghai", "guangzhou", "shenzhen",
    "chongqing", "tianjin", "wuhan", "chengdu", "hong kong", "taipei", "seoul", "busan", "pyongyang",
    "tokyo", "yokohama", "ulaanbaatar",
    // Sub-Saharan Africa.
    "luanda", "huambo", "porto novo", "cotonou", "ouagadougou", "bobo dioulasso", "bujumbura",
    "gitega", "yaounde", "yaound\u00e9", "douala", "praia", "bangui", "n djamena", "ndjamena", "kinshasa",
    "lubumbashi", "mbuji mayi", "kananga", "kisangani", "bukavu", "brazzaville", "pointe noire",
    "abidjan", "yamoussoukro", "bouake", "bouak\u00e9", "malabo", "asmara", "addis ababa", "conakry",
    "bissau", "nairobi", "mombasa", "monrovia", "antananarivo", "toamasina", "lilongwe", "blantyre",
    "bamako", "maputo", "matola", "nampula", "windhoek", "niamey", "zinder", "maradi", "abuja",
    "ibadan", "port harcourt", "kigali", "dakar", "thi\u00e8s", "freetown", "johannesburg", "pretoria",
    "cape town", "durban", "soweto", "juba", "dar es salaam", "dodoma", "lome", "lom\u00e9", "kampala",
    "lusaka", "ndola", "kitwe", "harare", "bulawayo", "accra", "kumasi", "libreville", "banjul",
    "gaborone", "maseru", "mbabane",
    // The Americas.
    "buenos aires", "santa cruz de la sierra", "cochabamba", "el alto", "valpara\u00edso", "valparaiso",
    "bogota", "bogot\u00e1", "medellin", "medell\u00edn", "barranquilla", "havana", "la habana",
    "santiago de cuba", "santiago de los caballeros", "quito", "guayaquil", "san salvador",
    "port au prince", "cap haitien", "cap ha\u00eftien", "tegucigalpa", "san pedro sula", "guatemala city",
    "ciudad de guatemala", "mexico city", "ciudad de mexico", "ciudad de m\u00e9xico", "guadalajara",
    "monterrey", "puebla", "tijuana", "ciudad juarez", "ciudad ju\u00e1rez", "zapopan", "managua",
    "panama city", "ciudad de panama", "ciudad de panam\u00e1", "ciudad del este", "arequipa", "caracas",
    "maracaibo", "barquisimeto", "maracay", "montevideo", "sao paulo", "s\u00e3o paulo", "rio de janeiro",
    "brasilia", "bras\u00edlia", "belo horizonte", "manaus", "curitiba", "recife", "porto alegre",
    "goiania", "goi\u00e2nia", "new york", "los angeles", "chicago", "philadelphia", "san antonio",
    "san diego", "toronto", "montreal", "montr\u00e9al", "vancouver", "calgary", "ottawa",
    // Europe.
    "brussels", "bruxelles", "brussel", "antwerp", "antwerpen", "anvers", "ghent", "liege", "li\u00e8ge",
    "charleroi", "plovdiv", "zagreb", "vilnius", "kaunas", "klaipeda", "klaip\u0117da", "bratislava",
    "kosice", "ko\u0161ice", "belgrade", "beograd", "novi sad", "lisbon", "lisboa", "barcelona", "naples", "hamburg", "munich", "prague", "budapest", "warsaw", "bucharest", "athens",
    "stockholm", "copenhagen", "oslo", "helsinki", "amsterdam", "marseille",
    // Oceania.
    "melbourne", "brisbane", "auckland",
    // Capitals and large towns of the third list of countries (under 8 million, outside the first
    // two lists), in English and local spellings: the Caucasus, Mongolia and Moldova, the Balkans,
    // Turkmenistan, Asia's city states, Bhutan and the Maldives, Eritrea, Southern and West Africa,
    // the Indian Ocean, the Caribbean and the Guianas, the Pacific.
    "gyumri", "vanadzor", "kutaisi", "batumi", "rustavi", "zugdidi", "ulan bator", "erdenet",
    "balti", "b\u0103l\u021bi", "tiraspol", "tirana", "tiran\u00eb", "durres", "durr\u00ebs", "shkoder",
    "shkod\u00ebr", "elbasan", "vlore", "vlor\u00eb", "korce", "kor\u00e7\u00eb", "skopje", "bitola", "kumanovo",
    "tetovo", "ohrid", "sarajevo", "banja luka", "zenica", "mostar", "bihac",
    "biha\u0107", "podgorica", "niksic", "nik\u0161i\u0107", "pristina", "prishtina", "prishtin\u00eb",
    "pri\u0161tina", "prizren", "kragujevac", "ashgabat", "asgabat", "a\u015fgabat", "turkmenabat",
    "dashoguz", "thimphu", "phuntsholing", "mal\u00e9", "addu city", "massawa", "francistown",
    "walvis bay", "swakopmund", "oshakati", "kenema", "makeni", "serekunda", "brikama",
    "curepipe", "quatre bornes", "montego bay", "spanish town", "port of spain", "chaguanas",
    "paramaribo", "bridgetown", "belmopan", "belize city", "suva", "lautoka", "port moresby",
    "mount hagen", "apia", "nuku alofa", "honiara", "port vila", "luganville", "bandar seri begawan",
    "kuala belait", "macau", "macao", "kowloon", "tsuen wan", "castries", "basseterre",
    "kingstown", "oranjestad", "willemstad", "tarawa", "majuro", "funafuti", "noumea", "noum\u00e9a",
    "papeete", "goroka", "madang", "wewak", "kokopo", "kimbe", "alotau", "kavieng", "popondetta",
    "kundiawa", "vanimo", "kerema", "wabag",
    // Liberia's county seats and Moldova's district towns (and "Alba Iulia", a Romanian city that
    // names streets in Moldova), seed 3131.
    "ganta", "voinjama", "gbarnga", "zwedru", "kakata", "sanniquellie", "tubmanburg", "montserrado", "cahul",
    "orhei", "ungheni", "soroca", "comrat", "alba iulia",
    // Districts, towns and quarters of the thirty-second family's countries that no one is named:
    // Kigali's districts and sectors and Rwanda's towns, Antananarivo's quarters, Yaoundé's
    // quarters, Lusaka's compounds and Copperbelt townships, Costa Rica's provinces, Luxembourg's
    // towns, Belarus' and Slovenia's, Damascus' quarters (seed 3232).
    "gasabo", "nyarugenge", "kicukiro", "kimihurura", "nyamirambo", "kacyiru", "remera", "huye", "musanze",
    "rubavu", "tanambao", "ambohipo", "analakely", "isotry", "ankorondrano", "essos", "mvog mbi", "biyem assi",
    "kabwata", "chawama", "nkana", "cartago", "puntarenas", "alajuela", "arlon", "ettelbruck",
    "strassen", "alzette", "esch sur alzette", "differdange", "hrodna", "grodno", "mahilyow", "homiel", "celje",
    "jamiliyah", "rummaneh", "mezzeh", "kafr sousa", "bella vista",
    "abu rummaneh", "nkana west", "nkana east", "kabwata site",
    // The capitals the lists above lacked (Europe's small states and the Baltic ones, Slovenia,
    // Iceland, Cyprus in Greek and Turkish, São Tomé, Micronesia, Nauru, Palau) and those of
    // Greenland and the Faroe Islands; and the towns of the thirty-fourth family's small states that
    // no one is named (Andorra's parishes, Liechtenstein's and San Marino's municipalities,
    // Cyprus' towns, Kiribati's and Seychelles' districts), seed 3434.
    "andorra la vella", "vaduz", "san marino", "valletta", "sao tome", "s\u00e3o tom\u00e9", "south tarawa", "palikir",
    "luxembourg", "reykjavik", "reykjav\u00edk", "ljubljana", "tallinn", "yaren", "ngerulmud", "nicosia", "lefkosia",
    "lefko\u015fa", "nuuk", "torshavn", "t\u00f3rshavn", "escaldes engordany", "encamp", "canillo", "ordino",
    "la massana", "sant juli\u00e0 de l\u00f2ria", "schaan", "triesen", "balzers", "eschen", "mauren", "borgo maggiore",
    "serravalle", "limassol", "larnaca", "paphos", "famagusta", "gazima\u011fusa", "girne", "kyrenia", "betio",
    "bikenibeu", "bairiki", "anse royale", "beau vallon", "sisimiut", "ilulissat", "qaqortoq", "klaksv\u00edk",
    // The towns and districts of the thirty-fifth family's case reports that no one is named
    // (Kenya's, Bangladesh's, India's, Brazil's, the US's and Canada's), seed 3535.
    "nyeri", "kakamega", "kurigram", "bhola", "wardha", "chapec\u00f3", "tupelo", "klamath", "dubuque",
    "yellowknife",
};

// Cities that are also people's names: a veto only in a place's context.
constexpr std::string_view kNameLikeCities[] = {
    "aden", "cali", "colombo", "constantine", "kandy", "medina", "mendoza", "moroni", "oran", "rosario",
    "sanaa", "santiago", "sofia", "trujillo", "lima", "salvador", "valencia", "cordoba", "c\u00f3rdoba",
    "lagos", "kano", "amman", "asuncion", "asunci\u00f3n", "cuenca", "cartagena", "sucre", "najaf",
    "shiraz", "tabriz", "alexandria", "odessa", "odesa", "beira", "riyadh", "osh", "hama", "homs",
    "aleppo", "goma", "touba", "thies", "varna", "kazan", "fez", "fes", "porto", "brest", "medan",
    "belem", "bel\u00e9m", "fortaleza", "victoria", "paris", "london", "houston", "austin", "charlotte",
    "dallas", "phoenix", "florence", "adelaide", "sydney", "regina", "vienna", "milan", "berlin",
    "perth", "birmingham", "lyon", "jackson", "orlando", "gent", "oran", "santa cruz", "la paz",
    "san jose", "san jos\u00e9", "santo domingo", "la plata", "port louis", "sidon", "madrid", "osaka", "rome", "cairo",
    "dublin", "dili",
    // Of the third list: towns that are also given or family names ("Kingston", "Nassau", "Keren",
    // "Darkhan", "Nadi", "Lae", "Linden", "Arima", "Paro", "Bo", "Manzini", "Roseau", "Tuzla"), and
    // "Male", an English word too.
    "kingston", "georgetown", "nassau", "manzini", "roseau", "tuzla", "freeport", "keren", "darkhan", "nadi", "lae", "labasa",
    "linden", "arima", "san fernando", "paro", "punakha", "bo", "male", "victoria falls",
    "hamilton", "st george s", "saint george s", "st john s", "road town", "george town",
    // (Capitals that are family or given names too: "Monaco", "Riga", "Bern", seed 3434.)
    "monaco", "riga", "bern",
};

// Words of travel before "to"/"from" or before the city itself.
constexpr std::string_view kTravelWords[] = {
    "flew", "fly", "flying", "flight", "travel", "travelled", "traveled", "traveling", "travelling", "trip",
    "moved", "relocated", "returned", "returning", "emigrated", "immigrated", "arrived", "arriving", "came",
    "went", "deported", "repatriated", "evacuated", "visiting", "visited", "visit", "back", "journey",
    "drove", "transferred", "referred", "migrated", "fled", "displaced",
};

const std::unordered_set<std::string_view>& cityTable(bool nameLike) {
  static const auto* plain = new std::unordered_set<std::string_view>(std::begin(kCities), std::end(kCities));
  static const auto* named =
      new std::unordered_set<std::string_view>(std::begin(kNameLikeCities), std::end(kNameLikeCities));
  return nameLike ? *named : *plain;
}

// Whether the gap between two words of a city's name joins them: one space, a hyphen or an
// apostrophe ("Port-au-Prince", "N'Djamena", "Sana'a").
bool joins(std::string_view g) { return g == " " || g == "-" || g == "'" || g == "\u2019"; }

// A place's context before token s: "in"/"near", "to"/"from" after a word of travel, or the word
// of travel itself.
bool placeContextBefore(const ScanInput& in, std::size_t s) {
  const std::vector<Token>& tokens = in.tokens;
  if (s == 0 || gapBetween(in, s - 1, s) != " ") return false;
  const std::string_view before = tokens[s - 1].lower;
  // (Spanish "en" and Portuguese "em" too: "Firmado en Santo Domingo", seed 3030.)
  if (before == "in" || before == "near" || before == "en" || before == "em" || listHas(kTravelWords, before)) return true;
  if ((before == "to" || before == "from") && s >= 2 && gapBetween(in, s - 2, s - 1) == " ") {
    return listHas(kTravelWords, tokens[s - 2].lower);
  }
  return false;
}

// The words [s, e) joined as the tables write them, or "" when a gap does not join them.
std::string cityKey(const ScanInput& in, std::size_t s, std::size_t e) {
  std::string key;
  for (std::size_t k = s; k < e; ++k) {
    if (in.tokens[k].hasDigit || (k > s && !joins(gapBetween(in, k - 1, k)))) return {};
    if (k > s) key.push_back(' ');
    key += in.tokens[k].lower;
  }
  return key;
}

}  // namespace

bool worldCityWords(const ScanInput& in, std::size_t first, std::size_t endToken) {
  if (endToken > in.tokens.size() || endToken <= first || endToken - first > 3) return false;
  const std::string key = cityKey(in, first, endToken);
  // Mongolian chats write the aimag centres in Cyrillic and lower case ("хаяг: дархан"); they are
  // kept out of the name veto's table, Дархан being also a man's name.
  static constexpr std::array<std::string_view, 12> kMongolianTowns = {
      "улаанбаатар", "эрдэнэт", "дархан", "чойбалсан", "мөрөн", "ховд",
      "өлгий",       "баянхонгор", "арвайхээр", "сайншанд", "зуунмод", "даланзадгад"};
  return !key.empty() && (cityTable(false).contains(key) || listHas(kMongolianTowns, key));
}

bool worldCityRun(const ScanInput& in, std::size_t first, std::size_t endToken) {
  const std::vector<Token>& tokens = in.tokens;
  if (endToken > tokens.size() || endToken <= first || endToken - first > 6) return false;
  // ("de Dakar": a particle the run took before the city.)
  while (first < endToken && !tokens[first].properShape() && listHas({"de", "du", "d", "of"}, tokens[first].lower)) ++first;
  if (first == endToken || !tokens[first].properShape()) return false;
  // "Cliniques Universitaires de Kinshasa", "University of Nairobi": a run that ends in "de"/"of" and
  // one of the cities names a body of that city, not a person.
  for (std::size_t k = first + 1; k < endToken; ++k) {
    if (listHas({"de", "du", "of", "da", "do", "di"}, tokens[k - 1].lower) && isLower(in.text[tokens[k - 1].start]) &&
        cityTable(false).contains(cityKey(in, k, endToken))) {
      return true;
    }
  }
  // "QKMF Prishtinë", "CSPS Koudougou": a facility's acronym before the city names the facility
  // (seed 3434).
  if (endToken - first >= 2 && tokens[first].allCaps && tokens[first].length() >= 3 && tokens[first].length() <= 5 &&
      !tokens[first].hasDigit && gapBetween(in, first, first + 1) == " " &&
      cityTable(false).contains(cityKey(in, first + 1, endToken))) {
    return true;
  }
  // ("Mr. Dublin", "Dr. Kabul": after a title the run is a person, whatever it spells.)
  if (first > 0 && isTitleWord(tokens[first - 1]) && listHas({" ", ". ", "."}, gapBetween(in, first - 1, first))) {
    return false;
  }
  // The run may be part of a city's name ("Penh", "Mayi" alone from the model): try every start up
  // to three words before it and every end up to three words after it.
  std::string key;
  for (std::size_t s = first + 1; s-- > 0 && first - s <= 3;) {
    if (s < first && (!joins(gapBetween(in, s, s + 1)) || !tokens[s].hasLetter)) break;
    key.clear();
    for (std::size_t e = s; e < tokens.size() && e < endToken + 3; ++e) {
      if (e > s) {
        if (!joins(gapBetween(in, e - 1, e))) break;
        key.push_back(' ');
      }
      if (tokens[e].hasDigit) break;
      key += tokens[e].lower;
      if (e + 1 < endToken) continue;
      // ("Nemanjina 94, 21000 Novi Sad": the town of a postal address, after its postcode, is left
      // to the address rules; a name's finding there still covers it.)
      if (s > 0 && tokens[s - 1].allDigits && tokens[s - 1].length() >= 4 && tokens[s - 1].length() <= 6 &&
          gapBetween(in, s - 1, s) == " ") {
        return false;
      }
      if (cityTable(false).contains(key)) return true;
      // ("in Sofia's home" is a person's home.)
      if (cityTable(true).contains(key) && placeContextBefore(in, s) &&
          !(e + 1 < tokens.size() && (gapBetween(in, e, e + 1) == "'" || gapBetween(in, e, e + 1) == "\u2019"))) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace concord::phi::detail
