#!/usr/bin/env python3
"""Writes core/phi/name_lexicon.cpp: given and family names of many countries for the PHI name
scanner, taken from the person-name lists of the MIT-licensed @faker-js/faker package.

The curated lists in name_tables.cpp decide what a word is; this lexicon only widens them. So
that it does not turn places and abbreviations into people, the generator leaves out:
  * words shorter than four letters ("Ip", "Bas", "Vin" are abbreviations far more often);
  * single-word place names from faker's own location lists, and the world cities below;
  * multi-word entries (each hyphen or apostrophe part is kept on its own, as the scanner splits
    words there).
The scanner adds a lexicon word only when no curated list (English words, clinical words,
ambiguous names, eponyms, ...) already knows it.

Usage:
  npm pack @faker-js/faker@10.6.0 && tar xzf faker-js-faker-10.6.0.tgz
  tools/generate_name_lexicon.py package core/phi/name_lexicon.cpp
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

DUMP = r"""
const faker = await import(process.argv[1] + '/dist/index.js');
const out = { given: [], family: [], places: [] };
const walk = (x, into) => {
  if (Array.isArray(x)) x.forEach(v => walk(v, into));
  else if (x && typeof x === 'object') walk('value' in x ? x.value : Object.values(x), into);
  else if (typeof x === 'string') into.push(x);
};
for (const def of Object.values(faker.allLocales)) {
  const p = def.person || {};
  walk(p.first_name, out.given); walk(p.middle_name, out.given); walk(p.last_name, out.family);
  const l = def.location || {};
  for (const k of ['city_name', 'country', 'state', 'county', 'continent']) walk(l[k], out.places);
}
console.log(JSON.stringify(out));
"""

LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF'\u2019-]+$")


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
