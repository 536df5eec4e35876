// The name model's features and its probability (name_model.h).
#include <algorithm>
#include <array>
#include <cmath>

#include "name_model.h"

namespace concord::phi::detail {

namespace {

// Features are hashed (32-bit FNV-1a over their parts), so no string is built per feature.
class FeatureSink {
 public:
  explicit FeatureSink(std::vector<std::uint32_t>& out) : out_(out) {}
  template <class... Parts>
  void add(const Parts&... parts) {
    std::uint32_t h = 2166136261u;
    (mix(h, std::string_view(parts)), ...);
    out_.push_back(h == 0 ? 1 : h);  // 0 marks an empty slot of the weight table
  }

 private:
  static void mix(std::uint32_t& h, std::string_view part) {
    for (unsigned char c : part) {
      h ^= c;
      h *= 16777619u;
    }
    h ^= 0x1f;  // a separator, so that ("ab", "c") and ("a", "bc") differ
    h *= 16777619u;
  }
  std::vector<std::uint32_t>& out_;
};

// The word's shape: "Aa" capitalised, "AA" capitals, "I" one capital, "a" lower case, "o" other.
std::string_view shapeOf(const Token& t, std::string_view text) {
  if (t.allCaps) return t.length() == 1 ? "I" : "AA";
  if (t.capitalised) return "Aa";
  return isLower(text[t.start]) ? "a" : "o";
}

// The bytes between two tokens, as a short class: spaces folded to '_', a line break as "NL"
// first, at most four other bytes ("_|_", ",_", "NL(").
struct GapClass {
  std::array<char, 8> bytes{};
  std::size_t size = 0;
  std::string_view view() const { return {bytes.data(), size}; }
};

GapClass gapClass(std::string_view gap) {
  GapClass g;
  bool lineBreak = false;
  std::array<char, 4> rest{};
  std::size_t n = 0;
  for (char c : gap) {
    if (c == '\n' || c == '\r') {
      lineBreak = true;
    } else if (isSpaceOrTab(c)) {
      if (n == 0 || rest[n - 1] != '_') rest[n++] = '_';
    } else {
      rest[n++] = c;
    }
    if (n == rest.size()) break;
  }
  if (lineBreak) {
    g.bytes[g.size++] = 'N';
    g.bytes[g.size++] = 'L';
  }
  for (std::size_t k = 0; k < n; ++k) g.bytes[g.size++] = rest[k];
  return g;
}

struct ClassName {
  WordClassBits bit;
  std::string_view name;
};
constexpr std::array<ClassName, 16> kClassNames = {{{WordClass::kGiven, "giv"},
                                                    {WordClass::kFamily, "fam"},
                                                    {WordClass::kAmbiguous, "amb"},
                                                    {WordClass::kNever, "nev"},
                                                    {WordClass::kEponymTrigger, "ept"},
                                                    {WordClass::kTitle, "tit"},
                                                    {WordClass::kCredential, "cred"},
                                                    {WordClass::kStateCode, "stc"},
                                                    {WordClass::kStateName, "stn"},
                                                    {WordClass::kStreetSuffix, "sts"},
                                                    {WordClass::kEnglish, "eng"},
                                                    {WordClass::kEponymName, "epn"},
                                                    {WordClass::kRoleNoun, "role"},
                                                    {WordClass::kKinNoun, "kin"},
                                                    {WordClass::kParticle, "part"},
                                                    {WordClass::kLexicon, "lex"}}};

// Words whose identity is a feature when they stand next to a candidate: vocabulary ("family",
// "posted", "by", "w") carries over between texts; names do not.
bool vocabulary(const Token& t, std::string_view text) {
  constexpr WordClassBits kVocabulary =
      WordClass::kEnglish | WordClass::kRoleNoun | WordClass::kKinNoun | WordClass::kTitle | WordClass::kCredential;
  return (t.classes & kVocabulary) || (t.hasLetter && t.length() <= 3 && !isUpper(text[t.start]));
}

}  // namespace

NameModelView::NameModelView(const ScanInput& in, const std::vector<Finding>& findings)
    : in_(in),
      verdicts_(in.tokens.size()),
      shapes_(in.tokens.size()),
      vocabulary_(in.tokens.size(), 0),
      lineOf_(in.tokens.size(), 0) {
  // The facts every neighbour's features read, once per token.
  for (std::size_t i = 0; i < in.tokens.size(); ++i) {
    const Token& t = in.tokens[i];
    shapes_[i] = t.hasDigit ? (t.hasLetter ? "mix" : "num") : shapeOf(t, in.text);
    vocabulary_[i] = vocabulary(t, in.text);
  }
  // Verdicts: findings are sorted and disjoint, so one sweep assigns them.
  std::size_t f = 0;
  for (std::size_t i = 0; i < in.tokens.size(); ++i) {
    const Token& t = in.tokens[i];
    while (f < findings.size() && findings[f].end <= t.start) ++f;
    for (std::size_t g = f; g < findings.size() && findings[g].start < t.end; ++g) {
      (findings[g].category == PhiCategory::Name ? verdicts_[i].name : verdicts_[i].other) = true;
    }
  }
  // Lines: pipes and letter case, once per line.
  const std::string_view text = in.text;
  std::size_t lower = 0, upper = 0;
  std::size_t tok = 0;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    Line line;
    line.start = start;
    std::size_t pipes = 0, lineLower = 0, lineUpper = 0;
    for (std::size_t k = start; k < end; ++k) {
      pipes += text[k] == '|';
      lineLower += isLower(text[k]);
      lineUpper += isUpper(text[k]);
    }
    line.table = pipes >= 2;
    line.letterCase = lineUpper == 0 ? 'l' : lineLower == 0 ? 'u' : 'm';
    lower += lineLower;
    upper += lineUpper;
    lines_.push_back(line);
    for (; tok < in.tokens.size() && in.tokens[tok].start < end; ++tok) {
      lineOf_[tok] = static_cast<std::uint32_t>(lines_.size() - 1);
    }
    start = end + 1;
  }
  lowerCaseText_ = lower > upper;
}

