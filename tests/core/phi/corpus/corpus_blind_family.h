#pragma once
// Templates and sentences used only by the blind seed (see corpus.h).
#include <span>
#include <string>
#include <string_view>

#include "corpus_random.h"

namespace concord::phi::corpus {

struct BlindTemplate {
  std::string_view name;
  std::string_view pattern;  // may use {blind} for a blind look-alike sentence
};

std::span<const BlindTemplate> blindTemplates();
std::string blindSentence(Random& random);

}  // namespace concord::phi::corpus
