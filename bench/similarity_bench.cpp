// The sameness scan over 100,000 generated descriptions, against baselines measured in the same run.
//   similarity_bench [--texts N] [--sample S] [--threshold T] [--shingle-lengths]
// N descriptions (300-1,500 code points, a third Chinese, a fifth HTML, about 1% rewrites of an
// earlier one with up to 15% of the words changed) are scanned by findSimilarTexts; printed with
// - the exact all-pairs scan (exactSimilarPairs, both cores) on the first S texts, extrapolated to
//   N by the number of pairs (N(N-1) / S(S-1)): the speed-up, and the scan's recall on the sample;
// - hashing every text once with XXH3 (one core): the least any scan must spend reading the texts.
// --shingle-lengths prints instead the Jaccard similarity of unrelated texts and of rewrites with
// one word in ten changed, for shingles of 2 to 8 code points and for the scan's own shingles
// (the measurement behind kShingleLength and the weight of CJK characters).
#include <sys/resource.h>
#include <xxhash.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <set>
#include <string>
#include <vector>

#include "bench/similar_text_generator.h"
#include "core/checks/similarity/exact_similar_pairs.h"
#include "core/checks/similarity/shingle_text.h"
#include "core/checks/similarity/shingles.h"
#include "core/checks/similarity/similar_texts.h"

using namespace copydesk;
using bench::SimilarTextGenerator;
using Language = SimilarTextGenerator::Language;

namespace {

struct Args {
  std::size_t texts = 100000;
  std::size_t sample = 2000;
  double threshold = 0.7;
  bool shingleLengths = false;
};

double cpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto s = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
  return s(usage.ru_utime) + s(usage.ru_stime);
}

struct Timed {
  double wall = 0;
  double cpu = 0;
};

template <class Work>
Timed timed(Work&& work) {
  const auto start = std::chrono::steady_clock::now();
  const double cpu = cpuSeconds();
  work();
  return {std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), cpuSeconds() - cpu};
}

std::vector<SimilarItem> catalog(std::size_t count) {
  SimilarTextGenerator generator(7);
  auto& random = generator.random();
  std::vector<SimilarTextGenerator::Text> texts;
  std::vector<SimilarItem> items;
  for (std::size_t i = 0; i < count; ++i) {
    SimilarTextGenerator::Text text;
    if (i > 0 && random() % 100 == 0) {  // ~1%: another product's copy, lightly rewritten
      const double changed = static_cast<double>(random() % 151) / 1000.0;
      text = generator.rewrite(texts[random() % texts.size()], changed);
    } else {
      text = generator.text(random() % 3 == 0 ? Language::Chinese : Language::English, 300 + random() % 1201);
    }
    const bool html = random() % 5 == 0;
    items.push_back({.productId = static_cast<std::int64_t>(i + 1), .sku = "SKU-" + std::to_string(i + 1),
                     .field = "description", .text = generator.render(text, html)});
    texts.push_back(std::move(text));
  }
  return items;
}

std::set<std::pair<std::size_t, std::size_t>> pairKeys(const std::vector<SimilarPair>& pairs) {
  std::set<std::pair<std::size_t, std::size_t>> keys;
  for (const SimilarPair& p : pairs) keys.insert({static_cast<std::size_t>(p.a.productId), static_cast<std::size_t>(p.b.productId)});
  return keys;
}

