// copydesk-cli trends import FILE | trends top [--window-days N] [--min-volume V] [--falling] [--json]
// (issue 13). import: one summary line, or "FILE:LINE: cause" and exit 2. top: the keywords ranked
// by growth (core/trends/trend_ranking.h says how), most rising first or, with --falling, most
// falling first; --json prints exactly an array of {keyword, growth, volume}, which scripts rely on.
#include <cmath>
#include <cstdio>
#include <iostream>

#include "app/cli/cli_context.h"
#include "app/cli/command_registry.h"
#include "core/common/json.h"
#include "core/trends/trend_importer.h"
#include "core/trends/trend_ranking.h"

namespace copydesk::cli {
namespace {

struct TrendsImportArgs {
  std::string file;
  std::string encoding = "utf-8";
};

struct TrendsTopArgs {
  TrendRankOptions options;
  bool json = false;
};

// Four decimals for growth (0.1234 is +12.34%); a whole volume as an integer, as it was counted.
double rounded(double value, double scale) { return std::round(value * scale) / scale; }
Json number(double value) {
  if (value == std::floor(value) && std::fabs(value) < 9e15) return Json(static_cast<std::int64_t>(value));
  return Json(rounded(value, 100));
}

int runImport(CliContext& context, const TrendsImportArgs& args) {
  const auto encoding = parseEncoding(args.encoding);
  if (!encoding) {
    return reportError(plainError(ErrorCode::InvalidInput, "unknown encoding \"" + args.encoding + "\" (utf-8, gb18030)", "--encoding"));
  }
  auto db = context.openDatabase();
  if (!db) return context.exitCode;
  auto summary = importTrends(*db, args.file, *encoding, args.file);
  if (!summary) {
    // Anything wrong with the file is bad input (exit 2); the store's own failures are not.
    const Error& e = summary.error();
    std::cerr << e.describe() << '\n';
    return e.code == ErrorCode::Database || e.code == ErrorCode::Internal ? kExitFailure : kExitBadInput;
  }
  std::cout << describeTrendImport(*summary, std::filesystem::path(args.file).filename().string()) << std::endl;
  return kExitOk;
}

std::string percent(double growth) {
  char text[32];
  std::snprintf(text, sizeof text, "%+.1f%%", growth * 100);
  return text;
}

std::string amount(double value) {
  char text[32];
  std::snprintf(text, sizeof text, value == std::floor(value) ? "%.0f" : "%.1f", value);
  return text;
}

void printText(const TrendRanking& ranking, const TrendRankOptions& options) {
  for (const KeywordTrend& k : ranking.keywords) {
    std::cout << percent(k.growth) << "  " << k.keyword << "  volume " << amount(k.volume) << " (before "
              << amount(k.previousVolume) << ")";
    if (k.forecast) {
      std::cout << "  next " << formatTrendDate(k.forecast->day) << ": " << amount(rounded(k.forecast->value, 10))
                << " [" << amount(rounded(k.forecast->low, 10)) << ", " << amount(rounded(k.forecast->high, 10)) << "]";
    }
    std::cout << '\n';
  }
  if (ranking.keywords.empty() && ranking.belowMinimum == 0) {
    std::cout << "no keyword trends yet: import some with copydesk-cli trends import FILE\n";
    return;
  }
  std::cout << ranking.keywords.size() << (ranking.keywords.size() == 1 ? " keyword" : " keywords") << ", "
            << formatTrendDate(ranking.recentStart) << " to " << formatTrendDate(ranking.end) << " against the "
            << options.windowDays << (options.windowDays == 1 ? " day" : " days") << " before";
  if (ranking.belowMinimum > 0) std::cout << "; " << ranking.belowMinimum << " under the minimum volume " << amount(options.minVolume);
  std::cout << "; next: a straight line's forecast with its 80% interval\n";
}

int runTop(CliContext& context, const TrendsTopArgs& args) {
  if (auto ok = checkRankOptions(args.options); !ok) {
    Error error = ok.error();
    error.where = error.id == "trends.bad-window" ? "--window-days" : "--min-volume";
    return reportError(error);
  }
  auto db = context.openDatabase();
  if (!db) return context.exitCode;
  auto ranking = rankStoredTrends(*db, args.options);
  if (!ranking) return reportError(ranking.error());
  if (!args.json) {
    printText(*ranking, args.options);
    return kExitOk;
  }
  Json array = Json::array();
  for (const KeywordTrend& k : ranking->keywords)
    array.push_back({{"keyword", k.keyword}, {"growth", rounded(k.growth, 10000)}, {"volume", number(k.volume)}});
  std::cout << array.dump(2) << '\n';
  return kExitOk;
}

void install(CLI::App& app, CliContext& context) {
  CLI::App* trends = app.add_subcommand(
      "trends",
      "Keyword trends: import searches or sales per keyword and day, rank the keywords rising or falling");
  trends->require_subcommand(1);

  auto importArgs = std::make_shared<TrendsImportArgs>();
  CLI::App* import = trends->add_subcommand(
      "import",
      "Import a trend file: CSV date,keyword,value (optionally sku), Google Trends' CSV export, or a shop's\n"
      "search-term report with a time column (e.g. Day, Search query, Searches). A keyword, SKU and day\n"
      "imported again replaces the value; rows of one in the same file are added up.");
  import->add_option("FILE", importArgs->file, "the trend file")->required();
  import->add_option("--encoding", importArgs->encoding, "utf-8|gb18030 (default: utf-8)");
  import->callback([importArgs, &context] { context.exitCode = runImport(context, *importArgs); });

  auto topArgs = std::make_shared<TrendsTopArgs>();
  CLI::App* top = trends->add_subcommand(
      "top",
      "Rank keywords by growth: the last N days up to the newest day of the data against the N days\n"
      "before; growth = (recent - previous) / max(previous, minimum volume); keywords under the minimum\n"
      "volume in both windows are left out. With --json: an array of {keyword, growth, volume}, growth\n"
      "a fraction (0.25 is +25%) and volume the recent window's total, most rising first (most falling\n"
      "first with --falling). Without: also the next period's forecast (a least-squares line through\n"
      "both windows) with its 80% prediction interval.");
  top->add_option("--window-days", topArgs->options.windowDays, "days in each window (default 28)");
  top->add_option("--min-volume", topArgs->options.minVolume, "the smallest window total ranked (default 50)");
  top->add_flag("--falling", topArgs->options.falling, "most falling first");
  top->add_flag("--json", topArgs->json, "print a JSON array of {keyword, growth, volume}");
  top->callback([topArgs, &context] { context.exitCode = runTop(context, *topArgs); });
}

static const bool registered = registerCommand("trends", install);

}  // namespace
}  // namespace copydesk::cli
