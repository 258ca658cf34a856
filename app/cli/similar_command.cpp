// copydesk-cli similar [--threshold T] [--json]: near-duplicate copy across the catalog, every
// draft (but rejected ones) and every product description, pairs of different products at or
// above the threshold, most similar first, with the longest passage they share.
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <iostream>

#include "app/cli/cli_context.h"
#include "app/cli/command_registry.h"
#include "core/checks/similarity/similar_texts.h"
#include "core/common/json.h"

namespace copydesk::cli {
namespace {

struct SimilarArgs {
  double threshold = SimilarOptions{}.threshold;
  bool json = false;
};

// A draft by its id (a JSON number), a catalog description by its product's SKU (a JSON string).
Json subjectJson(const SimilarItem& item) { return item.draftId > 0 ? Json(item.draftId) : Json(item.sku); }

std::string subjectText(const SimilarItem& item) {
  if (item.draftId > 0) return "draft " + std::to_string(item.draftId) + " (" + item.sku + ", " + item.field + ")";
  return item.sku + " (catalog " + item.field + ")";
}

std::string oneLine(const std::string& text, std::size_t bytes) {
  std::string line;
  for (char c : text) line += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  if (line.size() <= bytes) return line;
  std::size_t cut = bytes;
  while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
  return line.substr(0, cut) + "…";
}

// Four decimals: enough to compare with a threshold, and 0.93 prints as 0.93.
double rounded(double similarity) { return std::round(similarity * 10000) / 10000; }

void printJson(const std::vector<SimilarPair>& pairs) {
  Json array = Json::array();
  for (const SimilarPair& p : pairs) {
    array.push_back({{"a", subjectJson(p.a)}, {"b", subjectJson(p.b)}, {"similarity", rounded(p.similarity)},
                     {"passage", p.passage}});
  }
  std::cout << array.dump(2) << '\n';
}

void printText(const std::vector<SimilarPair>& pairs, double threshold) {
  char similarity[16];
  for (const SimilarPair& p : pairs) {
    std::snprintf(similarity, sizeof similarity, "%.2f", std::floor(p.similarity * 100) / 100);
    std::cout << similarity << "  " << subjectText(p.a) << "  ~  " << subjectText(p.b) << "\n      shared: \""
              << oneLine(p.passage, 200) << "\"\n";
  }
  std::snprintf(similarity, sizeof similarity, "%.2f", threshold);
  std::cout << pairs.size() << (pairs.size() == 1 ? " similar pair" : " similar pairs") << " at threshold "
            << similarity << '\n';
}

int runSimilar(CliContext& context, const SimilarArgs& args) {
  if (!(args.threshold > 0 && args.threshold <= 1)) {
    return reportError(makeError(ErrorCode::InvalidInput, "the threshold must be above 0 and at most 1", "--threshold"));
  }
  auto db = context.openDatabase();
  if (!db) return context.exitCode;
  SimilarOptions options;
  options.threshold = args.threshold;
  const bool terminal = isatty(STDERR_FILENO) == 1;  // scripts and logs see no progress line
  if (terminal) {
    options.progress = [last = -1](std::size_t done, std::size_t total) mutable {
      const int percent = total == 0 ? 100 : static_cast<int>(100 * done / total);
      if (percent != last) std::fprintf(stderr, "\rscanning for similar copy… %d%%", percent);
      last = percent;
      return true;
    };
  }
  auto pairs = findSimilar(*db, options);
  if (terminal) std::fprintf(stderr, "\r\033[K");
  if (!pairs) return reportError(pairs.error());
  if (args.json) printJson(*pairs);
  else printText(*pairs, args.threshold);
  return kExitOk;
}

void install(CLI::App& app, CliContext& context) {
  auto args = std::make_shared<SimilarArgs>();
  CLI::App* cmd = app.add_subcommand(
      "similar",
      "Find near-duplicate copy across the catalog: every draft (except rejected ones) and every\n"
      "product description, compared by character shingles (Chinese and English alike); pairs of\n"
      "different products at or above the threshold, most similar first, with the longest passage\n"
      "they share. With --json: an array of {a, b, similarity, passage}, where a and b are a draft's id\n"
      "(a number) or, for a catalog description, the product's SKU (a string).");
  cmd->add_option("--threshold", args->threshold,
                  "Jaccard similarity of the texts' shingles, above 0 and at most 1 (default 0.7)");
  cmd->add_flag("--json", args->json, "print a JSON array of pairs");
  cmd->callback([args, &context] { context.exitCode = runSimilar(context, *args); });
}

static const bool registered = registerCommand("similar", install);

}  // namespace
}  // namespace copydesk::cli
