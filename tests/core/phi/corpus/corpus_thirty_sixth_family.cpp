// The thirty-sixth family (kThirtySixthSeed only): templates, look-alike sentences, name pools and
// places written by someone who had not seen the detector's rules, and never run against it while
// being written. Its theme is genetics, end of life and after death: the records where relatives'
// names, dates of death and very old ages pile up. Genetic counselling letters and clinic notes
// with a three-generation family history in prose ("Her maternal aunt, ..., died of ovarian cancer
// at 52"), pedigree text ("I-1 ..., d. 14/03/2001 aged 91, colon ca"), cascade-testing letters to
// relatives, predictive-testing consent, variant reports, laboratory requisitions and LIMS sample
// manifests, biobank consent and withdrawal forms, newborn-screening follow-up, prenatal and NIPT
// reports, consanguinity notes; advance care plans and directives, DNACPR, POLST and MOLST forms,
// lasting powers of attorney and health-care proxies, hospice admissions and syringe-driver charts,
// last-days-of-life care plans, nurses' verification of death, death certificates and medical
// certificates of cause of death, coroner, medical-examiner and procurator-fiscal referrals,
// post-mortem reports, organ and tissue donation referrals and family-consent conversations,
// funeral-home release and cremation forms, bereavement letters, obituaries and death notices
// pasted into the chart, memorial messages, wills in social-work notes, estate and next-of-kin
// paperwork. Machine shapes new to the corpus: PED files (FamilyID IndividualID FatherID MotherID
// Sex Phenotype and a name column), VCF headers with sample names, GEDCOM genealogy exports
// ("0 @I1@ INDI", "1 NAME Ewa /Nowak/", "2 DATE 12 MAR 1931"), HL7 v2 ORU genetic results, FHIR
// JSON (FamilyMemberHistory, Observation), XML death registrations and CSV.
// Countries: Ireland (Irish names, Eircodes), Scotland (CHI numbers), Wales (Welsh), Poland,
// Czechia, Hungary (family name first), Romania, Greece (Greek script), Turkey, Israel (Hebrew
// script, Hebrew-calendar dates beside Gregorian ones), Ukraine (Cyrillic), Vietnam (family name
// first, diacritics), Thailand (Thai script, Buddhist-era years), the Philippines, Taiwan (Chinese
// characters, family name first, Minguo years), Ethiopia (Ge'ez script), South Africa (Afrikaans
// and isiXhosa), Ghana, Argentina, Chile, Colombia, Portugal, Finland, Denmark, Switzerland
// (German, French and Italian), New Zealand (Māori names, NHI numbers), Canada and the US.
// Notes without PHI are full of look-alikes: gene names (BRCA1, MLH1, HTT), eponymous syndromes
// (Lynch, Li-Fraumeni, Huntington, Marfan, Down, Creutzfeldt-Jakob), HGVS strings
// ("c.5266dupC", "p.Gln1756Profs*74"), rsIDs, genomic coordinates, chromosome bands, karyotypes,
// ClinVar, OMIM, HPO and Orphanet codes, transcripts, ICD-10 codes, Gleason scores, years alone,
// "aged 90 or over" cohort phrases, public hotlines, hospitals and places used as institution
// names, Buddhist-era and Minguo years alone, drug doses of syringe drivers.
//
// Gold span conventions: the fourteenth family's (which restate the twelfth's), as the thirtieth
// to thirty-fifth families restate them, with this family's decisions (JUDGEMENT CALL each).
//  * Spans are byte ranges of the value only, in text order, never overlapping, never crossing a
//    line break, never starting or ending with white space. Labels ("PESEL: ", "CHI ", "AMKA ",
//    "PPSN ", "ת.ז. ", "CCCD "), GEDCOM levels and tags ("1 NAME ", "2 DATE "), PED and CSV
//    separators, JSON keys and quotes, XML tags, HL7 separators ("|", "^", "~" and the assigning
//    authority after a number), VCF header keys ("##SAMPLE=<ID=") and trailing punctuation are
//    outside. In HL7 PID-5 the family and given names are one span each (JUDGEMENT CALL, as the
//    thirty-fifth family's DICOM PN components), the caret outside.
//  * Everyone named in connection with the patient is PHI (JUDGEMENT CALL, the default): the
//    patient, every relative named in a family history, pedigree, GEDCOM file, cascade letter,
//    obituary or estate paper (living or dead, however distant), and all staff, counsellors,
//    nurses, pathologists, coroners, funeral directors and chaplains named in a note that carries
//    a patient. NOT PHI: eponyms and gene and syndrome names (BRCA1, "Lynch", Li-Fraumeni, Marfan,
//    Huntington, Down, Alzheimer, Parkinson), names of hospitals, hospices, funeral homes,
//    coroners' offices and laboratories, and their public numbers and addresses.
//  * Names: titles and forms of address before a name are outside ("Dr", "Dr.", "Dr hab.",
//    "Prof.", "Pan", "Pani", "pan", "paní", "Dna.", "Dl.", "Κος", "Κα", "Bay", "גב'", "מר",
//    "ד\"ר", "Ông", "Bà", "Anh", "Chị", "คุณ", "นาย", "นาง", "Gng.", "G.", "Sr.", "Sra.", "Don",
//    "Doña", "Herr", "Frau", "Mme", "M.", "Sig.ra", "Sig.", "Mr", "Mrs", "Ms", "Whaea", "Matua",
//    "Mev.", "Mnr.", "Nana", "Sister", "Nurse"); forms of address after a name are outside
//    ("úr", "asszony" after a Hungarian name, "Hanım" and "Bey" after a Turkish one, "先生",
//    "女士" after a Chinese one); credentials and posts after a name are outside (", MB",
//    ", MRCPI", ", FRCPath", ", CGC", ", RGN", ", RN", ", MD", " (genetic counsellor)",
//    " (funeral director)"). A name written in one piece is one span in the record's order:
//    Hungarian, Vietnamese and Chinese family name first ("Nagy Erzsébet", "Nguyễn Thị Lan",
//    "陳淑芬", "CHEN Shu-fen"); Irish names with their particle and their women's forms
//    ("Siobhán Ní Bhriain"), Welsh "ap", Afrikaans "van der", Spanish and Portuguese double
//    surnames; Greek, Hebrew, Cyrillic, Thai, Chinese and Ge'ez script; capitals, lower case,
//    inverted, initials; a given name or a family name alone is a name. A GEDCOM NAME value
//    ("Ewa /Nowak/") is one span, its slashes inside (JUDGEMENT CALL, as the caret of an HL7
//    name); GIVN and SURN values one span each; a VCF sample name written FAMILY_Given is one span.
//  * Dates: the date only; a weekday or a time next to it is outside. Dates of birth and of death
//    of the patient and of every relative are dates (JUDGEMENT CALL), as are admission, sample,
//    consent, verification-of-death, post-mortem, funeral and cremation dates of the patient.
//    Every form: US, ISO, YYYYMMDD (an HL7 time stamp's first eight digits), day/month and
//    month/day, dots, GEDCOM "12 MAR 1931", month names in English, Irish, Welsh, Polish, Czech,
//    Hungarian ("2024. március 15", the final dot outside as punctuation), Romanian, Greek,
//    Turkish, Hebrew (Gregorian months in Hebrew, and Hebrew-calendar dates written with digits,
//    "15 בניסן 5784"; the family's Hebrew-calendar dates are an approximation of the Gregorian one,
//    fine for synthetic text), Ukrainian, Vietnamese ("15 tháng 3 năm 2024", "ngày" outside), Thai
//    with Buddhist-era years ("15 มีนาคม 2567", "15/03/2567"), Taiwan's Minguo years ("民國113年3月15日",
//    "113/03/15", the era word inside), Tagalog, Afrikaans, Spanish, Portuguese, Finnish, Danish,
//    German, French and Italian. NOT PHI: a year alone ("d. 2001", "b. 1931", "1 DEAT" with "2 DATE
//    2001"), "ABT 1920", "BEF 1950", "in her 60s", a Buddhist-era or Minguo year alone, dates of
//    laboratory accreditation, kit expiry, meetings and document versions, e-mail and message
//    time stamps.
//  * Ages: a span only over 89, the number only ("died aged 94": "94"; "92-letnia": "92";
//    "93 yaşında": "93"; "בן 95": "95"; "94 tuổi": "94"; "อายุ 91 ปี": "91"), or its English words
//    ("ninety-four"); the age over 89 of the patient or of any relative (an age at death in a
//    pedigree too) is an age (JUDGEMENT CALL). Ages of 89 and under, decades ("in his 70s") and
//    cohort phrases ("aged 90 or over") are not PHI.
//  * Phones: every phone number of a person (patient, relative, named staff member's mobile) is a
//    phone span, national and international; numbers labelled fax are "fax". Public numbers of
//    hospitals, hospices, funeral homes, coroners' offices, laboratories and hotlines are not PHI.
//  * Identifiers, by the families' rule that a number keying one person's records is "mrn", an
//    identity document's number "license", insurance "health_plan", cases and bills "account":
//    - "mrn": hospital, clinic, laboratory and biobank numbers keyed to the patient, a specimen
//      barcode or accession number keyed to the patient (JUDGEMENT CALL), a VCF sample ID, and the
//      personal numbers of a population register (JUDGEMENT CALL, as the 34th and 35th families):
//      Irish PPSN, Scottish CHI, the Welsh NHS number, Polish PESEL, Czech rodné číslo, Hungarian
//      personal number, Romanian CNP, Greek AMKA, Turkish TC Kimlik, Ukrainian RNOKPP, Thai national
//      ID (13 digits), the South African ID number, the Chilean RUN/RUT, the Portuguese NIF and
//      número de utente, the Finnish henkilötunnus, the Danish CPR, the Swiss AHV number, the New
//      Zealand NHI, PhilSys numbers, Ethiopian hospital MRNs. NOT PHI: pedigree individual IDs
//      (I-1, II-3), a pedigree file's family label ("FAM1"), kit LOT numbers, run and batch
//      numbers, laboratory accreditation numbers, variant IDs.
//    - "license": identity cards and passports named as such (Israel's Teudat Zehut, Vietnam's
//      CCCD, Taiwan's ID card number, Argentina's DNI, Colombia's cédula, Ghana Card, Hungarian and
//      Romanian identity cards, passports), and a named clinician's registration number.
//    - "health_plan": insurance (Hungarian TAJ, Czech insurer card, Israeli kupat holim member
//      number, PhilHealth, Taiwan NHI card, Ghana NHIS, Argentine obra social, Chilean Fonasa and
//      Isapre, Colombian EPS, Irish medical card and VHI, Canadian OHIP and RAMQ, US plans and
//      Medicare MBIs).
//    - "account": a coroner's, medical examiner's, procurator fiscal's or police case number about
//      the patient's death, an estate's or a funeral bill's number, a donation referral number.
//    - "ssn": US SSNs, with or without dashes.
//    - "device": serials of the patient's implants (pacemakers and ICDs removed before cremation or
//      deactivated at the end of life, syringe-driver pumps lent to the patient at home).
//    - "vehicle": plates and VINs of the patient's or relative's vehicle (a road death, an estate
//      inventory, a relative's car in a hospice car-park permit).
//    - NOT PHI: HGVS strings, rsIDs, genomic coordinates, ClinVar, OMIM, HPO, Orphanet and ICD-10
//      codes, transcripts, gene names, karyotypes, lab accreditation and kit LOT numbers.
//  * Addresses: every address of a person is an "address" span in the country's order (Eircodes,
//    Polish "ul.", Hungarian postcode first, Thai and Vietnamese addresses, Chilean comunas inside);
//    a town alone where a person lives, was born or died (a GEDCOM PLAC's town) is an address, the
//    country after it outside; a US ZIP is its own "zip" span. Addresses of hospitals, hospices,
//    funeral homes and coroners' offices are not PHI.
//  * URLs are one span (an obituary, a memorial page or a crowdfunding page for the patient's
//    funeral); e-mails one span each; IPv4 and IPv6 of a person's session (a biobank withdrawal
//    e-form, a memorial page's guest book) are "ip".
//  * Some templates are written in lower case; the spans are the same. Like every seed, about 8%
//    of notes are then upper-cased whole by the shared builder.
#include "corpus_thirty_sixth_family.h"
#include "corpus_text.h"

#include <algorithm>
#include <array>
#include <span>
#include <stdexcept>
#include <utility>
#include <vector>