bool NameModelView::looksAt(std::size_t i) const {
  const Token& t = in_.tokens[i];
  if (!t.hasLetter || t.hasDigit || verdicts_[i].other) return false;
  return verdicts_[i].name || t.properShape() || !(t.classes & WordClass::kEnglish);
}

void NameModelView::features(std::size_t i, std::vector<std::uint32_t>& out) const {
  out.clear();
  FeatureSink sink(out);
  const std::string_view text = in_.text;
  const std::vector<Token>& tokens = in_.tokens;
  const Token& t = tokens[i];
  const std::string_view shape = shapes_[i];
  const std::string_view textCase = lowerCaseText_ ? "m" : "u";
  sink.add("bias");
  sink.add("sh", shape, textCase);

  // The word's classes, one by one and as a set, with its shape.
  std::array<char, 64> classSet{};
  std::size_t classSetSize = 0;
  for (const ClassName& c : kClassNames) {
    if (!(t.classes & c.bit)) continue;
    sink.add("c", c.name);
    sink.add("c", c.name, shape, textCase);
    for (char ch : c.name) classSet[classSetSize++] = ch;
    classSet[classSetSize++] = '.';
  }
  sink.add("cls", shape, textCase, std::string_view(classSet.data(), classSetSize));
  const char lengthBucket[2] = {static_cast<char>('0' + std::min<std::size_t>(t.length(), 9)), 0};
  sink.add("len", std::string_view(lengthBucket, 1), shape);
  const std::string_view lower = t.lower;
  if (lower.size() >= 3) sink.add("suf3", lower.substr(lower.size() - 3));
  if (lower.size() >= 2) sink.add("suf2", lower.substr(lower.size() - 2));

  // What the rules decided here and next door.
  const bool prevName = i > 0 && verdicts_[i - 1].name;
  const bool nextName = i + 1 < tokens.size() && verdicts_[i + 1].name;
  sink.add("rn", verdicts_[i].name ? "1" : "0");
  sink.add("pn", prevName ? "1" : "0", nextName ? "1" : "0", verdicts_[i].name ? "1" : "0");

  // The punctuation around the word.
  const GapClass before = gapClass(i > 0 ? gapBetween(in_, i - 1, i) : text.substr(0, t.start));
  const GapClass after =
      gapClass(i + 1 < tokens.size() ? gapBetween(in_, i, i + 1) : text.substr(std::min(t.end, text.size())));
  const std::string_view gb = i > 0 ? before.view() : std::string_view("^");
  const std::string_view ga = i + 1 < tokens.size() ? after.view() : std::string_view("$");
  sink.add("gb", gb);
  sink.add("ga", ga);
  sink.add("gbga", gb, ga);
  sink.add("gbsh", gb, shape, textCase);
  sink.add("gash", ga, shape, textCase);

  // The neighbours: shape, rule verdict, classes, and identity when they are vocabulary.
  auto neighbour = [&](std::ptrdiff_t offset, std::string_view tag) {
    const std::ptrdiff_t k = static_cast<std::ptrdiff_t>(i) + offset;
    if (k < 0 || k >= static_cast<std::ptrdiff_t>(tokens.size())) {
      sink.add(tag, "none");
      return;
    }
    const std::size_t n = static_cast<std::size_t>(k);
    const Token& other = tokens[n];
    const std::string_view otherShape = shapes_[n];
    sink.add(tag, "sh", otherShape);
    sink.add(tag, "shsh", otherShape, shape, textCase);
    if (verdicts_[n].name) sink.add(tag, "name");
    if (verdicts_[n].other) sink.add(tag, "other");
    if (vocabulary_[n]) {
      sink.add(tag, "w", other.lower);
      sink.add(tag, "w", other.lower, shape, textCase);
    }
    if (other.classes & WordClass::kGiven) sink.add(tag, "giv");
    if (other.classes & WordClass::kFamily) sink.add(tag, "fam");
    if (other.classes & WordClass::kLexicon) sink.add(tag, "lex");
    if (other.classes & WordClass::kEponymName) sink.add(tag, "epn");
    if (other.classes & WordClass::kEponymTrigger) sink.add(tag, "ept");
  };
  neighbour(-1, "p1");
  neighbour(+1, "n1");
  neighbour(-2, "p2");
  neighbour(+2, "n2");

  // The line.
  const Line& line = lines_[lineOf_[i]];
  sink.add("lpipe", line.table ? "1" : "0");
  sink.add("lcase", std::string_view(&line.letterCase, 1));
  sink.add("lstart", line.start == t.start ? "1" : "0");
}

