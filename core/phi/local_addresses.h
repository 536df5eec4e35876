#pragma once
// Street addresses in the orders of other countries (scan_local_addresses.cpp).
#include "scan.h"

namespace concord::phi::detail {

/// Street lines whose type word comes first ("Via Roma 12", "Calle Mayor 5, 3º B", "Rua das
/// Flores, 10", "12 rue de la Paix") or is the end of the street's name ("Storgatan 12 B",
/// "Vesterbrogade 4, 2. th.", "Thorvald Meyers gate 4", "Kerkstraat 12"), and the town line after
/// them on the same line or the next: a five-digit postcode (its own zip span) and the town,
/// "C.P. 06700, Town", a Dutch, Nordic postcode with the town in one span ("1015 CW Delft",
/// "411 38 Lund", "0182 Oslo"), a Brazilian "Town - UF" with its "CEP 50000-000".
void scanLocalAddresses(const ScanInput& in, Candidates& out);

/// Addresses opened by the house's number word: "House No. 188, Asafo Market Road, Abrepo, Accra",
/// "Blk 3 Lot 9 Ilang-Ilang St., Brgy. Bagong Silang, Davao City", "số 32 hẻm 12 đường Nguyễn
/// Trãi, phường Bến Thành, Huế" (scan_numbered_houses.cpp).
void scanNumberedHouses(const ScanInput& in, Candidates& out);

/// Places named by streets without a house: two streets crossing ("Mockernut Trail and Smelter
/// Pike", "Ropewalk Hwy at Bobolink Road") and a hundred block ("5700 block of Buckeye Ridge St")
/// (scan_street_crossings.cpp).
void scanStreetCrossings(const ScanInput& in, Candidates& out);

/// A shelter's place in a refugee camp's grid: "Kakuma 3, Zone 2, Block 7", "Camp 15, Block C-4,
/// Shed 12" (scan_camp_addresses.cpp).
void scanCampAddresses(const ScanInput& in, Candidates& out);

/// Geocodes of a home: a plus code ("7FG8+QF", "QF2X+8R Kigali"), a what3words address
/// ("///index.home.raft"), GPS coordinates after a home's cue ("Home GPS: -1.2921, 36.8219"); none
/// after a facility's word (scan_geocodes.cpp).
void scanGeocodes(const ScanInput& in, Candidates& out);

/// The address after an institution's office label is no person's: "Ombudsman's office: 1 Public
/// Square" (claimed as no PHI; scan_office_addresses.cpp).
void scanOfficeAddresses(const ScanInput& in, Candidates& out);

/// Where a person lives told by a landmark after a verb of dwelling: "lives behind the mosque near
/// Kisimani primary school", "vive cerca de la iglesia de San Juan" (scan_landmark_homes.cpp).
void scanLandmarkHomes(const ScanInput& in, Candidates& out);

/// Post-office boxes of other countries, the box as the address: "B.P. 1234 Dakar", "Caixa Postal
/// 1234, Luanda", "Apartado Postal 4512, Tegucigalpa", "Casilla de Correo 12, La Paz", "ص.ب. 1234"
/// (scan_postal_boxes.cpp).
void scanPostalBoxes(const ScanInput& in, Candidates& out);

/// A postcode after its label in the languages of the second list of countries: "Почтовый
/// индекс: 220013", "PSČ: 811 01", "Código postal: 170135"; one with its country's letters and
/// the town: "LT-09310 Vilnius", "SK-811 01 Bratislava" (scan_postcode_labels.cpp).
void scanPostcodeLabels(const ScanInput& in, Candidates& out);

/// The town of a GEDCOM event's place, "2 PLAC Kraków, Polska", and a residence's address, "2 ADDR
/// 12 Main St, Galway" (scan_genealogy_places.cpp).
void scanGenealogyPlaces(const ScanInput& in, Candidates& out);

/// A town a scene is placed from: "2 mi S of Kinlichee Flats" (scan_distance_places.cpp).
void scanDistancePlaces(const ScanInput& in, Candidates& out);
/// A Brazilian "Town - UF, CEP 66000-000" found by its "CEP" label alone (scan_brazilian_postcodes.cpp).
void scanBrazilianPostcodes(const ScanInput& in, Candidates& out);

/// UK, Irish and Canadian postcodes wherever they are ("G12 8QQ", "D02 X285", "K1A 0B1"), and the
/// four-digit Australian, New Zealand and South African ones in a town line
/// (scan_commonwealth_postcodes.cpp). Runs after the street scanners: it reads their findings.
void scanCommonwealthPostcodes(const ScanInput& in, Candidates& out);

/// A one-line address of another country written whole after an address label or alone on a
/// letter's line ("Address: No. 181 Yarrow Point Street, off Allen Avenue, Ikeja, Lagos"), postcode
/// inside, joined from the pieces the other scanners found (scan_address_lines.cpp). Runs after
/// scanCommonwealthPostcodes.
void scanAddressLines(const ScanInput& in, Candidates& out);

/// Whether `label` (the text before a colon) ends with a word naming a person's address in one of
/// the languages of the countries docs/phi.md lists: "Address", "Domicilio", "Anschrift", "Lakcím",
/// "Адрес", "住所", "Địa chỉ" (address_words.cpp).
bool endsWithAddressLabel(std::string_view label);

/// Whether a token's lower-case text is a street-type word of those countries ("calle", "jirón",
/// "rua", "rue", "ul", "utca", "jalan", "soi", "đường", "sokak") or a compound street name's end
/// ("Lindenstraße", "Mannerheimintie").
bool isWorldStreetWord(std::string_view lower);

/// Whether a token's lower-case text is a street or postal word of a country whose five-digit code
/// is a zip span of its own (Spanish, Mexican, Italian, French: "calle", "via", "rue", "C.P.").
bool keepsFiveDigitCodeApart(std::string_view lower);

/// The offset just after the last running-text cue of where a person lives in `line` ("lives at ",
/// "vive en ", "wohnt in ", "habite ", "mora na ") and its space, or npos.
std::size_t residenceCueEnd(std::string_view line);

}  // namespace concord::phi::detail
