// Identifier labels that no list holds. Each new kind of record brings labels of its own (an
// identity card, a camp's household file, a foreign insurer's member number, a permit), and the
// keyword tables (scan_identifiers.cpp, local_id_labels.cpp) know only those seen before. A label
// of a number has a shape all the same: a few words, then a head that says "this is a number"
// ("No.", "Number", "Nr", "Nº", "ID", "Card", or a "#" after the words), then a value that looks
// like an identifier. The words before the head say whose number it is and of what kind:
//   - "insurance", "member", "policy", "scheme", "benefit"... : the person's coverage (health_plan);
//   - "record", "chart", "patient", "hospital", "clinic"...   : the record of the person (mrn);
//   - "case", "file", "account", "claim", "household"...     : a file about the person (account);
//   - "licence", "permit", "certificate", "passport", "identity", "national", "card"...: a number
//     printed on the person's card or certificate (license),
// as most corpus families' conventions have it. The noun nearest the head decides ("Auto insurer
// claim no." is a claim's). A label whose noun names no kind is left to the tables, and so is one
// whose noun is a known keyword (the tables decide those with their exceptions); words before a
// keyword that holds only the head decide ("Refugee ID" is no record number). A word of a thing that
// is no person's ("lot", "batch", "order", "form", "room", "ticket", "NPI", "protocol", "phone"...)
// anywhere in the label leaves the number alone. Spanish, French and Portuguese labels put the head
// first ("Número de cédula:"), German, Dutch and Scandinavian ones glue it to the noun
// ("Ausweisnummer:"); both are read the same way.
#include <algorithm>
#include <iterator>

#include "identifier_forms.h"
#include "scan.h"

