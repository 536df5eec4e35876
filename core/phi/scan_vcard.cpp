// vCard contact cards (RFC 6350, and the 2.1 and 3.0 cards phones and address books still export),
// read by property (see scan_structured.cpp for the whole picture): the structured name "N:" gives
// the family and given names (each its own span), "ADR:" the street, the locality and the postal
// code, in the fixed order of its seven components "PO box;extended;street;locality;region;postal
// code;country". The region and the country are no finding. Dates ("BDAY:"), phones ("TEL:") and
// e-mails ("EMAIL:") are found by their own scanners.
#include <string>
#include <vector>

#include "scan.h"
#include "structured_fields.h"

namespace concord::phi::detail::structured {

namespace {

using C = PhiCategory;

// The property's name (before its parameters), lower case: "adr" of "ADR;TYPE=HOME:".
std::string propertyName(std::string_view line) {
  const std::size_t end = line.find_first_of(";:");
  return lowerCopy(line.substr(0, end == std::string_view::npos ? line.size() : end));
}

void readAddress(std::string_view text, Span value, Candidates& out) {
  const std::vector<Span> parts = split(text, value, ';');
  for (std::size_t c = 0; c < parts.size(); ++c) {
    const Span part = trim(text, parts[c]);
    if (part.empty()) continue;
    if (c == 1 || c == 2 || c == 3) {
      if (hasLetter(text, part) || countDigits(text, part) > 0) add(out, part, C::Address);
    } else if (c == 5) {
      if (postcodeValue(text, part)) add(out, part, C::Zip);
    } else {
      veto(out, part);  // a PO box word, a region, a country
    }
  }
}

// "N:family;given;additional;prefixes;suffixes": the three name parts, each a name when it is
// written like one; prefixes ("Dr", "Ms") and suffixes are outside.
void readStructuredName(std::string_view text, Span value, Candidates& out) {
  const std::vector<Span> parts = split(text, value, ';');
  for (std::size_t c = 0; c < parts.size() && c < 3; ++c) {
    for (const Span& piece : split(text, parts[c], ',')) {
      const Span name = trim(text, piece);
      if (!name.empty() && hasLetter(text, name) && countDigits(text, name) == 0 && hasCapital(text, name)) {
        add(out, name, C::Name);
      }
    }
  }
}

}  // namespace

void readVcards(std::string_view text, Candidates& out) {
  bool inside = false;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    const Span line = trim(text, {pos, eol});
    const std::string_view l = text.substr(line.start, line.end - line.start);
    if (equalsCaseless(l, "begin:vcard")) {
      inside = true;
    } else if (equalsCaseless(l, "end:vcard")) {
      inside = false;
    } else if (inside) {
      const std::size_t colon = l.find(':');
      const std::string name = propertyName(l);
      if (colon != std::string_view::npos) {
        const Span value{line.start + colon + 1, line.end};
        if (name == "adr") readAddress(text, value, out);
        if (name == "n") readStructuredName(text, value, out);
      }
    }
    pos = eol + 1;
  }
}

}  // namespace concord::phi::detail::structured
