// Surrogate values for the corpus: fictional, varied, and kept apart from the detector's
// tables (many names here are rare, some are ordinary words such as "Grace" or "Bell").
#include "corpus_values.h"

namespace concord::phi::corpus {

namespace {
constexpr std::string_view kGivenNamesData[] = {"James", "Mary", "Robert", "Patricia", "Michael", "Linda", "David", "Barbara", "William", "Susan", "Richard", "Jessica", "Joseph", "Sarah", "Thomas", "Karen", "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Betty", "Donald", "Helen", "Steven", "Sandra", "Paul", "Donna", "Andrew", "Carol", "Kenneth", "Ruth", "Ngozi", "Oluwaseun", "Siobhan", "Thanh", "Anneliese", "Bartholomew", "Priyanka", "Tobias", "Marisol", "Ingrid", "Dmitri", "Yusuf", "Keanu", "Saoirse", "Agnieszka", "Rafael", "Lucia", "Hamid", "Mei", "Haruto", "Zoë", "José", "Björn", "Aarav", "Chiamaka", "Ewa", "Fatoumata", "Guadalupe", "Henrik", "Imani", "Jelena", "Kalani", "Lorenzo", "Magdalena", "Nikolai", "Oksana", "Pilar", "Quentin", "Rosalind", "Stellan", "Tatiana", "Ulrich", "Valentina", "Wojciech", "Xiomara", "Yara", "Zbigniew", "Amadou", "Birgit", "Cormac", "Dagny", "Eamon", "Femi", "Giulia", "Hyun-woo", "Ifeoma", "Jarrah", "Kiri", "Leilani", "Mateus", "Noor", "Odile", "Parveen", "Rune", "Sunniva", "Teodora", "Uzma", "Vikram", "Wendell", "Ximena", "Yevgenia", "Zainab", "Grace", "Mark", "Rose", "June", "Hope", "Faith", "Joy", "Will", "Dawn", "Frank"};
}  // namespace
namespace {
constexpr std::string_view kFamilyNamesData[] = {"Okafor", "Halvorsen", "Lindqvist", "Vasquez", "Nakamura", "Brennan", "Kowalczyk", "Abernathy", "Delacroix", "Fitzgerald", "Oyelaran", "Szymanski", "Thorvaldsen", "Castellanos", "Mbeki", "Petrovic", "Achterberg", "Quiroga", "Rasmussen", "Villanueva", "O'Brien", "McAllister", "Smith-Jones", "Nguyen", "Patel", "Kim", "Garcia", "Johnson", "Brown", "Williams", "Miller", "Davis", "Wilson", "Moore", "Taylor", "Anderson", "Jackson", "White", "Harris", "Martin", "Young", "King", "Hill", "Green", "Baker", "Parker", "Adeyemi", "Bergstrom", "Chaudhry", "Dimitrov", "Esposito", "Fairweather", "Gallagher", "Hakimi", "Iwasaki", "Jankowski", "Kaczmarek", "Lachance", "Mwangi", "Nieminen", "Ostrowski", "Pellegrini", "Quintanilla", "Romanov", "Sorensen", "Tanaka", "Uchenna", "Vandermeer", "Whitfield", "Xiong", "Yilmaz", "Zielinski", "Amundsen", "Bjornson", "Cavanaugh", "Drummond", "Eriksen", "Fontaine", "Gutierrez", "Holloway", "Ibarra", "Jovanovic", "Keller", "Lombardi", "Marchetti", "Novak", "Oduya", "Pacheco", "Reyes", "Stavros", "Trujillo", "Underwood", "Varga", "Wexler", "Yamada", "Zamora", "Bell", "Turner", "Murphy", "Price", "Long", "Rice"};
}  // namespace
namespace {
constexpr std::string_view kMiddleInitialsData[] = {"A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "T", "W"};
}  // namespace
namespace {
constexpr std::string_view kStreetNamesData[] = {"Larkin", "Birch", "Maple", "Elm", "Oak", "Cedar", "Willow", "Harbor", "Summit", "Chestnut", "Magnolia", "Juniper", "Sycamore", "Lakeview", "Ridge", "Meadow", "Orchard", "Prospect", "Washington", "Lincoln", "Franklin", "Jefferson", "Cherry", "Pine", "Spruce", "Hawthorne", "Dogwood", "Quarry", "Tamarack", "Bluebell", "Foxglove", "Heron", "Kestrel", "Millrace", "Stonegate", "Wheelwright"};
}  // namespace
namespace {
constexpr std::string_view kStreetNameOrdinalsData[] = {"2nd", "5th", "42nd", "3rd", "11th", "21st"};
}  // namespace
namespace {
constexpr std::string_view kStreetSuffixesData[] = {"Street", "St", "St.", "Avenue", "Ave", "Ave.", "Road", "Rd", "Rd.", "Boulevard", "Blvd", "Lane", "Ln", "Drive", "Dr", "Court", "Ct", "Way", "Place", "Terrace", "Parkway", "Circle"};
}  // namespace
namespace {
constexpr std::string_view kDirectionsData[] = {"North", "South", "East", "West", "N.", "S.", "E.", "W.", "N", "W"};
}  // namespace
namespace {
constexpr std::string_view kUnitsData[] = {"Apt 3B", "Apt. 12", "Suite 200", "Unit 7", "#14", "Apartment 5C"};
}  // namespace
namespace {
constexpr std::string_view kCitiesData[] = {"Millbrook", "Springfield", "Fairhaven", "Cedar Falls", "Lakewood", "Riverton", "Port Ellis", "Greenville", "Marlow", "Bristol", "Ashford", "Dunmore", "Kingsport", "Oak Ridge", "Westfield", "Hollis Bay", "New Canaan", "Eastbrook"};
}  // namespace
namespace {
constexpr std::string_view kStateCodesData[] = {"IL", "OH", "CA", "NY", "TX", "PA", "MA", "WA", "OR", "MN", "GA", "NC", "MI", "WI", "AZ", "CO"};
}  // namespace
namespace {
constexpr std::string_view kEmailDomainsData[] = {"example.com", "example.org", "mail.example.net", "patientmail.example.com", "inbox.example.us"};
}  // namespace
namespace {
constexpr std::string_view kHostsData[] = {"northriver-health.example.org", "portal.example.com", "myhealth.example.org", "records.lakeside-clinic.example.com", "telehealth.example.net"};
}  // namespace
namespace {
constexpr std::string_view kHospitalsData[] = {"Lakeside General Hospital", "St. Mary Medical Center", "Riverside Community Hospital", "Mercy Regional Medical Center", "University Hospital", "Northwest Cardiology Clinic", "St. Luke Hospital", "Good Samaritan Hospital"};
}  // namespace

namespace values {
const std::span<const std::string_view> kGivenNames = kGivenNamesData;
const std::span<const std::string_view> kFamilyNames = kFamilyNamesData;
const std::span<const std::string_view> kMiddleInitials = kMiddleInitialsData;
const std::span<const std::string_view> kStreetNames = kStreetNamesData;
const std::span<const std::string_view> kStreetNameOrdinals = kStreetNameOrdinalsData;
const std::span<const std::string_view> kStreetSuffixes = kStreetSuffixesData;
const std::span<const std::string_view> kDirections = kDirectionsData;
const std::span<const std::string_view> kUnits = kUnitsData;
const std::span<const std::string_view> kCities = kCitiesData;
const std::span<const std::string_view> kStateCodes = kStateCodesData;
const std::span<const std::string_view> kEmailDomains = kEmailDomainsData;
const std::span<const std::string_view> kHosts = kHostsData;
const std::span<const std::string_view> kHospitals = kHospitalsData;
}  // namespace values

}  // namespace concord::phi::corpus
