// The words by which an address of the world is known, read by scan_address_lines.cpp: the label
// before it, the street-type words inside it and the running-text cues of where a person lives.
// The countries are fixed by a criterion, not by a corpus: every country of more than 30 million
// inhabitants, every EU/EEA state and Switzerland, every OECD member (docs/phi.md lists them), and
// a second list: every country of 8 to 30 million and every state where Arabic, French,
// Portuguese, Spanish or Russian is official.
// Each table holds words of one purpose; ASCII letters in lower case (the caseless search wants
// them so), letters beyond ASCII as written, both cases where a capital begins the word.
#include <array>
#include <utility>
#include <vector>

#include "flat_word_table.h"
#include "local_addresses.h"

namespace concord::phi::detail {

namespace {

// Labels naming a person's address, as a form writes them before a colon.
constexpr auto kAddressLabels = std::to_array<std::string_view>({
    // English (US, UK, Canada, Australia, New Zealand, Ireland, India, Pakistan, Nigeria, Ghana,
    // Kenya, Uganda, Tanzania, South Africa, the Philippines, Malta, Myanmar, Bangladesh).
    "address", "address on file", "home", "residence", "place of residence", "domicile",
    // (Where a pharmacy delivers a prescription, seed 3737: "Delivery address:", Indonesian "Alamat
    // pengiriman:", Portuguese, Spanish, French and German.)
    "delivery address", "shipping address", "alamat pengiriman", "ALAMAT PENGIRIMAN", "endere\u00e7o de entrega",
    "endereco de entrega", "direcci\u00f3n de entrega", "direccion de entrega", "adresse de livraison", "lieferadresse",
    // (The Gambia's and West Africa's "Compound:", where a family lives, as their forms label it.)
    "compound",
    // Spanish (Spain, Mexico, Colombia, Argentina, Peru, Venezuela, Chile, Costa Rica).
    "direccion", "direcci\u00f3n", "DIRECCI\u00d3N", "domicilio", "residencia", "lugar de residencia",
    // Portuguese (Portugal, Brazil, Angola, Mozambique).
    "endereco", "endere\u00e7o", "ENDERE\u00c7O", "morada", "resid\u00eancia", "RESID\u00caNCIA",
    "domic\u00edlio", "DOMIC\u00cdLIO",
    // French (France, Belgium, Luxembourg, Switzerland, Canada, DR Congo, Côte d'Ivoire, Cameroon,
    // Algeria, Morocco, Madagascar).
    "adresse", "domicile", "r\u00e9sidence", "R\u00c9SIDENCE", "lieu de r\u00e9sidence",
    // (A transport booking's pick-up address, "Départ : Lot IVG 105 Antsahavola, Antananarivo 101";
    // a ward or a time there has no address's shape.)
    "d\u00e9part", "D\u00c9PART", "lieu de d\u00e9part",
    // German (Germany, Austria, Switzerland, Liechtenstein, Luxembourg, Belgium).
    "anschrift", "wohnadresse", "wohnanschrift", "wohnort", "wohnsitz", "heimadresse", "privatadresse",
    "wohnhaft",
    // Italian (Italy, Switzerland), Maltese, Irish.
    "indirizzo", "residenza", "indirizz", "seoladh",
    // Catalan (Andorra), seed 3434.
    "adre\u00e7a", "ADRE\u00c7A", "domicili",
    // Dutch (Netherlands, Belgium).
    "adres", "woonadres", "woonplaats", "huisadres",
    // Nordic: Danish, Norwegian, Swedish, Finnish, Icelandic.
    "adress", "bop\u00e6l", "bostedsadresse", "bostadsadress", "hemadress", "folkbokf\u00f6ringsadress",
    "osoite", "kotiosoite", "heimilisfang", "l\u00f6gheimili",
    // (Faroese and Icelandic "Bústaður:" (dwelling), Faroese "Heimstaður:" (home).)
    "b\u00fasta\u00f0ur", "B\u00dASTA\u00d0UR", "heimsta\u00f0ur",
    // Polish, Czech, Slovak.
    "adres zamieszkania", "miejsce zamieszkania", "zamieszkania", "adresa", "bydli\u0161t\u011b",
    "bydli\u0160t\u011a", "trval\u00e9 bydli\u0161t\u011b", "bydlisko", "trval\u00fd pobyt",
    // Hungarian, Romanian.
    "c\u00edm", "C\u00cdm", "lakc\u00edm", "lakc\u00cdm", "lak\u00f3hely", "adres\u0103", "adres\u0102",
    "domiciliu", "domiciliul",
    // Slovenian, Croatian, Bulgarian (Latin letters), Baltic languages.
    "naslov", "prebivali\u0161te", "prebivali\u0161\u010de", "aadress", "elukoht", "adrese",
    "dz\u012bvesvieta", "adresas", "gyvenamoji vieta",
    // Greek (Greece, Cyprus), in its letters and in Latin ones.
    "\u03b4\u03b9\u03b5\u03cd\u03b8\u03c5\u03bd\u03c3\u03b7", "\u0394\u03b9\u03b5\u03cd\u03b8\u03c5\u03bd\u03c3\u03b7",
    "\u0394\u0399\u0395\u03a5\u0398\u03a5\u039d\u03a3\u0397", "dieuthynsi", "diefthynsi",
    // Russian, Ukrainian, Bulgarian, Uzbek (Cyrillic and Latin).
    "\u0430\u0434\u0440\u0435\u0441", "\u0410\u0434\u0440\u0435\u0441", "\u0410\u0414\u0420\u0415\u0421",
    // (A certificate's "проживающему по адресу:", "зарегистрированной по адресу:" and the Ukrainian
    // "проживає за адресою:", the address in the dative and instrumental after its verb.)
    "\u043f\u043e \u0430\u0434\u0440\u0435\u0441\u0443", "\u0437\u0430 \u0430\u0434\u0440\u0435\u0441\u043e\u044e",
    "\u0430\u0434\u0440\u0435\u0441\u0430", "\u0410\u0434\u0440\u0435\u0441\u0430", "manzil", "yashash manzili",
    // Turkish.
    "ikamet", "ikametgah", "adresi", "ev adresi", "ikamet adresi",
    // Hebrew (Israel), in its letters and in Latin ones.
    "\u05db\u05ea\u05d5\u05d1\u05ea", "ktovet",
    // Arabic (Egypt, Sudan, Algeria, Iraq, Morocco, Saudi Arabia, Yemen), Persian (Iran,
    // Afghanistan), Urdu and Pashto (Pakistan, Afghanistan).
    "\u0627\u0644\u0639\u0646\u0648\u0627\u0646", "\u0639\u0646\u0648\u0627\u0646", "\u0646\u0634\u0627\u0646\u06cc",
    "\u0622\u062f\u0631\u0633", "\u067e\u062a\u06c1", "\u067e\u062a\u0647",
    // Sinhala and Nepali in Latin letters (Sri Lanka's "Lipinaya:", Nepal's "Sthayi thegana:", the
    // permanent address).
    "lipinaya", "thegana",
    // Hindi and Nepali, Bengali, Amharic, Burmese, Thai.
    "\u092a\u0924\u093e", "\u0920\u0947\u0917\u093e\u0928\u093e", "\u09a0\u09bf\u0995\u09be\u09a8\u09be",
    "\u12a0\u12f5\u122b\u123b", "\u101c\u102d\u1015\u103a\u1005\u102c", "\u0e17\u0e35\u0e48\u0e2d\u0e22\u0e39\u0e48",
    // Chinese, Japanese, Korean.
    "\u5730\u5740", "\u4f4f\u5740", "\u5c45\u4f4f\u5730\u5740", "\u4f4f\u6240", "\u73fe\u4f4f\u6240",
    "\uc8fc\uc18c", "\uac70\uc8fc\uc9c0",
    // Indonesian and Malay, Vietnamese (with and without its marks), Filipino.
    "alamat", "alamat rumah", "tempat tinggal", "\u0111\u1ecba ch\u1ec9", "\u0110\u1ecba ch\u1ec9",
    "\u0110\u1eca ch\u1ec8", "dia chi", "n\u01a1i \u1edf", "N\u01a1i \u1edf", "th\u01b0\u1eddng tr\u00fa",
    // (The death declaration's "Nơi cư trú", place of residence, seed 3636.)
    "n\u01a1i c\u01b0 tr\u00fa", "N\u01a1i c\u01b0 tr\u00fa",
    "tirahan",
    // Swahili (Tanzania, Kenya), Hausa and Yoruba (Nigeria), Malagasy.
    "anwani", "makazi", "adireshi", "adiresi", "adiresy",
    // The second list of countries (8 to 30 million inhabitants, and the states of Arabic, French,
    // Portuguese, Spanish and Russian): Russian, Belarusian, Ukrainian, Bulgarian and Serbian
    // forms of where one lives or is registered ("Адрес проживания", "Место жительства",
    // "Прописка", "Адрас", "Пребивалиште"), Kazakh, Kyrgyz, Tajik, Uzbek and Azerbaijani ones
    // ("Мекенжайы", "Дареги", "Суроға", "Манзил", "Ünvan").
    "\u0430\u0434\u0440\u0435\u0441 \u043f\u0440\u043e\u0436\u0438\u0432\u0430\u043d\u0438\u044f",
    "\u0410\u0434\u0440\u0435\u0441 \u043f\u0440\u043e\u0436\u0438\u0432\u0430\u043d\u0438\u044f",
    "\u0430\u0434\u0440\u0435\u0441 \u0440\u0435\u0433\u0438\u0441\u0442\u0440\u0430\u0446\u0438\u0438",
    "\u0410\u0434\u0440\u0435\u0441 \u0440\u0435\u0433\u0438\u0441\u0442\u0440\u0430\u0446\u0438\u0438",
    "\u043c\u0435\u0441\u0442\u043e \u0436\u0438\u0442\u0435\u043b\u044c\u0441\u0442\u0432\u0430",
    "\u041c\u0435\u0441\u0442\u043e \u0436\u0438\u0442\u0435\u043b\u044c\u0441\u0442\u0432\u0430",
    "\u043c\u0435\u0441\u0442\u043e \u043f\u0440\u043e\u0436\u0438\u0432\u0430\u043d\u0438\u044f",
    "\u041c\u0435\u0441\u0442\u043e \u043f\u0440\u043e\u0436\u0438\u0432\u0430\u043d\u0438\u044f",
    "\u043f\u0440\u043e\u043f\u0438\u0441\u043a\u0430", "\u041f\u0440\u043e\u043f\u0438\u0441\u043a\u0430",
    "\u0430\u0434\u0440\u0430\u0441", "\u0410\u0434\u0440\u0430\u0441",
    "\u043c\u0435\u0441\u0446\u0430 \u0436\u044b\u0445\u0430\u0440\u0441\u0442\u0432\u0430",
    "\u041c\u0435\u0441\u0446\u0430 \u0436\u044b\u0445\u0430\u0440\u0441\u0442\u0432\u0430",
    "\u043c\u0456\u0441\u0446\u0435 \u043f\u0440\u043e\u0436\u0438\u0432\u0430\u043d\u043d\u044f",
    "\u041c\u0456\u0441\u0446\u0435 \u043f\u0440\u043e\u0436\u0438\u0432\u0430\u043d\u043d\u044f",
    "\u043c\u0435\u0441\u0442\u043e\u0436\u0438\u0432\u0435\u0435\u043d\u0435",
    "\u043f\u0440\u0435\u0431\u0438\u0432\u0430\u043b\u0438\u0448\u0442\u0435",
    "\u041f\u0440\u0435\u0431\u0438\u0432\u0430\u043b\u0438\u0448\u0442\u0435", "adresa stanovanja",
    "mjesto stanovanja",
    "mesto stanovanja", "trval\u00e9ho pobytu", "gyvenamosios vietos",
    "\u043c\u0435\u043a\u0435\u043d\u0436\u0430\u0439", "\u041c\u0435\u043a\u0435\u043d\u0436\u0430\u0439",
    "\u041c\u0415\u041a\u0415\u041d\u0416\u0410\u0419", "\u043c\u0435\u043a\u0435\u043d\u0436\u0430\u0439\u044b",
    "\u041c\u0435\u043a\u0435\u043d\u0436\u0430\u0439\u044b", "\u0434\u0430\u0440\u0435\u043a",
    "\u0414\u0430\u0440\u0435\u043a", "\u0434\u0430\u0440\u0435\u0433\u0438", "\u0414\u0430\u0440\u0435\u0433\u0438",
    "\u0441\u0443\u0440\u043e\u0493\u0430", "\u0421\u0443\u0440\u043e\u0493\u0430",
    "\u043c\u0430\u043d\u0437\u0438\u043b", "\u041c\u0430\u043d\u0437\u0438\u043b",
    "\u043c\u0430\u043d\u0437\u0438\u043b\u0438", "manzili", "\u00fcnvan", "\u00dcnvan",
    "ya\u015fay\u0131\u015f yeri",
    // French, Spanish and Portuguese forms of Africa, the Maghreb and Latin America ("Domicilié(e)
    // à", "Dirección actual", "Endereço residencial").
    "domicili\u00e9 \u00e0", "domicili\u00e9e \u00e0", "domicili\u00e9(e) \u00e0", "demeurant \u00e0",
    "adresse actuelle",
    "adresse postale", "adresse compl\u00e8te", "lieu d'habitation", "domicile habituel", "direcci\u00f3n actual",
    "direccion actual", "domicilio actual", "direcci\u00f3n domiciliaria", "domicilio habitual",
    "domicilio particular", "endere\u00e7o residencial", "endereco residencial", "morada atual", "morada actual",
    "adr\u00e8s",
    // (Costa Rica's "Dirección exacta", the directions from a landmark, and the Uruguayan
    // "Domicilio constituido" of a legal notice, seed 3232.)
    "direcci\u00f3n exacta", "direccion exacta", "domicilio constituido",
    // Arabic "residence" and "place of residence" ("عنوان السكن", "محل الإقامة"), Kurdish (Sorani in
    // its letters, Kurmanji in Latin ones), Khmer, Lao, Burmese "residence", Sinhala and Tamil (Sri
    // Lanka), Somali, Kinyarwanda, Chichewa.
    "\u0627\u0644\u0633\u0643\u0646", "\u0627\u0644\u0625\u0642\u0627\u0645\u0629",
    "\u0627\u0644\u0627\u0642\u0627\u0645\u0629",
    "\u0646\u0627\u0648\u0646\u06cc\u0634\u0627\u0646", "navn\u00ee\u015fan",
    // (Sorani typed in Latin letters without its accents, as chats write it: "nawnishan?".)
    "nawnishan", "navnishan", "nawnîşan",
    "\u17a2\u17b6\u179f\u1799\u178a\u17d2\u178b\u17b6\u1793", "\u0e97\u0eb5\u0ec8\u0ea2\u0eb9\u0ec8",
    "\u1014\u1031\u101b\u1015\u103a", "\u0dbd\u0dd2\u0db4\u0dd2\u0db1\u0dba", "\u0bae\u0bc1\u0b95\u0bb5\u0bb0\u0bbf",
    "cinwaan", "cinwaanka", "aderesi", "adilesi",
    // (Scripts writing no space between words: the Burmese "residence address" whole, its last
    // word alone being no word of its own there.)
    "\u1014\u1031\u101b\u1015\u103a\u101c\u102d\u1015\u103a\u1005\u102c",
    // The third list of countries (every other country and territory): Armenian "address" and
    // "place of residence" in its letters and in Latin ones ("Հասցե", "hasce"), Georgian
    // ("მისამართი", "misamarti"), Mongolian ("Хаяг", "Оршин суугаа хаяг"), Albanian ("Vendbanimi"),
    // Macedonian ("Живеалиште"), Dhivehi in Thaana ("އެޑްރެސް"), Dzongkha ("ཁ་བྱང"), Samoan
    // ("Tuatusi"), Tongan ("Tu'asila"), Fijian ("Itikotiko"), Papiamento
    // ("Adrès", above) and traditional Chinese (住址, above).
    "\u0570\u0561\u057d\u0581\u0565", "\u0540\u0561\u057d\u0581\u0565", "\u0540\u0531\u054d\u0551\u0535",
    "\u0562\u0576\u0561\u056f\u0578\u0582\u0569\u0575\u0561\u0576 \u057e\u0561\u0575\u0580",
    "\u0532\u0576\u0561\u056f\u0578\u0582\u0569\u0575\u0561\u0576 \u057e\u0561\u0575\u0580",
    "hasce", "hastse", "\u10db\u10d8\u10e1\u10d0\u10db\u10d0\u10e0\u10d7\u10d8",
    "\u10e1\u10d0\u10ea\u10ee\u10dd\u10d5\u10e0\u10d4\u10d1\u10d4\u10da\u10d8 \u10d0\u10d3\u10d2\u10d8\u10da\u10d8",
    "misamarti", "\u0445\u0430\u044f\u0433", "\u0425\u0430\u044f\u0433", "\u0425\u0410\u042f\u0413",
    "\u0445\u0430\u044f\u0433\u0442", "khayag", "vendbanimi", "vendbanim",
    "\u0436\u0438\u0432\u0435\u0430\u043b\u0438\u0448\u0442\u0435",
    "\u0416\u0438\u0432\u0435\u0430\u043b\u0438\u0448\u0442\u0435",
    "\u0787\u07ac\u0791\u07b0\u0783\u07ac\u0790\u07b0", "\u0f41\u0f0b\u0f56\u0fb1\u0f44",
    "tuatusi", "tu'asila", "itikotiko",
    // (The thirty-third list: Tetum "Hela fatin" (place of living) of Timor-Leste, Turkmen
    // "Ýaşaýan ýeri" (place of residence; only ASCII letters are folded, so its capitals are
    // listed as the fold leaves them).)
    "hela fatin", "fatin hela", "\u00fda\u015fa\u00fdan \u00fderi", "\u00dda\u015fa\u00fdan \u00fderi",
    "\u00dda\u015e\u0061\u00ddan \u00dderi",
    // (Albanian of Albania and Kosovo "address of residence", Turkmen "address" and "place of living",
    // Tigrinya "address" as Eritrea spells it, the Creole "ladres" of Seychelles and Mauritius.)
    "adresa e banimit", "salgy", "salgysy", "\u00fda\u015fa\u00fdan \u00fderi", "\u12a3\u12f5\u122b\u123b",
    "ladres",
    // (Where a patient comes from, as a ward's admission form asks it: Spanish "Procedencia:"
    // (origin), Chichewa "Mudzi:" (village) of Malawi, Tetum "Hela fatin" above; a town alone after
    // it is where the patient lives, a service or a home is not (townAloneEnd).)
    "procedencia", "lugar de procedencia", "mudzi", "kumudzi",
    // (The labels of code-switched and transliterated records, typed in Latin letters as the
    // speaker says them, seed 3939: Hindi and Urdu "Pata:", Bengali "Thikana:", Japanese "Juusho:"
    // (住所), Korean "Juso:" (주소), pinyin "Dizhi:" (地址) and "Zhuzhi:" (住址), Arabizi "3enwan:"
    // (عنوان, its ع written 3), Greeklish "Dieuthinsi:", Czech without its marks "Bydliste:",
    // Samoan "Nofoaga:" (dwelling place), Māori "Kāinga:" (home).)
    "pata", "thikana", "juusho", "jusho", "juso", "dizhi", "zhuzhi", "3enwan", "3onwan", "3nwan",
    "dieuthinsi", "diefthinsi", "dieythinsi", "bydliste", "trvale bydliste", "nofoaga", "k\u0101inga", "kainga",
    // (A form's short "Addr:" and a Gulf employer's "Camp:", the labour camp's flat where a worker
    // lives, seed 3939: "Camp: Flat 102, Al Nahda Bldg 1, Sharjah".)
    "addr", "camp"});

// Street-type words inside an address's first words, as the tokens read them: ASCII in lower
// case, an abbreviation without its dot. Ordinary words of prose are left out ("place", "route",
// "via" alone in lower case is the Latin word, read only after an address label here).
constexpr auto kStreetWords = std::to_array<std::string_view>({
    // Romance languages: Spanish, Portuguese, French, Italian, Romanian; Maltese.
    "triq",
    "calle", "avenida", "avda", "av", "paseo", "plaza", "pza", "ronda", "camino", "carretera", "ctra",
    "pasaje", "psje", "jir\u00f3n", "jiron", "jr", "calzada", "cerrada", "privada", "callej\u00f3n", "callejon",
    "carrera", "cra", "kr", "cl", "cll", "diagonal", "dg", "transversal", "tv", "autopista", "colonia",
    "barrio", "vereda", "manzana", "mz", "urbanizaci\u00f3n", "urb", "sector", "zona", "rua", "travessa",
    "pra\u00e7a", "praca", "alameda", "estrada", "rodovia", "largo", "beco", "quadra", "qd", "setor",
    "rue", "avenue", "boulevard", "bd", "bld", "bvd", "all\u00e9e", "allee", "impasse", "chemin", "quai",
    "cours", "faubourg", "lotissement",
    // (Mauritius's "morcellement", a housing estate parcelled out of a sugar estate: "7 Morcellement
    // St André, Pamplemousses".)
    "morcellement", "cit\u00e9", "cite", "quartier", "via", "viale", "corso", "piazza",
    "vicolo", "strada", "contrada", "frazione", "localit\u00e0", "loc", "str", "calea", "aleea",
    "\u0219os", "sos", "pia\u021ba", "bulevardul",
    // Catalan (Andorra): "Carrer Major 12", "Plaça del Poble 3", "Passeig de l'Areny 4", seed 3434.
    "carrer", "avinguda", "pla\u00e7a", "passeig", "cam\u00ed", "travessia", "edifici",
    // Germanic languages: German, Dutch, Danish, Norwegian, Swedish, Icelandic.
    "stra\u00dfe", "strasse", "gasse", "weg", "platz", "allee", "straat", "laan", "plein", "gracht", "vej",
    "gade", "gate", "gata", "gatan", "v\u00e4gen", "veien", "gr\u00e4nd",
    // Finnish, Estonian, Latvian, Lithuanian.
    "katu", "tie", "kuja", "t\u00e4nav", "tn", "mnt", "iela", "gatv\u0117", "gatve", "pr",
    // Slavic languages in Latin letters, Hungarian.
    "ul", "ulica", "ulice", "al", "aleja", "pl", "plac", "os", "osiedle", "n\u00e1m", "n\u00e1m\u011bst\u00ed",
    "n\u00e1mestie", "t\u0159", "t\u0159\u00edda", "cesta", "trg", "bul", "vul", "prosp", "utca", "\u00fat",
    "k\u00f6r\u00fat", "krt", "t\u00e9r",
    // Greek, Cyrillic (Russian, Ukrainian, Bulgarian), Hebrew, in their letters and in Latin ones.
    "odos", "leoforos", "plateia", "\u03bf\u03b4\u03cc\u03c2", "\u039f\u03b4\u03cc\u03c2",
    "\u03bb\u03b5\u03c9\u03c6\u03cc\u03c1\u03bf\u03c2", "\u039b\u03b5\u03c9\u03c6\u03cc\u03c1\u03bf\u03c2",
    "\u0443\u043b", "\u0443\u043b\u0438\u0446\u0430", "\u043f\u0440",
    "\u043f\u0440\u043e\u0441\u043f\u0435\u043a\u0442",
    "\u043f\u0435\u0440", "\u0432\u0443\u043b", "\u0432\u0443\u043b\u0438\u0446\u044f", "\u0431\u0443\u043b",
    "rehov", "rechov", "sderot", "derech",
    // Turkish, Arabic and Persian in Latin letters (Egypt, Morocco, Algeria, Iraq, Iran, Afghanistan).
    "sokak", "sok", "sk", "cadde", "caddesi", "cad", "mahalle", "mahallesi", "mah", "bulvar", "shari",
    "sharia", "shareh", "midan", "haret", "darb", "derb", "zanqa", "zenqa", "hay", "khiaban", "kheyaban",
    "kucheh", "koocheh",
    // South and Southeast Asia: India, Pakistan, Bangladesh; Indonesia, Malaysia; Thailand;
    // Vietnam (with and without its marks); the Philippines.
    "marg", "nagar", "mohalla", "gali", "chowk", "jalan", "jl", "jln", "lorong", "lrg", "gang", "gg",
    "taman", "tmn", "persiaran", "lebuh", "kampung", "kg", "blok", "kelurahan", "kel", "kecamatan", "kec",
    "soi", "thanon", "moo", "\u0111\u01b0\u1eddng", "\u0110\u01b0\u1eddng", "duong", "ph\u1ed1", "Ph\u1ed1",
    "ng\u00f5", "h\u1ebbm", "ph\u01b0\u1eddng", "qu\u1eadn", "barangay", "brgy", "purok", "sitio",
    // East Asia in Latin letters (Korean road words, Japanese block words, Chinese hutong).
    "ro", "gil", "daero", "chome", "ch\u014dme", "hutong",
    // East Africa: Swahili street and road, Ethiopian kebele and woreda.
    "mtaa", "barabara", "kebele", "woreda",
    // The second list of countries. Lithuanian, Slovak and Serbo-Croatian words beyond those above
    // (avenue, alley, lane, embankment, housing estate, boulevard).
    "prospektas", "al\u0117ja", "ulici", "skg", "skersgatvis", "trieda", "n\u00e1bre\u017eie", "s\u00eddlisko",
    "bulevar",
    // Cyrillic: Russian, Belarusian, Bulgarian, Serbian (boulevard, lane, microdistrict, block of
    // flats, residential complex, embankment, passage, highway, square).
    "\u0431\u0443\u043b\u0435\u0432\u0430\u0440\u0434", "\u0431\u0443\u043b\u044c\u0432\u0430\u0440",
    "\u043f\u0440\u043e\u0441\u043f",
    "\u043f\u0435\u0440\u0435\u0443\u043b\u043e\u043a", "\u043c\u043a\u0440", "\u043c\u043a\u0440\u043d",
    "\u043c\u0438\u043a\u0440\u043e\u0440\u0430\u0439\u043e\u043d", "\u043a\u0432\u0430\u0440\u0442\u0430\u043b",
    "\u0436\u043a",
    "\u0431\u043b", "\u043d\u0430\u0431", "\u043d\u0430\u0431\u0435\u0440\u0435\u0436\u043d\u0430\u044f",
    "\u043f\u0440\u043e\u0435\u0437\u0434", "\u0448\u043e\u0441\u0441\u0435",
    "\u043f\u043b\u043e\u0449\u0430\u0434\u044c",
    "\u0432\u0443\u043b\u0456\u0446\u0430", "\u0443\u043b\u0438\u0446\u0430",
    "\u0431\u0443\u043b\u0435\u0432\u0430\u0440",
    "\u0442\u0440\u0433",
    // (Capitalised, as a line opened by the type writes them: "Булевар краља Александра 73",
    // "Проспект Мира 12"; the tokens lower only ASCII letters.)
    "\u0423\u043b\u0438\u0446\u0430", "\u041f\u0440\u043e\u0441\u043f\u0435\u043a\u0442",
    "\u0411\u0443\u043b\u0435\u0432\u0430\u0440", "\u0411\u0443\u043b\u0435\u0432\u0430\u0440\u0434",
    "\u0411\u0443\u043b\u044c\u0432\u0430\u0440", "\u041f\u0435\u0440\u0435\u0443\u043b\u043e\u043a",
    "\u041c\u0438\u043a\u0440\u043e\u0440\u0430\u0439\u043e\u043d", "\u041a\u0432\u0430\u0440\u0442\u0430\u043b",
    "\u0428\u043e\u0441\u0441\u0435", "\u041f\u043b\u043e\u0449\u0430\u0434\u044c", "\u0422\u0440\u0433",
    // (The district before the street, as Russian, Kazakh and Uzbek addresses write it: "Сарыарқа
    // ауданы, Кенесары көшесі 40", "Chilonzor tumani, Bunyodkor ko'chasi 12-uy".)
    "\u0440\u0430\u0439\u043e\u043d", "\u0430\u0443\u0434\u0430\u043d\u044b", "tumani",
    "\u0442\u0443\u043c\u0430\u043d\u0438",
    // Kazakh (street, avenue, microdistrict), Kyrgyz street, Tajik street and avenue, Uzbek in both
    // alphabets (street with its modifier letter or curly apostrophe, quarter, microdistrict,
    // estate), Azerbaijani (street, avenue, lane, settlement).
    "\u043a\u04e9\u0448\u0435\u0441\u0456", "\u043a\u04e9\u0448\u0435", "\u0434\u0430\u04a3\u0493\u044b\u043b\u044b",
    "\u0434\u0430\u04a3\u0493\u044b\u043b", "\u0448\u0430\u0493\u044b\u043d", "\u044b\u049b\u0448\u0430\u043c",
    "\u043a\u04e9\u0447\u04e9\u0441\u04af", "\u043a\u04e3\u0447\u0430", "\u043a\u04e3\u0447\u0430\u0438",
    "\u0445\u0438\u0451\u0431\u043e\u043d", "\u0445\u0438\u0451\u0431\u043e\u043d\u0438",
    "ko\u02bbchasi", "ko\u2018chasi", "ko\u2019chasi", "mahalla", "mahallasi", "mavze", "mavzesi", "massiv", "massivi",
    "\u043a\u045e\u0447\u0430\u0441\u0438", "\u043c\u0430\u04b3\u0430\u043b\u043b\u0430",
    "\u043c\u0430\u04b3\u0430\u043b\u043b\u0430\u0441\u0438",
    "\u043c\u0430\u0432\u0437\u0435\u0441\u0438", "k\u00fc\u00e7", "k\u00fc\u00e7\u0259si", "prospekti",
    "d\u00f6ng\u0259",
    "d\u00f6ng\u0259si", "q\u0259s\u0259b\u0259", "q\u0259s\u0259b\u0259si",
    // Belgian French ("Chaussée de Waterloo"); the Flemish paved road, lane and quay are read as
    // the ends of a compound name below ("Mechelsesteenweg"), "Steenweg 12, 2 doses" being none.
    "chauss\u00e9e", "chaussee",
    // Latin America and Portuguese Africa: the Cuban quarter ("Rpto."), estates, buildings and flats
    // (Venezuela's "Urb. La Florida", "Edif. 3, Apto. 4B"; not "Quinta", also an ordinal), corners,
    // blocks of Angola and Mozambique, condominiums.
    "reparto", "rpto", "residencial", "residencias", "edificio", "edif", "apto", "apartamento",
    "esquina", "quarteir\u00e3o", "quarteirao", "condom\u00ednio", "condominio",
    // The Maghreb and French-speaking Africa: building, block, commune ("Imm. 12", "Bloc C",
    // "Commune de Kalamu").
    "immeuble", "imm", "b\u00e2timent", "b\u00e2t", "bloc", "commune",
    // Arabic: street, quarter, alley, the Iraqi mahalla and house ("محلة 905، زقاق 12، دار 7"),
    // building, the Lebanese avenue, road, square, flat; Kurdish (Sorani) street, quarter, alley.
    "\u0634\u0627\u0631\u0639", "\u062d\u064a", "\u0632\u0642\u0627\u0642", "\u0645\u062d\u0644\u0629",
    "\u062f\u0627\u0631",
    "\u0639\u0645\u0627\u0631\u0629", "\u0628\u0646\u0627\u064a\u0629", "\u0628\u0646\u0627\u0621",
    "\u062c\u0627\u062f\u0629",
    "\u0637\u0631\u064a\u0642", "\u0633\u0627\u062d\u0629", "\u0634\u0642\u0629",
    "\u0634\u06d5\u0642\u0627\u0645", "\u0634\u06d5\u0642\u0627\u0645\u06cc", "\u06af\u06d5\u0695\u06d5\u06a9",
    "\u06af\u06d5\u0695\u06d5\u06a9\u06cc", "\u06a9\u06c6\u06b5\u0627\u0646", "\u06a9\u06c6\u06b5\u0627\u0646\u06cc",
    // Myanmar (road, ward, township in its letters; not "Lan", a network too), Cambodia (village,
    // commune, district; street, village, sangkat and khan in Khmer letters), Laos (district;
    // village, district and road in Lao letters). "Khan" and "Ban" alone are names and English.
    "township", "phum", "sangkat", "khum", "srok", "muang", "mueang",
    "\u101c\u1019\u103a\u1038", "\u101b\u1015\u103a\u1000\u103d\u1000\u103a",
    "\u1019\u103c\u102d\u102f\u1037\u1014\u101a\u103a",
    "\u1795\u17d2\u179b\u17bc\u179c", "\u1797\u17bc\u1798\u17b7", "\u179f\u1784\u17d2\u1780\u17b6\u178f\u17cb",
    "\u1781\u178e\u17d2\u178c", "\u0e9a\u0ec9\u0eb2\u0e99", "\u0ec0\u0ea1\u0eb7\u0ead\u0e87",
    "\u0e96\u0eb0\u0edc\u0ebb\u0e99",
    // Sri Lanka (Sinhala street and lane in Latin letters), Nepal (neighbourhood, road),
    // Afghanistan (lane, road), Somalia (road, district, neighbourhood).
    "mawatha", "pedesa",
    // (Sinhala road, street and mawatha, Tamil street and road in their letters.)
    "\u0db4\u0dcf\u0dbb", "\u0dc0\u0dd3\u0daf\u0dd2\u0dba", "\u0db8\u0dcf\u0dc0\u0dad",
    "\u0bb5\u0bc0\u0ba4\u0bbf", "\u0b9a\u0bbe\u0bb2\u0bc8", "\u0ba4\u0bc6\u0bb0\u0bc1", "veediya", "tole", "sadak",
    "kocha", "sarak", "waddada", "degmada", "xaafadda",
    // The third list of countries. Armenian street, avenue, building, flat, quarter, and the street's
    // "փ." and town's "ք." abbreviations, in its letters and in Latin ones ("Աբովյան փ. 12, բն. 5",
    // "Abovyan poghots 12").
    "\u0583\u0578\u0572\u0578\u0581", "\u0553\u0578\u0572\u0578\u0581", "\u0583",
    "\u057a\u0578\u0572\u0578\u057f\u0561", "\u054a\u0578\u0572\u0578\u057f\u0561", "\u0577\u0565\u0576\u0584",
    "\u0562\u0576", "\u0569\u0561\u0572\u0561\u0574\u0561\u057d", "\u0584", "poghots", "poghota", "toghamas",
    // Georgian street, avenue, building, flat, lane, dead end, microdistrict, and its "ქ." (street or
    // town), in its letters and in Latin ones ("ჭავჭავაძის გამზირი 12, ბინა 5", "Chavchavadze gamziri").
    "\u10e5\u10e3\u10e9\u10d0", "\u10d2\u10d0\u10db\u10d6\u10d8\u10e0\u10d8",
    // (And the avenue's abbreviation "გამზ.", "ჭავჭავაძის გამზ. 12".)
    "\u10d2\u10d0\u10db\u10d6",
    "\u10d9\u10dd\u10e0\u10de\u10e3\u10e1\u10d8", "\u10d1\u10d8\u10dc\u10d0",
    "\u10e8\u10d4\u10e1\u10d0\u10ee\u10d5\u10d4\u10d5\u10d8", "\u10e9\u10d8\u10ee\u10d8",
    "\u10db\u10d8\u10d9\u10e0\u10dd\u10e0\u10d0\u10d8\u10dd\u10dc\u10d8", "\u10e5", "kucha", "kuchis",
    "gamziri", "korpusi", "chikhi", "shesakhvevi",
    // Mongolian district, subdistrict (khoroo), street, building, flat (toot), estate (khoroolol),
    // avenue, province, county, in Cyrillic (its letters Ө Ү) and in Latin ones.
    "\u0434\u04af\u04af\u0440\u044d\u0433", "\u0414\u04af\u04af\u0440\u044d\u0433", "\u0445\u043e\u0440\u043e\u043e",
    "\u0425\u043e\u0440\u043e\u043e", "\u0433\u0443\u0434\u0430\u043c\u0436", "\u0413\u0443\u0434\u0430\u043c\u0436",
    "\u0431\u0430\u0439\u0440", "\u0442\u043e\u043e\u0442", "\u0445\u043e\u0440\u043e\u043e\u043b\u043e\u043b",
    "\u0425\u043e\u0440\u043e\u043e\u043b\u043e\u043b", "\u0447\u04e9\u043b\u04e9\u04e9", "\u0430\u0439\u043c\u0430\u0433",
    "\u0441\u0443\u043c", "duureg", "d\u00fc\u00fcreg", "khoroo", "horoo", "gudamj", "khoroolol",
    // Albanian street (with and without its article), quarter, building, stairway, boulevard, square
    // ("Rruga Myslym Shyri, Pallati 12, Shkalla 2, Ap. 5"); Macedonian and Bosnian forms beyond the
    // Serbian ones above are the same words ("ул.", "бул.", "ulica").
    "rruga", "rrug\u00eb", "lagjja", "lagja", "lagjia", "pallati", "pallat", "shkalla", "bulevardi", "sheshi",
    // Malay of Brunei: the village, the numbered side road and the mukim ("Simpang 32-37, Kampong
    // Kiarong"); Dhivehi road, street and lane of Malé in Latin letters and in Thaana ("Majeedhee
    // Magu", "Fareedhee Hingun", "Buruzu Goalhi"); the Dutch lane of Suriname. (Papiamento's "Kaya"
    // and "Seru" are read after an address label only, scan_address_lines.cpp: "Kaya" is a Turkish
    // name too, "Kaya Yilmaz, 34, Istanbul".)
    "kampong", "simpang", "spg", "mukim", "magu", "hingun", "goalhi",
    "\u0789\u07a6\u078e\u07aa", "\u0780\u07a8\u0782\u078e\u07aa\u0782\u07b0", "\u078e\u07af\u0785\u07a8",
    "steeg",
    // The Pacific: the Fijian settlement and village, the Samoan village, the Tok Pisin village
    // ("Koro", "Nu'u"); the Namibian erf ("Erf 1234, Klein Windhoek"). Not "settlement" nor
    // "extension", English words of a value that is no address ("Home: Extension 12, Flexion 90"):
    // a line of Botswana or Fiji opens with its plot or lot ("Plot 12345, Extension 9, Gaborone").
    "koro", "erf", "erven",
    // Turkmen street, avenue, district, residential estate ("Magtymguly şaýoly 12, jaý 5").
    "k\u00f6\u00e7esi", "k\u00f6\u00e7e", "\u015fa\u00fdoly", "etraby", "ja\u00fd",
    // Hebrew street, boulevard, road, square in its letters ("רחוב הרצל 12, תל אביב"); Thai road,
    // lane, village number, urban and rural subdistrict, district ("ถนนสุขุมวิท แขวงคลองเตย").
    "\u05e8\u05d7\u05d5\u05d1", "\u05e9\u05d3\u05e8\u05d5\u05ea", "\u05d3\u05e8\u05da",
    "\u05db\u05d9\u05db\u05e8", "\u0e16\u0e19\u0e19", "\u0e0b\u0e2d\u0e22", "\u0e2b\u0e21\u0e39\u0e48",
    "\u0e41\u0e02\u0e27\u0e07", "\u0e15\u0e33\u0e1a\u0e25", "\u0e2d\u0e33\u0e40\u0e20\u0e2d", "\u0e40\u0e02\u0e15"});

// Endings of compound street names, in languages that write the type as the name's end.
constexpr auto kStreetEndings = std::to_array<std::string_view>({
    "stra\u00dfe", "strasse", "gasse", "weg", "platz", "allee", "straat", "laan", "gracht", "vej",
    "gade", "gatan", "gata", "v\u00e4gen", "veien", "vegen", "vegur", "katu", "tie", "kuja", "utca", "iela",
    // (Flemish paved roads, lanes and quays: "Mechelsesteenweg", "Beukendreef", "Sint-Michielskaai".)
    "steenweg", "dreef", "kaai"});

// Phrases of running text after which a person's address follows: "lives at", "vive en", "wohnt
// in", "habite", "mora na", "woont aan", "bor på", "mieszka przy", "tinggal di".
constexpr auto kResidenceCues = std::to_array<std::string_view>({
    // (No English cue: English running text is the street scanners' own, scan_places.cpp, with the
    // conventions of the families written in English.)
    "vive en",
    // (But a certificate's or a letter's "residing at", "resident of" before an address of another
    // country, which the street scanners do not read whole: "Ms. Grace Mwale, residing at Plot 12,
    // Kabulonga Road, Lusaka, was seen today".)
    "residing at", "resident of",
    // (And a message's "our address is", "my address is": "Could you call me on ...? Our address is
    // 31, Triq il-Kbira, Żebbuġ ZBG 7738.")
    "our address is", "my address is",
    // (A Dutch and Surinamese letter's "wonende" (residing), "woonachtig te": "Uw patiënt(e),
    // wonende Hoofdweg 96, Tamanredjo, Commewijne, werd ...".)
    "wonende", "woonachtig te", "woonachtig in", "wonend te",
    "reside en", "domiciliado en", "domiciliada en", "con domicilio en", "mora na", "mora em", "mora no",
    "reside na", "reside no", "residente em", "residente na", "residente en", "residente in", "abita in",
    "domiciliato in", "domiciliata in", "wohnt in", "wohnt am", "wohnt an der", "wohnhaft in", "habite",
    "habitant", "demeurant", "domicili\u00e9 au", "domicili\u00e9e au",
    // (Forms written for either sex: "domiciliado(a) en", "domicilié(e)".)
    "domiciliado(a) en", "domiciliada(o) en", "domicili\u00e9(e)",
    // (A Belgian petition writes the street right after it: "domiciliée Rue Haute 227, 2000
    // Antwerpen".)
    "domicili\u00e9", "domicili\u00e9e",
    // (The second list of countries: Portuguese "reside em", "vive em"; Russian "lives at the
    // address"; Arabic "lives in"; Lithuanian "lives"; Slovak "lives on"; Azerbaijani, Uzbek.)
    "reside em", "vive em", "residente \u00e0", "demeurant \u00e0", "demeurant au",
    "\u043f\u0440\u043e\u0436\u0438\u0432\u0430\u0435\u0442 \u043f\u043e \u0430\u0434\u0440\u0435\u0441\u0443",
    "\u043f\u0440\u043e\u0436\u0438\u0432\u0430\u0435\u0442 \u043f\u043e \u0430\u0434\u0440\u0435\u0441\u0443:",
   
   
    "\u0437\u0430\u0440\u0435\u0433\u0438\u0441\u0442\u0440\u0438\u0440\u043e\u0432\u0430\u043d \u043f\u043e \u0430\u0434\u0440\u0435\u0441\u0443",
    "\u064a\u0633\u0643\u0646 \u0641\u064a", "\u062a\u0633\u0643\u0646 \u0641\u064a",
    "\u0627\u0644\u0633\u0627\u0643\u0646 \u0641\u064a",
    "domicili\u00e9 \u00e0", "domicili\u00e9e \u00e0", "r\u00e9side \u00e0", "r\u00e9sidant \u00e0", "radica en",
    "\u043f\u0440\u043e\u0436\u0438\u0432\u0430\u044e\u0449\u0438\u0439 \u043f\u043e \u0430\u0434\u0440\u0435\u0441\u0443",
    "\u043f\u0440\u043e\u0436\u0438\u0432\u0430\u044e\u0449\u0430\u044f \u043f\u043e \u0430\u0434\u0440\u0435\u0441\u0443",
    "\u043f\u0440\u043e\u0436\u0438\u0432\u0430\u044e\u0449\u0438\u0439 \u043f\u043e \u0430\u0434\u0440\u0435\u0441\u0443:",
    "\u043f\u0440\u043e\u0436\u0438\u0432\u0430\u044e\u0449\u0430\u044f \u043f\u043e \u0430\u0434\u0440\u0435\u0441\u0443:",
    "\u0645\u0642\u064a\u0645 \u0641\u064a", "\u0627\u0644\u0645\u0642\u064a\u0645 \u0641\u064a", "\u064a\u0642\u064a\u0645 \u0641\u064a",
    "\u062a\u0642\u064a\u0645 \u0641\u064a",
    "gyvena", "gyvenantis", "gyvenanti", "b\u00fdva na", "b\u00fdva v", "yashaydi", "ya\u015fay\u0131r", "woont aan",
    "woont op", "woont in",
    "bor p\u00e5", "bor i", "asuu osoitteessa", "mieszka przy", "mieszka na", "bydl\u00ed v", "tinggal di",
    "alamat di", "beralamat di", "alamat tetap di", "alamat sekarang di",
    // "My address is" in running text, as chats write it: "mi dirección es calle 45 # 12-30, ...".
    "direcci\u00f3n es", "direccion es", "domicilio es", "endere\u00e7o \u00e9", "endereco e",
    "morada \u00e9", "adresse ist", "adresse est", "indirizzo \u00e8", "indirizzo e", "adres is", "adres to",
    "alamat saya", "alamatnya", "\u0111\u1ecba ch\u1ec9 l\u00e0", "dia chi la", "adresim",
    // The third list: Armenian and Georgian "lives", Mongolian "residing at", Albanian "lives in" and
    // "residing in", Macedonian "lives at / in", Bosnian and Montenegrin "lives in", "residing in",
    // Romanian of Moldova "residing in", "lives on", Papiamento "lives at".
    "\u0562\u0576\u0561\u056f\u057e\u0578\u0582\u0574 \u0567", "\u0562\u0576\u0561\u056f\u057e\u0578\u0582\u0574 \u0567\u055d",
    "\u10ea\u10ee\u10dd\u10d5\u10e0\u10dd\u10d1\u10e1", "\u043e\u0440\u0448\u0438\u043d \u0441\u0443\u0443\u0433\u0430\u0430",
    "\u041e\u0440\u0448\u0438\u043d \u0441\u0443\u0443\u0433\u0430\u0430", "banon n\u00eb", "banues n\u00eb",
    "me banim n\u00eb", "\u0436\u0438\u0432\u0435\u0435 \u043d\u0430", "\u0436\u0438\u0432\u0435\u0435 \u0432\u043e",
    "\u0436\u0438\u0432\u0435\u0435 \u043d\u0430 \u0430\u0434\u0440\u0435\u0441\u0430",
    "\u017eivi u", "\u017eivi na", "stanuje u", "stanuje na", "nastanjen u", "nastanjena u",
    "domiciliat \u00een", "domiciliat\u0103 \u00een", "domiciliat pe", "domiciliat\u0103 pe", "locuie\u0219te \u00een",
    "locuie\u0219te pe", "ta biba na",
    // (Macedonian "lives in / at" written in Latin letters, as chats and forms do.)
    "\u017eivee vo", "\u017eivee na",
    // (Swahili "lives / stays at", Filipino "lives in", Hausa "lives in", as community health
    // workers' reports write them: "anaishi mtaa wa Kariakoo, Dar es Salaam", "nakatira sa Brgy.
    // San Isidro".)
    "anaishi", "wanaishi", "anaishi katika", "anaishi kwenye", "anakaa", "anakaa katika", "nakatira sa",
    "nakatira", "yana zaune a", "tana zaune a"});

// Street and postal words of the countries whose five-digit code the families keep as a zip span
// of its own (Spain, Mexico, Italy, France: "Calle Mayor 5, 28013 Madrid", "C.P. 06700").
constexpr auto kZipApartWords = std::to_array<std::string_view>({
    "calle", "avenida", "av", "avda", "carrera", "cra", "paseo", "plaza", "ronda", "camino", "colonia", "col",
    "cp", "p", "via", "viale", "corso", "piazza", "largo", "vicolo", "rue", "avenue", "boulevard", "bd",
    "chemin", "all\u00e9e", "impasse", "quai", "place", "cedex"});

// (Asked of every word of a candidate address line: a hashed look-up instead of a scan of the
// list's two hundred words.)
const FlatWordTable& streetWordTable() {
  static const FlatWordTable& table = *new FlatWordTable(kStreetWords);  // never destroyed, like the class table
  return table;
}

}  // namespace

bool endsWithAddressLabel(std::string_view label) {
  // (Asked of the text before a note's colons: only the labels whose last byte ends the text are
  // tried, not all 244. The labels are lower case; the text's last byte is compared lowered.)
  static const WordsByLastByte& kByLastByte = *new WordsByLastByte(kAddressLabels);  // never destroyed
  if (label.empty()) return false;
  for (std::string_view w : kByLastByte.endingIn(lowerAscii(label.back()))) {
    if (endsWithWord(label, w)) return true;
  }
  return false;
}

bool isWorldStreetWord(std::string_view lower) {
  if (streetWordTable().find(lower) != 0) return true;
  // A Thai road's, lane's or subdistrict's word is written joined to its name: "ถนนสุขุมวิท",
  // "ซอยอารีย์", "แขวงคลองเตย", "ตำบลช้างเผือก", "อำเภอเมือง".
  if (lower.size() > 9 && static_cast<unsigned char>(lower[0]) == 0xE0) {
    for (std::string_view thai : {"\u0e16\u0e19\u0e19", "\u0e0b\u0e2d\u0e22", "\u0e41\u0e02\u0e27\u0e07",
                                  "\u0e15\u0e33\u0e1a\u0e25", "\u0e2d\u0e33\u0e40\u0e20\u0e2d"}) {
      if (lower.starts_with(thai)) return true;
    }
  }
  // A Korean road's name ends with its type, "로" (road) or "길" (street): "테헤란로", "세종대로",
  // "도산대로12길"; three syllables at least, and not the particle "으로" ("병원으로", to the hospital).
  if (lower.size() >= 9 && (lower.ends_with("\ub85c") || lower.ends_with("\uae38")) &&
      !lower.ends_with("\uc73c\ub85c") && static_cast<unsigned char>(lower[0]) >= 0xEA &&
      static_cast<unsigned char>(lower[0]) <= 0xED) {
    return true;
  }
  if (lower.size() < 7) return false;
  for (std::string_view e : kStreetEndings) {
    if (lower.size() >= e.size() + 3 && lower.ends_with(e)) return true;
  }
  return false;
}

bool keepsFiveDigitCodeApart(std::string_view lower) { return listHas(kZipApartWords, lower); }

std::size_t residenceCueEnd(std::string_view line) {
  const std::size_t at = rfindAnyWordCaseless(line, kResidenceCues);
  if (at == std::string_view::npos) return at;
  std::size_t best = std::string_view::npos;
  for (std::string_view cue : kResidenceCues) {
    // The longest cue starting there, followed by one space.
    if (startsCaselessAt(line, at, cue) && at + cue.size() + 1 < line.size() && line[at + cue.size()] == ' ' &&
        (best == std::string_view::npos || at + cue.size() + 1 > best)) {
      best = at + cue.size() + 1;
    }
  }
  return best;
}

}  // namespace concord::phi::detail