namespace concord::phi::detail {

namespace {

using C = PhiCategory;

// Heads that say the value is a number: no "#" or ":" is needed after them.
bool isNumberHead(std::string_view lower) {
  static constexpr std::string_view kHeads[] = {"no",  "number", "num", "nr",  "nbr",
                                                             "nº",  "n°",     "núm", "nro", "numbers"};
  return listHas(kHeads, lower);
}

// Heads that name the thing carrying the number: the value needs a "#" or ":" or a strong shape.
bool isThingHead(std::string_view lower) { return lower == "id" || lower == "card" || lower == "ident"; }

// Words of numbers that index no file about the person: batches and products, orders, documents
// and forms, rooms and places, staff, events, software, phones and the tables' own neighbours.
bool isVetoWord(std::string_view lower) {
  static constexpr std::string_view kVeto[] = {
      "lot", "batch", "ndc", "cpt", "icd", "hcpcs", "drg", "order", "orders", "protocol", "study", "trial", "irb",
      "nct", "npi", "dea", "provider", "prescriber", "practitioner", "physician", "doctor", "staff", "officer",
      "badge", "deputy", "model", "version", "build", "release", "software", "firmware", "room", "bed", "bay",
      "cot", "cell", "pod", "ward", "floor", "unit", "station", "form", "ticket", "incident", "run", "cad", "call",
      "event", "asset", "tag", "flight", "tail", "tracking", "confirmation", "invoice", "item", "kit", "site",
      "serial", "specimen", "sample", "aliquot", "box", "rack", "freezer", "waybill", "sae", "deviation", "referral",
      "query", "docket", "court", "citation", "warrant", "evidence", "report", "request", "application", "mail",
      "routing", "tax", "bin", "pcn", "error", "session", "message", "control", "job", "dictation", "chair",
      "machine", "pager", "bleep", "extension", "ext", "page", "catalog", "catalogue", "part", "product", "rx",
      "prescription", "store", "triage", "wristband", "band", "conversation", "chat", "channel",
      "radio", "aircraft", "route", "trip", "delivery", "shipment", "package", "parcel", "appointment", "queue",
      "token", "gate", "door", "lock", "locker", "transaction", "receipt", "cheque", "check", "vaccine", "vial",
      "bottle", "blood", "donation", "phone", "tel", "telephone", "mobile", "fax", "contact", "social", "security",
      "vehicle", "plate", "police", "sheriff", "crime", "analysis", "calibration", "training", "course", "house"};
  return listHas(kVeto, lower);
}

bool isHealthPlanWord(std::string_view lower) {
  // ("plan", "fund", "carrier", "payer" and "assurance" are left out: a care plan, a pension
  // fund, a shipping carrier, a payer's routing ID and quality assurance are no coverage.)
  static constexpr std::string_view kWords[] = {
      "insurance", "insured",  "insurer",  "member",  "membership", "policy",   "subscriber", "beneficiary",
      "scheme",    "coverage", "cover",    "benefit", "benefits",   "medicaid", "medicare",   "mutual",
      "mutuelle",  "seguro",   "asegurado", "afiliado", "derechohabiente", "isapre", "fonasa", "hmo"};
  return listHas(kWords, lower);
}

bool isRecordWord(std::string_view lower) {
  static constexpr std::string_view kWords[] = {"record", "records", "chart", "patient",
                                                            "hospital", "clinic",  "registry"};
  return listHas(kWords, lower);
}

bool isFileWord(std::string_view lower) {
  static constexpr std::string_view kWords[] = {
      "account",  "acct",     "case",    "file",    "claim",      "client",   "household", "family",
      "welfare",  "student",  "pupil",   "employee", "compensation", "billing", "encounter",
      "visit",    "episode",  "admission", "ration", "assistance", "intake"};
  return listHas(kWords, lower);
}

bool isCardWord(std::string_view lower) {
  static constexpr std::string_view kWords[] = {
      "licence",   "license",    "licencia",  "permit",      "permis",     "certificate", "certificado",
      "passport",  "pasaporte",  "passeport", "identity",    "identidad",  "identité",    "identite",
      "identification", "identificación", "identificacion", "national", "nacional", "citizen", "citizenship",
      "voter",     "electoral",      "residence",   "residency",  "alien",       "immigration",
      "cédula",    "cedula",     "dni",       "tribal",      "census",     "consular",    "refugee",
      "asylum",    "birth",      "card",       "green",      "individual"};
  return listHas(kWords, lower);
}

// A place that holds a licence or a certificate of its own: "Clinic licence no.", "Pharmacy permit".
// A payment card's number is an account: "Credit card no." (the nineteenth family's convention).
bool isPaymentCardWord(std::string_view lower) {
  return lower == "credit" || lower == "debit" || lower == "bank" || lower == "payment";
}

bool isFacilityWord(std::string_view lower) {
  static constexpr std::string_view kWords[] = {"clinic", "hospital", "facility", "practice", "agency", "pharmacy",
                                                            "laboratory", "lab",     "business", "premises"};
  return listHas(kWords, lower);
}

// Words that sit between the noun of a label and its value without saying whose number it is:
// "Refugee ID card no.", "Tribal enrollment card #", "Household ref no.".
bool isNeutralLabelWord(std::string_view lower) {
  static constexpr std::string_view kWords[] = {"id",         "card",         "ident",          "registration",
                                                "enrollment", "enrolment",    "identification", "ref",
                                                "reference",  "no",           "number",         "num",
                                                "nr",         "nbr",          "nº",             "n°",
                                                "núm",        "nro",          "numbers"};
  return listHas(kWords, lower);
}

// Cards whose numbers are no person's identity or file: a payment card is an account (below), a
// screening card the key of a laboratory's record (scan_identifiers.cpp), the others no PHI.
bool isOtherCardWord(std::string_view lower) {
  static constexpr std::string_view kWords[] = {
      "gift",  "loyalty", "rewards", "discount", "business", "calling", "sim",      "memory", "sd",
      "key",   "score",   "index",   "flash",    "test",     "greeting", "reminder", "library", "parking",
      "access", "swipe",  "time",    "transit",  "screening", "spot",    "reader",   "graphics", "sound",
      "network", "report", "wound",  "kanban",   "recipe",   "cue",      "playing",  "vaccination", "immunisation",
      "immunization", "yellow", "red", "white", "orange", "discharge", "medication", "allergy", "alert",
      "emergency", "warfarin", "anticoagulant", "steroid", "wallet", "prompt", "punch"};
  return listHas(kWords, lower);
}

// The category a label's noun names (false for none): a coverage, a record, a file, a card.
bool categoryOfNoun(std::string_view w, PhiCategory& category) {
  if (isHealthPlanWord(w)) {
    category = C::HealthPlan;
  } else if (isRecordWord(w)) {
    category = C::Mrn;
  } else if (isFileWord(w)) {
    category = C::Account;
  } else if (isCardWord(w)) {
    category = C::License;
  } else {
    return false;
  }
  return true;
}

// A gap inside a label: one space, a hyphen, an apostrophe or a slash ("Child's", "ID-card").
bool labelGap(std::string_view gap) {
  return gap == " " || gap == "-" || gap == "'" || gap == "/" || gap == "’" || gap == " / ";
}

// Between the label and its value: ":", "#", ".", "=" and spaces on one line ("No.: ", " # ").
bool valueGap(std::string_view gap) {
  return !gap.empty() && gap.size() <= 6 && gapOnly(gap, " \t:#.=", 6) && gap.find("..") == std::string_view::npos;
}

// A phone's shape that a label's value must not have: "555-1234", "907-555-1234".
bool phoneShape(std::string_view value) {
  const std::size_t a = digitRun(value, 0);
  if (a == value.size()) return false;
  if (a == 3 && value[3] == '-' && digitRun(value, 4) == 4 && value.size() == 8) return true;
  return a == 3 && value.size() == 12 && value[3] == '-' && digitRun(value, 4) == 3 && value[7] == '-' &&
         digitRun(value, 8) == 4;
}

// The value after a label at token v: an identifier's shape that is no date, quantity, phone,
// version or short count. `marked` is a ":", "#" or number head before it; `facility` claims the
// value as holding no PHI (a clinic's own licence).
void pushValue(const ScanInput& in, std::size_t v, bool marked, PhiCategory category, bool facility,
               std::size_t found, Candidates& out) {
  const std::string_view text = in.text;
  const auto& tokens = in.tokens;
  const std::size_t start = tokens[v].start;
  const std::size_t end = identifierEnd(text, start);
  const std::string_view value = text.substr(start, end - start);
  if (!looksLikeIdentifier(value) || value.find('.') != std::string_view::npos || dateLikeValue(value) ||
      quantityAfter(text, end) || phoneShape(value)) {
    return;
  }
  const auto digits = std::count_if(value.begin(), value.end(), [](char c) { return isDigit(c); });
  const bool letters = std::any_of(value.begin(), value.end(), [](char c) { return isAsciiAlpha(c); });
  if (!(strongIdentifierValue(value) || (marked && (digits >= 5 || (digits >= 4 && letters))))) {
    return;
  }
  // A number another rule claimed as holding no PHI, or already read in this category, stays so.
  for (std::size_t f = 0; f < found; ++f) {
    const Candidate& c = out[f];
    if (c.start < end && start < c.end &&
        (c.veto || (!facility && c.start == start && c.end == end && c.category == category))) {
      return;
    }
  }
  out.push_back({start, end, category, priority::kKeywordId + 1, facility});
}

bool romanceCategory(std::string_view w, PhiCategory& category);

void labelAt(const ScanInput& in, std::size_t h, std::size_t found, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::size_t v = h + 1;
  if (v >= tokens.size()) return;
  const std::string_view gap = gapBetween(in, h, v);
  if (!valueGap(gap)) return;
  const bool hash = gap.find('#') != std::string_view::npos;
  const bool marked = hash || gap.find(':') != std::string_view::npos || gap.find('=') != std::string_view::npos;
  const std::string_view head = tokens[h].lower;
  const bool numberHead = isNumberHead(head);
  const bool thingHead = isThingHead(head);
  // Without a head word the "#" is the head: "Ration card # 4471-22".
  if (!numberHead && !thingHead && !hash) return;
  if (tokens[h].hasDigit || !tokens[h].hasLetter) return;
  // The words of the label, at most four before the head, on its line.
  std::size_t from = h;
  while (from > 0 && h + 1 - from <= 4) {
    const Token& w = tokens[from - 1];
    if (w.hasDigit || !w.hasLetter || w.length() > 20 || !labelGap(gapBetween(in, from - 1, from))) break;
    --from;
  }
  for (std::size_t k = from; k <= h; ++k) {
    if (isVetoWord(tokens[k].lower) || isEquipmentWord(tokens[k].lower)) return;
  }
  // The noun of the label is the last word before the head that is no neutral word: the thing
  // numbered ("Auto insurer claim no." is a claim's, "Tribal enrollment card #" a tribal card's).
  std::size_t noun = h + 1;
  bool card = false;
  for (std::size_t k = h + 1; k > from; --k) {
    if (!isNeutralLabelWord(tokens[k - 1].lower)) {
      noun = k - 1;
      break;
    }
    card = card || tokens[k - 1].lower == "card";
  }
  if (noun > h) return;
  const std::string_view nounWord = tokens[noun].lower;
  // The UK's National Insurance number is the person's social security number, not a cover.
  if (nounWord == "insurance" && noun > from && tokens[noun - 1].lower == "national") return;
  PhiCategory category = C::Mrn;
  // A Spanish, French or Portuguese noun may come before its head too: "cuenta N° 668509160".
  if (!categoryOfNoun(nounWord, category) && !romanceCategory(nounWord, category)) {
    // Any other card marked as numbered is a card the person carries ("MOI card: BCA-977200",
    // "Voter card no. 4471-2231"), unless it is a card of another kind ("Gift card no.").
    if (!card || !(marked || numberHead) || isOtherCardWord(nounWord)) return;
    category = isPaymentCardWord(nounWord) ? C::Account : C::License;
  }
  // A clinic's or a pharmacy's own licence or permit is no person's: claimed as holding no PHI,
  // so that the tables' "licence" and "permit" leave it too.
  bool facility = false;
  if (category == C::License) {
    for (std::size_t k = from; k <= h; ++k) facility = facility || isFacilityWord(tokens[k].lower);
  }
  // A known keyword that holds the noun decides ("Member ID", "Claim no.", "Smart card"): the tables
  // read those with their own exceptions. One that holds only the head ("ID", "Ref") does not.
  for (std::size_t k = from; k <= noun && !facility; ++k) {
    PhiCategory known = C::Mrn;
    const std::size_t words = identifierKeywordAt(in, k, known);
    if (words > 0 && k + words > noun) return;
  }
  pushValue(in, v, marked || numberHead, category, facility, found, out);
}


// Spanish, French and Portuguese put the head first: "Número de cédula:", "N° de carte
// d'identité :", "Nº do cartão de beneficiário:", "No. de afiliación:". The kind is the first noun
// after the preposition, or, after a word for the card or document itself ("tarjeta", "carte",
// "carnet", "credencial"), the last noun.
bool isRomanceHead(std::string_view lower) {
  static constexpr std::string_view kHeads[] = {"número", "numero", "numéro", "nº", "n°", "no", "núm", "nro", "num"};
  return listHas(kHeads, lower);
}

bool isRomancePreposition(std::string_view lower) {
  return lower == "de" || lower == "del" || lower == "da" || lower == "do" || lower == "d";
}

bool isRomanceCarrier(std::string_view lower) {
  static constexpr std::string_view kWords[] = {"tarjeta", "carte",   "cartão", "cartao", "carnet", "carné",
                                                "cartilla", "credencial", "carteira", "documento", "document"};
  return listHas(kWords, lower);
}

// The kind whose words hold `w` (false for none): a coverage, a record, a file or a card, as
// categoryOfNoun's for English nouns.
bool categoryInLists(std::string_view w, std::span<const std::string_view> plan, std::span<const std::string_view> record,
                     std::span<const std::string_view> file, std::span<const std::string_view> card,
                     PhiCategory& category) {
  if (listHas(plan, w)) {
    category = C::HealthPlan;
  } else if (listHas(record, w)) {
    category = C::Mrn;
  } else if (listHas(file, w)) {
    category = C::Account;
  } else if (listHas(card, w)) {
    category = C::License;
  } else {
    return false;
  }
  return true;
}

// The kind a Spanish, French or Portuguese noun names (false for none).
bool romanceCategory(std::string_view w, PhiCategory& category) {
  static constexpr std::string_view kPlan[] = {"afiliación", "afiliacion", "afiliado",  "asegurado", "beneficiario",
                                               "beneficiário", "adhérent", "adherent", "assuré",    "assure",
                                               "segurado",  "derechohabiente", "socio", "mutuelle"};
  // (The hospital's "processo" of Portuguese-speaking Africa: "Nº de processo: 123456".)
  static constexpr std::string_view kRecord[] = {"expediente", "historia", "dossier", "paciente", "prontuário",
                                                 "prontuario", "ficha",    "patient",  "processo"};
  // (A stay's number is the encounter's, an account as the English "admission no." is: "N°
  // d'hospitalisation", "Nº de internamento", "N° de ingreso".)
  static constexpr std::string_view kFile[] = {"cuenta", "caso", "reclamo", "reclamación", "reclamacion",
                                               "siniestro", "compte", "conta", "sinistre", "hospitalisation",
                                               "hospitalización", "hospitalizacion", "internamento", "internação",
                                               "internacao", "ingreso"};
  static constexpr std::string_view kCard[] = {"cédula",    "cedula",   "identidad", "identité", "identite",
                                               "identidade", "pasaporte", "passeport", "passaporte", "licencia", "eleitor",
                                               "licença",   "permis",   "permiso",   "elector",  "electoral",
                                               "séjour",    "sejour",   "residencia", "residente", "inmigrante",
                                               "refugiado", "réfugié",  "conducir",  "habilitação", "identificación",
                                               "identificacion", "identification"};
  return categoryInLists(w, kPlan, kRecord, kFile, kCard, category);
}

// Words of Spanish, French and Portuguese numbers that are no person's: lots, orders, rooms and
// beds, phones, invoices, prescriptions, forms, series, models, versions, social security.
bool isRomanceVeto(std::string_view lower) {
  static constexpr std::string_view kWords[] = {
      "lote", "pedido", "orden", "habitación", "habitacion", "cama", "teléfono", "telefono", "telefone", "téléphone",
      "telephone", "chambre", "lit", "commande", "factura", "facture", "fatura", "receta", "ordonnance", "serie",
      "série", "modelo", "modèle", "versión", "version", "formulario", "formulaire", "protocolo", "protocole",
      "social", "sociale", "fiscal", "quarto", "leito", "celular", "móvil", "movil", "portable", "page", "página",
      "visitas", "pacientes", "camas", "dosis", "dose", "doses", "semanas", "jours", "días", "dias"};
  return listHas(kWords, lower);
}

// Token h ends a head-first label whose value follows: "Número de cédula: 0912345678".
void romanceLabelAt(const ScanInput& in, std::size_t h, std::size_t found, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::size_t v = h + 1;
  const std::string_view gap = gapBetween(in, h, v);
  if (!valueGap(gap) || gap.find_first_of(":#") == std::string_view::npos) return;
  // Back from h over at most four words (nouns and inner prepositions) to the preposition after the head.
  std::size_t p = h;
  for (std::size_t words = 0; words < 4 && p > 1; ++words) {
    const Token& t = tokens[p];
    if (t.hasDigit || !t.hasLetter || !labelGap(gapBetween(in, p - 1, p))) return;
    if (isRomancePreposition(tokens[p - 1].lower) && isRomanceHead(tokens[p - 2].lower) &&
        labelGap(gapBetween(in, p - 2, p - 1))) {
      break;
    }
    --p;
  }
  if (p < 2 || !isRomancePreposition(tokens[p - 1].lower) || !isRomanceHead(tokens[p - 2].lower)) return;
  // p is the first noun; the head is p - 2.
  for (std::size_t k = p; k <= h; ++k) {
    const std::string_view w = tokens[k].lower;
    if (isVetoWord(w) || isRomanceVeto(w) || isEquipmentWord(w)) return;
  }
  std::size_t kind = p;
  if (isRomanceCarrier(tokens[p].lower)) {
    kind = h;
    while (kind > p && isRomancePreposition(tokens[kind].lower)) --kind;
  }
  PhiCategory category = C::Mrn;
  if (!romanceCategory(tokens[kind].lower, category) && !categoryOfNoun(tokens[kind].lower, category)) {
    // A card or document that names no kind is the person's: "Número de carnet: 4471-2231".
    if (kind != p || !isRomanceCarrier(tokens[p].lower)) return;
    category = C::License;
  }
  // The tables decide the labels they hold ("número de póliza", "no expediente", "historia clínica").
  for (std::size_t k = p - 2; k <= h; ++k) {
    PhiCategory known = C::Mrn;
    if (identifierKeywordAt(in, k, known) > 0) return;
  }
  pushValue(in, v, true, category, false, found, out);
}

// German, Dutch and Scandinavian labels glue the head to the noun: "Versichertennummer:",
// "Ausweisnr.", "Fallnummer", "polisnummer", "medlemsnummer". The stem before "nummer" or "nr"
// names the kind as an English noun does.
bool compoundCategory(std::string_view stem, PhiCategory& category) {
  static constexpr std::string_view kPlan[] = {"versicherten", "versicherungs", "versicherung", "mitglieds",
                                               "polis",        "verzekerden",   "verzekering",  "medlems",
                                               "forsikrings",  "försäkrings",   "forsakrings",  "sygesikrings",
                                               "krankenversicherten"};
  static constexpr std::string_view kRecord[] = {"patienten", "patiënt", "patient", "journal", "kranken"};
  static constexpr std::string_view kFile[] = {"fall", "konto", "dossier", "klanten", "kunden", "rekening"};
  static constexpr std::string_view kCard[] = {"ausweis",   "personalausweis", "reisepass", "pass",       "paspoort",
                                               "führerschein", "fuhrerschein", "rijbewijs", "identiteits", "legitimations",
                                               "id", "identitets", "pas", "körkorts", "forerkort", "kørekort"};
  return categoryInLists(stem, kPlan, kRecord, kFile, kCard, category);
}

// Token h is a compound label ending in its head, and the value follows.
void compoundLabelAt(const ScanInput& in, std::size_t h, std::size_t found, Candidates& out) {
  const Token& t = in.tokens[h];
  if (t.hasDigit || t.length() < 6 || t.length() > 24) return;
  std::string_view stem = t.lower;
  if (stem.ends_with("nummer")) {
    stem.remove_suffix(6);
  } else if (stem.ends_with("nr")) {
    stem.remove_suffix(2);
  } else {
    return;
  }
  // A linking "-" or "s" is no part of the stem: "Versicherten-Nr." is two tokens, "Kontos" none.
  if (stem.size() < 2) return;
  const std::string_view gap = gapBetween(in, h, h + 1);
  if (!valueGap(gap)) return;
  PhiCategory category = C::Mrn;
  if (!compoundCategory(stem, category)) return;
  PhiCategory known = C::Mrn;
  if (identifierKeywordAt(in, h, known) > 0) return;
  pushValue(in, h + 1, true, category, false, found, out);
}

// A worker's code on the worker's own line of a Spanish occupational record: "Trabajador: Juan
// Pérez    DNI 52114351    Código E390982" is the employer's number for the person, an account
// as "Employee no." is. Only on a line opened by the worker's label: a "código" elsewhere may be
// a postcode, a diagnosis or a product's.
void workerCodeAt(const ScanInput& in, std::size_t h, std::size_t found, Candidates& out) {
  const std::string_view word = in.tokens[h].lower;
  if (word != "código" && word != "codigo") return;
  const std::string_view gap = gapBetween(in, h, h + 1);
  if (gap != " " && gap != ": " && gap != ":") return;
  const std::string_view line = sameLineBefore(in.text, in.tokens[h].start, 120);
  std::size_t k = 0;
  while (k < line.size() && line[k] == ' ') ++k;
  static constexpr std::string_view kWorkers[] = {"trabajador:", "trabajadora:", "empleado:", "empleada:",
                                                  "colaborador:", "colaboradora:", "operario:", "operaria:"};
  bool worker = false;
  for (std::string_view label : kWorkers) {
    worker = worker || (k <= line.size() && startsCaselessAt(line, k, label));
  }
  if (worker) pushValue(in, h + 1, true, C::Account, false, found, out);
}

}  // namespace

void scanHeadedIdLabels(const ScanInput& in, Candidates& out) {
  const std::size_t before = out.size();
  for (std::size_t h = 0; h + 1 < in.tokens.size(); ++h) {
    // The value has a digit, or is letters joined to digits: "MOI card: BCA-977200".
    const Token& next = in.tokens[h + 1];
    if (in.tokens[h].hasDigit || !(next.hasDigit || (next.end + 1 < in.text.size() && (in.text[next.end] == '-' ||
                                                                                    in.text[next.end] == '/') &&
                                                      isDigit(in.text[next.end + 1])))) {
      continue;
    }
    labelAt(in, h, before, out);
    romanceLabelAt(in, h, before, out);
    compoundLabelAt(in, h, before, out);
    workerCodeAt(in, h, before, out);
  }
}

}  // namespace concord::phi::detail
