// A transplant candidate's waiting-list number printed after the date of listing rather than
// next to its label: "Поставлен на лист ожидания трансплантации 20.07.2020, № 871985", "placed
// on the kidney waiting list 03/2021, no. 220145". The number keys the recipient's file in the
// allocation registry (as "lista de espera: 810622" does, local_id_labels.cpp), so it is "mrn".
// The keyword scan reads only a value right after its label; here the number sign or "no." must
// come within a short reach on the same line, and the number must have four to ten digits: a
// place in the queue ("No. 3 on the list") or a month count is no such number.
#include <algorithm>

#include "identifier_forms.h"

namespace concord::phi::detail {

namespace {

// The waiting list in the languages of the families' transplant records (lower case, as prose
// writes them mid-sentence).
constexpr std::string_view kCues[] = {"\u043b\u0438\u0441\u0442 \u043e\u0436\u0438\u0434\u0430\u043d\u0438\u044f",        // лист ожидания
                                      "\u043b\u0438\u0441\u0442\u0435 \u043e\u0436\u0438\u0434\u0430\u043d\u0438\u044f",  // листе ожидания
                                      "waiting list", "waitlist", "lista de espera", "liste d'attente"};

// The number sign or abbreviation before the number ("№", "no.", "nr", "n°"), and its end.
std::size_t markerEnd(std::string_view text, std::size_t k) {
  static constexpr std::string_view kMarkers[] = {"\u2116", "no.", "No.", "nr.", "Nr.", "nr", "Nr", "n\u00b0", "N\u00b0"};
  for (std::string_view m : kMarkers) {
    if (text.substr(k, m.size()) == m && (k == 0 || !isWordByte(text[k - 1]))) return k + m.size();
  }
  return std::string_view::npos;
}

}  // namespace

void scanWaitingListNumbers(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  constexpr std::size_t kReach = 48;  // bytes from the cue's end: an organ, a date and a comma
  for (std::string_view cue : kCues) {
    for (std::size_t at = text.find(cue); at != std::string_view::npos; at = text.find(cue, at + cue.size())) {
      const std::size_t from = at + cue.size();
      const std::size_t limit = std::min(text.size(), from + kReach);
      for (std::size_t k = from; k < limit && text[k] != '\n'; ++k) {
        const std::size_t marker = markerEnd(text, k);
        if (marker == std::string_view::npos) continue;
        std::size_t start = marker;
        while (start < text.size() && text[start] == ' ') ++start;
        const std::size_t run = digitRun(text, start);
        const std::size_t end = start + run;
        const bool closed = end == text.size() || !(isWordByte(text[end]) || text[end] == '/' || text[end] == '-' ||
                                                    (text[end] == '.' && end + 1 < text.size() && isDigit(text[end + 1])));
        if (run >= 4 && run <= 10 && closed) out.push_back({start, end, PhiCategory::Mrn, priority::kKeywordId});
        break;
      }
    }
  }
}

}  // namespace concord::phi::detail
