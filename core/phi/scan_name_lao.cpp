// Names in Lao script after a label that asks for a person or a form of address (Laos: invoices,
// receipts and registration forms of hospitals). The word rules read Latin letters only, and Lao
// writes no spaces between the words of a sentence, only between a name's given and family name
// and around a phrase: so a name is the one or two space-separated Lao runs right after the cue.
//  - labels with a colon: the patient's name ("ຊື່ຄົນເຈັບ:"), name ("ຊື່:"), patient ("ຄົນເຈັບ:"),
//    the cashier ("ພະນັກງານເກັບເງິນ:", "ຜູ້ເກັບເງິນ:"), the doctor ("ທ່ານໝໍ:"), the nurse
//    ("ພະຍາບານ:"), the relative ("ຍາດພີ່ນ້ອງ:"), the guardian ("ຜູ້ປົກຄອງ:");
//  - forms of address before the name, also after a label: Mr ("ທ້າວ"), Mrs and Miss ("ນາງ"), the
//    doctor ("ທ່ານໝໍ"), sir or madam ("ທ່ານ"); the title stays outside the span.
#include "scan.h"

namespace concord::phi::detail {

namespace {

// A Lao letter, vowel sign or tone mark (U+0E81-U+0ECD, U+0EDC-U+0EDF: bytes E0 BA 81 - E0 BB 9F),
// not a Lao digit (U+0ED0-U+0ED9).
bool laoLetterAt(std::string_view text, std::size_t b) {
  if (b + 2 >= text.size()) return false;
  if (static_cast<unsigned char>(text[b]) != 0xE0) return false;
  const auto second = static_cast<unsigned char>(text[b + 1]);
  const auto third = static_cast<unsigned char>(text[b + 2]);
  if (second == 0xBA) return third >= 0x81;
  if (second == 0xBB) return third <= 0x8D || (third >= 0x9C && third <= 0x9F);
  return false;
}

std::size_t laoRunEnd(std::string_view text, std::size_t b) {
  while (laoLetterAt(text, b)) b += 3;
  return b;
}

constexpr std::string_view kLabels[] = {
    "\u0e8a\u0eb7\u0ec8\u0e84\u0ebb\u0e99\u0ec0\u0e88\u0eb1\u0e9a: ",
    "\u0e8a\u0eb7\u0ec8: ",
    "\u0e84\u0ebb\u0e99\u0ec0\u0e88\u0eb1\u0e9a: ",
    "\u0e9e\u0eb0\u0e99\u0eb1\u0e81\u0e87\u0eb2\u0e99\u0ec0\u0e81\u0eb1\u0e9a\u0ec0\u0e87\u0eb4\u0e99: ",
    "\u0e9c\u0eb9\u0ec9\u0ec0\u0e81\u0eb1\u0e9a\u0ec0\u0e87\u0eb4\u0e99: ",
    "\u0e97\u0ec8\u0eb2\u0e99\u0edd\u0ecd: ",
    "\u0e9e\u0eb0\u0e8d\u0eb2\u0e9a\u0eb2\u0e99: ",
    "\u0e8d\u0eb2\u0e94\u0e9e\u0eb5\u0ec8\u0e99\u0ec9\u0ead\u0e87: ",
    "\u0e9c\u0eb9\u0ec9\u0e9b\u0ebb\u0e81\u0e84\u0ead\u0e87: ",
};

// Longest first: "ທ່ານໝໍ" before "ທ່ານ".
constexpr std::string_view kTitles[] = {
    "\u0e97\u0ec8\u0eb2\u0e99\u0edd\u0ecd ",
    "\u0e97\u0ec9\u0eb2\u0ea7 ",
    "\u0e99\u0eb2\u0e87 ",
    "\u0e97\u0ec8\u0eb2\u0e99 ",
};

// The name of one or two Lao runs at `start` (each of two letters or more), or `start` if none.
std::size_t laoNameEnd(std::string_view text, std::size_t start) {
  std::size_t end = start;
  for (int words = 0; words < 2; ++words) {
    const std::size_t e = laoRunEnd(text, end);
    if (e - end < 6) break;
    end = e;
    if (!(end + 1 < text.size() && text[end] == ' ' && laoLetterAt(text, end + 1))) break;
    if (words == 0) ++end;
  }
  // (A trailing space taken before a run too short to be a word is given back.)
  while (end > start && text[end - 1] == ' ') --end;
  return end;
}

}  // namespace

void scanLaoNames(const ScanInput& in, Candidates& out) {
  const std::string_view text = in.text;
  // Most notes hold no Lao letter: one look for the block's lead bytes rules them out.
  if (text.find("\xe0\xba") == std::string_view::npos && text.find("\xe0\xbb") == std::string_view::npos) return;
  auto take = [&](std::size_t start) {
    // A title right after a label ("ຊື່ຄົນເຈັບ: ນາງ ມະນີວັນ ວົງສາ") is left to the titles' own pass.
    for (std::string_view title : kTitles) {
      if (text.substr(start, title.size()) == title) return;
    }
    const std::size_t end = laoNameEnd(text, start);
    if (end > start) out.push_back({start, end, PhiCategory::Name, priority::kName});
  };
  for (std::string_view label : kLabels) {
    for (std::size_t at = text.find(label); at != std::string_view::npos; at = text.find(label, at + 1)) {
      // The label starts its word: "ຊື່:" is not the end of a longer label.
      if (at >= 3 && laoLetterAt(text, at - 3)) continue;
      take(at + label.size());
    }
  }
  for (std::string_view title : kTitles) {
    for (std::size_t at = text.find(title); at != std::string_view::npos; at = text.find(title, at + 1)) {
      // A title starts its word and is not the tail of a longer title ("ທ່ານ" of "ທ່ານໝໍ").
      if (at >= 3 && laoLetterAt(text, at - 3)) continue;
      const std::size_t start = at + title.size();
      const std::size_t end = laoNameEnd(text, start);
      if (end > start) out.push_back({start, end, PhiCategory::Name, priority::kName});
    }
  }
}

}  // namespace concord::phi::detail
