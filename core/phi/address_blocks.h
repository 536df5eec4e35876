#pragma once
// A letter's address block printed over lines with no label (scan_address_blocks.cpp).
#include <vector>

#include "scan.h"

namespace concord::phi::detail {

/// One line of a letter's address block: [from, to), its spaces and closing comma outside.
struct BlockLine {
  std::size_t from = 0;
  std::size_t to = 0;
  /// The addressee's name rather than an address: [from, to) is the name's span alone.
  bool name = false;
};

/// The address lines of the letters' address blocks in the text: in a run of two to eight short
/// lines with no facility's word, the lines from the first that is a street (a scanner found it
/// in `found`) or opens with a house's, box's or street's word and a number, to the block's end.
std::vector<BlockLine> letterBlockAddressLines(const ScanInput& in, const Candidates& found);

/// Whether the line whose first token is `t` (ending by `to`) opens with a house's, plot's, box's
/// or street's word, or names the street's word among its first three words: "Plot 2345, ...",
/// "P.O. Box 2231", "ул. Ленина, д. 5", "C/ Mayor, 12", "12, rue des Lilas", "14 Elm Grove".
bool streetOpened(const ScanInput& in, std::size_t t, std::size_t to);

/// A block's line naming the district, the town or the postcode and the town ("Libala South",
/// "Lusaka", "Victoria Island, Lagos", "г. Казань, 420111", "00-238 Warszawa"): one address span,
/// a five-digit postcode before the town its own zip span.
void scanBlockTownLine(const ScanInput& in, const BlockLine& line, Candidates& out);

}  // namespace concord::phi::detail