void scan(const Args& args) {
  std::printf("generating %zu descriptions...\n", args.texts);
  const std::vector<SimilarItem> items = catalog(args.texts);
  std::size_t bytes = 0;
  for (const SimilarItem& item : items) bytes += item.text.size();
  std::printf("%zu descriptions, %.1f MB of UTF-8\n", items.size(), static_cast<double>(bytes) / 1e6);

  std::uint64_t sink = 0;
  const Timed hashing = timed([&] {
    for (const SimilarItem& item : items) sink ^= XXH3_64bits(item.text.data(), item.text.size());
  });

  SimilarOptions options;
  options.threshold = args.threshold;
  Result<std::vector<SimilarPair>> found = std::vector<SimilarPair>{};
  const Timed whole = timed([&] { found = findSimilarTexts(items, options); });
  if (!found) {
    std::printf("scan failed: %s\n", found.error().describe().c_str());
    return;
  }

  const std::size_t sampleSize = std::min(args.sample, items.size());
  const std::vector<SimilarItem> sample(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(sampleSize));
  std::vector<ExactSimilarPair> exact;
  const Timed allPairs = timed([&] { exact = exactSimilarPairs(sample, args.threshold, options.minLength); });
  auto sampled = findSimilarTexts(sample, options);
  std::size_t recalled = 0;
  if (sampled) {
    const auto keys = pairKeys(*sampled);
    for (const ExactSimilarPair& p : exact) recalled += keys.count({p.a + 1, p.b + 1});
  }
  const double scale = static_cast<double>(items.size()) * static_cast<double>(items.size() - 1) /
                       (static_cast<double>(sampleSize) * static_cast<double>(sampleSize - 1));

  std::printf("\nthreshold %.2f: %zu pairs found (checksum %llx)\n", args.threshold, found->size(),
              static_cast<unsigned long long>(sink & 0xFF));
  std::printf("scan (findSimilarTexts)        wall %7.2f s   cpu %7.2f s\n", whole.wall, whole.cpu);
  std::printf("hash every text once (XXH3)    wall %7.2f s   cpu %7.2f s   scan / hashing: %.1fx wall\n",
              hashing.wall, hashing.cpu, whole.wall / hashing.wall);
  std::printf("exact all-pairs, %zu texts   wall %7.2f s   cpu %7.2f s   (%zu pairs >= threshold, LSH found %zu: recall %.3f)\n",
              sampleSize, allPairs.wall, allPairs.cpu, exact.size(), recalled,
              exact.empty() ? 1.0 : static_cast<double>(recalled) / static_cast<double>(exact.size()));
  std::printf("exact all-pairs extrapolated to %zu: wall %.0f s (%.1f h)   speed-up of the scan: %.0fx\n", items.size(),
              allPairs.wall * scale, allPairs.wall * scale / 3600, allPairs.wall * scale / whole.wall);
  std::printf("target: %zu descriptions in under 10 s: %s\n", items.size(), whole.wall < 10 ? "met" : "NOT met");
}

// Jaccard similarity of two texts with shingles of k code points (a local copy of shingleSet's rule).
double jaccardAt(const std::u32string& a, const std::u32string& b, std::size_t k) {
  auto set = [k](const std::u32string& s) {
    std::vector<std::uint64_t> out;
    for (std::size_t i = 0; i + k <= s.size(); ++i) out.push_back(XXH3_64bits(s.data() + i, k * sizeof(char32_t)));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  };
  const auto x = set(a);
  const auto y = set(b);
  std::vector<std::uint64_t> common;
  std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(common));
  return static_cast<double>(common.size()) / static_cast<double>(x.size() + y.size() - common.size());
}

// The same with the scan's own shingles (kShingleLength, a CJK character weighing 2).
double jaccardOfScan(const std::u32string& a, const std::u32string& b) { return jaccard(shingleSet(a), shingleSet(b)); }

void shingleLengths() {
  SimilarTextGenerator generator(11);
  std::printf("k   unrelated en  unrelated zh  1 word in 10 changed: en   zh\n");
  for (std::size_t k = 2; k <= 9; ++k) {
    double sums[4] = {0, 0, 0, 0};
    const int rounds = 200;
    for (int r = 0; r < rounds; ++r) {
      for (int lang = 0; lang < 2; ++lang) {
        const Language language = lang == 0 ? Language::English : Language::Chinese;
        const auto one = generator.text(language, 600);
        const auto other = generator.text(language, 600);
        const auto rewritten = generator.rewrite(one, 0.10);
        auto norm = [&](const SimilarTextGenerator::Text& t) { return normalizeForShingles(generator.render(t)).chars; };
        auto similarity = [k](const std::u32string& a, const std::u32string& b) {
          return k <= 8 ? jaccardAt(a, b, k) : jaccardOfScan(a, b);
        };
        sums[lang] += similarity(norm(one), norm(other));
        sums[2 + lang] += similarity(norm(one), norm(rewritten));
      }
    }
    const std::string label = k <= 8 ? std::to_string(k) + "  " : std::to_string(kShingleLength) + "w ";
    if (k > 8) std::printf("the scan's shingles (weight %zu, a CJK character weighing 2):\n", kShingleLength);
    std::printf("%s  %.3f         %.3f         %.3f                      %.3f\n", label.c_str(), sums[0] / rounds,
                sums[1] / rounds, sums[2] / rounds, sums[3] / rounds);
  }
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto next = [&] { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
    if (arg == "--texts") args.texts = std::stoul(next());
    else if (arg == "--sample") args.sample = std::stoul(next());
    else if (arg == "--threshold") args.threshold = std::stod(next());
    else if (arg == "--shingle-lengths") args.shingleLengths = true;
    else {
      std::fprintf(stderr, "usage: similarity_bench [--texts N] [--sample S] [--threshold T] [--shingle-lengths]\n");
      return 2;
    }
  }
  if (args.shingleLengths) shingleLengths();
  else scan(args);
  return 0;
}
