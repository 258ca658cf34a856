#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/common/result.h"

namespace copydesk {

// A language and market copy is translated for (issue 14): "de" for Amazon.de, "en-US" for the US…
// Shipped in resources/markets/markets.json; the user's own markets.json adds or replaces entries.
struct Market {
  std::string code;        // "de", "en-US", "zh-CN": the draft's language and the export's locale
  std::string language;    // "German": what the prompt asks for
  std::string languageZh;  // "德语": for the studio in Chinese
  std::string market;      // "Germany (Amazon.de)"
  std::string units;       // "metric" or "imperial"
  std::vector<std::string> convert;  // "cm → in", …: what to convert for this market's shoppers
  std::string channel;     // the check channel market ("amazon"): its limits hold for the translations
};

std::filesystem::path shippedMarketsFile();  // resourcesDir()/markets/markets.json
// $COPYDESK_MARKETS_FILE, else <XDG data>/copydesk/markets.json (may not exist)
std::filesystem::path userMarketsFile();

// The shipped markets in file order, each replaced by the user's entry of the same code, then the
// user's other entries. A broken file is an error naming it; a missing user file is no error.
Result<std::vector<Market>> loadMarkets(const std::filesystem::path& shipped = shippedMarketsFile(),
                                        const std::filesystem::path& user = userMarketsFile());

// By code, ignoring ASCII case ("en-us" finds en-US); nullptr when unknown.
const Market* findMarket(const std::vector<Market>& markets, const std::string& code);
// "de, en-US, ja…": for the error that names an unknown code.
std::string marketCodes(const std::vector<Market>& markets);

}  // namespace copydesk
