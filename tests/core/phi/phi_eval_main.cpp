// concord-phi-eval: scores the detector on the synthetic corpus, or measures its throughput.
//   concord-phi-eval [--seed S] [--notes N] [--errors K] [--inexact K] [--category C] [--rules-only]
//   --inexact K lists up to K gold spans found in their category but not with the exact span
//   (the "exact span" column counts them as found), each with the overlapping found spans.
//   concord-phi-eval --throughput-mb M [--seed S] [--rules-only]
// Seeds: 1 development, 20261126 held out (default), 777 blind family, 4242 fresh blind family,
// 5151 fifth blind family, 6161 sixth blind family, 7171 seventh blind family, 8181 eighth blind
// family, 9191 ninth blind family, 1010 tenth blind family, 1111 eleventh blind family, 1212
// twelfth blind family, 1313 thirteenth blind family, 1414 fourteenth blind family, 1515 fifteenth
// blind family, 1616 sixteenth blind family, 1717 seventeenth blind family, 1818 eighteenth
// blind family, 1919 nineteenth blind family, 2020 twentieth blind family (see corpus.h).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <string>

#include "concord/phi/detector.h"
#include "corpus.h"
#include "evaluation.h"

namespace {

using concord::phi::corpus::PredictedSpan;

// --rules-only scores the hand-written rules without the learned name model.
bool rulesOnly = false;

std::vector<PredictedSpan> detectForEvaluation(const std::string& text) {
  std::vector<PredictedSpan> spans;
  for (const concord::phi::Finding& f :
       rulesOnly ? concord::phi::detectPhiBytesByRules(text) : concord::phi::detectPhiBytes(text)) {
    spans.push_back({f.start, f.end, std::string(concord::phi::categoryName(f.category))});
  }
  return spans;
}

int throughput(std::uint64_t seed, double targetMegabytes) {
  const std::size_t target = static_cast<std::size_t>(targetMegabytes * 1e6);
  std::vector<std::string> notes;
  std::size_t bytes = 0;
  for (std::size_t i = 0; bytes < target; ++i) {
    notes.push_back(concord::phi::corpus::generateNote(seed, i).text);
    bytes += notes.back().size();
  }
  std::size_t findings = 0;
  // CPU time of this thread is the figure for "one core"; wall time is shown too, since on a
  // shared machine the two differ.
  timespec cpuStart{}, cpuEnd{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpuStart);
  const auto start = std::chrono::steady_clock::now();
  for (const std::string& note : notes) {
    findings += (rulesOnly ? concord::phi::detectPhiBytesByRules(note) : concord::phi::detectPhiBytes(note)).size();
  }
  const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpuEnd);
  const double cpu = static_cast<double>(cpuEnd.tv_sec - cpuStart.tv_sec) +
                     static_cast<double>(cpuEnd.tv_nsec - cpuStart.tv_nsec) / 1e9;
  const double megabytes = static_cast<double>(bytes) / 1e6;
  std::printf("corpus: %zu notes, %.1f MB (seed %llu), %zu findings\n", notes.size(), megabytes,
              static_cast<unsigned long long>(seed), findings);
  std::printf("%s, one thread: %.1f MB/s of CPU time (%.2f s), %.1f MB/s wall (%.2f s), %.0f notes/s\n",
              rulesOnly ? "detectPhiBytesByRules" : "detectPhiBytes", megabytes / cpu, cpu, megabytes / wall, wall, static_cast<double>(notes.size()) / cpu);
  return 0;
}

std::string clip(const std::string& text, std::size_t start, std::size_t end) {
  return "[[" + text.substr(start, end - start) + "]]";
}

