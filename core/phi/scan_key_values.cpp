// Key=value dumps of a record, one line of pairs joined by ";", "&", "," or spaces: "pt_name=DOE, JANE;
// dob=1950-01-02; acct=210029694; ins=W201051850; pcp=...". The key names the value as a
// table's header names a column (columnKind), so an account number after "ssn=...;" is read
// as the account, not as another SSN. Only the identifier categories are given here; names,
// dates, phones and addresses of such lines are left to their own scanners.
#include "identifier_forms.h"
#include "scan.h"
#include "structured_fields.h"

namespace concord::phi::detail::structured {

namespace {

bool identifierCategory(PhiCategory c) {
  return c == PhiCategory::Mrn || c == PhiCategory::Account || c == PhiCategory::HealthPlan ||
         c == PhiCategory::License || c == PhiCategory::Device || c == PhiCategory::Vehicle;
}

// The pairs of one line: a key of letters, digits and "_" right before "=", its value up to the
// separator. Returns nothing unless the line holds three pairs or more (prose seldom does).
void readLine(std::string_view text, Span line, char sep, Candidates& out) {
  const std::vector<Span> parts = split(text, line, sep);
  if (parts.size() < 3) return;
  std::size_t pairs = 0;
  for (const Span& p : parts) {
    const std::string_view v = text.substr(p.start, p.end - p.start);
    const std::size_t eq = v.find('=');
    pairs += eq != std::string_view::npos && eq > 0;
  }
  if (pairs < 3) return;
  for (const Span& p : parts) {
    const Span t = trim(text, p);
    const std::string_view v = text.substr(t.start, t.end - t.start);
    const std::size_t eq = v.find('=');
    if (eq == std::string_view::npos || eq == 0 || eq > 24) continue;
    bool key = true;
    for (std::size_t k = 0; k < eq; ++k) key = key && (isWordByte(v[k]) || v[k] == '_');
    if (!key) continue;
    ColumnKind kind = columnKind(v.substr(0, eq));
    // A telemetry log keys a reading by the equipment that sent it: "hub=00:5C:6F:D3:6F:B9",
    // "sensor=I043GX49222", "pump=PX-88120" name the equipment's own serial or address.
    if (kind.kind == Column::None && isEquipmentWord(lowerCopy(v.substr(0, eq)))) kind = {Column::Category, PhiCategory::Device};
    if (kind.kind != Column::Category || !identifierCategory(kind.category)) continue;
    const Span value = trim(text, {t.start + eq + 1, t.end});
    if (identifierValue(text, value)) add(out, value, kind.category);
  }
}

}  // namespace

void readKeyValues(std::string_view text, Candidates& out) {
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    const std::string_view l = text.substr(pos, eol - pos);
    if (l.find('=') != std::string_view::npos) {
      // Pairs are joined by ";" or "&" (a query string), else by ", " or a space (a log line).
      if (l.find(';') != std::string_view::npos) readLine(text, {pos, eol}, ';', out);
      else if (l.find('&') != std::string_view::npos) readLine(text, {pos, eol}, '&', out);
      else if (l.find(',') != std::string_view::npos) readLine(text, {pos, eol}, ',', out);
      else readLine(text, {pos, eol}, ' ', out);
    }
    pos = eol + 1;
  }
}

}  // namespace concord::phi::detail::structured
