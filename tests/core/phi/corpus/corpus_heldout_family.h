#pragma once
// Templates and sentences used only outside the development corpus (see corpus.h).
#include <span>
#include <string>
#include <string_view>

#include "corpus_random.h"

namespace concord::phi::corpus {

struct HeldOutTemplate {
  std::string_view name;
  std::string_view pattern;  // may use {heldout} for a held-out look-alike sentence
};

std::span<const HeldOutTemplate> heldOutTemplates();
std::string heldOutSentence(Random& random);

}  // namespace concord::phi::corpus
