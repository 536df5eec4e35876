// The cue inventory for person names (see name_cues.h). Three kinds of cue:
//  - labels that need a colon ("Attending:", "Identifying data:" is not one: the colon alone is
//    no cue, the shape rule in scan_names.cpp covers such labels);
//  - phrases and role nouns that introduce a person with or without a colon ("spoke with",
//    "signed by", "wife", "crew lead", "pharmacist"): the words a clinician writes before a
//    person's name, whatever the template;
//  - lists ("cc:", "Care team:") that may carry several names.
// A role noun is only a weak cue (name_cues.h): "lead" before "Agnieszka Kowalczyk" is a cue,
// "lead placement" is not, because "placement" is an ordinary word.
#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "name_cues.h"

namespace concord::phi::detail {

namespace {

using Words = std::array<std::string_view, 4>;

// Labels that introduce a person only with a colon ("Provider: X"; "provider network" is prose).
constexpr Words kColonLabels[] = {
    {"patient", "name"}, {"name"}, {"pt", "name"}, {"full", "name"}, {"legal", "name"},
    // A camp's or a clinic's community health worker ("CHW: Heddwyn Pardon"; "CHW" after a name
    // stays a credential).
    {"chw"},
    // French and Portuguese forms' family and given name boxes ("Nom : Pelchat    Prénom : Lucien",
    // "NOM : BOULANGER-CÔTÉ", "Nome: Luzinete"), seed 2727.
    {"nom"}, {"pr\u00e9nom"}, {"pr\u00c9nom"}, {"nome"},
    {"preferred", "name"}, {"attending", "physician"}, {"provider"}, {"pcp"},
    {"primary", "care", "physician"}, {"primary", "care", "provider"}, {"referring"},
    {"referring", "physician"}, {"referring", "provider"}, {"author"}, {"signature"},
    {"signed"}, {"emergency", "contact"}, {"next", "of", "kin"}, {"nok"}, {"witness"},
    {"consultant"}, {"re"}, {"proxy"}, {"assistant"}, {"ordering"}, {"client"}, {"caller"},
    {"historian"}, {"source"}, {"recipient"}, {"sender"}, {"subscriber"}, {"insured"},
    {"policyholder"}, {"beneficiary"}, {"parent"}, {"attention"}, {"scribe"},
    {"requestor"}, {"requester"}, {"physician", "name"}, {"provider", "name"},
    {"guardian", "name"}, {"contact", "name"}, {"resident", "name"}, {"nurse", "name"},
    {"mother", "name"}, {"father", "name"}, {"spouse", "name"},
    // Message headers and staff lists: "From: X", "To: X", "Cosigned: X", "Anesthesia: X".
    {"from"}, {"to"}, {"cosigned"}, {"cosigner"}, {"submitting", "physician"}, {"anesthesia"},
    {"verified", "by"}, {"approved", "by"},
    // The subject of a form: "Participant: X", "Applicant: X", "Decedent: X", "Member: X".
    {"participant"}, {"applicant"}, {"athlete"}, {"decedent"}, {"member"}, {"examiner"},
    {"enrollee"}, {"donor"}, {"resident"}, {"deceased"}, {"representative"}, {"prescriber"},
    {"prescribing", "provider"}, {"prescribing", "physician"}, {"requesting", "provider"},
    // Research, transplant, legal and travel forms; shift handoffs ("Off-going: X -> on-coming: Y").
    {"candidate"}, {"proband"}, {"evaluator"}, {"interviewer"}, {"traveler"}, {"traveller"},
    {"employee"}, {"inmate"}, {"detainee"},
    // (A prison's medical forms name their patient by the prisoner's word: "PRISONER: X", Dutch
    // "Gedetineerde: X", French "Détenu : X", Spanish "Recluso: X"; and the parents' name boxes of
    // the Bosnian, Croatian, Montenegrin and Serbian forms, "Ime oca: X", "Ime majke: X".)
    {"prisoner"}, {"gedetineerde"}, {"d\u00e9tenu"}, {"d\u00e9tenue"}, {"recluso"}, {"reclusa"},
    {"ime", "oca"}, {"ime", "majke"}, {"rider"}, {"tenant"}, {"patron"}, {"maiden"}, {"identifying", "data"}, {"defense", "counsel"}, {"counsel"}, {"off", "going"},
    {"on", "coming"}, {"offgoing"}, {"oncoming"}, {"infant"}, {"newborn"},
    // Registration forms split the name: "LAST NAME: WELLS   FIRST: ABDOULAYE", "Preferred: Lark".
    {"veteran"}, {"service", "member"}, {"specialist"}, {"user"},
    // Transport, safeguarding and letters: "Pick up: X", "Alleged victim: X", "To whom it may concern: X was".
    {"pick", "up"}, {"pickup"}, {"alleged", "perpetrator"}, {"alleged", "victim"}, {"perpetrator"}, {"victim"},
    {"it", "may", "concern"},
    // ("last" alone heads the family name of a split name, as in a log's first="Shanice" last="Whitfield".)
    {"first"}, {"last"}, {"first", "name"}, {"last", "name"}, {"given", "name"}, {"surname"}, {"family", "name"},
    {"middle"}, {"middle", "name"}, {"maiden", "name"},
    {"middle", "name"}, {"preferred"}, {"nickname"},
    {"guarantor"}, {"collector"}, {"collected", "by"}, {"rx", "for"}, {"person", "affected"},
    // Other names a person goes by and the names on documents: "Other names used: X (maiden name)",
    // "AKA: X", "Name on ID: X" ("Maiden name: X" is the "name" label). Holders and owners:
    // "Account holder: X", "Registered owner: X", "Support person: X". (Only the last word opens
    // the label, so that frequent words such as "other" or "account" start no cue.)
    {"names", "used"}, {"aka"}, {"alias"}, {"person"}, {"cardholder"}, {"owner"}, {"holder"},
    // Parties to forms and proceedings: "Proposer: X", "Claimant: X", "Petitioner: X".
    {"proposer"}, {"reporter"}, {"signer"}, {"signatory"}, {"nominee"}, {"assignee"}, {"payee"}, {"referrer"},
    {"claimant"}, {"respondent"}, {"petitioner"}, {"plaintiff"}, {"defendant"}, {"complainant"},
    // Customers of banks, shops and travel: "Customer: X", "Guest: X", "Passenger: X", "Camper: X".
    {"customer"}, {"guest"}, {"passenger"}, {"camper"}, {"attendee"}, {"presenter"}, {"handler"}, {"responder"},
    // The theatre team and other staff fields: "Scrub: X (scrub)", "Circulating: X", "Rep: X", "Outreach: X".
    {"scrub"}, {"circulating"}, {"circulator"}, {"rep"}, {"outreach"},
    {"name", "given"},
    // Spanish and Portuguese forms: "Paciente: X", "Nombre: X", "Nome: X".
    {"paciente"}, {"nombre"}, {"nome"}, {"apellidos"}, {"apellido"}, {"sobrenome"},
    // Indonesian forms: "Nama: Kasmadi", "Pasien: SUMARNI" (seed 2828).
    {"nama"}, {"pasien"}, {"perawat"},
    // Physiotherapists' labels of Romanian, Czech, Hungarian and Indonesian records ("Kinetoterapeut:
    // Veturia Țurcanu", "Fyzioterapeutka:", "Gyógytornász:", "Fisioterapis:").
    {"kinetoterapeut"}, {"fyzioterapeut"}, {"fyzioterapeutka"}, {"gy\u00f3gytorn\u00e1sz"}, {"fisioterapis"},
    // Workers and patients of German and Serbian forms ("Mitarbeiter/in: X", "Pacijent: X").
    {"mitarbeiter"}, {"mitarbeiterin"}, {"pacijent"},
    // The carer on Bosnian, Croatian and Serbian home-care forms ("Njegovatelj: Emir Hodžić"), seed 3131.
    {"njegovatelj"}, {"njegovateljica"},
    // The father's name on Albanian forms ("Atësia: Agim"), a name span of its own (seed 3131).
    {"at\u00ebsia"}, {"at\u00cbsia"},
    // The father's and the mother's given name on Serbian, Montenegrin, Bosnian and Croatian forms,
    // beside the personal number ("Ime oca: Veselin", "Име оца: Веселин"; tokens are lowered in
    // ASCII only, so the Cyrillic capital is listed too).
    {"ime", "oca"}, {"ime", "majke"}, {"\u0438\u043c\u0435", "\u043e\u0446\u0430"},
    {"\u0418\u043c\u0435", "\u043e\u0446\u0430"}, {"\u0438\u043c\u0435", "\u043c\u0430\u0458\u043a\u0435"},
    {"\u0418\u043c\u0435", "\u043c\u0430\u0458\u043a\u0435"},
    {"name", "on", "id"}, {"name", "on", "file"}, {"name", "on", "card"}, {"name", "on", "both"},
    {"name", "on", "record"}, {"name", "as", "printed"}, {"name", "on", "chart"}, {"name", "only"},
    // Hospital offices' forms of seed 3232: Estonian name, family and given name, contact person,
    // applicant and patient ("Perekonnanimi: Tamm   Eesnimi: Margus", "Kontaktisik:", "Taotleja:",
    // "Patsient:"), the Slovenian payer ("Plačnik:", tokens are lowered in ASCII only, so the capital
    // "Č" is listed too), the Azerbaijani patient and payer ("Pasiyent:", "Ödəyici:") and the
    // Kinyarwanda cashier ("Umucungamari:").
    {"nimi"}, {"perekonnanimi"}, {"eesnimi"}, {"kontaktisik"}, {"taotleja"}, {"patsient"},
    {"pla\u010dnik"}, {"pla\u010cnik"}, {"pasiyent"}, {"\u00d6d\u0259yici"}, {"\u00f6d\u0259yici"}, {"umucungamari"},
    // The name box of Danish, Norwegian and Faroese forms and its Icelandic form ("Navn: Guðrun í Líð",
    // "Nafn:"), and the Faroese nurse and home nurse and the doctor ("Heimasjúkrarøktarfrøðingur:
    // Rannvá Dam", "Lækni:"), seed 3434.
    {"navn"}, {"nafn"}, {"sj\u00fakrar\u00f8ktarfr\u00f8\u00f0ingur"},
    {"heimasj\u00fakrar\u00f8ktarfr\u00f8\u00f0ingur"}, {"Heimasj\u00fakrar\u00f8ktarfr\u00f8\u00f0ingur"},
    {"Sj\u00fakrar\u00f8ktarfr\u00f8\u00f0ingur"}, {"l\u00e6kni"}, {"L\u00e6kni"},
    // Greek forms of Greece and Cyprus (patient, beneficiary, full name, name, surname, father's
    // name, doctor, nurse, guardian, spouse, relative, witness: "Δικαιούχος: Χρίστος Ιωάννου"), in
    // the three cases a form writes them (tokens are lowered in ASCII only), seed 3434.
    {"\u03b1\u03c3\u03b8\u03b5\u03bd\u03ae\u03c2"}, {"\u0391\u03c3\u03b8\u03b5\u03bd\u03ae\u03c2"},
    {"\u0391\u03a3\u0398\u0395\u039d\u0397\u03a3"}, {"\u03b4\u03b9\u03ba\u03b1\u03b9\u03bf\u03cd\u03c7\u03bf\u03c2"},
    {"\u0394\u03b9\u03ba\u03b1\u03b9\u03bf\u03cd\u03c7\u03bf\u03c2"},
    {"\u0394\u0399\u039a\u0391\u0399\u039f\u03a5\u03a7\u039f\u03a3"},
    {"\u03bf\u03bd\u03bf\u03bc\u03b1\u03c4\u03b5\u03c0\u03ce\u03bd\u03c5\u03bc\u03bf"},
    {"\u039f\u03bd\u03bf\u03bc\u03b1\u03c4\u03b5\u03c0\u03ce\u03bd\u03c5\u03bc\u03bf"},
    {"\u039f\u039d\u039f\u039c\u0391\u03a4\u0395\u03a0\u03a9\u039d\u03a5\u039c\u039f"},
    {"\u03cc\u03bd\u03bf\u03bc\u03b1"}, {"\u038c\u03bd\u03bf\u03bc\u03b1"}, {"\u039f\u039d\u039f\u039c\u0391"},
    {"\u03b5\u03c0\u03ce\u03bd\u03c5\u03bc\u03bf"}, {"\u0395\u03c0\u03ce\u03bd\u03c5\u03bc\u03bf"},
    {"\u0395\u03a0\u03a9\u039d\u03a5\u039c\u039f"}, {"\u03c0\u03b1\u03c4\u03c1\u03ce\u03bd\u03c5\u03bc\u03bf"},
    {"\u03a0\u03b1\u03c4\u03c1\u03ce\u03bd\u03c5\u03bc\u03bf"}, {"\u03b9\u03b1\u03c4\u03c1\u03cc\u03c2"},
    {"\u0399\u03b1\u03c4\u03c1\u03cc\u03c2"}, {"\u0399\u0391\u03a4\u03a1\u039f\u03a3"},
    {"\u03bd\u03bf\u03c3\u03b7\u03bb\u03b5\u03cd\u03c4\u03c1\u03b9\u03b1"},
    {"\u039d\u03bf\u03c3\u03b7\u03bb\u03b5\u03cd\u03c4\u03c1\u03b9\u03b1"},
    {"\u03bd\u03bf\u03c3\u03b7\u03bb\u03b5\u03c5\u03c4\u03ae\u03c2"},
    {"\u039d\u03bf\u03c3\u03b7\u03bb\u03b5\u03c5\u03c4\u03ae\u03c2"},
    {"\u03ba\u03b7\u03b4\u03b5\u03bc\u03cc\u03bd\u03b1\u03c2"},
    {"\u039a\u03b7\u03b4\u03b5\u03bc\u03cc\u03bd\u03b1\u03c2"}, {"\u03c3\u03cd\u03b6\u03c5\u03b3\u03bf\u03c2"},
    {"\u03a3\u03cd\u03b6\u03c5\u03b3\u03bf\u03c2"}, {"\u03c3\u03c5\u03b3\u03b3\u03b5\u03bd\u03ae\u03c2"},
    {"\u03a3\u03c5\u03b3\u03b3\u03b5\u03bd\u03ae\u03c2"}, {"\u03bc\u03ac\u03c1\u03c4\u03c5\u03c1\u03b1\u03c2"},
    {"\u039c\u03ac\u03c1\u03c4\u03c5\u03c1\u03b1\u03c2"},
};

// Lists: "cc: A, B and C".
constexpr Words kListLabels[] = {
    {"cc"}, {"care", "team"}, {"team"}, {"copies", "to"}, {"present"}, {"family"},
    {"participants"}, {"attendees"}, {"distribution"}, {"crew"},
    // Who is in the room: "Family at bedside: A, B", "Visitors: A and B".
    {"bedside"}, {"visitors"},
};

// Phrases that put a person right after them, colon or not.
constexpr Words kPhrases[] = {
    {"dictated", "by"}, {"transcribed", "by"}, {"signed", "by"}, {"electronically", "signed", "by"},
    {"cosigned", "by"}, {"seen", "by"}, {"reviewed", "by"}, {"examined", "by"}, {"referred", "by"},
    {"accompanied", "by"}, {"performed", "by"}, {"authored", "by"}, {"requested", "by"},
    {"brought", "in", "by"}, {"spoke", "with"}, {"spoke", "to"}, {"talked", "with"},
    {"talked", "to"}, {"discussed", "with"}, {"reviewed", "with"}, {"met", "with"},
    {"consulted", "with"}, {"confirmed", "with"}, {"lives", "with"}, {"living", "with"},
    {"staying", "with"}, {"care", "of"}, {"on", "behalf", "of"}, {"seeing"},
    {"regarding"}, {"called"}, {"notified"}, {"paged"}, {"informed"}, {"attn"},
    {"social", "worker"}, {"social", "work"}, {"case", "manager"}, {"charge", "nurse"}, {"primary", "nurse"},
    {"next", "of", "kin"}, {"emergency", "contact"}, {"health", "care", "proxy"},
    {"power", "of", "attorney"}, {"signed", "out", "by"}, {"signed", "out", "to"}, {"handed", "off", "to"},
    // In-law kin, written with hyphens ("sister-in-law Sanne"; the hyphen gaps match).
    {"sister", "in", "law"}, {"brother", "in", "law"}, {"mother", "in", "law"},
    {"father", "in", "law"}, {"daughter", "in", "law"}, {"son", "in", "law"},
    // Prayers, messages and newborns: "prayed with patient and X",
    // "Please tell X", "Hi X,", "Baby Girl X" ("visited" is no cue: "visited Boston").
    // Agents written with a colon or in capitals: "Reported by: X", "Consent obtained by: X",
    // "Received by: X", "Final to follow by X".
    {"reported", "by"}, {"received", "by"}, {"obtained", "by"}, {"completed", "by"},
    {"witnessed", "by"}, {"to", "follow", "by"}, {"administered", "by"}, {"prepared", "by"},
    // A maiden name: "Ana Ruiz (née Haugen)".
    {"n\u00e9e"}, {"nee"},
    {"prayed", "with"}, {"patient", "and"}, {"please", "tell"}, {"hi"}, {"hello"},
    {"dear"}, {"baby", "girl"}, {"baby", "boy"},
    // Twins and triplets not yet named are labelled before the family name ("Triplet 2 Mothersole",
    // "Twin A of Okafor"); a weak cue, so "Twin A Apgar 8/9" stays prose.
    {"twin", "a"}, {"twin", "b"}, {"twin", "1"}, {"twin", "2"}, {"twin", "a", "of"}, {"twin", "b", "of"},
    {"twin", "1", "of"}, {"twin", "2", "of"}, {"triplet", "1"}, {"triplet", "2"}, {"triplet", "3"},
    {"triplet", "a"}, {"triplet", "b"}, {"triplet", "c"},
    // Who helps: "Coping with support from Sayantani."; certificates: "This is to certify that X".
    {"support", "from"}, {"certify", "that"},
    // A caller or patient naming themself: "this is Keoni, I'm calling", "my name is Dolores,".
    // These take any capitalised word, but only when the name ends the clause (tryLabel).
    {"this", "is"}, {"my", "name", "is"}, {"name", "is"}, {"its"}, {"it", "s"}, {"is", "this"},
    // "appt w/ zacarías velásquez", "spoke w/ Dr. Ruiz".
    {"w"},
    // Letters and message threads: "Please excuse Ana Ruiz from work", "Reply from H Bass, NP".
    {"please", "excuse"}, {"reply", "from"}, {"i", "designate"}, {"designate"}, {"appoints"}, {"appoint"},
    // Outreach and follow-up: "Met Siti at the encampment", "Will look for Siti again".
    {"met"}, {"look", "for"},
    // Who decided and whom to reach: "Per Nazaire, OK to continue", "OK per Sellers.", "page
    // Bernardo if SBP < 90", "call Yoselin in Apia", "stays with Guled in Dearborn".
    {"per"}, {"page"}, {"call"}, {"stays", "with"}, {"stay", "with"},
    // Reminders and messages: "Alexa, remind Orla-Mae to",
    // "tell Ignatia we love her", "Alert texted to Obdulio at ...".
    {"remind"}, {"tell"}, {"texted", "to"},
    // Spanish greetings and introductions: "Hola doctora Nguyen-Desrosiers, soy Faisa,".
    {"hola"}, {"soy"}, {"doctora"},
    // Greetings and thanks that open a chat's or a mail's message worldwide, before the one
    // greeted: "Ciao Giulia,", "Merhaba Ayşe,", "Jambo Juma,", "Namaste Priya ji,", "Obrigada,
    // Luiza!" (session of 2026-11-28, conversations).
    {"ciao"}, {"grazie"}, {"merhaba"}, {"hej"}, {"hallo"}, {"jambo"}, {"sannu"}, {"kumusta"}, {"namaste"},
    {"mulembe"}, {"habari"}, {"sawubona"}, {"obrigada"}, {"obrigado"}, {"gracias"}, {"bonjour"}, {"bonsoir"},
    {"salam"}, {"salaam"}, {"halo"},
    // Nicknames: 'goes by "Bo"', 'known as "Scooter"', "prefers to be called Peanut".
    {"goes", "by"}, {"known", "as"}, {"nicknamed"},
    // A person identified at the bedside: "IDENTIFIED AS VAN HORN, QUYNH PER WRISTBAND".
    {"identified", "as"},
};

// Role nouns: kin, carers and the people of a care team, as clinicians write them before a
// name ("wife Karen", "Pharmacist: Lee", "crew lead Noor Miller").
constexpr std::string_view kRoleNouns[] = {
    "patient", "pt", "daughter", "dtr", "son", "wife", "husband", "mother", "father", "sister", "brother",
    "spouse", "partner", "niece", "nephew", "granddaughter", "grandson", "grandmother",
    "grandfather", "grandparent", "grandchild", "stepmother", "stepfather", "stepson",
    "stepdaughter", "stepsister", "stepbrother", "goddaughter", "godson", "godmother",
    "godfather", "godparent", "fianc\u00e9", "fianc\u00e9e", "aunt", "uncle", "cousin", "sibling", "twin", "mom", "dad", "fiance",
    "fiancee", "boyfriend", "girlfriend", "roommate", "friend", "neighbor", "neighbour",
    "caregiver", "carer", "caretaker", "companion", "guardian", "sponsor", "landlord", "employer",
    "coworker", "colleague", "informant", "contact", "tracer", "vaccinator", "surrogate", "interpreter", "translator",
    "escort", "visitor", "pastor", "chaplain", "attorney", "lawyer", "nurse", "rn", "np", "lpn",
    "cna", "physician", "doctor", "attending", "resident", "fellow", "intern", "hospitalist",
    "surgeon", "anesthesiologist", "anaesthetist", "therapist", "pharmacist", "dietitian",
    // Allied-health staff who sign rehabilitation notes ("Orthotist: Delmar Yelverton, CO"), after
    // the twenty-eighth family (seed 2828).
    "physiotherapist", "orthotist", "prosthetist", "physio",
    // Honorifics said before a given name in Thailand ("khun Somchai") and in Java ("mbah Poniman", a
    // grandparent; "Ibu Sumarni", "Bapak Paimin"), written in lower case in family chats.
    "khun", "mbah", "ibu", "bapak",
    // ("MW: Aneka Dube", "HV S. Rousseau-Hale": a British midwife and health visitor, abbreviated.)
    "nutritionist", "psychologist", "psychiatrist", "counselor", "counsellor", "midwife", "mw", "hv",
    "doula", "coordinator", "navigator", "advocate", "officer", "supervisor", "manager",
    "technician", "tech", "technologist", "paramedic", "medic", "emt", "aide", "volunteer",
    "lead", "driver", "dispatcher", "scribe", "student", "pcp", "provider", "clinician", "practitioner",
    "hygienist", "dentist", "optometrist", "audiologist", "sonographer", "phlebotomist", "examiner",
    "coach", "prosecutor", "crc", "proband", "mentor", "agent", "grandniece", "grandnephew", "prescriber", "client",
    // Office staff, household help, clergy and the users of an audit log: "my secretary Branko",
    // "nanny Ofelia", "rabbi Katz", "user Awad viewed".
    "secretary", "receptionist", "scheduler", "nanny", "babysitter", "housekeeper", "sitter", "teacher",
    "minister", "priest", "rabbi", "imam", "deacon", "user",
    // People of inquiries, courts, boards and community work: "Investigator Aukai", "Presenter
    // Bracken", "Deputy Tlatelpa witnessed", "promotora Yesenia", "MD Lieberman".
    "investigator", "presenter", "coroner", "deputy", "sergeant", "inspector", "auditor", "reviewer",
    "adjuster", "assessor", "notary", "clerk", "custodian", "executor", "trustee", "moderator",
    "facilitator", "principal", "paralegal", "promotora", "promotor", "md",
    // Specialists (isRoleNoun also knows them by their endings): "Retained pathologist: X".
    "pathologist", "radiologist", "cardiologist", "oncologist", "neurologist", "podiatrist", "obstetrician",
    "pediatrician", "paediatrician", "anesthetist", "crna", "perfusionist", "radiographer", "optician",
    // Callers, advisors and the youngest patients: "Caller Divina, cb ...", "Health advisor: X",
    // "infant Sifiso born 1/7", "Your baby Rigoberta", "Dr on overnight: K. Ozoliņa".
    // ("ICE Addilyn 377-214-9581": the contact in case of emergency.)
    // ("TUBE SST OPER D. FENSTERMAKER": an instrument's operator, shortened in its log.)
    "ice", "caller", "advisor", "adviser", "attendant", "operator", "oper", "screener",
    // ("RT Arliss Fenstermaker, RRT": a respiratory therapist on a flowsheet.)
    "rt", "gp", "registrar", "consultant", "caseworker", "keyworker", "worker", "infant", "baby", "newborn", "child",
    "parents", "grandparents", "children", "dr", "doctor",
    // Kin as they are called at home and in other languages ("Mum (Baukje)", "su hija Ngaire").
    "mum", "mummy", "mama", "papa", "grandma", "grandpa", "granny", "gran", "nan", "nana", "auntie", "aunty",
    "housemate", "flatmate", "landlady", "adoptee", "hija", "hijo", "esposa", "esposo", "madre", "padre",
    "hermana", "hermano", "nieta", "nieto", "fille", "fils", "femme", "mari", "filha", "filho", "marido",
    // French, Spanish and Portuguese kin after a possessive ("son oncle", "su tía", "sua avó"): never a
    // name themselves. (Not Lingala "Tata", "Tia", "Tio" or "Abuelo": nicknames and given names too.)
    "oncle", "tante", "p\u00e8re", "m\u00e8re", "fr\u00e8re", "s\u0153ur", "soeur", "cousine",
    "t\u00edo", "t\u00eda", "av\u00f3", "av\u00f4",
    // ("mi sobrina Altagracia la va a buscar", seed 3030: nieces, nephews, cousins and siblings of
    // Spanish, Portuguese and French; not Portuguese "Neto", "Neta", family names too.)
    "sobrina", "sobrino", "sobrinha", "sobrinho", "prima", "primo", "irm\u00e3", "irm\u00e3o",
    "ni\u00e8ce", "neveu",
    // Kurdish mother, father and sister, bare and with the "-a" of "the ... of" ("dayka sherzad
    // peweste", seed 3030); kin nouns too.
    "dayk", "dayka", "bawk", "bawka", "xushk", "xushka",
    // (isiZulu, siSwati, Sesotho and Turkish kin, as among the kin nouns, seed 3434.)
    "mkhulu", "nkhono", "yak\u0131n\u0131m", "annem", "babam", "e\u015fim",
    // Nurses and doctors named in French, Spanish and Portuguese records of Africa and Latin America
    // ("Infirmière Aminata Diallo", "enfermera Yolanda", "médecin Ousmane Ba").
    "infirmier", "infirmi\u00e8re", "enfermera", "enfermero", "enfermeira", "enfermeiro", "m\u00e9decin",
};

// Closings of letters and messages: the signer's name is on the next line.
constexpr Words kClosings[] = {
    {"sincerely"}, {"regards"}, {"best", "regards"}, {"kind", "regards"}, {"warm", "regards"},
    {"respectfully"}, {"cordially"}, {"yours", "truly"}, {"thanks"}, {"thank", "you"},
    // Cards and messages from families and teams: "With love, Tabitha-Lynn", "Best wishes, X".
    {"with", "love"}, {"love"}, {"best", "wishes"}, {"warmly"}, {"warm", "wishes"}, {"cheers"}, {"take", "care"},
    // Irish and Dutch letters (seed 2525): "Is mise le meas," ("Yours sincerely"), "Met vriendelijke
    // groet," and "Hoogachtend,".
    {"is", "mise", "le", "meas"}, {"met", "vriendelijke", "groet"}, {"met", "vriendelijke", "groeten"}, {"hoogachtend"},
    // Sign-offs of chats and mails worldwide, also written in lower case ("saludos,\njose",
    // "bisous,\nclaire", "thx\nmike"; session of 2026-11-28, conversations).
    {"saludos"}, {"abrazos"}, {"besos"}, {"beijos"}, {"abra\u00e7os"}, {"bisous"}, {"atentamente"},
    {"atenciosamente"}, {"cordialement"}, {"cumprimentos"}, {"gr\u00fc\u00dfe"}, {"pozdrawiam"}, {"groetjes"},
    {"thx"}, {"xoxo"}, {"un", "abrazo"}, {"um", "abra\u00e7o"}, {"liebe", "gr\u00fc\u00dfe"}, {"viele", "gr\u00fc\u00dfe"},
};

// "Fr." (a priest) is as ambiguous as "Sister": a weak cue.
// ("Judge" too: "Judge Basil Lhamo" is a person, "judge fluid status" is not.)
// ("Mgr.", "Ing.", "Lic." too: Slovak and Spanish degrees before a name, "Mgr. Peter Kováčik", but also
// a manager and a licence in English, "Mgr. Signature required", "Lic. No.".)
constexpr std::string_view kSoftTitles[] = {"brother", "father", "mother", "nurse", "rev", "sister", "sr", "fr", "judge",
                                            "mgr", "ing", "lic"};

// Participles after which "by" names an agent: "changed by X", "drawn by X", "placed by X".
// Words ending in -ed are taken as participles too (isAgentParticiple).
constexpr std::string_view kIrregularParticiples[] = {"seen", "done", "written", "drawn", "given",
                                                      "taken", "made", "shown", "run", "led",
                                                      "read", "sent", "brought", "kept", "held"};

// Participles whose "by" is followed by a cause, a finding or a measure, not a person:
// "complicated by Clostridioides difficile", "confirmed by MRI", "followed by Lasix".
constexpr std::string_view kThingParticiples[] = {
    "complicated", "caused", "characterized", "characterised", "confirmed", "followed", "preceded",
    "triggered", "relieved", "exacerbated", "aggravated", "worsened", "improved", "manifested",
    "evidenced", "defined", "measured", "mediated", "induced", "indicated", "demonstrated",
    "supported", "suggested", "limited", "affected", "infected", "colonized", "replaced",
    "surrounded", "covered", "separated", "compressed", "obstructed", "bordered", "estimated",
    "calculated", "multiplied", "divided", "increased", "decreased", "reduced", "elevated",
    // Laboratory methods: "PMS2 and EPCAM analysed by NGS and MLPA" (seed 3636).
    "analysed", "analyzed", "sequenced", "genotyped", "quantified", "detected"};

// Arabic, Portuguese and Irish particles too: "al", "dos Santos", "Mac Giolla", "Ní Bhriain";
// and the contracted and plural ones: "zur Mühlen", "de las Heras", "de los Santos", "des Rosiers".
constexpr std::string_view kParticles[] = {"van", "von", "der", "den", "de", "da", "del", "della", "la", "le", "di",
                                           "du", "bin", "ibn", "ter", "el", "al", "dos", "das", "mac",
                                           "n\u00ed", "\u00f3", "\u00d3", "ten", "dal", "dalla", "zu",
                                           "zur", "zum", "vom", "las", "los", "des", "dei", "degli", "ap",
                                           // (The Faroese "í" of a farm's name: "Guðrun í Líð", seed 3434.)
                                           "\u00ed",
                                           // ("Reem bint Humaid al-Zahrani", "Josenildo do Rosário Maciel".)
                                           "bint", "do",
                                           // Malay "binti" (daughter of) and its short form: "Siti Aminah
                                           // binti Hassan". (Mauritanian "Ould" is written capitalised, as a
                                           // word of the name: "Kishore Ould Cheikh".)
                                           "binti", "bte",
                                           // Central Asian "son of" and "daughter of" between a given name
                                           // and the father's ("Aibek uulu Nurlan", "Dilnoza Akmal qizi",
                                           // "Rustam Akmal ogli").
                                           "uulu", "kyzy", "qizi", "ogli", "ugli"};

// Family, partners and friends, also as said at home and in other languages.
constexpr std::string_view kKinNouns[] = {
    // ("lives w/ dtr Solace @ N-26 mile marker 54": a daughter in a health worker's shorthand.)
    "dtr",
    "daughter", "son", "wife", "husband", "mother", "father", "sister", "brother", "spouse", "partner", "niece",
    "nephew", "granddaughter", "grandson", "grandmother", "grandfather", "stepmother", "stepfather", "stepson",
    "stepdaughter", "stepsister", "stepbrother", "goddaughter", "godson", "aunt", "uncle", "cousin", "mom", "dad",
    "fiance", "fiancee", "fianc\u00e9", "fianc\u00e9e", "boyfriend", "girlfriend", "friend", "roommate", "neighbor",
    "neighbour", "grandniece", "grandnephew", "mum", "mummy", "mama", "papa", "oncle", "tante", "p\u00e8re", "m\u00e8re", "fr\u00e8re",
    "s\u0153ur", "soeur", "cousine", "t\u00edo", "t\u00eda", "av\u00f3", "av\u00f4", "grandma", "grandpa", "granny", "gran",
    "nan", "nana", "auntie", "aunty", "housemate", "flatmate", "parents", "grandparents", "hija", "hijo", "esposa",
    "esposo", "madre", "padre", "hermana", "hermano", "nieta", "nieto", "fille", "fils", "femme", "mari", "filha",
    "filho", "marido", "sobrina", "sobrino", "sobrinha", "sobrinho", "prima", "primo", "irm\u00e3",
    "irm\u00e3o", "ni\u00e8ce", "neveu",
    // Grandparents as families call them: "pray for my nonna", "abuela Rosa", "Tutu Xamdi".
    "nonna", "nonno", "abuela", "abuelo", "abuelita", "oma", "opa", "bubbe", "zayde", "tutu",
    // ("re: gramps", "my mamaw Ila-Mae", "yiayia is eighty": seen on 1818 once names found in lower
    // case are found again where they recur.)
    "gramps", "mamaw", "papaw", "meemaw", "yiayia", "pappou",
    // (Kurdish, as among the role nouns.)
    "dayk", "dayka", "bawk", "bawka", "xushk", "xushka",
    // Oshiwambo mother and father and the Trinidadian aunt in chats ("meme hilma", "tate johannes",
    // "tanty candice"), seed 3131.
    "meme", "tate", "tanty", "tantie",
    // The Macedonian grandmother called in a chat ("babo Elena"), seed 3131.
    "babo",
    // Grandfathers and grandmothers of isiZulu, siSwati and Sesotho chats ("mkhulu mandla akasakhoni
    // kuhamba", "nkhono palesa"; not "gogo", a nickname too: 'Preferred name: "Gogo"', seed 1212)
    // and the Turkish "my relative", "my mother", "my father", "my wife or husband" ("yakınım ayşe
    // için ilaçlar bitti"), seed 3434.
    "mkhulu", "nkhono", "yak\u0131n\u0131m", "annem", "babam", "e\u015fim"};

using RuleMap = std::unordered_map<std::string_view, std::vector<LabelRule>>;

const RuleMap& ruleMap() {
  static const auto* map = [] {
    auto* m = new RuleMap();
    auto add = [m](const Words& words, bool colon, bool list) { (*m)[words[0]].push_back({words, colon, list}); };
    for (const Words& w : kColonLabels) add(w, true, false);
    for (const Words& w : kListLabels) add(w, true, true);
    for (const Words& w : kPhrases) add(w, false, false);
    for (std::string_view noun : kRoleNouns) add(Words{noun}, false, false);
    for (const Words& w : kClosings) (*m)[w[0]].push_back({w, false, false, true});
    // Longest first, so "patient name:" wins over "patient"; colon-only rules before the
    // phrase of the same words.
    for (auto& [first, rules] : *m) {
      std::stable_sort(rules.begin(), rules.end(), [](const LabelRule& a, const LabelRule& b) {
        return a.size() != b.size() ? a.size() > b.size() : a.needsColon > b.needsColon;
      });
    }
    return m;
  }();
  return *map;
}

template <std::size_t N>
bool contains(const std::string_view (&table)[N], std::string_view word) {
  return std::find(std::begin(table), std::end(table), word) != std::end(table);
}

// The longer lists, asked about many words of every note, are hashed once (each caller keeps its
// own static set).
template <std::size_t N>
std::unordered_set<std::string_view> hashed(const std::string_view (&table)[N]) {
  return {std::begin(table), std::end(table)};
}

}  // namespace

std::span<const LabelRule> labelRulesStartingWith(std::string_view lower) {
  const RuleMap& map = ruleMap();
  const auto it = map.find(lower);
  if (it == map.end()) return {};
  return it->second;
}

std::vector<std::string_view> cueFirstWords() {
  std::vector<std::string_view> words;
  for (const auto& [first, rules] : ruleMap()) words.push_back(first);
  return words;
}

bool hasRoleEnding(std::string_view lower) {
  auto endsIn = [&](std::string_view e) { return lower.size() > e.size() + 2 && lower.ends_with(e); };
  return endsIn("ologist") || endsIn("iatrist") || endsIn("ician") || endsIn("ographer");
}

bool isRoleNoun(std::string_view lower) {
  static const auto roles = hashed(kRoleNouns);
  return roles.count(lower) != 0 || hasRoleEnding(lower);
}

std::span<const std::string_view> roleNounTable() { return kRoleNouns; }
std::span<const std::string_view> kinNounTable() { return kKinNouns; }
std::span<const std::string_view> particleTable() { return kParticles; }

bool isKinNoun(std::string_view lower) {
  static const auto kin = hashed(kKinNouns);
  return kin.count(lower) != 0;
}

bool isCarerNoun(std::string_view lower) {
  static constexpr std::string_view kCarers[] = {
      "driver", "chaplain", "interpreter", "translator", "aide", "coach", "agent", "sponsor", "caregiver", "carer",
      "guardian", "landlord", "escort", "visitor", "pastor", "volunteer", "companion", "secretary", "nanny",
      "babysitter", "housekeeper", "sitter", "khun", "mbah", "ibu", "bapak"};
  return contains(kCarers, lower);
}

bool isSoftTitle(std::string_view lower) { return contains(kSoftTitles, lower); }

bool isEndearment(std::string_view lower) {
  // (English, Spanish, Portuguese, French, German, Italian, Arabic and Urdu in Latin letters,
  // Russian: the words a chat greets a loved one or a friend with.)
  static constexpr std::string_view kWords[] = {
      "sweetie", "sweety", "sweetheart", "honey", "hun", "hon", "babe", "baby", "darling", "dear", "love",
      "luv", "mate", "buddy", "bro", "sis", "cuz", "dude", "chica", "chico", "cari\u00f1o", "carino", "amor",
      "querida", "querido", "mija", "mijo", "ch\u00e9rie", "cherie", "ch\u00e9ri", "cheri", "schatz",
      "tesoro", "dottore", "dottoressa", "signora", "signore", "daktari", "mwalimu", "habibi", "habibti", "habibty", "jaan", "jaanu", "beta", "beti",
      "\u0434\u043e\u0440\u043e\u0433\u0430\u044f", "\u0434\u043e\u0440\u043e\u0433\u043e\u0439",
      "\u043c\u0438\u043b\u0430\u044f", "\u0440\u043e\u0434\u043d\u0430\u044f"};
  return contains(kWords, lower);
}

bool isAgentParticiple(std::string_view lower) {
  if (contains(kThingParticiples, lower)) return false;
  if (lower.size() >= 5 && lower.ends_with("ed")) return true;
  return contains(kIrregularParticiples, lower);
}

bool isNameParticle(std::string_view lower) {
  static const auto particles = hashed(kParticles);
  return particles.count(lower) != 0;
}

}  // namespace concord::phi::detail