namespace concord::phi::corpus {

namespace {

enum class L { us, ca, ie, sc, wa, pl, cz, hu, ro, gr, tr, il, ua, vn, th, ph, tw, et, za, xh, gh, ar, cl, co, pt, fi, dk, ch, cf, ti, nz };
constexpr std::size_t kLands = 31;

// ---------------------------------------------------------------------------------------------
// Name pools: a Latin spelling, the country's own script where it has one ("nat"), and women's
// forms of a family name where the language has them ("fem", "nfem"). The first four given names
// are women's.
struct Nm {
  std::string_view lat, nat = {}, fem = {}, nfem = {};
};

constexpr Nm kG_us[] = {{"Loretta"}, {"Winifred"}, {"Charlene"}, {"Opal"}, {"Harlan"}, {"Virgil"}, {"Clement"}, {"Lyle"}};
constexpr Nm kF_us[] = {{"Honeycutt"}, {"Blevins"}, {"Stansbury"}, {"Kettleman"}, {"Ruckersby"}, {"Vandergriff"}};
constexpr Nm kG_ca[] = {{"Marguerite"}, {"Darlene"}, {"Roberta"}, {"Shirley-Ann"}, {"Gordon"}, {"Murray"}, {"Lorne"}, {"Elwood"}};
constexpr Nm kF_ca[] = {{"MacIsaac"}, {"Chartrand"}, {"Sigurdson"}, {"Tkachuk"}, {"Desjarlais"}, {"Lavallee"}};
constexpr Nm kG_ie[] = {{"Siobhán"}, {"Máire"}, {"Gráinne"}, {"Bríd"}, {"Pádraig"}, {"Tadhg"}, {"Donncha"}, {"Ruairí"}};
constexpr Nm kF_ie[] = {{"Ó Súilleabháin", {}, "Ní Shúilleabháin"}, {"Ó Ceallaigh", {}, "Ní Cheallaigh"}, {"Mac Cárthaigh", {}, "Nic Cárthaigh"},
                        {"Hennessy"}, {"Mulcahy"}, {"Brosnan"}};
constexpr Nm kG_sc[] = {{"Morag"}, {"Eilidh"}, {"Catriona"}, {"Isla"}, {"Angus"}, {"Ruaraidh"}, {"Fergus"}, {"Lachie"}};
constexpr Nm kF_sc[] = {{"MacLeod"}, {"Urquhart"}, {"Ruthven"}, {"Sutherland"}, {"MacKinnon"}, {"Gillies"}};
constexpr Nm kG_wa[] = {{"Angharad"}, {"Eirlys"}, {"Gwenllian"}, {"Ffion"}, {"Dafydd"}, {"Iestyn"}, {"Rhodri"}, {"Gruffydd"}};
constexpr Nm kF_wa[] = {{"ap Rhys"}, {"Pritchard"}, {"Llewellyn"}, {"Prosser"}, {"Bowen"}, {"Vaughan"}};
constexpr Nm kG_pl[] = {{"Wacława"}, {"Bożena"}, {"Grażyna"}, {"Jadwiga"}, {"Tadeusz"}, {"Wacław"}, {"Mieczysław"}, {"Czesław"}};
constexpr Nm kF_pl[] = {{"Przybylski", {}, "Przybylska"}, {"Szczepański", {}, "Szczepańska"}, {"Wróblewski", {}, "Wróblewska"},
                        {"Nowak"}, {"Grzelak"}, {"Gołębiowski", {}, "Gołębiowska"}};
constexpr Nm kG_cz[] = {{"Jarmila"}, {"Zdeňka"}, {"Libuše"}, {"Vlasta"}, {"Bohumil"}, {"Jaroslav"}, {"Miroslav"}, {"Zdeněk"}};
constexpr Nm kF_cz[] = {{"Dvořák", {}, "Dvořáková"}, {"Procházka", {}, "Procházková"}, {"Kučera", {}, "Kučerová"},
                        {"Veselý", {}, "Veselá"}, {"Horák", {}, "Horáková"}, {"Němec", {}, "Němcová"}};
constexpr Nm kG_hu[] = {{"Erzsébet"}, {"Ilona"}, {"Katalin"}, {"Zsuzsanna"}, {"László"}, {"Ferenc"}, {"Gyula"}, {"Sándor"}};
constexpr Nm kF_hu[] = {{"Nagy"}, {"Kovács"}, {"Szabó"}, {"Tóth"}, {"Horváth"}, {"Fekete"}};
constexpr Nm kG_ro[] = {{"Ileana"}, {"Viorica"}, {"Mihaela"}, {"Florentina"}, {"Gheorghe"}, {"Vasile"}, {"Dumitru"}, {"Constantin"}};
constexpr Nm kF_ro[] = {{"Popescu"}, {"Ștefănescu"}, {"Dumitrescu"}, {"Țurcanu"}, {"Munteanu"}, {"Constantinescu"}};
constexpr Nm kG_gr[] = {{"Eleni", "Ελένη"}, {"Vasiliki", "Βασιλική"}, {"Paraskevi", "Παρασκευή"}, {"Despoina", "Δέσποινα"},
                        {"Dimitrios", "Δημήτριος"}, {"Konstantinos", "Κωνσταντίνος"}, {"Georgios", "Γεώργιος"}, {"Spyridon", "Σπυρίδων"}};
constexpr Nm kF_gr[] = {{"Papadakis", "Παπαδάκης", "Papadaki", "Παπαδάκη"}, {"Nikolaidis", "Νικολαΐδης", "Nikolaidou", "Νικολαΐδου"},
                        {"Georgiou", "Γεωργίου"}, {"Antonopoulos", "Αντωνόπουλος", "Antonopoulou", "Αντωνοπούλου"},
                        {"Tsakiris", "Τσακίρης", "Tsakiri", "Τσακίρη"}, {"Oikonomou", "Οικονόμου"}};
constexpr Nm kG_tr[] = {{"Ayşe"}, {"Fatma"}, {"Emine"}, {"Hatice"}, {"Mehmet"}, {"Mustafa"}, {"Hüseyin"}, {"Ramazan"}};
constexpr Nm kF_tr[] = {{"Yılmaz"}, {"Kaya"}, {"Demirtaş"}, {"Şahin"}, {"Çelik"}, {"Öztürk"}};
constexpr Nm kG_il[] = {{"Rivka", "רבקה"}, {"Tamar", "תמר"}, {"Yael", "יעל"}, {"Orly", "אורלי"},
                        {"Yitzhak", "יצחק"}, {"Avraham", "אברהם"}, {"Moshe", "משה"}, {"Eliyahu", "אליהו"}};
constexpr Nm kF_il[] = {{"Ben-David", "בן-דוד"}, {"Mizrahi", "מזרחי"}, {"Peretz", "פרץ"}, {"Azoulay", "אזולאי"}, {"Friedman", "פרידמן"}, {"Shapira", "שפירא"}};
constexpr Nm kG_ua[] = {{"Zoriana", "Зоряна"}, {"Halyna", "Галина"}, {"Nadiia", "Надія"}, {"Liudmyla", "Людмила"},
                        {"Mykola", "Микола"}, {"Volodymyr", "Володимир"}, {"Bohdan", "Богдан"}, {"Taras", "Тарас"}};
constexpr Nm kF_ua[] = {{"Shevchenko", "Шевченко"}, {"Kovalenko", "Коваленко"}, {"Bondarenko", "Бондаренко"},
                        {"Tkachenko", "Ткаченко"}, {"Melnyk", "Мельник"}, {"Kravchuk", "Кравчук"}};
constexpr Nm kG_vn[] = {{"Thị Lan"}, {"Thị Hồng"}, {"Ngọc Ánh"}, {"Thu Hà"}, {"Văn Hùng"}, {"Đức Minh"}, {"Quang Vinh"}, {"Văn Thắng"}};
constexpr Nm kF_vn[] = {{"Nguyễn"}, {"Trần"}, {"Lê"}, {"Phạm"}, {"Hoàng"}, {"Võ"}};
constexpr Nm kG_th[] = {{"Somsri", "สมศรี"}, {"Malee", "มาลี"}, {"Kanya", "กัญญา"}, {"Ratana", "รัตนา"},
                        {"Somchai", "สมชาย"}, {"Prasert", "ประเสริฐ"}, {"Wichai", "วิชัย"}, {"Boonmee", "บุญมี"}};
constexpr Nm kF_th[] = {{"Srisuk", "ศรีสุข"}, {"Chaiyaporn", "ชัยพร"}, {"Wongsawat", "วงศ์สวัสดิ์"}, {"Rattanakul", "รัตนกุล"},
                        {"Thongdee", "ทองดี"}, {"Saelim", "แซ่ลิ้ม"}};
constexpr Nm kG_ph[] = {{"Maricel"}, {"Lourdes"}, {"Rosalinda"}, {"Imelda"}, {"Ernesto"}, {"Danilo"}, {"Rogelio"}, {"Efren"}};
constexpr Nm kF_ph[] = {{"Dimaculangan"}, {"Macaraeg"}, {"Bautista"}, {"Sumaylo"}, {"Pangilinan"}, {"Dela Cruz"}};
constexpr Nm kG_tw[] = {{"Shu-fen", "淑芬"}, {"Mei-ling", "美玲"}, {"Li-hua", "麗華"}, {"Hsiu-ying", "秀英"},
                        {"Chih-ming", "志明"}, {"Chun-hung", "俊宏"}, {"Wen-hsiung", "文雄"}, {"Chia-hao", "家豪"}};
constexpr Nm kF_tw[] = {{"Chen", "陳"}, {"Lin", "林"}, {"Huang", "黃"}, {"Chang", "張"}, {"Tsai", "蔡"}, {"Hsu", "許"}};
constexpr Nm kG_et[] = {{"Tigist", "ትዕግስት"}, {"Almaz", "አልማዝ"}, {"Meseret", "መሰረት"}, {"Bethlehem", "ቤተልሔም"},
                        {"Tesfaye", "ተስፋዬ"}, {"Girma", "ግርማ"}, {"Dawit", "ዳዊት"}, {"Yohannes", "ዮሐንስ"}};
constexpr Nm kF_et[] = {{"Bekele", "በቀለ"}, {"Haile", "ኃይሌ"}, {"Tadesse", "ታደሰ"}, {"Alemu", "አለሙ"}, {"Gebremedhin", "ገብረመድህን"}, {"Woldemariam", "ወልደማርያም"}};
constexpr Nm kG_za[] = {{"Annelie"}, {"Marietjie"}, {"Elsabé"}, {"Riana"}, {"Gerhardus"}, {"Jannie"}, {"Hennie"}, {"Wouter"}};
constexpr Nm kF_za[] = {{"van der Merwe"}, {"Botha"}, {"Pretorius"}, {"du Toit"}, {"Steyn"}, {"Venter"}};
constexpr Nm kG_xh[] = {{"Nomvula"}, {"Thandiwe"}, {"Nosipho"}, {"Zintle"}, {"Mzwandile"}, {"Lwazi"}, {"Siyabonga"}, {"Luthando"}};
constexpr Nm kF_xh[] = {{"Gqirana"}, {"Nkwinti"}, {"Mqhayi"}, {"Sigcau"}, {"Ntshona"}, {"Qwabe"}};
constexpr Nm kG_gh[] = {{"Akosua"}, {"Efua"}, {"Yaa"}, {"Adwoa"}, {"Kwabena"}, {"Kwaku"}, {"Yaw"}, {"Fiifi"}};
constexpr Nm kF_gh[] = {{"Asante"}, {"Owusu"}, {"Boateng"}, {"Agyemang"}, {"Ofori-Atta"}, {"Quaye"}};
constexpr Nm kG_ar[] = {{"María Florencia"}, {"Graciela"}, {"Norma Beatriz"}, {"Silvina"}, {"Horacio"}, {"Osvaldo"}, {"Néstor"}, {"Rubén"}};
constexpr Nm kF_ar[] = {{"Ferreyra"}, {"Gutiérrez"}, {"Sosa"}, {"Lescano"}, {"Acosta"}, {"Bustamante"}};
constexpr Nm kG_cl[] = {{"Anahí"}, {"Javiera"}, {"Francisca"}, {"Constanza"}, {"Patricio"}, {"Héctor"}, {"Cristián"}, {"Sebastián"}};
constexpr Nm kF_cl[] = {{"Muñoz"}, {"Rojas"}, {"Contreras"}, {"Sepúlveda"}, {"Fuentealba"}, {"Valenzuela"}};
constexpr Nm kG_co[] = {{"Luz Marina"}, {"Gloria Inés"}, {"Yolanda"}, {"Martha Lucía"}, {"Jairo"}, {"Hernando"}, {"Fabio"}, {"Orlando"}};
constexpr Nm kF_co[] = {{"Restrepo"}, {"Ospina"}, {"Londoño"}, {"Zuluaga"}, {"Cardona"}, {"Giraldo"}};
constexpr Nm kG_pt[] = {{"Ermelinda"}, {"Rosa Maria"}, {"Lurdes"}, {"Conceição"}, {"Joaquim"}, {"Albino"}, {"Armando"}, {"Manuel"}};
constexpr Nm kF_pt[] = {{"Pereira"}, {"Magalhães"}, {"Gonçalves"}, {"Teixeira"}, {"Pinto"}, {"Ferreira"}};
constexpr Nm kG_fi[] = {{"Aino"}, {"Helmi"}, {"Tuula"}, {"Pirkko"}, {"Veikko"}, {"Esko"}, {"Pentti"}, {"Tapio"}};
constexpr Nm kF_fi[] = {{"Virtanen"}, {"Korhonen"}, {"Mäkinen"}, {"Kettunen"}, {"Hämäläinen"}, {"Heikkinen"}};
constexpr Nm kG_dk[] = {{"Birthe"}, {"Inge"}, {"Lone"}, {"Kirsten"}, {"Poul"}, {"Henning"}, {"Bent"}, {"Jørgen"}};
constexpr Nm kF_dk[] = {{"Jørgensen"}, {"Sørensen"}, {"Vestergaard"}, {"Kristensen"}, {"Mikkelsen"}, {"Thygesen"}};
constexpr Nm kG_ch[] = {{"Verena"}, {"Ursula"}, {"Rösli"}, {"Margrit"}, {"Ueli"}, {"Beat"}, {"Ruedi"}, {"Fritz"}};
constexpr Nm kF_ch[] = {{"Brunner"}, {"Zürcher"}, {"Gerber"}, {"Zaugg"}, {"Aebischer"}, {"Stucki"}};
constexpr Nm kG_cf[] = {{"Josiane"}, {"Ginette"}, {"Micheline"}, {"Yvette"}, {"Jean-Daniel"}, {"Gilbert"}, {"Raymond"}, {"Marcel"}};
constexpr Nm kF_cf[] = {{"Rochat"}, {"Favre"}, {"Chappuis"}, {"Berthoud"}, {"Monnier"}, {"Jaquet"}};
constexpr Nm kG_ti[] = {{"Graziella"}, {"Luisa"}, {"Franca"}, {"Gabriella"}, {"Renzo"}, {"Ezio"}, {"Aldo"}, {"Sergio"}};
constexpr Nm kF_ti[] = {{"Bernasconi"}, {"Pedrazzini"}, {"Cattaneo"}, {"Galli"}, {"Rusconi"}, {"Lepori"}};
constexpr Nm kG_nz[] = {{"Aroha"}, {"Mereana"}, {"Huia"}, {"Ngaire"}, {"Wiremu"}, {"Hēmi"}, {"Rawiri"}, {"Tamati"}};
constexpr Nm kF_nz[] = {{"Ngata"}, {"Te Whata"}, {"Parata"}, {"Tipene"}, {"Kereama"}, {"Pōmare"}};

struct Pool {
  std::span<const Nm> given, family;
};

Pool pool36(L g) {
  switch (g) {
    case L::us: return {kG_us, kF_us};
    case L::ca: return {kG_ca, kF_ca};
    case L::ie: return {kG_ie, kF_ie};
    case L::sc: return {kG_sc, kF_sc};
    case L::wa: return {kG_wa, kF_wa};
    case L::pl: return {kG_pl, kF_pl};
    case L::cz: return {kG_cz, kF_cz};
    case L::hu: return {kG_hu, kF_hu};
    case L::ro: return {kG_ro, kF_ro};
    case L::gr: return {kG_gr, kF_gr};
    case L::tr: return {kG_tr, kF_tr};
    case L::il: return {kG_il, kF_il};
    case L::ua: return {kG_ua, kF_ua};
    case L::vn: return {kG_vn, kF_vn};
    case L::th: return {kG_th, kF_th};
    case L::ph: return {kG_ph, kF_ph};
    case L::tw: return {kG_tw, kF_tw};
    case L::et: return {kG_et, kF_et};
    case L::za: return {kG_za, kF_za};
    case L::xh: return {kG_xh, kF_xh};
    case L::gh: return {kG_gh, kF_gh};
    case L::ar: return {kG_ar, kF_ar};
    case L::cl: return {kG_cl, kF_cl};
    case L::co: return {kG_co, kF_co};
    case L::pt: return {kG_pt, kF_pt};
    case L::fi: return {kG_fi, kF_fi};
    case L::dk: return {kG_dk, kF_dk};
    case L::ch: return {kG_ch, kF_ch};
    case L::cf: return {kG_cf, kF_cf};
    case L::ti: return {kG_ti, kF_ti};
    case L::nz: return {kG_nz, kF_nz};
  }
  return {kG_us, kF_us};
}

// A person, drawn once: Latin and native spellings of each part.
struct Person {
  std::string given, family, family2;
  std::string nGiven, nFamily;
  std::size_t familyIndex = 0;
  bool female = false;
};

std::string orLat(std::string_view nat, std::string_view lat) { return std::string(nat.empty() ? lat : nat); }

bool twoSurnames(L g) { return g == L::cl || g == L::co || g == L::pt || g == L::ar; }

// Gives `q` family name number `k` of the pool, in the form of the person's sex.
void setFamily(Person& q, L g, std::size_t k) {
  const Nm& f = pool36(g).family[k];
  q.familyIndex = k;
  q.family = std::string(q.female && !f.fem.empty() ? f.fem : f.lat);
  q.nFamily = orLat(q.female && !f.nfem.empty() ? f.nfem : f.nat, q.family);
}

Person drawPerson(Random& r, L g) {
  const Pool p = pool36(g);
  Person q;
  const Nm& gv = p.given[r.next() % p.given.size()];
  q.female = &gv - p.given.data() < 4;
  q.given = std::string(gv.lat);
  q.nGiven = orLat(gv.nat, gv.lat);
  setFamily(q, g, r.next() % p.family.size());
  if (twoSurnames(g) && r.chance(0.6)) {
    const Nm& f2 = p.family[r.next() % p.family.size()];
    if (f2.lat != q.family) q.family2 = std::string(f2.lat);
  }
  return q;
}

std::string up36(std::string s) { return recaseUtf8(std::move(s), true); }
std::string low36(std::string s) { return recaseUtf8(std::move(s), false); }
std::string firstLetter(const std::string& s) {
  const auto c = static_cast<unsigned char>(s[0]);
  return s.substr(0, c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4);
}
// The first capital of a family name with a particle ("van der Merwe" -> "M").
std::string familyInitial(const std::string& f) {
  const std::size_t sp = f.rfind(' ');
  const std::string last = sp == std::string::npos ? f : f.substr(sp + 1);
  return up36(firstLetter(last));
}

std::string surnames(const Person& p) { return p.family2.empty() ? p.family : p.family + " " + p.family2; }
bool familyFirst(L g) { return g == L::hu || g == L::vn || g == L::tw; }

// The name as running text and signatures write it.
std::string runningName(const Person& p, L g) {
  if (familyFirst(g)) return surnames(p) + " " + p.given;
  return p.given + " " + surnames(p);
}

// The register form: family name first in capitals.
std::string registerName(const Person& p, L g) {
  if (familyFirst(g)) return up36(surnames(p)) + " " + p.given;
  return up36(surnames(p)) + " " + p.given;
}

std::string nativeName(const Person& p, L g) {
  switch (g) {
    case L::tw: return p.nFamily + p.nGiven;
    case L::gr: case L::il: case L::ua: case L::th: case L::et: return p.nGiven + " " + p.nFamily;
    default: return runningName(p, g);
  }
}

// Name forms: full, up, low, given, lgiven, fam, ufam, inv, ini, inits, reg, nat, nfam, ngiven,
// ged (GEDCOM "Ewa /Nowak/"), us (a VCF sample "NOWAK_Ewa").
std::string nameForm(Random& r, const Person& p, L g, std::string_view f) {
  if (f.empty()) {
    static constexpr std::string_view kAny[] = {"full", "full", "inv", "up", "ini", "reg", "full", "nat"};
    f = r.pick(std::span<const std::string_view>(kAny));
  }
  if (f == "full") return runningName(p, g);
  if (f == "up") return up36(runningName(p, g));
  if (f == "low") return low36(runningName(p, g));
  if (f == "given") return p.given;
  if (f == "lgiven") return low36(p.given);
  if (f == "fam") return surnames(p);
  if (f == "ufam") return up36(surnames(p));
  if (f == "reg") return registerName(p, g);
  if (f == "nat") return nativeName(p, g);
  if (f == "nfam") return p.nFamily;
  if (f == "ngiven") return p.nGiven;
  if (f == "inv") return up36(surnames(p)) + ", " + p.given;
  if (f == "ini") return familyFirst(g) ? surnames(p) + " " + firstLetter(p.given) + "." : firstLetter(p.given) + ". " + surnames(p);
  if (f == "inits") return up36(firstLetter(p.given)) + "." + familyInitial(p.family) + ".";
  if (f == "ged") return p.given + " /" + surnames(p) + "/";
  if (f == "us") {
    std::string v = up36(surnames(p)) + "_" + p.given;
    std::replace(v.begin(), v.end(), ' ', '_');
    return v;
  }
  throw std::logic_error("unknown name form " + std::string(f));
}

// ---------------------------------------------------------------------------------------------
// Values drawn from shapes: '#' a digit, '%' a digit 1-9, '&' a digit 2-9, '@' a capital letter
// (not I, O or Q); everything else as written.
std::string shape(Random& r, std::string_view s) {
  std::string v;
  for (char c : s) {
    if (c == '#') v += static_cast<char>('0' + r.next() % 10);
    else if (c == '%') v += static_cast<char>('1' + r.next() % 9);
    else if (c == '&') v += static_cast<char>('2' + r.next() % 8);
    else if (c == '@') v += r.letters(1, true);
    else v += c;
  }
  return v;
}
std::string oneOf(Random& r, std::span<const std::string_view> items) { return shape(r, r.pick(items)); }

// A country's shapes: phones (national, international), addresses written in one piece, the parts
// of an address for machine records (street line, towns, postcode), the personal number (its
// category and shape, '*' computed), an identity card, a passport, insurance, a plate, a
// clinician's registration, date styles, forms of address, the doctor's title and the language.
struct Land {
  std::array<std::string_view, 2> phoneNat, phoneIntl;
  std::array<std::string_view, 4> addresses;
  std::array<std::string_view, 2> towns;
  std::string_view street, post;
  std::string_view idCategory, id, card, passport, insurance, plate, reg;
  std::array<std::string_view, 3> dateStyles;
  std::string_view hisF, hisM, doctor, language;
};

// clang-format off
const Land kLand[kLands] = {
  // us
  {{"(&##) &##-####", "&##-&##-####"}, {"+1 &##-&##-####", "+1 &## &## ####"},
   {"", "", "", ""}, {"Bluefield, WV", "Hazard, KY"}, "", "",
   "ssn", "", "D###-####-####", "5########", "", "%@@@###", "MD#######", {"mdy", "long", "mdy"}, "Mrs.", "Mr.", "Dr.", "en"},
  // ca
  {{"(&##) &##-####", "&##-&##-####"}, {"+1 &##-&##-####", "+1 &## &## ####"},
   {"%## Portage Avenue, Apt %#, Winnipeg, MB R3B 2@%", "%# Gottingen Street, Halifax, NS B3K 3@%", "Box %##, Moose Factory, ON P0L 1W0", "%## 9 Avenue SE, Medicine Hat, AB T1A 1@%"},
   {"Kenora", "Prince Albert"}, "%## Portage Avenue, Apt %#", "R3B 2@%",
   "health_plan", "####-###-###-@@", "", "@@######", "####-###-###-@@", "@@@@ ###", "#####", {"iso", "long", "dmy"}, "Mrs.", "Mr.", "Dr.", "en"},
  // ie
  {{"08# ### ####", "0%# ## ####"}, {"+353 8# ### ####", "+353 21 ### ####"},
   {"%# Bóthar na Trá, Salthill, Galway H91 @%@%", "Apt %#, Grand Canal Dock, Dublin 2, D02 @%#%", "Ballycastle Road, Béal an Mhuirthead, Co. Mayo F26 @%@%", "%# Oliver Plunkett Street, Cork T12 @%@%"},
   {"Dingle", "Carrick-on-Shannon"}, "%# Bóthar na Trá, Salthill", "H91 @%@%",
   "mrn", "#######@", "", "P@#######", "########@", "%##-@-####", "######", {"dmy", "en", "ga"}, "Mrs", "Mr", "Dr", "en"},
  // sc
  {{"07### ######", "01### ######"}, {"+44 7### ######", "+44 131 ### ####"},
   {"%# Leith Walk, Edinburgh EH6 %@@", "Flat %/%, %# Byres Road, Glasgow G12 %@@", "Croft %#, Achiltibuie, Ullapool IV26 2@@", "%# High Street, Kirkwall, Orkney KW15 1@@"},
   {"Stornoway", "Oban"}, "%# Leith Walk", "EH6 %@@",
   "mrn", "*chi", "", "%########", "", "@@%# @@@", "#######", {"dmy", "en", "dmy"}, "Mrs", "Mr", "Dr", "en"},
  // wa
  {{"07### ######", "029 #### ####"}, {"+44 7### ######", "+44 1248 ######"},
   {"%# Stryd Fawr, Caernarfon LL55 %@@", "%# Heol y Frenhines, Caerfyrddin SA31 %@@", "Fferm Tŷ Gwyn, Llanrhystud SY23 5@@", "%# Cathedral Road, Cardiff CF11 %@@"},
   {"Aberystwyth", "Blaenau Ffestiniog"}, "%# Stryd Fawr", "LL55 %@@",
   "mrn", "*nhs", "", "%########", "", "@@%# @@@", "#######", {"dmy", "cy", "en"}, "Mrs", "Mr", "Dr", "cy"},
  // pl
  {{"6## ### ###", "22 ### ## ##"}, {"+48 6## ### ###", "+48 12 ### ## ##"},
   {"ul. Długa %#/%, 80-831 Gdańsk", "ul. Piotrkowska %##, m. %#, 90-%## Łódź", "os. Tysiąclecia %#/%#, 31-%## Kraków", "Zawoja %##, 34-223 Zawoja"},
   {"Sanok", "Ełk"}, "ul. Długa %#/%", "80-831",
   "mrn", "*pesel", "@@@ ######", "@@ #######", "80616##############", "@@ %####", "#######", {"dot", "pl", "dot"}, "Pani", "Pan", "Dr", "pl"},
  // cz
  {{"6## ### ###", "7## ### ###"}, {"+420 6## ### ###", "+420 2## ### ###"},
   {"Vinohradská %#, 120 00 Praha 2", "Masarykova %#, 602 00 Brno", "Náměstí Míru %#, 386 01 Strakonice", "Horní Lhota č. p. %#, 763 23"},
   {"Třebíč", "Jeseník"}, "Vinohradská %#", "120 00",
   "mrn", "*rc", "#########", "########", "80203##########", "%@% ####", "######", {"dot", "cz", "dot"}, "paní", "pan", "MUDr.", "cs"},
  // hu
  {{"06 30 ### ####", "06 1 ### ####"}, {"+36 30 ### ####", "+36 20 ### ####"},
   {"1137 Budapest, Pozsonyi út %#.", "6720 Szeged, Kárász utca %#.", "4025 Debrecen, Piac utca %#. %/%", "8230 Balatonfüred, Petőfi Sándor utca %#."},
   {"Hódmezővásárhely", "Kiskunhalas"}, "Pozsonyi út %#.", "1137",
   "mrn", "*hupn", "######@@", "@@#######", "### ### ###", "@@@-###", "######", {"hun", "hu", "hun"}, "asszony", "úr", "Dr.", "hu"},
  // ro
  {{"07## ### ###", "021 ### ####"}, {"+40 7## ### ###", "+40 264 ### ###"},
   {"Str. Mihai Eminescu nr. %#, bl. A%, ap. %#, Cluj-Napoca", "Bd. Carol I nr. %#, Iași", "Sat Breb nr. %##, com. Ocna Șugatag, jud. Maramureș", "Str. Lipscani nr. %#, sector 3, București"},
   {"Sighișoara", "Vaslui"}, "Str. Mihai Eminescu nr. %#", "400###",
   "mrn", "*cnp", "@@ ######", "0########", "CNAS-########", "@@ %# @@@", "######", {"dot", "ro", "dot"}, "Dna.", "Dl.", "Dr.", "ro"},
  // gr
  {{"69# ### ####", "210 ### ####"}, {"+30 69# ### ####", "+30 2310 ######"},
   {"Οδός Ερμού %#, 105 63 Αθήνα", "Egnatia %##, 546 30 Thessaloniki", "Οδός Κνωσού %#, 713 06 Ηράκλειο", "Plateia Agiou Nikolaou %, 491 00 Kerkyra"},
   {"Ioannina", "Kalamata"}, "Egnatia %##", "546 30",
   "mrn", "*amka", "@@ ######", "@@#######", "###########", "@@@-####", "######", {"dmy", "el", "dmy"}, "Κα", "Κος", "Δρ", "el"},
  // tr
  {{"05## ### ## ##", "0212 ### ## ##"}, {"+90 5## ### ## ##", "+90 312 ### ## ##"},
   {"Bağdat Cad. No: %#, D: %, Kadıköy/İstanbul", "Atatürk Bulvarı No: %##, Çankaya/Ankara", "Kemeraltı Mah. %## Sok. No: %, Konak/İzmir", "Köyiçi Mevkii No: %#, Ayvalık/Balıkesir"},
   {"Amasya", "Kastamonu"}, "Bağdat Cad. No: %#", "34###",
   "mrn", "*tckn", "@##@#####", "U########", "SGK-##########", "%# @@ ###", "######", {"dot", "tr", "dot"}, "Hanım", "Bey", "Dr.", "tr"},
  // il
  {{"05#-###-####", "0%-###-####"}, {"+972 5#-###-####", "+972 3-###-####"},
   {"רחוב הרצל %#, דירה %, חיפה", "Rehov Ben Yehuda %#, Tel Aviv-Yafo", "שדרות רגר %#, באר שבע", "Moshav Nahalal, house %#"},
   {"Nazareth Illit", "Dimona"}, "Rehov Ben Yehuda %#", "6###%##",
   "license", "*tz", "", "%########", "###-#######", "%#-###-##", "%####", {"dmy", "he", "dot"}, "גב'", "מר", "ד\"ר", "he"},
  // ua
  {{"06# ### ## ##", "044 ### ## ##"}, {"+380 6# ### ## ##", "+380 44 ### ## ##"},
   {"вул. Хрещатик, %#, кв. %#, Київ", "vul. Sumska %#, kv. %#, Kharkiv", "вул. Городоцька %##, Львів", "selo Kosiv, vul. Shevchenka %#"},
   {"Uman", "Kolomyia"}, "vul. Sumska %#, kv. %#", "61###",
   "mrn", "##########", "#########", "@@######", "", "@@ ####@@", "######", {"dot", "uk", "dot"}, "пані", "пан", "д-р", "uk"},
  // vn
  {{"09## ### ###", "028 #### ####"}, {"+84 9## ### ###", "+84 24 #### ####"},
   {"Số %# ngõ %# phố Huế, phường Phố Huế, quận Hai Bà Trưng, Hà Nội", "%#/% Nguyễn Trãi, Phường %, Quận 5, TP. Hồ Chí Minh", "Thôn Phú Mỹ, xã Hòa Tiến, huyện Hòa Vang, Đà Nẵng", "%# Lê Lợi, TP. Huế"},
   {"Hội An", "Mỹ Tho"}, "Số %# ngõ %# phố Huế", "",
   "license", "0%##########", "", "@########", "HC4########", "%#@-###.##", "######", {"dmy", "vi", "dmy"}, "Bà", "Ông", "BS.", "vi"},
  // th
  {{"08#-###-####", "02-###-####"}, {"+66 8# ### ####", "+66 2 ### ####"},
   {"%#/% ซอยสุขุมวิท %# แขวงคลองเตย เขตคลองเตย กรุงเทพฯ 10110", "%## Moo %, Tambon Suthep, Mueang, Chiang Mai 50200", "%#/%# ถนนนิมมานเหมินท์ อำเภอเมือง เชียงใหม่", "%# Moo %, Ban Nong Bua, Khon Kaen"},
   {"Nakhon Phanom", "Lampang"}, "%## Moo %, Tambon Suthep", "50200",
   "mrn", "*thid", "", "@@#######", "UC-##########", "%@@ ####", "ว.#####", {"th", "thn", "th"}, "นาง", "นาย", "นพ.", "th"},
  // ph
  {{"09## ### ####", "(02) 8### ####"}, {"+63 9## ### ####", "+63 2 8### ####"},
   {"%# Mabini St., Brgy. San Roque, Marikina City", "Blk %# Lot %#, Phase 2, Camella Homes, Bacoor, Cavite", "Purok %, Brgy. Poblacion, Sagada, Mountain Province", "%## P. Burgos St., Cebu City"},
   {"Vigan", "Tagbilaran"}, "%# Mabini St., Brgy. San Roque", "1800",
   "mrn", "####-####-####-####", "", "P#######@", "##-#########-#", "@@@ ####", "#######", {"long", "tl", "mdy"}, "Gng.", "G.", "Dr.", "tl"},
  // tw
  {{"09##-###-###", "02-####-####"}, {"+886 9## ### ###", "+886 2 #### ####"},
   {"台北市大安區和平東路二段%#號%樓", "Kaohsiung, Lingya District, Zhongzheng 1st Rd. No. %##", "台中市西屯區文心路三段%##巷%號", "Hualien City, Zhongshan Rd. No. %#"},
   {"Taitung", "Lukang"}, "和平東路二段%#號%樓", "106",
   "license", "@%########", "", "3########", "0000####%###", "@@@-####", "######", {"roc", "rocs", "iso"}, "女士", "先生", "醫師", "zh"},
  // et
  {{"09## ### ###", "011 ### ####"}, {"+251 9# ### ####", "+251 11 ### ####"},
   {"Bole Subcity, Woreda 03, House No. %##, Addis Ababa", "አዲስ አበባ ፣ ቦሌ ክፍለ ከተማ ፣ ወረዳ 0% ፣ የቤት ቁጥር %##", "Kebele 0%, Bahir Dar", "Piassa, Gondar, house %##"},
   {"Debre Markos", "Hawassa"}, "Bole Subcity, Woreda 03, House No. %##", "",
   "mrn", "%######", "ID-#######", "EP#######", "CBHI-######", "@@ %-#####", "#####", {"dmy", "en", "dmy"}, "W/ro", "Ato", "Dr.", "en"},
  // za
  {{"08# ### ####", "021 ### ####"}, {"+27 8# ### ####", "+27 21 ### ####"},
   {"Kerkstraat %#, Stellenbosch, 7600", "Plaas Rietvlei, Distrik Calvinia, 8190", "%# Voortrekkerweg, Bellville, 7530", "%# Dorpstraat, Paarl, 7646"},
   {"Worcester", "Graaff-Reinet"}, "%# Voortrekkerweg", "7530",
   "mrn", "*zaid", "", "M########", "####### ####", "C@ ###-###", "MP#######", {"dmy", "af", "iso"}, "Mev.", "Mnr.", "Dr.", "af"},
  // xh
  {{"07# ### ####", "043 ### ####"}, {"+27 7# ### ####", "+27 47 ### ####"},
   {"%# NU %, Mdantsane, East London, 5219", "eLutsheko Village, Mqanduli, 5080", "%# Zwide Street, Gqeberha, 6201", "Nxarhuni Location, Qonce, 5600"},
   {"Mthatha", "Butterworth"}, "%# NU %, Mdantsane", "5219",
   "mrn", "*zaid", "", "@########", "####### ####", "@@@ ### EC", "MP#######", {"dmy", "en", "dmy"}, "Nkosikazi", "Mnu.", "Gqirha", "xh"},
  // gh
  {{"024 ### ####", "020 ### ####"}, {"+233 24 ### ####", "+233 30 ### ####"},
   {"House No. C%#/%, Adabraka, Accra", "Plot %#, Block B, Ahodwo, Kumasi", "Abura Dunkwa, Central Region", "H/No. %##, Nima, Accra"},
   {"Cape Coast", "Sunyani"}, "Plot %#, Block B, Ahodwo", "",
   "license", "GHA-#########-#", "", "G#######", "########", "@@ ####-##", "MDC/RN/#####", {"dmy", "en", "dmy"}, "Madam", "Mr", "Dr", "en"},
  // ar
  {{"11 ####-####", "351 ###-####"}, {"+54 11 ####-####", "+54 341 ###-####"},
   {"Av. Corrientes %###, piso %, depto. @, C1043 CABA", "Bv. Oroño %##, S2000 Rosario", "Calle %# nº %##, La Plata", "Belgrano %##, Tilcara, Jujuy"},
   {"Tandil", "Cafayate"}, "Av. Corrientes %###, piso %", "C1043",
   "license", "%#.###.###", "", "AAA######", "%###########", "@@ ### @@", "######", {"dmy", "es", "dmy"}, "Sra.", "Sr.", "Dr.", "es"},
  // cl
  {{"9 #### ####", "2 #### ####"}, {"+56 9 #### ####", "+56 2 #### ####"},
   {"Av. Providencia %###, depto. %#, Providencia, Santiago", "Pasaje Los Aromos %##, La Florida, Santiago", "Calle Prat %##, Valdivia", "Población Los Copihues, casa %#, Temuco"},
   {"Chillán", "Puerto Montt"}, "Pasaje Los Aromos %##, La Florida", "",
   "mrn", "*rut", "", "F########", "########", "@@@@-##", "#####", {"dmy", "es", "dash"}, "Sra.", "Sr.", "Dr.", "es"},
  // co
  {{"3## ### ####", "(604) ### ####"}, {"+57 3## ### ####", "+57 601 ### ####"},
   {"Calle %# # %#-%#, barrio Laureles, Medellín", "Carrera %# # %#-%#, apto %0#, Bogotá", "Vereda El Retiro, finca La Esperanza, Jardín, Antioquia", "Calle %# # %#-%#, Manizales"},
   {"Pereira", "Santa Fe de Antioquia"}, "Carrera %# # %#-%#, apto %0#", "",
   "license", "%#.###.###", "", "@@######", "EPS-##########", "@@@ ###", "######", {"dmy", "es", "dash"}, "Doña", "Don", "Dr.", "es"},
  // pt
  {{"9## ### ###", "2## ### ###"}, {"+351 9## ### ###", "+351 22 ### ####"},
   {"Rua de Santa Catarina, %##, %º Esq., 4000-### Porto", "Travessa do Carmo, %#, 1200-### Lisboa", "Lugar de Cimo de Vila, %#, 4970-### Arcos de Valdevez", "Rua Direita, %#, 3500-### Viseu"},
   {"Bragança", "Mértola"}, "Rua de Santa Catarina, %##", "4000-###",
   "mrn", "%########", "#########", "C@######", "#########", "##-@@-##", "#####", {"dmy", "pt", "dash"}, "Sra.", "Sr.", "Dr.", "pt"},
  // fi
  {{"04# ### ####", "09 ### ####"}, {"+358 4# ### ####", "+358 9 ### ####"},
   {"Mannerheimintie %#, A %#, 00100 Helsinki", "Hämeenkatu %#, 33100 Tampere", "Kirkkotie %#, 99800 Ivalo", "Rantatie %#, 68600 Pietarsaari"},
   {"Rovaniemi", "Savonlinna"}, "Hämeenkatu %#", "33100",
   "mrn", "*hetu", "", "@@#######", "##########", "@@@-###", "###########", {"fid", "fi", "fid"}, "rouva", "herra", "LL", "fi"},
  // dk
  {{"2# ## ## ##", "4# ## ## ##"}, {"+45 2# ## ## ##", "+45 3# ## ## ##"},
   {"Nørrebrogade %#, %. th., 2200 København N", "Vestergade %#, 8000 Aarhus C", "Strandvejen %##, 9990 Skagen", "Landevejen %#, 6270 Tønder"},
   {"Ribe", "Nakskov"}, "Vestergade %#", "8000",
   "mrn", "*cpr", "", "%########", "", "@@ ## ###", "#####", {"dot", "da", "dot"}, "fru", "hr.", "Dr.", "da"},
  // ch
  {{"07# ### ## ##", "031 ### ## ##"}, {"+41 7# ### ## ##", "+41 44 ### ## ##"},
   {"Kramgasse %#, 3011 Bern", "Dorfstrasse %#, 3818 Grindelwald", "Seefeldstrasse %##, 8008 Zürich", "Hauptgasse %#, 4500 Solothurn"},
   {"Langnau im Emmental", "Frutigen"}, "Kramgasse %#", "3011",
   "mrn", "*ahv", "", "@#######", "80756##########", "BE ######", "7601000######", {"dot", "de", "dot"}, "Frau", "Herr", "Dr. med.", "de"},
  // cf
  {{"07# ### ## ##", "021 ### ## ##"}, {"+41 7# ### ## ##", "+41 22 ### ## ##"},
   {"Rue de Bourg %#, 1003 Lausanne", "Chemin des Vignes %, 1096 Cully", "Rue du Marché %#, 1204 Genève", "Route de la Gruyère %#, 1663 Gruyères"},
   {"Le Locle", "Moudon"}, "Rue de Bourg %#", "1003",
   "mrn", "*ahv", "", "@#######", "80756##########", "VD ######", "7601000######", {"dot", "fr", "dot"}, "Mme", "M.", "Dr", "fr"},
  // ti
  {{"07# ### ## ##", "091 ### ## ##"}, {"+41 7# ### ## ##", "+41 91 ### ## ##"},
   {"Via Nassa %#, 6900 Lugano", "Piazza Grande %#, 6600 Locarno", "Nucleo di Corippo %, 6631 Corippo", "Via Lugano %#, 6500 Bellinzona"},
   {"Mendrisio", "Biasca"}, "Via Nassa %#", "6900",
   "mrn", "*ahv", "", "@#######", "80756##########", "TI ######", "7601000######", {"dot", "it", "dot"}, "Sig.ra", "Sig.", "Dott.", "it"},
  // nz
  {{"02# ### ####", "(09) ### ####"}, {"+64 2# ### ####", "+64 7 ### ####"},
   {"%# Tūtānekai Street, Rotorua 3010", "%# Kaitāia-Awaroa Road, Ahipara 0481", "%/%# Cuba Street, Te Aro, Wellington 6011", "%# Ruatoria Road, Tikitiki 4081"},
   {"Whanganui", "Ōpōtiki"}, "%# Tūtānekai Street", "3010",
   "mrn", "*nhi", "", "L@######", "", "@@@%##", "#####", {"dmy", "en", "dmy"}, "Whaea", "Matua", "Dr", "mi"},
};
// clang-format on

const Land& land(L g) { return kLand[static_cast<std::size_t>(g)]; }

std::string phoneOf(Random& r, L g, int intl) {  // 1 international, 0 national, -1 either
  const Land& l = land(g);
  const bool i = intl == 1 || (intl < 0 && r.chance(0.45));
  return shape(r, (i ? l.phoneIntl : l.phoneNat)[r.next() % 2]);
}

// Seven digits: local numbers without the area code.
std::string phone7(Random& r, L g) {
  switch (g) {
    case L::ie: return shape(r, "&## ####");
    case L::ph: return shape(r, "8## ####");
    case L::gh: return shape(r, "2######");
    case L::ar: return shape(r, "4###-###");
    default: return shape(r, "&##-####");
  }
}

// A phone number as machine records write it: the international form without spaces or dashes.
std::string machinePhone(Random& r, L g) {
  std::string v = phoneOf(r, g, 1), out;
  for (char c : v) {
    if ((c >= '0' && c <= '9') || c == '+') out += c;
  }
  return out;
}

std::string addressOf(Random& r, L g) { return shape(r, land(g).addresses[r.next() % 4]); }

// ---------------------------------------------------------------------------------------------
// Dates.
using Months = std::array<std::string_view, 12>;
constexpr Months kEn = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"};
constexpr Months kGed = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
constexpr Months kGa = {"Eanáir", "Feabhra", "Márta", "Aibreán", "Bealtaine", "Meitheamh", "Iúil", "Lúnasa", "Meán Fómhair", "Deireadh Fómhair", "Samhain", "Nollaig"};
constexpr Months kCy = {"Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"};
constexpr Months kPl = {"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"};
constexpr Months kCz = {"ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"};
constexpr Months kHu = {"január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"};
constexpr Months kRo = {"ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"};
constexpr Months kEl = {"Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"};
constexpr Months kTr = {"Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"};
constexpr Months kHe = {"בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר", "בנובמבר", "בדצמבר"};
// Hebrew-calendar months from Tishrei, with the preposition.
constexpr Months kHeb = {"בתשרי", "בחשוון", "בכסלו", "בטבת", "בשבט", "באדר", "בניסן", "באייר", "בסיוון", "בתמוז", "באב", "באלול"};
constexpr Months kUk = {"січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"};
constexpr Months kTh = {"มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"};
constexpr Months kTl = {"Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre", "Nobyembre", "Disyembre"};
constexpr Months kAf = {"Januarie", "Februarie", "Maart", "April", "Mei", "Junie", "Julie", "Augustus", "September", "Oktober", "November", "Desember"};
constexpr Months kEs = {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"};
constexpr Months kPt = {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"};
constexpr Months kFr = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"};
constexpr Months kIt = {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"};
constexpr Months kDe = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"};
constexpr Months kFi = {"tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"};
constexpr Months kDa = {"januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"};

struct Date {
  int y = 2024, m = 1, d = 1;
};

std::string dateText(const Date& t, std::string_view s) {
  const auto i = static_cast<std::size_t>(t.m - 1);
  const std::string y = std::to_string(t.y), d = std::to_string(t.d), m = std::to_string(t.m), dd = twoDigits(t.d), mm = twoDigits(t.m);
  auto named = [&](const Months& ms) { return d + " " + std::string(ms[i]) + " " + y; };
  auto dotted = [&](const Months& ms) { return d + ". " + std::string(ms[i]) + " " + y; };
  if (s == "mdy") return mm + "/" + dd + "/" + y;
  if (s == "long") return std::string(kEn[i]) + " " + d + ", " + y;
  if (s == "iso") return y + "-" + mm + "-" + dd;
  if (s == "compact") return y + mm + dd;
  if (s == "dmy") return dd + "/" + mm + "/" + y;
  if (s == "dash") return dd + "-" + mm + "-" + y;
  if (s == "dot") return dd + "." + mm + "." + y;
  if (s == "md") return m + "/" + d;
  if (s == "dm") return d + "/" + m;
  if (s == "dmon") return dd + "-" + std::string(kEn[i].substr(0, 3)) + "-" + y;
  if (s == "en") return named(kEn);
  if (s == "enth") {
    const char* suffix = (t.d % 10 == 1 && t.d != 11) ? "st" : (t.d % 10 == 2 && t.d != 12) ? "nd" : (t.d % 10 == 3 && t.d != 13) ? "rd" : "th";
    return d + suffix + " " + std::string(kEn[i]) + " " + y;
  }
  if (s == "ged") return d + " " + std::string(kGed[i]) + " " + y;
  if (s == "ga") return named(kGa);
  if (s == "cy") return named(kCy);
  if (s == "pl") return named(kPl);
  if (s == "cz") return dotted(kCz);
  if (s == "hu") return y + ". " + std::string(kHu[i]) + " " + d;
  if (s == "hun") return y + "." + mm + "." + dd;
  if (s == "ro") return named(kRo);
  if (s == "el") return named(kEl);
  if (s == "tr") return named(kTr);
  if (s == "he") return named(kHe);
  if (s == "heb") {  // an approximation of the Hebrew-calendar date (synthetic text): months of
                     // 29.5 days counted from a Rosh Hashanah taken as 15 September, no leap months
    static constexpr int kCum[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    int since = kCum[t.m - 1] + t.d - 1 - 257;
    int hy = t.y + 3761;
    if (since < 0) since += 365, hy -= 1;
    const int hm = std::min(11, since * 2 / 59);
    const int hd = std::clamp(since - hm * 59 / 2 + 1, 1, 30);
    return std::to_string(hd) + " " + std::string(kHeb[static_cast<std::size_t>(hm)]) + " " + std::to_string(hy);
  }
  if (s == "uk") return named(kUk);
  if (s == "vi") return d + " tháng " + m + " năm " + y;
  if (s == "th") return d + " " + std::string(kTh[i]) + " " + std::to_string(t.y + 543);
  if (s == "thn") return dd + "/" + mm + "/" + std::to_string(t.y + 543);
  if (s == "roc") return "民國" + std::to_string(t.y - 1911) + "年" + m + "月" + d + "日";
  if (s == "rocs") return std::to_string(t.y - 1911) + "/" + mm + "/" + dd;
  if (s == "tl") return std::string(kTl[i]) + " " + d + ", " + y;
  if (s == "af") return named(kAf);
  if (s == "es") return d + " de " + std::string(kEs[i]) + " de " + y;
  if (s == "pt") return d + " de " + std::string(kPt[i]) + " de " + y;
  if (s == "fr") return t.d == 1 ? "1er " + std::string(kFr[i]) + " " + y : named(kFr);
  if (s == "it") return named(kIt);
  if (s == "de") return dotted(kDe);
  if (s == "fi") return dotted(kFi);
  if (s == "fid") return d + "." + m + "." + y;
  if (s == "da") return dotted(kDa);
  throw std::logic_error("unknown date style " + std::string(s));
}

// ---------------------------------------------------------------------------------------------
// Personal numbers that are computed from the birth date rather than shaped.
std::string personalNumber(Random& r, L g, const Person& p, const Date& b) {
  const std::string spec(land(g).id);
  const std::string yy = twoDigits(b.y % 100), mm = twoDigits(b.m), dd = twoDigits(b.d);
  if (spec == "*chi") return dd + mm + yy + r.digits(4);
  if (spec == "*nhs") return shape(r, "%## ### ####");
  if (spec == "*pesel") return yy + twoDigits(b.m + (b.y >= 2000 ? 20 : 0)) + dd + r.digits(5);
  if (spec == "*rc") return yy + twoDigits(b.m + (p.female ? 50 : 0)) + dd + "/" + r.digits(4);
  if (spec == "*hupn") return std::string(p.female ? "2" : "1") + "-" + yy + mm + dd + "-" + r.digits(4);
  if (spec == "*cnp") return std::string(b.y >= 2000 ? (p.female ? "6" : "5") : (p.female ? "2" : "1")) + yy + mm + dd + r.digits(6);
  if (spec == "*amka") return dd + mm + yy + r.digits(5);
  if (spec == "*tckn") return shape(r, "%##########");
  if (spec == "*tz") return r.digits(9);
  if (spec == "*thid") return shape(r, "%-####-#####-##-#");
  if (spec == "*zaid") return yy + mm + dd + std::to_string(p.female ? r.between(0, 4) : r.between(5, 9)) + r.digits(3) + "08" + r.digits(1);
  if (spec == "*rut") return shape(r, "%#.###.###-") + (r.chance(0.1) ? "K" : r.digits(1));
  if (spec == "*hetu") return dd + mm + yy + (b.y >= 2000 ? "A" : "-") + r.digits(3) + r.letters(1, true);
  if (spec == "*cpr") return dd + mm + yy + "-" + r.digits(4);
  if (spec == "*ahv") return "756." + r.digits(4) + "." + r.digits(4) + "." + r.digits(2);
  if (spec == "*nhi") return shape(r, "@@@####");
  if (g == L::us) return shape(r, "%##-##-####");
  return shape(r, spec);
}

// ---------------------------------------------------------------------------------------------
// The cast of a patient's notes: the same for every note of one patient from one country.
struct Cast {
  L g = L::us;
  Person pt, kin;
  std::array<Person, 4> staff;  // s1 the consultant, s2 a counsellor or trainee, s3 a nurse (a woman), s4 anyone
  Date born;
  int age = 60;
  std::string home, street, city, state, zip;
  std::string hStreet, hTown, hPost;  // the parts of the home address for machine records
  std::size_t rel = 0;
};

Cast castOf(std::uint64_t seed, std::size_t patientIndex, L g) {
  Random r((seed ^ 0x3636ULL) * 0xbf58476d1ce4e5b9ULL + (patientIndex + 11) * 0x9e3779b97f4a7c15ULL + static_cast<std::uint64_t>(g) * 0x94d049bb133111ebULL);
  r.next();
  Cast c;
  c.g = g;
  c.pt = drawPerson(r, g);
  do c.kin = drawPerson(r, g);
  while (c.kin.given == c.pt.given);
  if (r.chance(0.55)) {  // the same family
    setFamily(c.kin, g, c.pt.familyIndex);
    c.kin.family2 = c.pt.family2;
  }
  for (std::size_t k = 0; k < 4; ++k) {
    for (int tries = 0; tries < 20; ++tries) {
      c.staff[k] = drawPerson(r, g);
      bool clash = c.staff[k].given == c.pt.given || c.staff[k].given == c.kin.given || (k == 2 && !c.staff[k].female);
      for (std::size_t j = 0; j < k; ++j) clash = clash || c.staff[j].given == c.staff[k].given;
      if (!clash) break;
    }
  }
  c.age = r.chance(0.4) ? r.between(90, 104) : r.between(19, 89);
  c.born = {2025 - c.age, r.between(1, 12), r.between(1, 28)};
  static constexpr std::string_view kStreet[] = {"Laurel Fork Rd", "E Cumberland Ave", "Persimmon Hollow Ln", "N Tipple St", "Old Depot Pike", "Bramble Ct"};
  static constexpr std::string_view kCity[][3] = {{"Bluefield", "WV", "247"}, {"Hazard", "KY", "417"}, {"Meridian", "MS", "393"},
                                                  {"Ottumwa", "IA", "525"}, {"Rutland", "VT", "057"}, {"Hobbs", "NM", "882"}};
  const auto& city = kCity[r.next() % std::size(kCity)];
  c.street = std::to_string(r.between(12, 9800)) + " " + std::string(r.pick(std::span<const std::string_view>(kStreet)));
  if (r.chance(0.3)) c.street += " Apt " + std::to_string(r.between(1, 40));
  c.city = std::string(city[0]);
  c.state = std::string(city[1]);
  c.zip = std::string(city[2]) + r.digits(2) + (r.chance(0.5) ? "-" + r.digits(4) : "");
  c.rel = r.next() % 5 + (c.kin.female ? 0 : 5);
  c.home = g == L::us ? c.street + ", " + c.city + ", " + c.state : addressOf(r, g);
  if (g == L::us) {
    c.hStreet = c.street, c.hTown = c.city, c.hPost = c.zip;
  } else {
    c.hStreet = shape(r, land(g).street);
    c.hTown = std::string(land(g).towns[r.next() % 2]);
    c.hPost = shape(r, land(g).post);
  }
  return c;
}

// Relation words: daughter, wife, sister, mother, niece, son, husband, brother, father, nephew.
struct RelRow {
  std::string_view lang;
  std::array<std::string_view, 10> w;
};
constexpr RelRow kRel[] = {
    {"en", {"daughter", "wife", "sister", "mother", "niece", "son", "husband", "brother", "father", "nephew"}},
    {"pl", {"córka", "żona", "siostra", "matka", "siostrzenica", "syn", "mąż", "brat", "ojciec", "siostrzeniec"}},
    {"cs", {"dcera", "manželka", "sestra", "matka", "neteř", "syn", "manžel", "bratr", "otec", "synovec"}},
    {"hu", {"lánya", "felesége", "húga", "anyja", "unokahúga", "fia", "férje", "bátyja", "apja", "unokaöccse"}},
    {"ro", {"fiica", "soția", "sora", "mama", "nepoata", "fiul", "soțul", "fratele", "tatăl", "nepotul"}},
    {"el", {"κόρη", "σύζυγος", "αδελφή", "μητέρα", "ανιψιά", "γιος", "σύζυγος", "αδελφός", "πατέρας", "ανιψιός"}},
    {"tr", {"kızı", "eşi", "kız kardeşi", "annesi", "yeğeni", "oğlu", "eşi", "erkek kardeşi", "babası", "yeğeni"}},
    {"he", {"בת", "אישה", "אחות", "אם", "אחיינית", "בן", "בעל", "אח", "אב", "אחיין"}},
    {"uk", {"донька", "дружина", "сестра", "мати", "племінниця", "син", "чоловік", "брат", "батько", "племінник"}},
    {"vi", {"con gái", "vợ", "chị gái", "mẹ", "cháu gái", "con trai", "chồng", "anh trai", "bố", "cháu trai"}},
    {"th", {"ลูกสาว", "ภรรยา", "พี่สาว", "แม่", "หลานสาว", "ลูกชาย", "สามี", "พี่ชาย", "พ่อ", "หลานชาย"}},
    {"zh", {"女兒", "妻子", "姊姊", "母親", "姪女", "兒子", "丈夫", "哥哥", "父親", "姪子"}},
    {"af", {"dogter", "vrou", "suster", "moeder", "niggie", "seun", "man", "broer", "vader", "neef"}},
    {"es", {"hija", "esposa", "hermana", "madre", "sobrina", "hijo", "esposo", "hermano", "padre", "sobrino"}},
    {"pt", {"filha", "esposa", "irmã", "mãe", "sobrinha", "filho", "marido", "irmão", "pai", "sobrinho"}},
    {"fi", {"tytär", "vaimo", "sisar", "äiti", "veljentytär", "poika", "aviomies", "veli", "isä", "veljenpoika"}},
    {"da", {"datter", "hustru", "søster", "mor", "niece", "søn", "ægtefælle", "bror", "far", "nevø"}},
    {"de", {"Tochter", "Ehefrau", "Schwester", "Mutter", "Nichte", "Sohn", "Ehemann", "Bruder", "Vater", "Neffe"}},
    {"fr", {"fille", "épouse", "sœur", "mère", "nièce", "fils", "époux", "frère", "père", "neveu"}},
    {"it", {"figlia", "moglie", "sorella", "madre", "nipote", "figlio", "marito", "fratello", "padre", "nipote"}},
};

std::string relationWord(std::string_view lang, std::size_t k) {
  for (const RelRow& row : kRel) {
    if (row.lang == lang) return std::string(row.w[k % 10]);
  }
  return std::string(kRel[0].w[k % 10]);
}

// ---------------------------------------------------------------------------------------------
// One note being written.
enum class Mode { asIs, lower, upper };

struct Note {
  NoteBuilder& b;
  const Cast& c;
  Mode mode;
  std::array<Person, 3> others;  // more relatives in a family history, or other patients on a list
  std::string pid, mrn, barcode, ins;  // written again the same within a note
  Date last;
  std::string lastPhone;
};

std::string cased(const Note& n, std::string s) {
  return n.mode == Mode::lower ? low36(std::move(s)) : n.mode == Mode::upper ? up36(std::move(s)) : s;
}
void put(Note& n, std::string_view category, std::string v) {
  if (category == "phone") n.lastPhone = v;
  n.b.phi(category, cased(n, std::move(v)));
}
void say(Note& n, std::string v) { n.b.text(cased(n, std::move(v))); }

void putDate(Note& n, const Date& t, std::string_view style) {
  Random& r = n.b.random();
  n.last = t;
  const std::string_view s = style.empty() ? land(n.c.g).dateStyles[r.next() % 3] : style;
  put(n, "date", dateText(t, s));
}

Date laterThan(const Date& t, int days) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  Date u = t;
  u.d += days;
  while (u.d > kDays[u.m - 1]) {
    u.d -= kDays[u.m - 1];
    if (++u.m > 12) u.m = 1, ++u.y;
  }
  return u;
}

std::string hospitalNumber(Random& r) {
  static constexpr std::string_view kShapes[] = {"########", "@@#######", "%######", "MRN%#####", "%#-####-##", "H%######"};
  return oneOf(r, kShapes);
}

std::string specimenBarcode(Random& r) {
  static constexpr std::string_view kShapes[] = {"GX24-%#####", "%##########", "BB%#######", "SPM-2%-%####", "DNA%######", "NBS2%######"};
  return oneOf(r, kShapes);
}

std::string sentence36(Random& r, std::string_view topic);

const Person& who(const Note& n, std::string_view w) {
  if (w == "pt") return n.c.pt;
  if (w == "kin") return n.c.kin;
  if (w.size() == 2 && w[0] == 's') return n.c.staff[static_cast<std::size_t>(w[1] - '1') % 4];
  return n.others[static_cast<std::size_t>(w[1] - '1') % 3];  // o1, o2, o3
}
bool isWho(std::string_view w) {
  return w == "pt" || w == "kin" || (w.size() == 2 && (w[0] == 's' || w[0] == 'o') && w[1] >= '1' && w[1] <= '4');
}

// A message's own time (not PHI): an e-mail Date: header, a log's or a message's timestamp.
std::string stamp(Random& r, std::string_view form) {
  static constexpr std::string_view kDay[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  static constexpr std::string_view kMon[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  static constexpr std::string_view kZone[] = {"+0000", "+0100", "+0200", "+0300", "+0700", "+0800", "-0300", "-0500", "+1300"};
  const int yr = r.between(2024, 2025), mo = r.between(1, 12), da = r.between(1, 28);
  const std::string y = std::to_string(yr), m = twoDigits(mo), d = twoDigits(da), h = twoDigits(r.between(0, 23)),
                    mi = twoDigits(r.between(0, 59)), s = twoDigits(r.between(0, 59));
  if (form == "iso") return y + "-" + m + "-" + d + "T" + h + ":" + mi + ":" + s + "Z";
  if (form == "sql") return y + "-" + m + "-" + d + " " + h + ":" + mi + ":" + s;
  if (form == "mail")
    return std::string(r.pick(std::span<const std::string_view>(kDay))) + ", " + std::to_string(da) + " " + std::string(kMon[mo - 1]) + " " + y + " " + h + ":" + mi + ":" + s + " " +
           std::string(r.pick(std::span<const std::string_view>(kZone)));
  return y + m + d + h + mi + s;
}

// Look-alikes of genetics (not PHI).
std::string variant(Random& r) {
  static constexpr std::string_view kVar[] = {
      "BRCA1 NM_007294.4:c.5266dupC p.(Gln1756Profs*74)", "BRCA2 NM_000059.4:c.5946del p.(Ser1982Argfs*22)",
      "MLH1 NM_000249.4:c.1852_1854del p.(Lys618del)", "MSH2 NM_000251.3:c.942+3A>T", "TP53 NM_000546.6:c.743G>A p.(Arg248Gln)",
      "PALB2 NM_024675.4:c.3113G>A p.(Trp1038*)", "APC NM_000038.6:c.3927_3931del p.(Glu1309Aspfs*4)", "HTT CAG repeat 42/17",
      "FBN1 NM_000138.5:c.7754T>C p.(Ile2585Thr)", "CFTR NM_000492.4:c.1521_1523del p.(Phe508del)", "LDLR NM_000527.5:c.681C>G p.(Asp227Glu)",
      "ATM NM_000051.4:c.7271T>G p.(Val2424Gly)", "CHEK2 NM_007194.4:c.1100del p.(Thr367Metfs*15)", "PMS2 NM_000535.7:c.137G>T p.(Ser46Ile)"};
  return std::string(r.pick(std::span<const std::string_view>(kVar)));
}

// Placeholders are "{what:form}"; the list is in the branches below.
void fill(Note& n, std::string_view key) {
  Random& r = n.b.random();
  const Cast& c = n.c;
  const L g = c.g;
  const std::size_t colon = key.find(':');
  const std::string_view what = key.substr(0, colon), form = colon == std::string_view::npos ? std::string_view() : key.substr(colon + 1);
  if (isWho(what)) return put(n, "name", nameForm(r, who(n, what), g, form));
  if (what == "hon") return say(n, std::string(who(n, form.empty() ? std::string_view("pt") : form).female ? land(g).hisF : land(g).hisM));
  if (what == "dr") {  // a doctor's title: "Dra." for a woman in Spanish and Portuguese, "Dre" in French, "Dott.ssa" in Italian
    const std::string_view lang = land(g).language;
    const bool woman = !form.empty() && who(n, form).female;
    if (woman && (lang == "es" || lang == "pt")) return say(n, "Dra.");
    if (woman && lang == "fr") return say(n, "Dre");
    if (woman && lang == "it") return say(n, "Dott.ssa");
    return say(n, std::string(land(g).doctor));
  }
  if (what == "dob") return putDate(n, c.born, form);
  if (what == "date" || what == "past" || what == "next") {
    const int y = what == "past" ? r.between(2016, 2023) : what == "next" ? 2026 : r.between(2024, 2025);
    return putDate(n, {y, r.between(1, 12), r.between(1, 28)}, form);
  }
  if (what == "again") return putDate(n, n.last, form);
  if (what == "later") return putDate(n, laterThan(n.last, r.between(1, 20)), form);
  if (what == "odob") return putDate(n, {r.between(1905, 1990), r.between(1, 12), r.between(1, 28)}, form);  // a relative's birth
  if (what == "odod") return putDate(n, {r.between(1968, 2023), r.between(1, 12), r.between(1, 28)}, form);  // a relative's death
  if (what == "age") {
    const std::string v = form == "w" ? spelledNumber(c.age) : std::to_string(c.age);
    return c.age > 89 ? put(n, "age", v) : say(n, v);
  }
  if (what == "dage") {  // a relative's age at death
    const int a = r.chance(0.45) ? r.between(90, 102) : r.between(38, 89);
    const std::string v = form == "w" ? spelledNumber(a) : std::to_string(a);
    return a > 89 ? put(n, "age", v) : say(n, v);
  }
  if (what == "oldkin") {
    const int a = r.between(90, 101);
    return put(n, "age", form == "w" ? spelledNumber(a) : std::to_string(a));
  }
  if (what == "yage") return say(n, std::to_string(r.between(31, 74)));  // an age at diagnosis (not PHI)
  if (what == "yr") return say(n, std::to_string(r.between(1921, 2019)));  // a year alone (not PHI)
  if (what == "abt") return say(n, "ABT " + std::to_string(r.between(1890, 1935)));
  if (what == "be") return say(n, std::to_string(r.between(2470, 2567)));  // a Buddhist-era year alone
  if (what == "ph") {
    if (form == "h") return put(n, "phone", machinePhone(r, g));
    return put(n, "phone", phoneOf(r, g, form == "i" ? 1 : form == "n" ? 0 : -1));
  }
  if (what == "ph7") return put(n, "phone", phone7(r, g));
  if (what == "again_ph") return put(n, "phone", n.lastPhone);
  if (what == "fax") return put(n, "fax", phoneOf(r, g, form == "i" ? 1 : 0));
  if (what == "pubph") return say(n, phoneOf(r, g, 0));  // a hospice's, funeral home's or lab's public number (not PHI)
  if (what == "email" || what == "semail") {
    const Person& p = who(n, form.empty() ? std::string_view(what == "email" ? "pt" : "s1") : form);
    const std::string fam = asciiLetters(p.family), giv = asciiLetters(p.given);
    if (what == "semail") {
      static constexpr std::string_view kOrg[] = {"hse.example.ie", "nhs.example.scot", "genetyka.example.pl", "hospice.example.org.nz",
                                                  "genetics.example.ca", "chuv.example.ch", "tygerberg.example.ac.za"};
      return put(n, "email", giv.substr(0, 1) + (r.chance(0.5) ? "." : "") + fam + "@" + std::string(r.pick(std::span<const std::string_view>(kOrg))));
    }
    static constexpr std::string_view kHost[] = {"gmail.example.com", "eircom.example.net", "wp.example.pl", "seznam.example.cz", "freemail.example.hu",
                                                 "yahoo.example.com.tw", "outlook.example.com"};
    return put(n, "email", giv + (r.chance(0.5) ? "." : "_") + fam + std::to_string(r.between(1, 99)) + "@" + std::string(r.pick(std::span<const std::string_view>(kHost))));
  }
  if (what == "url") {  // an obituary, a death notice, a memorial page or a funeral fundraiser of the patient
    static constexpr std::string_view kUrl[] = {"https://rip.example.ie/death-notice/", "https://www.legacy.example.com/us/obituaries/name/",
                                                "https://nekrologi.example.pl/", "https://www.gofundme.example.com/f/funeral-for-",
                                                "https://www.muchloved.example.com/gateway/memorial.htm?id=", "https://www.funeral-notices.example.co.nz/notice/"};
    const std::string_view base = r.pick(std::span<const std::string_view>(kUrl));
    std::string tail = base.back() == '=' ? r.digits(6) : low36(asciiLetters(c.pt.given)) + "-" + low36(asciiLetters(c.pt.family)) + "-" + r.digits(5);
    return put(n, "url", std::string(base) + tail);
  }
  if (what == "ip") return put(n, "ip", form == "6" ? ipv6Value(r) : ipv4Value(r));
  if (what == "addr") return put(n, "address", c.home);
  if (what == "oaddr") return put(n, "address", g == L::us ? std::to_string(r.between(10, 999)) + " Coal Camp Rd, " + c.city + ", " + c.state : addressOf(r, g));
  if (what == "town") return put(n, "address", std::string(land(g).towns[r.next() % 2]));
  if (what == "usaddr") {
    put(n, "address", c.street + ", " + c.city + ", " + c.state);
    say(n, " ");
    return put(n, "zip", c.zip);
  }
  if (what == "street") return put(n, "address", c.street);
  if (what == "city") return put(n, "address", c.city + ", " + c.state);
  if (what == "zip") return put(n, "zip", c.zip);
  if (what == "hstreet") return put(n, "address", c.hStreet);
  if (what == "htown") return put(n, "address", c.hTown);
  if (what == "hpost") {  // nothing where the country has no postcodes
    if (c.hPost.empty()) return;
    return put(n, g == L::us ? "zip" : "address", c.hPost);
  }
  if (what == "state") return say(n, g == L::us ? c.state : std::string());
  if (what == "pid") {  // the country's personal or identity number of the patient
    if (n.pid.empty()) n.pid = personalNumber(r, g, c.pt, c.born);
    std::string v = n.pid;
    if (g == L::us && form == "b") v.erase(std::remove(v.begin(), v.end(), '-'), v.end());
    return put(n, land(g).idCategory, v);
  }
  if (what == "kinid") return put(n, land(g).idCategory, personalNumber(r, g, c.kin, {r.between(1940, 2000), r.between(1, 12), r.between(1, 28)}));
  if (what == "oid") {  // a relative's number
    const Date b{r.between(1950, 2004), r.between(1, 12), r.between(1, 28)};
    return put(n, land(g).idCategory, personalNumber(r, g, n.others[0], b));
  }
  if (what == "card") return put(n, "license", shape(r, land(g).card.empty() ? std::string_view("@@#######") : land(g).card));
  if (what == "pass") return put(n, "license", shape(r, land(g).passport));
  if (what == "ins") {
    if (n.ins.empty()) n.ins = shape(r, land(g).insurance.empty() ? std::string_view("%#########") : land(g).insurance);
    return put(n, "health_plan", n.ins);
  }
  if (what == "hp") return put(n, "health_plan", shape(r, form));
  if (what == "plan") {  // US plans and Medicare MBIs
    static constexpr std::string_view kPlan[] = {"%@@%-@@%-@@##", "@@@#########", "W%########", "###########"};
    return put(n, "health_plan", oneOf(r, kPlan));
  }
  if (what == "ssn") {
    const std::string s = shape(r, "%########");
    return put(n, "ssn", form == "b" ? s : s.substr(0, 3) + "-" + s.substr(3, 2) + "-" + s.substr(5));
  }
  if (what == "mrn") {  // the hospital's number of the patient, the same within a note
    if (n.mrn.empty()) n.mrn = hospitalNumber(r);
    return put(n, "mrn", n.mrn);
  }
  if (what == "omrn") return put(n, "mrn", hospitalNumber(r));
  if (what == "barcode") {  // the specimen barcode of the patient's sample, the same within a note
    if (n.barcode.empty()) n.barcode = specimenBarcode(r);
    return put(n, "mrn", n.barcode);
  }
  if (what == "obarcode") return put(n, "mrn", specimenBarcode(r));
  if (what == "reg") return put(n, "license", shape(r, form.empty() ? land(g).reg : form));
  if (what == "bill") {
    static constexpr std::string_view kBill[] = {"INV-202%-######", "FH/##/#####", "%#########", "EST-%#####"};
    return put(n, "account", oneOf(r, kBill));
  }
  if (what == "case") return put(n, "account", shape(r, form.empty() ? "CR-202%-####" : form));
  if (what == "serial") {
    static constexpr std::string_view kSer[] = {"%#######", "@@@######@", "PJN######", "%##-####-##", "@@%########", "RNA######@"};
    return put(n, "device", oneOf(r, kSer));
  }
  if (what == "plate") return put(n, "vehicle", shape(r, land(g).plate));
  if (what == "vin") return put(n, "vehicle", shape(r, "%@@@@##@#@@######"));
  // Not PHI.
  if (what == "tm") return say(n, twoDigits(r.between(0, 23)) + ":" + twoDigits(r.between(0, 11) * 5));
  if (what == "stamp") return say(n, stamp(r, form));
  if (what == "mdate") {  // a meeting's, a kit's or a document's date (not the patient's)
    const std::string_view s = form.empty() ? land(g).dateStyles[r.next() % 3] : form;
    return say(n, dateText({r.between(2024, 2027), r.between(1, 12), r.between(1, 28)}, s));
  }
  if (what == "ctl") return say(n, shape(r, form.empty() ? "%#####" : form));
  if (what == "var") return say(n, variant(r));
  if (what == "lot") return say(n, shape(r, "LOT %####@"));
  if (what == "rel") return say(n, relationWord(form.empty() ? land(g).language : form, c.rel));
  if (what == "sex") return say(n, c.pt.female ? "F" : "M");
  if (what == "osex") return say(n, who(n, form).female ? "2" : "1");  // PED: 1 male, 2 female
  if (what == "mw") return say(n, c.pt.female ? (form == "en" ? "woman" : "female") : (form == "en" ? "man" : "male"));
  if (what == "s") return say(n, sentence36(r, form));
  throw std::logic_error("unknown placeholder " + std::string(key));
}

// Writes a pattern: literal text, "{key}" placeholders; "{{" writes a brace.
void expand(Note& n, std::string_view p) {
  std::size_t at = 0;
  while (at < p.size()) {
    const std::size_t open = p.find('{', at);
    if (open == std::string_view::npos) {
      say(n, std::string(p.substr(at)));
      return;
    }
    if (p.substr(open, 2) == "{{") {
      say(n, std::string(p.substr(at, open + 1 - at)));
      at = open + 2;
      continue;
    }
    if (open > at) say(n, std::string(p.substr(at, open - at)));
    const std::size_t close = p.find('}', open);
    if (close == std::string_view::npos) throw std::logic_error("unclosed placeholder");
    fill(n, p.substr(open + 1, close - open - 1));
    at = close + 1;
  }
}

// ---------------------------------------------------------------------------------------------
// SENTENCES without PHI: genetics, palliative care, death certification and post-mortem practice,
// the countries' own languages, machine formats and institutions, all full of look-alikes.
std::string sentence36(Random& r, std::string_view topic) {
  const std::string n2 = std::to_string(r.between(10, 99)), n3 = std::to_string(r.between(100, 999)), n4 = std::to_string(r.between(1000, 9999)),
                    y = std::to_string(r.between(1998, 2025));
  const std::string s[] = {
      // genetics (0-15)
      "Heterozygous pathogenic variant BRCA1 NM_007294.4:c.5266dupC p.(Gln1756Profs*74), rs80357906, ClinVar VCV000017661 (GRCh38 chr17:43,057,062).",
      "Lynch syndrome: MLH1, MSH2, MSH6, PMS2 and EPCAM analysed by NGS and MLPA; no copy-number change detected.",
      "Li-Fraumeni syndrome (OMIM #151623) is caused by germline TP53 variants; Chompret criteria were not met.",
      "Karyotype 46,XX,t(11;22)(q23;q11.2) in all 30 metaphases; the balanced translocation was also seen in " + n2 + " of 50 cells.",
      "Array CGH: arr[GRCh38] 22q11.21(18912231_21465672)x1, a 2.5 Mb deletion of the DiGeorge critical region.",
      "Huntington disease: HTT CAG repeat 17 and 42; a full-penetrance allele (40 or more repeats). HPO HP:0002072.",
      "Marfan syndrome, FBN1, Ghent nosology systemic score 8; Loeys-Dietz and Ehlers-Danlos (vascular) were considered.",
      "Variant classified as a VUS (ACMG PM2, PP3); reclassification requests via the laboratory, reference ISO 15189 accreditation no. " + n4 + ".",
      "Manchester score 21 and CanRisk lifetime breast cancer risk 32%; BOADICEA v6 used with polygenic risk score (313 SNPs).",
      "Chromosome band 17q21.31 microdeletion (Koolen-de Vries syndrome); ORPHA:96169.",
      "NIPT: low risk for trisomy 21, 18 and 13; fetal fraction " + std::to_string(r.between(4, 19)) + "%; sex chromosomes not reported by request.",
      "Newborn screening panel: PKU, CHT, CF (IRT/DNA), MCADD, sickle cell disease; repeat card if taken before 48 hours.",
      "Cascade testing is offered to first-degree relatives from age 18; predictive testing for Huntington follows the IHA protocol.",
      "Transcript NM_000059.4 (BRCA2), MANE Select; exons 1-27 covered at a minimum depth of 30x; kit " + shape(r, "LOT %####@") + ", expiry " + std::to_string(r.between(2026, 2028)) + ".",
      "APOE e4/e4 genotype is not reported in predictive panels; Alzheimer disease risk counselling only on request.",
      "Down syndrome (trisomy 21) screening: combined test 1 in 2,400; PAPP-A 0.82 MoM, free beta-hCG 1.1 MoM.",
      // palliative care (16-27)
      "Syringe driver over 24 hours: morphine sulfate 10 mg, midazolam 10 mg, levomepromazine 6.25 mg in water for injection to 17 mL.",
      "Anticipatory medicines: oxycodone 2.5 mg SC PRN, hyoscine butylbromide 20 mg SC PRN, haloperidol 0.5 mg SC PRN.",
      "Australia-modified Karnofsky 30; Phase of illness: deteriorating; IPOS score 24; RASS -2.",
      "The five priorities for care of the dying person were discussed; mouth care 2-hourly; repositioning 4-hourly.",
      "Gold Standards Framework: amber; SPICT indicators 3; surprise question answered \"no\".",
      "PPS 30%; Edmonton Symptom Assessment System pain 6/10, dyspnoea 7/10; opioid rotation to hydromorphone.",
      "Implanted cardioverter-defibrillator shock therapy to be deactivated by the cardiac physiologist before transfer to the hospice.",
      "Creutzfeldt-Jakob disease suspected (RT-QuIC positive, 14-3-3 positive); infection-control category for the mortuary.",
      "Parkinson disease, Hoehn and Yahr stage 5; apomorphine infusion stopped; rotigotine patch 4 mg/24 h.",
      "Respiratory secretions: glycopyrronium 200 micrograms SC 4-hourly PRN; maximum 1.2 mg in 24 hours.",
      "Breakthrough dose one sixth of the 24-hour opioid dose; review after 3 doses in 24 hours.",
      "Motor neurone disease with NIV dependence: withdrawal of ventilation guidance (APM 2015) followed.",
      // death certification and post-mortem (28-37)
      "Cause of death: Ia metastatic carcinoma of the ovary; II chronic kidney disease stage 4 (ICD-10 C56, N18.4).",
      "Post-mortem: heart 520 g, left ventricle 19 mm; coronary arteries with 80% stenosis of the LAD; no thrombus.",
      "Histology blocks A1-A14 retained with consent; no organs retained; toxicology: ethanol not detected.",
      "Reportable deaths include deaths within 24 hours of admission, unnatural deaths and deaths in custody.",
      "Cremation Form 4 and Form 5 completed; pacemaker and battery-powered implants must be removed before cremation.",
      "Tissue donation: corneas up to 24 hours, heart valves up to 48 hours after death; age limit for corneas 90.",
      "Time of death is recorded by the verifying nurse; the medical certificate is completed within 5 days.",
      "Death registration statistics " + y + ": 91.2% of deaths certified by a medical practitioner; 8.8% referred.",
      "Cohort of people aged 90 or over: 14.2% of deaths in the region; median length of hospice stay 12 days.",
      "Gleason 4+5=9 prostate adenocarcinoma (ISUP grade group 5) recorded as Ib on the certificate (ICD-10 C61).",
      // the countries' own languages (38-53)
      "Poradnia genetyczna: badanie w kierunku mutacji BRCA1 (c.5266dupC) wykonywane bezpłatnie w ramach programu NFZ.",
      "Genetická poradna: vyšetření BRCA1/2 hradí zdravotní pojišťovna; výsledek do 8 týdnů.",
      "A családi anamnézisben emlőrák és petefészekrák szerepel; BRCA1/2 vizsgálat javasolt.",
      "Consiliere genetică: testare pentru sindromul Lynch (MLH1, MSH2) recomandată rudelor de gradul I.",
      "Γενετική συμβουλευτική: έλεγχος BRCA1/2 σε συγγενείς πρώτου βαθμού, αποτελέσματα σε 6 εβδομάδες.",
      "Genetik danışmanlık: akraba evliliği (birinci derece kuzen) nedeniyle otozomal resesif hastalık riski anlatıldı.",
      "ייעוץ גנטי: בדיקת שלוש המוטציות השכיחות ביהודים אשכנזים ב-BRCA1 ו-BRCA2.",
      "Генетичне консультування: тестування BRCA1 c.5266dupC рекомендоване родичам першого ступеня.",
      "Tư vấn di truyền: xét nghiệm gen BRCA1/2 cho người thân thế hệ thứ nhất; kết quả sau 4 tuần.",
      "การให้คำปรึกษาทางพันธุกรรม: ตรวจยีน BRCA1/2 ในญาติสายตรง ปี พ.ศ. " + std::to_string(r.between(2560, 2567)) + ".",
      "遺傳諮詢：建議一等親屬接受 BRCA1/2 基因檢測，民國" + std::to_string(r.between(100, 113)) + "年起健保給付。",
      "Geneettinen neuvonta: BRCA1-geenin perustajamutaatiot ovat Suomessa harvinaisia; Lynchin oireyhtymä on yleisempi.",
      "Genetisk rådgivning: kaskadetestning tilbydes førstegradsslægtninge; Rigshospitalet, Klinisk Genetisk Afdeling.",
      "Aconselhamento genético: teste de portador para paramiloidose (TTR V30M), frequente no norte de Portugal.",
      "Asesoramiento genético: síndrome de Lynch; se ofrece estudio en cascada a familiares de primer grado (Hospital Italiano de Buenos Aires).",
      "Genetische Beratung nach GenDG: Aufklärung über das Recht auf Nichtwissen; Bedenkzeit empfohlen.",
      // machine formats (54-61)
      "##fileformat=VCFv4.2\n##reference=GRCh38\n##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Total Depth\">",
      "0 HEAD\n1 SOUR PAF\n1 GEDC\n2 VERS 5.5.1\n1 CHAR UTF-8",
      "#FamilyID\tIndividualID\tFatherID\tMotherID\tSex\tPhenotype (0 unknown, 1 unaffected, 2 affected)",
      "{\"resourceType\":\"Observation\",\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"69548-6\"}]},\"status\":\"final\"}",
      "MSH|^~\\&|GENLAB|REFLAB|EHR|HOSP|" + std::to_string(r.between(2024, 2025)) + "0" + std::to_string(r.between(1, 9)) + "1" + std::to_string(r.between(0, 9)) + "0930||ORU^R01|" + n4 + "|P|2.5.1",
      "<DeathRegistration schemaVersion=\"3.1\"><Jurisdiction>regional</Jurisdiction></DeathRegistration>",
      "sample_id,plate,well,dna_ng_ul,qc (plate P" + n3 + ", wells A1-H12, " + n2 + " samples; no identifiers)",
      "rs80357906 rs80357713 rs80359550 rs28897696 (founder variants panel v" + std::to_string(r.between(2, 6)) + ")",
      // institutions and hotlines (62-69)
      "Tygerberg Hospital, Division of Human Genetics, Francie van Zijl Drive, Cape Town; switchboard +27 21 938 4911.",
      "Bereavement support line (free, 24 hours): 0800 " + n3 + " " + n3 + "; Samaritans 116 123.",
      "Hospice reception: Monday to Friday 09:00-17:00; out of hours via the palliative care advice line.",
      "The Coroner's Office opens 08:30-16:30; referrals by the online portal only, not by e-mail.",
      "National Cancer Registry Ireland, Cork Airport Business Park; public enquiries only.",
      "Laboratory accredited to ISO 15189:2022 (UKAS " + n4 + "); turnaround time 28 days for panels, 14 days for familial variants.",
      "Children's Hospice South West and Rainbow Trust run sibling support groups; leaflets available at reception.",
      "Funeral directors' association code of practice, edition " + std::to_string(r.between(3, 9)) + "; cremation fees reviewed annually.",
  };
  std::size_t k = r.next() % std::size(s);
  auto in = [&r](std::size_t lo, std::size_t count) { return lo + r.next() % count; };
  if (topic == "gen") k = in(0, 16);
  else if (topic == "pal") k = in(16, 12);
  else if (topic == "death") k = in(28, 10);
  else if (topic == "lang") k = in(38, 16);
  else if (topic == "fmt") k = in(54, 8);
  else if (topic == "adm") k = in(62, 8);
  return s[k];
}

// ---------------------------------------------------------------------------------------------
// TEMPLATES
struct Tpl {
  std::string_view name;
  Mode mode;
  L g;
  std::string_view text;
};

constexpr Mode kAs = Mode::asIs;
constexpr Mode kLow = Mode::lower;
constexpr Mode kUp = Mode::upper;

// clang-format off
constexpr Tpl kTemplates36[] = {
    // --- genetic counselling letters and family histories ---
    {"ie_genetics_clinic_letter", kAs, L::ie,
     "Department of Clinical Genetics, Children's Health Ireland at Crumlin\nRe: {pt:full}, DOB {dob:dmy}, MRN {mrn}\nAddress: {addr}\n\nDear {dr:s4} {s4:fam},\nI saw {hon:pt} {pt:fam} in the familial cancer clinic on {date:en}, accompanied by a {rel:en}, {kin:full}.\nFamily history: the maternal aunt, {o1:full}, died of ovarian cancer at {yage} in {yr}; the maternal grandfather, {o2:full} (born {odob:dmy}), died on {odod:dmy} aged {dage}; a cousin, {o3:given}, had colon cancer in their 40s.\n{s:gen}\nYours sincerely,\n{s2:full}, MSc, CGC (genetic counsellor)\n{dr:s1} {s1:full}, FRCPI, Consultant Clinical Geneticist\n"},
    {"sc_pedigree_text", kAs, L::sc,
     "PEDIGREE (drawn {mdate:dmy}) - proband {pt:full}, CHI {pid}\nI-1 {o1:full}, d. {odod:dmy} aged {dage}, colon ca at {yage}\nI-2 {o2:full}, d. {yr}, \"old age\"\nII-1 {kin:full} ({rel:en}), b. {odob:dmy}, alive, MLH1 c.1852_1854del carrier\nII-2 proband, b. {dob:dmy}, endometrial ca at {yage}\nIII-1 {o3:given}, b. {yr}, untested\nCounsellor: {s2:full}, Clinical Genetics, Ashgrove House, Aberdeen\n{s:gen}\n"},
    {"wa_cascade_letter", kAs, L::wa,
     "Gwasanaeth Geneteg Feddygol Cymru / All Wales Medical Genomics Service\n{date:en}\nPrivate and confidential\n{hon:kin} {kin:full}\n{oaddr}\nAnnwyl {kin:given},\nYour relative, {pt:full} (NHS no. {pid}), has asked us to write to you. A change in the BRCA2 gene was found in {pt:given}'s sample on {past:cy}. You may choose to have a test; please call {s2:full}, genetic counsellor, on {ph} or e-mail {semail:s2}.\n{s:gen}\n"},
    {"pl_poradnia_genetyczna", kAs, L::pl,
     "PORADNIA GENETYCZNA - KARTA PORADY\nPacjentka/Pacjent: {hon:pt} {pt:full}, PESEL {pid}\nAdres: {addr}\nTel.: {ph}\nData porady: {date:pl}\nWywiad rodzinny: matka {o1:full} (ur. {odob:dot}, zm. {odod:dot} w wieku {dage} lat) - rak jajnika; wuj {o2:full} - rak jelita grubego w wieku {yage} lat; kuzyn(ka) {o3:given} zm. w {yr} r.\nZalecenie: badanie BRCA1 c.5266dupC u krewnej/krewnego: {rel} {kin:full}.\nLekarz: {dr:s1} hab. {s1:full}, nr PWZ {reg}\n"},
    {"cz_geneticka_zprava", kAs, L::cz,
     "GENETICKÁ AMBULANCE - ZPRÁVA\nPacient: {hon:pt} {pt:full}, r. č. {pid}, pojišťovna 111, č. průkazu {ins}\nBydliště: {addr}\nDatum vyšetření: {date:cz}\nRodinná anamnéza: matka {o1:full} zemřela {odod:dot} ve věku {dage} let (karcinom endometria), bratr {o2:full} - karcinom tlustého střeva ve {yage} letech.\nZávěr: Lynchův syndrom, MSH2 c.942+3A>T.\n{dr:s1} {s1:full}, klinický genetik\n"},
    {"hu_genetikai_tanacsadas", kAs, L::hu,
     "GENETIKAI TANÁCSADÁS - AMBULÁNS LAP\nNév: {pt:full} {hon:pt}\nSzületési dátum: {dob:hun}\nTAJ: {ins}\nLakcím: {addr}\nVizsgálat napja: {date:hu}.\nCsaládi anamnézis: anyja, {o1:full} ({odob:hun} - {odod:hun}), {dage} éves korában halt meg petefészekrákban; nagybátyja, {o2:full}, vastagbélrák {yage} évesen.\nGenetikus: {dr:s1} {s1:full}\n"},
    {"ro_consiliere_genetica", kAs, L::ro,
     "FIȘĂ DE CONSILIERE GENETICĂ\nPacient: {hon:pt} {pt:full}, CNP {pid}\nDomiciliu: {addr}\nTelefon: {ph}\nData consultației: {date:ro}\nIstoric familial: bunica paternă, {o1:full}, decedată la {odod:dot}, la vârsta de {dage} ani; unchiul {o2:full}, cancer de colon la {yage} ani.\nMedic genetician: {dr:s1} {s1:full}\n{s:lang}\n"},
    {"gr_genetic_counselling", kAs, L::gr,
     "ΓΕΝΕΤΙΚΗ ΣΥΜΒΟΥΛΕΥΤΙΚΗ - ΣΗΜΕΙΩΜΑ\nΑσθενής: {hon:pt} {pt:nat} ({pt:up})\nΑΜΚΑ: {pid}\nΗμερομηνία: {date:el}\nΟικογενειακό ιστορικό: η μητέρα, {o1:nat}, απεβίωσε στις {odod:dmy} σε ηλικία {dage} ετών· ο θείος {o2:nat}, καρκίνος παχέος εντέρου στα {yage}.\nΤηλέφωνο επικοινωνίας: {ph}\nΙατρός: {dr:s1} {s1:nat}\n"},
    {"tr_akraba_evliligi", kAs, L::tr,
     "GENETİK DANIŞMANLIK NOTU - AKRABA EVLİLİĞİ\nHasta: {pt:full} {hon:pt}, TC Kimlik No: {pid}\nDoğum tarihi: {dob:dot}\nAdres: {addr}\nGörüşme tarihi: {date:tr}\nAnne ve baba birinci derece kuzen. Yakını: {kin:full} ({rel:tr}). Anneanne {o1:full}, {odod:dot} tarihinde {dage} yaşında vefat etti.\nCep: {ph}\nDanışman: {dr:s1} {s1:full}\n{s:lang}\n"},
    {"il_genetic_counselling_he", kAs, L::il,
     "ייעוץ גנטי - סיכום\nשם: {hon:pt} {pt:nat}\nת.ז. {pid}\nתאריך לידה: {dob:dmy}\nתאריך הייעוץ: {date:he} ({again:heb})\nהיסטוריה משפחתית: האם, {o1:nat}, נפטרה ב-{odod:dot} בגיל {dage}; הדוד {o2:nat} חלה בסרטן המעי הגס בגיל {yage}.\nטלפון: {ph}\nיועצת גנטית: {s2:nat}\n"},
    {"ua_henetychna_konsultatsiia", kAs, L::ua,
     "МЕДИКО-ГЕНЕТИЧНА КОНСУЛЬТАЦІЯ\nПацієнт: {pt:nat}\nРНОКПП: {pid}\nДата народження: {dob:dot}\nАдреса: {addr}\nДата: {date:uk}\nСімейний анамнез: мати {o1:nat} померла {odod:dot} у віці {dage} років.\nТел.: {ph}\nЛікар-генетик: {dr:s1} {s1:nat}\n"},
    {"vn_tu_van_di_truyen", kAs, L::vn,
     "PHIẾU TƯ VẤN DI TRUYỀN\nHọ và tên: {hon:pt} {pt:full}\nSố CCCD: {pid}\nNgày sinh: {dob:dmy}\nĐịa chỉ: {addr}\nNgày khám: ngày {date:vi}\nTiền sử gia đình: mẹ là {o1:full}, mất ngày {odod:dmy}, hưởng thọ {dage} tuổi; cậu {o2:full} bị ung thư đại tràng năm {yage} tuổi.\nĐiện thoại: {ph}\nBác sĩ: {dr:s1} {s1:full}\n"},
    {"th_genetic_counselling", kAs, L::th,
     "บันทึกการให้คำปรึกษาทางพันธุกรรม\nชื่อ: {hon:pt}{pt:nat}\nเลขประจำตัวประชาชน: {pid}\nวันเกิด: {dob:th}\nที่อยู่: {addr}\nวันที่: {date:th}\nประวัติครอบครัว: มารดา {o1:nat} เสียชีวิตเมื่อ {odod:thn} อายุ {dage} ปี\nโทร: {ph}\nแพทย์: {dr:s1} {s1:nat}\n"},
    {"tw_genetic_clinic", kAs, L::tw,
     "遺傳諮詢門診紀錄\n姓名：{pt:nat}（{pt:up}）\n身分證字號：{pid}\n健保卡號：{ins}\n出生日期：{dob:roc}\n地址：{addr}\n就診日期：{date:rocs}\n家族史：母親{o1:nat}於{odod:roc}過世，享年{dage}歲。\n聯絡電話：{ph}\n遺傳諮詢師：{s2:nat}\n"},
    {"za_genetiese_berading", kAs, L::za,
     "GENETIESE BERADING - KLINIEKNOTA\nPasiënt: {hon:pt} {pt:full}, ID {pid}\nAdres: {addr}\nDatum: {date:af}\nFamiliegeskiedenis: die moeder, {o1:full}, is op {odod:dmy} oorlede, {dage} jaar oud; die oom {o2:full} het dermkanker op {yage} gehad.\nSel: {ph}\nBerader: {s2:full} (genetic counsellor), Tygerberg Hospital\n{s:gen}\n"},
    {"fi_perinnollisyys", kAs, L::fi,
     "PERINNÖLLISYYSPOLIKLINIKKA - LAUSUNTO\nPotilas: {pt:full}, henkilötunnus {pid}\nOsoite: {addr}\nKäyntipäivä: {date:fi}\nSuku: äiti {o1:full} kuoli {odod:fid} {dage}-vuotiaana (paksusuolisyöpä); eno {o2:full} sairastui {yage}-vuotiaana.\nPuhelin: {ph}\nLääkäri: {dr:s1} {s1:full}\n"},
    {"dk_genetisk_raadgivning", kAs, L::dk,
     "KLINISK GENETISK AFDELING - NOTAT\nPatient: {pt:full}, CPR {pid}\nAdresse: {addr}\nDato: {date:da}\nStamtræ: mor {o1:full} død {odod:dot}, {dage} år; morbror {o2:full}, tyktarmskræft som {yage}-årig.\nTelefon: {ph}\nLæge: {dr:s1} {s1:full}, Rigshospitalet\n"},
    {"pt_aconselhamento_genetico", kAs, L::pt,
     "CONSULTA DE GENÉTICA MÉDICA\nUtente: {hon:pt} {pt:full}\nN.º de utente: {pid}\nNIF: {kinid} (do {rel:pt}, {kin:full})\nMorada: {addr}\nData: {date:pt}\nAntecedentes: pai, {o2:full}, falecido a {odod:dmy} aos {dage} anos com paramiloidose (TTR V30M).\nTelemóvel: {ph}\nMédica: {dr:s1} {s1:full}\n"},
    {"ar_asesoramiento_genetico", kAs, L::ar,
     "SERVICIO DE GENÉTICA - HOSPITAL ITALIANO DE BUENOS AIRES\nPaciente: {hon:pt} {pt:full}, DNI {pid}\nObra social: {ins}\nDomicilio: {addr}\nFecha: {date:es}\nAntecedentes: abuela materna {o1:full}, fallecida el {odod:dmy} a los {dage} años; tío {o2:full}, cáncer de colon a los {yage}.\nCelular: {ph}\n{dr:s1} {s1:full}, MN {reg}\n"},
    {"co_asesoria_genetica", kAs, L::co,
     "ASESORÍA GENÉTICA - HISTORIA CLÍNICA\nPaciente: {hon:pt} {pt:full}, C.C. {pid}\nEPS: {ins}\nDirección: {addr}\nFecha: {date:es}\nConsanguinidad: padres primos hermanos ({o1:full} y {o2:full}); abuelo(a) {o3:full} murió el {odod:dmy} a los {dage} años.\nCelular: {ph}\n{dr:s1} {s1:full}\n"},
    // --- pedigree, PED, VCF, GEDCOM, HL7, FHIR, CSV ---
    {"ca_ped_file", kAs, L::ca,
     "# family.ped exported from Progeny for {pt:full} (MRN {mrn})\n#FamilyID\tIndividualID\tFatherID\tMotherID\tSex\tPhenotype\tName\tDOB\nFAM1\tI-1\t0\t0\t1\t2\t{o2:full}\t{odob:iso}\nFAM1\tI-2\t0\t0\t2\t1\t{o1:full}\t{odob:iso}\nFAM1\tII-1\tI-1\tI-2\t{osex:pt}\t2\t{pt:full}\t{dob:iso}\nFAM1\tII-2\tI-1\tI-2\t{osex:kin}\t0\t{kin:full}\t{odob:iso}\n"},
    {"us_vcf_header", kAs, L::us,
     "##fileformat=VCFv4.2\n##reference=GRCh38\n##SAMPLE=<ID={barcode},Description=\"{pt:inv}, DOB {dob:compact}\">\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t{again:compact}_{pt:us}\nchr17\t43057062\trs80357906\tG\tGC\t812\tPASS\tDP=118\tGT\t0/1\n"},
    {"fi_vcf_header", kAs, L::fi,
     "##fileformat=VCFv4.2\n##source=DRAGEN 4.2\n##SAMPLE=<ID={barcode},Individual={pt:us}>\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t{barcode}\n{s:fmt}\n"},
    {"pl_gedcom_export", kAs, L::pl,
     "0 HEAD\n1 SOUR MyHeritage\n1 CHAR UTF-8\n0 @I1@ INDI\n1 NAME {pt:ged}\n2 GIVN {pt:given}\n2 SURN {pt:fam}\n1 BIRT\n2 DATE {dob:ged}\n2 PLAC {htown}, Polska\n0 @I2@ INDI\n1 NAME {o2:ged}\n1 BIRT\n2 DATE {abt}\n1 DEAT\n2 DATE {odod:ged}\n2 PLAC {town}, Polska\n0 @I3@ INDI\n1 NAME {o1:ged}\n1 DEAT\n2 DATE {yr}\n0 @F1@ FAM\n1 HUSB @I2@\n1 CHIL @I1@\n"},
    {"ie_gedcom_family_tree", kAs, L::ie,
     "0 @I7@ INDI\n1 NAME {o1:ged}\n1 SEX F\n1 BIRT\n2 DATE {odob:ged}\n2 PLAC {town}, Co. Kerry, Ireland\n1 DEAT\n2 DATE {odod:ged}\n1 NOTE Breast cancer. Daughter {kin:full} holds the family bible.\n0 @I8@ INDI\n1 NAME {pt:ged}\n1 BIRT\n2 DATE {dob:ged}\n1 RESI\n2 ADDR {addr}\n1 EMAIL {email}\n"},
    {"hu_hl7_oru_genetic", kAs, L::hu,
     "MSH|^~\\&|GENLAB|SE-GEN|MEDSOL|SE-KK|{stamp}||ORU^R01|{ctl:######}|P|2.5.1\nPID|1||{mrn}^^^SE^MR~{ins}^^^OEP^TAJ||{pt:ufam}^{pt:given}||{dob:compact}|{sex}|||{hpost} {htown}^^^^^HU||{ph:h}\nOBR|1|{barcode}||81479^BRCA1/2 panel\nOBX|1|ST|51958-7^Variant^LN||{var}||||||F\n"},
    {"th_hl7_oru", kAs, L::th,
     "MSH|^~\\&|LIS|SIRIRAJ|HIS|SIRIRAJ|{stamp}||ORU^R01|{ctl:#######}|P|2.5\nPID|1||{mrn}^^^SI^HN~{pid}^^^MOI^NI||{pt:ufam}^{pt:given}||{dob:compact}|{sex}|||{addr}||{ph:h}\nOBX|1|ST|GENE^Thalassemia^L||HbE/beta-thalassemia, codon 41/42 (-TTCT)||||||F\n"},
    {"nz_fhir_family_history", kAs, L::nz,
     "{{\"resourceType\":\"FamilyMemberHistory\",\"status\":\"completed\",\"patient\":{{\"identifier\":{{\"system\":\"https://standards.digital.health.nz/ns/nhi-id\",\"value\":\"{pid}\"},\"display\":\"{pt:full}\"},\"name\":\"{o1:full}\",\"relationship\":{{\"text\":\"maternal grandmother\"},\"deceasedDate\":\"{odod:iso}\",\"ageAge\":{{\"value\":{oldkin},\"unit\":\"a\"},\"condition\":[{{\"code\":{{\"text\":\"colorectal cancer\"}}]}\n"},
    {"ca_fhir_observation", kAs, L::ca,
     "{{\"resourceType\":\"Observation\",\"subject\":{{\"reference\":\"Patient/{mrn}\",\"display\":\"{pt:reg}\"},\"effectiveDateTime\":\"{date:iso}\",\"specimen\":{{\"identifier\":\"{barcode}\"},\"valueString\":\"{var}\",\"performer\":[{{\"display\":\"{s1:full}\"}],\"note\":[{{\"text\":\"Results discussed with {kin:full} ({rel:en}) at {ph}\"}]}\n"},
    {"ch_lims_manifest_csv", kAs, L::ch,
     "LIMS-Probenmanifest Genetik (Versand an Referenzlabor)\nbarcode;name;vorname;geburtsdatum;ahv;auftraggeber\n{barcode};{pt:fam};{pt:given};{dob:dot};{pid};{dr:s1} {s1:full}\n{obarcode};{o1:fam};{o1:given};{odob:dot};{oid};{dr:s1} {s1:full}\n{obarcode};{o2:fam};{o2:given};{odob:compact};{oid};{dr:s1} {s1:full}\n"},
    {"gh_nbs_csv", kAs, L::gh,
     "newborn_screening_followup.csv\ncard_no,caregiver_name,baby_dob,result,mother_phone,community\n{barcode},{kin:full},{date:dmy},FS (sickle cell disease),{ph},{town}\n{obarcode},{o1:full},{date:dmy},FAS (trait),{ph7},{town}\n"},
    {"us_lab_requisition", kAs, L::us,
     "GENETIC TESTING REQUISITION - HEREDITARY CANCER PANEL\nPatient: {pt:inv}   DOB: {dob:mdy}   Sex: {sex}\nSSN: {ssn:b}   MRN: {mrn}\nAddress: {usaddr}\nPhone: {ph}\nInsurance: Medicare, MBI {plan}\nOrdering provider: {s1:full}, MD, NPI {ctl:##########}\nFamily history: mother {o1:full}, ovarian ca, died {odod:mdy} age {dage}\nSpecimen: {barcode}, collected {date:mdy}\n"},
    {"tw_lims_log", kAs, L::tw,
     "LIMS audit log (檢體追蹤)\n{stamp:sql} RECEIVED {barcode} {pt:reg} DOB {dob:rocs} by {s3:full}\n{stamp:sql} EXTRACTED {barcode} DNA 48 ng/uL\n{stamp:sql} REPORT VIEWED from {ip} user {s1:low}\n{stamp:sql} REPORT VIEWED from {ip:6} user {s2:low}\n"},
    // --- biobank, predictive testing, prenatal, newborn ---
    {"fi_biobank_withdrawal", kAs, L::fi,
     "BIOPANKKISUOSTUMUKSEN PERUUTUS / Biobank consent withdrawal (e-form)\nNimi: {pt:full}\nHenkilötunnus: {pid}\nSähköposti: {email}\nPuhelin: {ph:i}\nNäytteet: {barcode}, {obarcode}\nLähetetty: {stamp:iso} from IP {ip:6}\n"},
    {"ch_biobank_consent_fr", kAs, L::cf,
     "CONSENTEMENT GÉNÉRAL - BIOBANQUE INSTITUTIONNELLE DE LAUSANNE\nNom: {hon:pt} {pt:full}\nDate de naissance: {dob:fr}\nN° AVS: {pid}\nAdresse: {addr}\nDécision: refus de l'utilisation des échantillons ({barcode}) signé le {date:dot}\nFormulaire en ligne soumis depuis {ip:6}\n"},
    {"dk_biobank_ip_log", kAs, L::dk,
     "Danish National Biobank - samtykkeportal, log\n{stamp:iso} login CPR {pid} ({pt:full}) from {ip}\n{stamp:iso} withdrawal of consent for sample {barcode}\n{stamp:iso} confirmation e-mail to {email}\n"},
    {"nz_predictive_consent", kAs, L::nz,
     "PREDICTIVE TESTING FOR HUNTINGTON DISEASE - CONSENT\nName: {pt:full}   NHI: {pid}\nDOB: {dob:dmy}\nSupport person: {hon:kin} {kin:full} ({rel:en}), {ph}\nMy grandmother, {o1:full}, died aged {oldkin:w} after many years with the illness.\nSigned: {date:dmy}\nCounsellor: {s2:full}, Genetic Health Service NZ\n"},
    {"il_nipt_report", kAs, L::il,
     "NIPT REPORT - בדיקת NIPT\nשם המטופלת: {pt:nat}\nת.ז.: {pid}\nקופת חולים: מכבי, מספר חבר {ins}\nתאריך דגימה: {date:dmy}\nתוצאה: סיכון נמוך לטריזומיה 21, 18, 13.\nרופא מפנה: {dr:s1} {s1:nat}\nטלפון המטופלת: {ph}\n"},
    {"ph_newborn_screening_recall", kAs, L::ph,
     "NEWBORN SCREENING CENTER - RECALL NOTICE\nParent/guardian: {hon:kin} {kin:full}\nBaby: Baby Boy/Girl {pt:fam}, born {date:tl}\nFilter card no.: {barcode}\nPhilHealth: {ins}\nAddress: {addr}\nContact: {ph}\nResult: elevated TSH (G6PD normal). Please return on or before {later:tl}.\nNBS coordinator: {s3:full}\n"},
    {"vn_sang_loc_so_sinh", kLow, L::vn,
     "tin nhắn zalo - sàng lọc sơ sinh\n[{stamp:sql}] {s3:low}: anh/chị {kin:low} ơi, kết quả sàng lọc của bé (mã {barcode}) cần lấy máu lại\n[{stamp:sql}] {kin:low}: dạ em gọi lại số {ph} được không ạ, bà nội cháu {oldkin} tuổi nên em ở nhà\n"},
    {"ro_prenatal_cnp", kAs, L::ro,
     "BULETIN DE ANALIZĂ - DIAGNOSTIC PRENATAL (AMNIOCENTEZĂ)\nPacientă: {hon:pt} {pt:full}\nCNP: {pid}\nSerie CI: {card}\nData recoltării: {date:dot}\nProbă: {barcode}\nRezultat: QF-PCR normal pentru cromozomii 13, 18, 21, X, Y.\n{dr:s1} {s1:full}\n"},
    {"et_genetic_referral", kAs, L::et,
     "TIKUR ANBESSA SPECIALIZED HOSPITAL - GENETICS REFERRAL\nPatient: {hon:pt} {pt:full} ({pt:nat})\nMRN: {pid}\nKebele ID: {card}\nAddress: {addr}\nPhone: {ph}\nDate: {date:dmy}\nReason: suspected Marfan syndrome; father {o2:full} died suddenly on {odod:dmy}.\nReferring physician: {dr:s1} {s1:full}\n"},
    {"gh_sickle_cell_counselling", kAs, L::gh,
     "SICKLE CELL COUNSELLING - KORLE BU\nClient: {hon:pt} {pt:full}\nGhana Card: {pid}\nNHIS no.: {ins}\nAddress: {addr}\nPartner: {kin:full}, {ph}\nDate: {date:dmy}\nBoth partners AS; 1 in 4 risk of SS explained.\nCounsellor: {s2:full}\n"},
    // --- advance care planning, proxies and DNACPR ---
    {"sc_dnacpr_form", kAs, L::sc,
     "DO NOT ATTEMPT CARDIOPULMONARY RESUSCITATION (DNACPR) - NHS SCOTLAND\nName: {pt:full}\nCHI: {pid}\nDate of birth: {dob:dmy}\nAddress: {addr}\nDiscussed with patient: yes, on {date:dmy}. Discussed with welfare attorney: {kin:full} ({rel:en}), tel {ph}\nCompleted by: {dr:s1} {s1:full}, GMC {reg}\n"},
    {"us_polst_form", kAs, L::us,
     "POLST - PORTABLE MEDICAL ORDERS\nPatient last name: {pt:ufam}   First: {pt:given}   DOB: {dob:mdy}\nAddress: {street}, {city} {zip}\nA. Cardiopulmonary resuscitation: DNR\nB. Initial treatment orders: comfort-focused treatment\nLegally recognized decision-maker: {kin:full}, {rel:en}, phone {ph}\nSigned by {s1:full}, MD on {date:mdy}\n"},
    {"us_molst_ny", kAs, L::us,
     "MOLST - NEW YORK STATE\nPatient: {pt:full}   DOB {dob:mdy}   Age {age}\nHealth care agent: {kin:full}   Phone {ph7}\nDo Not Resuscitate; no intubation; trial of IV fluids.\nSSN {ssn}   Medicare {plan}\nPhysician: {s1:full}, MD, license {reg}\nDate {date:md}\n"},
    {"ca_health_care_proxy", kAs, L::ca,
     "POWER OF ATTORNEY FOR PERSONAL CARE (ONTARIO)\nI, {pt:full}, of {addr}, born {dob:long}, appoint my {rel:en}, {kin:full}, of {oaddr}, as my attorney for personal care.\nOHIP: {ins}\nWitnesses: {s3:full}; {s4:full}\nSigned on {date:long}\n"},
    {"ie_advance_healthcare_directive", kAs, L::ie,
     "ADVANCE HEALTHCARE DIRECTIVE (Assisted Decision-Making (Capacity) Act 2015)\nName: {pt:full}\nPPSN: {pid}\nDate of birth: {dob:dmy}\nAddress: {addr}\nDesignated healthcare representative: {kin:full}, {ph}, {email:kin}\nI refuse artificial nutrition if I am in a persistent vegetative state.\nSigned {date:en}; witnesses {s3:full} and {s4:full}\n"},
    {"wa_lpa_health", kAs, L::wa,
     "LASTING POWER OF ATTORNEY - HEALTH AND WELFARE (copy held in records)\nDonor: {pt:full}, born {dob:en}, of {addr}\nAttorney: {kin:full}, mobile {ph}\nOffice of the Public Guardian reference: {case:7###-####-####}\nRegistered: {date:dmy}\n{s:pal}\n"},
    {"de_ch_patientenverfuegung", kAs, L::ch,
     "PATIENTENVERFÜGUNG (Kopie)\nName: {hon:pt} {pt:full}\nGeburtsdatum: {dob:dot}\nAHV-Nr.: {pid}\nAdresse: {addr}\nVertretungsberechtigte Person: {kin:full} ({rel}), Tel. {ph}\nKeine Reanimation, keine Intensivtherapie.\nOrt, Datum: Bern, {date:de}\n"},
    {"ti_direttive_anticipate", kAs, L::ti,
     "DIRETTIVE ANTICIPATE DEL PAZIENTE\nPaziente: {hon:pt} {pt:full}, nato/a il {dob:it}\nN. AVS: {pid}\nIndirizzo: {addr}\nRappresentante terapeutico: {kin:full} ({rel}), {ph}\nFirmato il {date:dot} alla presenza di {dr:s1} {s1:full}\n"},
    {"ar_directiva_anticipada", kAs, L::ar,
     "DIRECTIVA ANTICIPADA (Ley 26.529)\nYo, {pt:full}, DNI {pid}, con domicilio en {addr}, designo a mi {rel}, {kin:full}, como representante.\nTeléfono: {ph}\nFecha: {date:es}\nEscribano interviniente: {s4:full}\n"},
    {"cl_voluntad_anticipada", kAs, L::cl,
     "DOCUMENTO DE VOLUNTAD ANTICIPADA\nNombre: {pt:full}\nRUN: {pid}\nFonasa: {ins}\nDomicilio: {addr}\nEn caso de enfermedad terminal, no deseo reanimación.\nRepresentante: {hon:kin} {kin:full}, celular {ph}\nFirma: {date:dash}\n"},
    {"tw_hospice_consent", kAs, L::tw,
     "預立安寧緩和醫療暨維生醫療抉擇意願書\n立意願人：{pt:nat}\n身分證字號：{pid}\n出生日期：{dob:roc}\n住址：{addr}\n醫療委任代理人：{kin:nat}（{rel:zh}）電話：{ph}\n簽署日期：{date:roc}\n"},
    // --- hospice and the last days ---
    {"ca_hospice_referral_fax", kAs, L::ca,
     "FAX - HOSPICE REFERRAL\nTo: Intake, Bruyère Continuing Care   From: {dr:s1} {s1:full}\nFax: {fax}   Callback: {ph}\nPatient: {pt:inv}   DOB: {dob:iso}   Age: {age}\nHealth card: {ins}\nAddress: {addr}\nPPS 30%, pancreatic cancer; prognosis weeks.\nSubstitute decision-maker: {kin:full}, {ph}\n"},
    {"sc_syringe_driver_chart", kAs, L::sc,
     "SYRINGE PUMP PRESCRIPTION AND MONITORING CHART\nPatient: {pt:full}   CHI: {pid}\nPump serial (loaned to patient at home): {serial}\nDate: {date:dmy}   Start time {tm}\n{s:pal}\nChecks: {tm} {s3:inits}; {tm} {s3:inits}\nDistrict nurse: {s3:full}, RGN\n"},
    {"ie_last_days_care_plan", kAs, L::ie,
     "CARE PLAN FOR THE LAST DAYS OF LIFE - Milford Care Centre\nName: {pt:full}   MRN {mrn}   Age {age}\nRecognised as dying on {date:dmy} by {dr:s1} {s1:full}\nFamily: {kin:full} ({rel:en}) wishes to be called at any hour on {ph}; priest to be called.\n{s:pal}\n{s:pal}\n"},
    {"nz_hospice_admission", kAs, L::nz,
     "HOSPICE ADMISSION - Tōtara Hospice\nPatient: {pt:full}   NHI: {pid}   DOB: {dob:dmy}\nAddress: {addr}\nWhānau contact: {hon:kin} {kin:full}, {ph}\nKaumātua {o1:full}, aged {oldkin}, would like to do karakia.\nAdmitted {date:dmy} by {s3:full}, RN\n{s:pal}\n"},
    {"us_hospice_election", kAs, L::us,
     "MEDICARE HOSPICE BENEFIT ELECTION STATEMENT\nBeneficiary: {pt:full}   MBI: {plan}   SSN: {ssn:b}\nAddress: {usaddr}\nEffective date of election: {date:mdy}\nAttending physician: {s1:full}, MD\nRepresentative: {kin:full} ({rel:en}), {ph}\n"},
    {"za_hospice_parking", kAs, L::za,
     "HOSPICE FAMILY PARKING PERMIT - St Luke's Hospice\nPatient: {pt:full}, ward 2\nVehicle of relative ({rel}): {plate}\nDriver: {kin:full}, {ph}\nValid: {date:dmy} to {later:dmy}\n"},
    {"ph_hospice_nurse_note", kLow, L::ph,
     "home hospice visit - {date:md}\nvisited {pt:low} at {addr}. patient is {age} y/o, comfortable, morphine syrup 2.5 mg q4h prn.\nanak {kin:low} ({ph}) asked about the funeral home; daughter {o1:lgiven} coming from {town}.\nnurse {s3:low}\n"},
    {"gr_palliative_note", kAs, L::gr,
     "ΚΑΤ' ΟΙΚΟΝ ΑΝΑΚΟΥΦΙΣΤΙΚΗ ΦΡΟΝΤΙΔΑ\nΑσθενής: {hon:pt} {pt:nat}, {age} ετών\nΔιεύθυνση: {addr}\nΕπίσκεψη: {date:el}\nΣυγγενής: {kin:nat} ({rel:el}), {ph}\nΝοσηλεύτρια: {s3:nat}\n{s:pal}\n"},
    {"ua_palliative_note", kAs, L::ua,
     "ПАЛІАТИВНА ДОПОМОГА ВДОМА - ЗАПИС\nПацієнт: {pt:nat}, {age} років\nАдреса: {addr}\nДата візиту: {date:uk}\nРодичі: {kin:nat} ({rel:uk}), тел. {ph}\nЛікар: {dr:s1} {s1:nat}\n"},
    {"tr_palyatif_bakim", kAs, L::tr,
     "PALYATİF BAKIM SERVİSİ - HEMŞİRE GÖZLEMİ\nHasta: {pt:full} {hon:pt}, {age} yaşında\nProtokol no: {mrn}\nTarih: {date:dot}\nRefakatçi: {kin:full} ({rel:tr}), {ph}\nHemşire: {s3:full}\n{s:pal}\n"},
    {"th_hospice_note", kAs, L::th,
     "บันทึกการดูแลแบบประคับประคอง\nผู้ป่วย: {hon:pt}{pt:nat} อายุ {age} ปี\nHN: {mrn}\nวันที่: {date:th}\nญาติผู้ดูแล: คุณ{kin:nat} ({rel:th}) โทร {ph}\n{s:pal}\n"},
    {"cz_hospic_prijem", kAs, L::cz,
     "HOSPIC SV. ANEŽKY - PŘIJETÍ\nPacient: {hon:pt} {pt:full}, {age} let\nRodné číslo: {pid}\nPojišťovna: {ins}\nBydliště: {addr}\nDatum přijetí: {date:cz}\nKontaktní osoba: {kin:full} ({rel:cs}), tel. {ph}\n"},
    // --- death: verification, certificates, registration ---
    {"ie_verification_of_death", kAs, L::ie,
     "NURSE VERIFICATION OF EXPECTED DEATH\nName: {pt:full}   DOB {dob:dmy}   MRN {mrn}\nAge: {age:w}\nDate of death: {date:dmy}   Time: {tm}\nVerified by: {s3:full}, RGN   Witness: {s4:full}\nFamily present: {kin:full} ({rel:en})\nImplants: pacemaker, serial {serial} - funeral director informed\n"},
    {"us_death_certificate", kAs, L::us,
     "CERTIFICATE OF DEATH - STATE FILE NO. {ctl:###-####}\nDecedent: {pt:full}   Sex: {sex}   SSN: {ssn}\nAge: {age}   Date of birth: {dob:mdy}   Date of death: {date:mdy}\nResidence: {usaddr}\nInformant: {kin:full}, {rel:en}\nFuneral home: Hillcrest Funeral Home\nCertifier: {s1:full}, MD, license {reg}\n{s:death}\n"},
    {"sc_mccd", kAs, L::sc,
     "MEDICAL CERTIFICATE OF CAUSE OF DEATH (Form 11)\nDeceased: {pt:up}\nCHI: {pid}\nDate of death: {date:dmy}\nPlace of death: {addr}\n{s:death}\nCertifying doctor: {dr:s1} {s1:full}, GMC {reg}\nDeath Certification Review Service case {case:DCRS-####-###}\n"},
    {"pl_karta_zgonu", kAs, L::pl,
     "KARTA ZGONU\nNazwisko i imię: {pt:ufam} {pt:given}\nPESEL: {pid}\nData urodzenia: {dob:dot}\nData zgonu: {date:dot}\nMiejsce zamieszkania: {addr}\nZmarła/zmarły w wieku {age} lat.\nLekarz stwierdzający zgon: {dr:s1} {s1:full}, PWZ {reg}\n"},
    {"hu_halottvizsgalati", kAs, L::hu,
     "HALOTTVIZSGÁLATI BIZONYÍTVÁNY - MÁSOLAT\nElhunyt neve: {pt:up}\nSzemélyi szám: {pid}\nSzemélyi igazolvány: {card}\nSzületési idő: {dob:hu}\nHalál időpontja: {date:hun}\nLakcím: {addr}\nHozzátartozó: {kin:full} {hon:kin}, {ph}\nHalottvizsgáló orvos: {dr:s1} {s1:full}\n"},
    {"gr_death_certificate_xml", kAs, L::gr,
     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<DeathRegistration>\n  <Deceased><Surname>{pt:nfam}</Surname><GivenName>{pt:ngiven}</GivenName><AMKA>{pid}</AMKA><BirthDate>{dob:iso}</BirthDate></Deceased>\n  <DeathDate>{date:iso}</DeathDate>\n  <Residence>{addr}</Residence>\n  <Informant>{kin:nat}</Informant>\n  <Certifier>{s1:nat}</Certifier>\n</DeathRegistration>\n"},
    {"pt_certificado_obito_xml", kAs, L::pt,
     "<SICO>\n  <Falecido nome=\"{pt:full}\" nif=\"{pid}\" dataNascimento=\"{dob:iso}\"/>\n  <Obito data=\"{date:iso}\" local=\"{htown}\"/>\n  <Residencia>{addr}</Residencia>\n  <Medico nome=\"{s1:full}\" cedula=\"{reg}\"/>\n</SICO>\n"},
    {"ar_acta_defuncion", kAs, L::ar,
     "CERTIFICADO MÉDICO DE DEFUNCIÓN\nFallecido/a: {pt:inv}\nDNI: {pid}\nFecha de nacimiento: {dob:dmy}\nFecha de defunción: {date:es}\nEdad: {age} años\nDomicilio: {addr}\nDeclarante: {kin:full} ({rel})\nMédico: {dr:s1} {s1:full}, MN {reg}\n"},
    {"co_certificado_defuncion", kAs, L::co,
     "CERTIFICADO DE DEFUNCIÓN - RUAF-ND\nNombre: {pt:up}\nC.C.: {pid}\nFecha de defunción: {date:dash}\nEdad: {age} años\nResidencia: {addr}\nFamiliar: {kin:full}, cel. {ph}\nMédico: {dr:s1} {s1:full}, RM {reg}\n"},
    {"za_death_notification", kAs, L::xh,
     "NOTIFICATION OF DEATH (DHA-1663)\nDeceased: {pt:full}\nID number: {pid}\nDate of death: {date:dmy}\nAge: {age}\nAddress: {addr}\nInformant: {hon:kin} {kin:full}, {ph}\nMedical practitioner: {dr:s1} {s1:full}, HPCSA {reg}\n"},
    {"vn_giay_bao_tu", kAs, L::vn,
     "GIẤY BÁO TỬ\nHọ tên người chết: {pt:up}\nSố CCCD: {pid}\nNgày sinh: {dob:dmy}\nĐã chết vào lúc {tm} ngày {date:vi}, hưởng thọ {age} tuổi\nNơi cư trú: {addr}\nNgười đi khai: {hon:kin} {kin:full}\nBác sĩ: {s1:full}\n"},
    {"th_death_certificate", kAs, L::th,
     "หนังสือรับรองการตาย\nชื่อผู้ตาย: {hon:pt}{pt:nat}\nเลขประจำตัวประชาชน: {pid}\nวันที่ตาย: {date:th}\nอายุ: {age} ปี\nที่อยู่: {addr}\nผู้แจ้ง: {kin:nat} โทร {ph}\n"},
    {"et_death_summary", kAs, L::et,
     "DEATH SUMMARY - ST. PAUL'S HOSPITAL MILLENNIUM MEDICAL COLLEGE\nName: {hon:pt} {pt:full}\nMRN: {pid}\nAge: {age}\nDate of death: {date:dmy}\nAddress: {addr}\nNext of kin: {kin:full} ({rel:en}), {ph}\n{s:death}\nPhysician: {dr:s1} {s1:full}\n"},
    // --- coroner, medical examiner, procurator fiscal, post-mortem ---
    {"ie_coroner_referral", kAs, L::ie,
     "REPORT OF DEATH TO THE CORONER - Dublin District\nCoroner's ref: {case:DCC-####/2#}\nDeceased: {pt:full}, aged {age}, of {addr}\nPPSN: {pid}\nDate of death: {date:dmy}\nCircumstances: single-vehicle road traffic collision; car reg. {plate}\nNext of kin: {kin:full}, {ph}\nReferring doctor: {dr:s1} {s1:full}, MCRN {reg}\nFax to Coroner's Office: {fax}\n"},
    {"sc_procurator_fiscal", kAs, L::sc,
     "REPORT TO THE PROCURATOR FISCAL - SCOTTISH FATALITIES INVESTIGATION UNIT\nDeceased: {pt:inv}\nCHI: {pid}\nDOB: {dob:dmy}\nHome address: {addr}\nDate of death: {date:dmy}\nCOPFS reference: {case:SFIU/##/####}\nReported by: {dr:s1} {s1:full}, tel {ph}, fax {fax}\nNearest relative: {kin:full}\n"},
    {"us_medical_examiner", kAs, L::us,
     "OFFICE OF THE CHIEF MEDICAL EXAMINER - INTAKE\nCase no.: {case:ME2#-####}\nDecedent: {pt:full}   DOB {dob:mdy}   SSN {ssn:b}\nResidence: {street}, {city} {zip}\nFound: {date:mdy} by {rel:en} {kin:full} ({ph})\nVehicle at scene: VIN {vin}\nInvestigator: {s4:full}\n"},
    {"us_postmortem_report", kAs, L::us,
     "AUTOPSY REPORT - Final\nName: {pt:inv}   Autopsy no. {case:A2#-###}   MRN {mrn}\nDate of death: {date:mdy}   Date of autopsy: {later:mdy}\nAge: {age:w}\n{s:death}\n{s:death}\nPacemaker removed, serial {serial}\nPathologist: {s1:full}, MD\n"},
    {"cz_pitva", kAs, L::cz,
     "PROTOKOL O PITVĚ\nZemřelý/á: {pt:full}, r. č. {pid}\nDatum úmrtí: {date:dot}, datum pitvy {later:dot}\nVěk: {age} let\n{s:death}\nPitval: {dr:s1} {s1:full}\n"},
    {"dk_obduktion", kAs, L::dk,
     "RETSLÆGELIG OBDUKTION - Politiets journalnr. {case:####-#####-#####-2#}\nAfdøde: {pt:full}, CPR {pid}\nDødsdato: {date:da}\nAdresse: {addr}\nPacemaker serienr. {serial} udtaget.\nObducent: {s1:full}\n"},
    {"nz_coroner_referral", kAs, L::nz,
     "CORONIAL SERVICES OF NEW ZEALAND - SUDDEN DEATH REFERRAL\nCSU ref: {case:CSU-202%-#####}\nDeceased: {pt:full}, aged {age}, of {addr}\nNHI: {pid}\nDied: {date:dmy}\nWhānau: {kin:full} ({rel:en}) {ph}; they request a tangihanga at {town} marae, body not to be kept over 2 nights.\nReferred by {dr:s1} {s1:full}\n"},
    // --- organ and tissue donation ---
    {"ca_donation_referral", kAs, L::ca,
     "TRILLIUM GIFT OF LIFE NETWORK - DONATION REFERRAL\nReferral no.: {case:TGLN-######}\nPatient: {pt:full}   DOB {dob:iso}   OHIP {ins}\nTime of referral: {tm} on {date:iso}\nFamily approach: {kin:full} ({rel:en}) consented to tissue donation, tel {ph}\nCoordinator: {s3:full}\n"},
    {"es_donation_conversation_ar", kAs, L::ar,
     "INCUCAI - ENTREVISTA FAMILIAR\nPotencial donante: {pt:full}, DNI {pid}, {age} años\nFecha de muerte encefálica: {date:dmy}\nFamiliar entrevistado: {kin:full} ({rel}), tel. {ph}\nResultado: la familia acepta la donación de córneas.\nCoordinador: {s4:full}\n"},
    {"pt_colheita_orgaos", kAs, L::pt,
     "GABINETE DE COORDENAÇÃO DE COLHEITA E TRANSPLANTAÇÃO\nDador: {pt:full}\nN.º utente: {pid}\nData do óbito: {date:pt}\nRENNDA consultado: não inscrito\nFamiliar: {kin:full} ({rel}), {ph}\nCoordenadora: {s3:full}\n"},
    // --- funeral, cremation, estate, bereavement, obituaries ---
    {"sc_cremation_form", kAs, L::sc,
     "CREMATION (SCOTLAND) REGULATIONS - FORM C1 APPLICATION\nDeceased: {pt:full}, CHI {pid}\nAddress: {addr}\nDate of death: {date:dmy}\nApplicant: {kin:full} ({rel:en}), {oaddr}, tel {ph}\nImplanted devices: ICD serial {serial} removed by funeral director\nFuneral director: {s4:full}, Co-op Funeralcare\n"},
    {"ie_funeral_home_release", kAs, L::ie,
     "MORTUARY RELEASE TO FUNERAL DIRECTOR\nDeceased: {pt:full}   MRN {mrn}   DOB {dob:dmy}\nDate of death: {date:dmy}\nReleased to: {s4:full} (funeral director), Massey Bros., on {later:dmy} at {tm}\nNext of kin signature: {kin:full}\nFuneral bill ref.: {bill}\n"},
    {"us_funeral_home_email", kAs, L::us,
     "From: {s4:full} <arrangements@hillcrestfh.example.com>\nTo: {kin:full} <{email:kin}>\nDate: {stamp:mail}\nSubject: Arrangements for {pt:full}\n\nDear {kin:given},\nWe have received {pt:given} from the hospital. The visitation will be held on {next:long}. The obituary draft is online at {url}. Your invoice number is {bill}.\nWith sympathy,\n{s4:given}\n"},
    {"ie_obituary_pasted", kAs, L::ie,
     "[Death notice pasted into chart by ward clerk]\n{pt:up} ({htown}) - {date:en}, peacefully, at Milford Care Centre, aged {age}. Predeceased by {o2:full}; sadly missed by {kin:full} ({rel:en}), {o3:given}, grandchildren and neighbours. Reposing at the family home; removal to St Mary's Church. House private. {url}\n"},
    {"us_obituary_pasted", kAs, L::us,
     "[Obituary copied into social work note]\n{pt:full}, {age:w}, of {city}, passed away on {date:long}. Born {dob:long} in {town} to the late {o1:full} and {o2:full}. Survived by {rel:en} {kin:full}. Memorial guestbook: {url}\n"},
    {"nz_death_notice_gofundme", kAs, L::nz,
     "Death notice (family request to add to file): {pt:up}. Passed away peacefully at Tōtara Hospice on {date:dmy}, aged {age:w}. Dearly loved {rel:en} of {kin:full}. Haere ra e te whaea. Koha for the tangi: {url}\n"},
    {"pl_nekrolog", kAs, L::pl,
     "Nekrolog (wklejony do dokumentacji przez pielęgniarkę)\nZ głębokim żalem zawiadamiamy, że dnia {date:pl} zmarł(a) w wieku {age} lat śp. {pt:full}. Msza żałobna w parafii w {htown}. Pogrążona w smutku rodzina: {kin:full}, {o1:full}.\n{url}\n"},
    {"us_memorial_guestbook_log", kAs, L::us,
     "memorial page moderation log - {pt:full}\n{stamp:sql} comment by {o1:full} from {ip}: \"Rest easy, we love you\"\n{stamp:sql} comment by {o2:low} from {ip:6}\n{stamp:sql} photo uploaded by {kin:full} ({email:kin})\n"},
    {"us_estate_social_work", kAs, L::us,
     "SOCIAL WORK NOTE - ESTATE AND NEXT OF KIN\nPatient {pt:full} (MRN {mrn}) died {date:md}. {rel:en} {kin:full} is executor of the will; probate case {case:PR-2#-#####}.\nEstate items in hospital storage: wallet, keys to 2009 pickup VIN {vin}.\n{kin:given} can be reached at {ph7} or {ph}.\nSW {s4:full}, LCSW\n"},
    {"za_boedel_social_work", kAs, L::za,
     "MAATSKAPLIKE WERK - BOEDEL EN NASATE\nOorledene: {pt:full}, ID {pid}\nSterfdatum: {date:af}\nEksekuteur: {kin:full} ({rel}), sel {ph}\nBoedel no.: {case:####/202%}\nVoertuig van oorledene: {plate}\nMaatskaplike werker: {s4:full}\n"},
    {"gh_funeral_announcement", kAs, L::gh,
     "[Funeral poster text, copied to the bereavement file]\nCALL TO GLORY\n{pt:up} (a.k.a. {pt:given}), aged {age}\nBorn {dob:dmy}, died {date:dmy}\nBurial service at {town}. Chief mourner: {kin:full}, {ph}\n"},
    {"fi_bereavement_letter", kAs, L::fi,
     "SURUKIRJE\n{hon:kin} {kin:full}\n{oaddr}\nHyvä {kin:given},\nOtamme osaa suruunne {pt:full} kuoleman johdosta ({date:fi}). Voitte soittaa saattohoitokodin sairaanhoitajalle {s3:full} numeroon {ph}.\n"},
    {"dk_bereavement_sms", kLow, L::dk,
     "sms fra hospice - {date:dm}\nkære {kin:lgiven}, vi tænker på jer efter {pt:low} døde. ring til {s3:low} på {ph} hvis I har brug for en samtale.\n"},
    {"ca_bereavement_followup", kAs, L::ca,
     "BEREAVEMENT FOLLOW-UP CALL - 6 WEEKS\nDeceased: {pt:full} (d. {date:md})\nCalled {kin:full} ({rel:en}) at {ph7}. Coping; attending the grief group at the hospice. {o2:given} (grandson) struggling at school.\nVolunteer: {s4:full}\n"},
    {"ua_zapys_pro_smert_kyiv", kAs, L::ua,
     "ЛІКАРСЬКЕ СВІДОЦТВО ПРО СМЕРТЬ\nПІБ померлого: {pt:nat}\nРНОКПП: {pid}\nДата народження: {dob:dot}\nДата смерті: {date:dot}\nВік: {age} років\nАдреса: {addr}\nЗаявник: {kin:nat}, тел. {ph}\n"},
    {"il_chevra_kadisha", kAs, L::il,
     "הודעה לחברה קדישא\nהנפטר/ת: {pt:nat}\nת.ז.: {pid}\nתאריך הפטירה: {date:dmy} ({again:heb})\nגיל: {age}\nכתובת: {addr}\nאיש קשר: {hon:kin} {kin:nat}, {ph}\n"},
    {"tr_defin_ruhsati", kAs, L::tr,
     "DEFİN RUHSATI - ÖLÜM BİLDİRİMİ\nMerhum: {pt:up}\nTC Kimlik No: {pid}\nÖlüm tarihi: {date:tr}\nYaşı: {age}\nAdres: {addr}\nYakını: {kin:full} {hon:kin}, {ph}\nHekim: {dr:s1} {s1:full}\n"},
    {"ro_certificat_constatator", kAs, L::ro,
     "CERTIFICAT MEDICAL CONSTATATOR AL DECESULUI\nNume: {pt:up}\nCNP: {pid}\nCI: {card}\nData decesului: {date:ro}\nVârsta: {age} ani\nDomiciliu: {addr}\nAparținător: {kin:full}, tel. {ph}\n"},
    {"cl_defuncion_comuna", kAs, L::cl,
     "CERTIFICADO MÉDICO DE DEFUNCIÓN - SRCeI\nNombre: {pt:full}\nRUN: {pid}\nFecha de defunción: {date:es}\nEdad: {age} años\nComuna de residencia: {htown}\nDomicilio: {addr}\nInscrito por: {kin:full}, {ph}\n"},
    {"ph_death_certificate", kAs, L::ph,
     "CERTIFICATE OF DEATH (Municipal Form No. 103)\nName: {pt:up}\nDate of death: {date:tl}\nAge: {age}\nResidence: {addr}\nPhilHealth no.: {ins}\nInformant: {hon:kin} {kin:full}, {ph}\nAttendant: {dr:s1} {s1:full}, PRC {reg}\n"},
    {"ch_todesbescheinigung", kAs, L::ch,
     "ÄRZTLICHE TODESBESCHEINIGUNG\nVerstorbene Person: {hon:pt} {pt:full}\nGeburtsdatum: {dob:dot}\nTodesdatum: {date:de}\nAHV-Nr.: {pid}\nWohnadresse: {addr}\nAngehörige: {kin:full} ({rel}), {ph}\nBestattungsamt: Friedhof Bremgarten\n"},
    {"cf_levee_de_corps", kAs, L::cf,
     "AUTORISATION DE LEVÉE DE CORPS\nDéfunt(e): {hon:pt} {pt:full}\nNé(e) le {dob:fr}, décédé(e) le {date:fr}\nN° AVS: {pid}\nDomicile: {addr}\nFamille: {kin:full} ({rel}), {ph}\nPompes funèbres: Pompes Funèbres Générales, Lausanne\n"},
    {"ti_constatazione_decesso", kAs, L::ti,
     "CONSTATAZIONE DI DECESSO\nDefunto/a: {hon:pt} {pt:full}\nData del decesso: {date:it}\nEtà: {age} anni\nN. AVS: {pid}\nFamiliare: {kin:full} ({rel}), {ph}\n{dr:s1} {s1:full}\n"},
    {"wa_welsh_bereavement", kAs, L::wa,
     "Llythyr Profedigaeth / Bereavement letter\n{date:cy}\nAnnwyl {hon:kin} {kin:fam},\nEin cydymdeimlad dwysaf ar farwolaeth {pt:full}. If you would like to talk, {s3:full} (bereavement nurse) can be reached on {ph}.\n"},
    {"vn_chat_gia_dinh", kLow, L::vn,
     "nhóm gia đình (zalo)\n[{stamp:sql}] {kin:low}: ông/bà {pt:low} mất lúc {tm} ngày {date:dmy}, hưởng thọ {age} tuổi\n[{stamp:sql}] {o1:low}: con về ngay, số điện thoại nhà tang lễ là {pubph}\n"},
    {"co_chat_familia", kLow, L::co,
     "[{stamp:sql}] {kin:low}: {pt:lgiven} falleció hoy {date:dm}, tenía {age} años\n[{stamp:sql}] {o1:low}: llamen a la funeraria, yo estoy en {town}, mi cel {ph}\n"},
    {"hu_gyaszjelentes", kAs, L::hu,
     "GYÁSZJELENTÉS (a kórlaphoz csatolva)\nFájdalommal tudatjuk, hogy {pt:full} {dob:hun}-ben született, életének {age}. évében, {date:hu}-én elhunyt. Búcsúztatása {htown} temetőjében lesz. Gyászolják: {kin:full}, {o1:full}.\n"},
    // --- without PHI ---
    {"no_phi_variant_report_template", kAs, L::us,
     "VARIANT INTERPRETATION - TEMPLATE (no patient data)\n{s:gen}\n{s:gen}\n{s:gen}\n"},
    {"no_phi_syringe_driver_guideline", kAs, L::sc, "SYRINGE PUMP GUIDELINE (NHS HIGHLAND), v{ctl:#}.2\n{s:pal}\n{s:pal}\n{s:pal}\n"},
    {"no_phi_death_certification_guide", kAs, L::ie, "GUIDANCE ON DEATH CERTIFICATION\n{s:death}\n{s:death}\n{s:adm}\n"},
    {"no_phi_languages", kAs, L::pl, "INFORMACJE DLA PACJENTÓW / PATIENT INFORMATION (translations)\n{s:lang}\n{s:lang}\n{s:lang}\n"},
    {"no_phi_file_formats", kAs, L::fi, "FILE FORMAT SPECIFICATIONS (examples without data)\n{s:fmt}\n{s:fmt}\n{s:fmt}\n"},
    {"no_phi_bereavement_services", kAs, L::ca, "BEREAVEMENT SERVICES - WHERE TO GET HELP\n{s:adm}\n{s:adm}\n{s:pal}\n"},
    {"no_phi_cascade_leaflet", kAs, L::wa,
     "LEAFLET: WHAT A GENE CHANGE MEANS FOR YOUR FAMILY\nEach child of a carrier has a 1 in 2 (50%) chance of inheriting the change. Testing is usually offered from age 18.\n{s:gen}\n{s:adm}\n"},
    {"no_phi_pedigree_legend", kAs, L::nz,
     "PEDIGREE LEGEND\nSquare = male; circle = female; filled = affected; slash = deceased; arrow = proband.\nGenerations I, II, III; individuals numbered left to right (I-1, I-2, II-1 ...).\n{s:gen}\n"},
    {"no_phi_ped_example", kAs, L::dk,
     "#FamilyID\tIndividualID\tFatherID\tMotherID\tSex\tPhenotype\nFAM1\tI-1\t0\t0\t1\t2\nFAM1\tI-2\t0\t0\t2\t1\nFAM1\tII-1\tI-1\tI-2\t2\t2\n{s:fmt}\n"},
    {"no_phi_gedcom_sample", kAs, L::ie,
     "0 HEAD\n1 GEDC\n2 VERS 5.5.1\n0 @I1@ INDI\n1 BIRT\n2 DATE {abt}\n1 DEAT\n2 DATE {yr}\n0 TRLR\n{s:fmt}\n"},
    {"no_phi_mortality_statistics", kAs, L::hu, "HALÁLOZÁSI STATISZTIKA / MORTALITY STATISTICS {yr}\n{s:death}\n{s:death}\n{s:lang}\n"},
    {"no_phi_thai_be_years", kAs, L::th,
     "สรุปโครงการคัดกรองพาหะธาลัสซีเมีย ปีงบประมาณ {be}\n{s:lang}\nCarrier frequency of HbE 13-60% by region; alpha-thal 1 (SEA deletion).\n{s:gen}\n"},
    {"no_phi_minguo_policy", kAs, L::tw, "遺傳諮詢轉介流程（民國113年版）\n{s:lang}\n{s:gen}\n{s:adm}\n"},
    {"no_phi_nipt_information", kAs, L::il, "NIPT - INFORMATION SHEET\n{s:gen}\n{s:lang}\n{s:gen}\n"},
    {"no_phi_autopsy_protocol", kAs, L::cz, "POSTUP PŘI PITVĚ (INTERNÍ STANDARD)\n{s:death}\n{s:death}\n{s:lang}\n"},
    {"no_phi_newborn_screening_panel", kAs, L::gh,
     "NEWBORN SCREENING PANEL - GHANA HEALTH SERVICE\nSickle cell disease (HbSS, HbSC), G6PD deficiency, congenital hypothyroidism.\n{s:gen}\n{s:adm}\n"},
    {"no_phi_cohort_nonagenarians", kAs, L::dk, "KOHORTE: PERSONER I ALDEREN 90 ÅR ELLER DERUNDER/OVER\n{s:death}\n{s:lang}\n{s:gen}\n"},
    {"no_phi_donation_policy", kAs, L::pt, "POLÍTICA DE DOAÇÃO DE TECIDOS\n{s:death}\n{s:lang}\n{s:adm}\n"},
};
// clang-format on

}  // namespace

std::size_t thirtySixthTemplateCount() { return std::size(kTemplates36); }

std::string_view writeThirtySixthNote(NoteBuilder& builder, std::uint64_t seed, std::size_t patientIndex, std::size_t choice) {
  const Tpl& t = kTemplates36[choice % std::size(kTemplates36)];
  const Cast cast = castOf(seed, patientIndex, t.g);
  Random& r = builder.random();
  // o1 a woman, o2 a man (a family history's mothers and aunts, fathers and uncles), o3 anyone.
  std::array<Person, 3> others;
  for (std::size_t k = 0; k < 3; ++k) {
    others[k] = drawPerson(r, t.g);
    for (int tries = 0; tries < 30 && k < 2 && others[k].female != (k == 0); ++tries) others[k] = drawPerson(r, t.g);
  }
  for (Person& o : others) {  // relatives in a family history often share the patient's family name
    if (r.chance(0.5)) {
      setFamily(o, t.g, cast.pt.familyIndex);
      o.family2 = cast.pt.family2;
    }
  }
  Note n{builder, cast, t.mode, others, {}, {}, {}, {}, {}, {}};
  expand(n, t.text);
  return t.name;
}

std::string thirtySixthSentence(Random& r) { return sentence36(r, {}); }

}  // namespace concord::phi::corpus