namespace {

// The weights in an open-addressing table, built once: a lookup per feature must be cheap, so a
// key and its weight share a slot (one cache line read), and key 0 marks an empty slot.
class WeightTable {
 public:
  WeightTable() {
    std::size_t capacity = 1;
    while (capacity < kNameModelWeightCount * 2 + 2) capacity <<= 1;
    mask_ = capacity - 1;
    slots_.assign(capacity, Slot{});
    for (std::size_t k = 0; k < kNameModelWeightCount; ++k) {
      std::size_t slot = kNameModelWeights[k].feature & mask_;
      while (slots_[slot].key != 0) slot = (slot + 1) & mask_;
      slots_[slot] = Slot{kNameModelWeights[k].feature, kNameModelWeights[k].weight};
    }
  }
  float weight(std::uint32_t feature) const {
    for (std::size_t slot = feature & mask_; slots_[slot].key != 0; slot = (slot + 1) & mask_) {
      if (slots_[slot].key == feature) return slots_[slot].weight;
    }
    return 0.0F;
  }

 private:
  struct Slot {
    std::uint32_t key = 0;
    float weight = 0.0F;
  };
  std::size_t mask_ = 0;
  std::vector<Slot> slots_;
};

}  // namespace

double nameModelProbability(const std::vector<std::uint32_t>& features) {
  static const WeightTable table;
  double score = 0.0;
  for (std::uint32_t f : features) score += table.weight(f);
  return 1.0 / (1.0 + std::exp(-score));
}

}  // namespace concord::phi::detail