// Lists gold spans whose category was found overlapping them but never with the exact span, so
// that cut and over-extended spans can be seen (the error listing shows only whole misses).
void listInexact(std::uint64_t seed, std::size_t notes, std::size_t limit, const std::string& category) {
  std::size_t shown = 0;
  for (std::size_t i = 0; i < notes && shown < limit; ++i) {
    const auto note = concord::phi::corpus::generateNote(seed, i);
    const auto predicted = detectForEvaluation(note.text);
    for (const auto& g : note.gold) {
      if (shown >= limit) break;
      if (!category.empty() && g.category != category) continue;
      std::string found;
      bool exact = false;
      for (const auto& p : predicted) {
        if (p.category != g.category || p.end <= g.start || g.end <= p.start) continue;
        exact = exact || (p.start == g.start && p.end == g.end);
        found += " " + clip(note.text, p.start, p.end);
      }
      if (exact || found.empty()) continue;
      const std::size_t from = g.start >= 30 ? g.start - 30 : 0;
      std::string context = note.text.substr(from, std::min(note.text.size(), g.end + 30) - from);
      for (char& c : context) c = (c == '\n' || c == '\r') ? ' ' : c;
      std::printf("INEXACT %-12s gold %s found%s | %s | %s\n", g.category.c_str(), clip(note.text, g.start, g.end).c_str(),
                  found.c_str(), note.template_name.c_str(), context.c_str());
      ++shown;
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::uint64_t seed = concord::phi::corpus::kHeldOutSeed;
  std::size_t notes = 5000;
  std::size_t errors = 0;
  std::size_t inexact = 0;
  std::string category;
  double throughputMb = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::cerr << "concord-phi-eval: " << arg << " needs a value\n";
        std::exit(2);
      }
      return argv[++i];
    };
    if (arg == "--seed") {
      seed = std::stoull(value());
    } else if (arg == "--notes") {
      notes = std::stoul(value());
    } else if (arg == "--errors") {
      errors = std::stoul(value());
    } else if (arg == "--inexact") {
      inexact = std::stoul(value());
    } else if (arg == "--category") {
      category = value();
    } else if (arg == "--rules-only") {
      rulesOnly = true;
    } else if (arg == "--throughput-mb") {
      throughputMb = std::stod(value());
    } else {
      std::cerr << "usage: concord-phi-eval [--seed S] [--notes N] [--errors K] [--inexact K] [--category C] [--rules-only] | "
                   "--throughput-mb M [--seed S] [--rules-only]\n";
      return 2;
    }
  }
  if (throughputMb > 0) return throughput(seed, throughputMb);
  const auto evaluation = concord::phi::corpus::evaluate(seed, notes, detectForEvaluation);
  std::printf("PHI detection%s on the synthetic corpus, seed %llu%s, %zu notes\n\n", rulesOnly ? " (rules only)" : "",
              static_cast<unsigned long long>(seed),
              seed == concord::phi::corpus::kHeldOutSeed       ? " (held out)"
              : seed == concord::phi::corpus::kDevelopmentSeed ? " (development)"
              : seed == concord::phi::corpus::kBlindSeed       ? " (blind family)"
              : seed == concord::phi::corpus::kFreshSeed       ? " (fresh blind family)"
              : seed == concord::phi::corpus::kFifthSeed       ? " (fifth blind family)"
              : seed == concord::phi::corpus::kSixthSeed       ? " (sixth blind family)"
              : seed == concord::phi::corpus::kSeventhSeed     ? " (seventh blind family)"
              : seed == concord::phi::corpus::kEighthSeed      ? " (eighth blind family)"
              : seed == concord::phi::corpus::kNinthSeed       ? " (ninth blind family)"
              : seed == concord::phi::corpus::kTenthSeed       ? " (tenth blind family)"
              : seed == concord::phi::corpus::kEleventhSeed    ? " (eleventh blind family)"
              : seed == concord::phi::corpus::kTwelfthSeed     ? " (twelfth blind family)"
              : seed == concord::phi::corpus::kThirteenthSeed  ? " (thirteenth blind family)"
              : seed == concord::phi::corpus::kFourteenthSeed  ? " (fourteenth blind family)"
              : seed == concord::phi::corpus::kSixteenthSeed   ? " (sixteenth blind family)"
              : seed == concord::phi::corpus::kEighteenthSeed  ? " (eighteenth blind family)"
              : seed == concord::phi::corpus::kFifteenthSeed   ? " (fifteenth blind family)"
              : seed == concord::phi::corpus::kSeventeenthSeed ? " (seventeenth blind family)"
              : seed == concord::phi::corpus::kNineteenthSeed  ? " (nineteenth blind family)"
              : seed == concord::phi::corpus::kTwentiethSeed   ? " (twentieth blind family)"
                                                               : "",
              notes);
  std::fputs(evaluation.table().c_str(), stdout);
  std::size_t shown = 0;
  for (const auto& e : evaluation.errors()) {
    if (shown >= errors) break;
    if (!category.empty() && e.category != category) continue;
    std::printf("%s %-12s %s\n", e.missed ? "MISS" : "FP  ", e.category.c_str(), e.snippet.c_str());
    ++shown;
  }
  if (inexact > 0) listInexact(seed, notes, inexact, category);
  return 0;
}
