#include "core/translation/market.h"

#include <algorithm>
#include <cstdlib>

#include "core/common/paths.h"
#include "core/templates/json_file.h"

namespace copydesk {
namespace {

std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

std::string lowerAscii(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : static_cast<char>(c); });
  return text;
}

std::string textOf(const Json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

Error broken(const std::filesystem::path& file, const std::string& why) {
  return makeError(ErrorCode::InvalidInput, "markets file: " + why, file.string());
}

Result<std::vector<Market>> readMarkets(const std::filesystem::path& file) {
  auto json = readJsonFile(file);
  if (!json) return json.error();
  const Json& list = (*json)["markets"];
  if (!list.is_array()) return broken(file, "no \"markets\" array");
  std::vector<Market> markets;
  for (const Json& item : list) {
    if (!item.is_object()) return broken(file, "a market is not an object");
    Market m;
    m.code = textOf(item, "code");
    if (m.code.empty()) return broken(file, "a market has no \"code\"");
    m.language = textOf(item, "language");
    if (m.language.empty()) m.language = m.code;
    m.languageZh = textOf(item, "language_zh");
    m.market = textOf(item, "market");
    m.units = textOf(item, "units");
    if (m.units != "metric" && m.units != "imperial") {
      return broken(file, m.code + ": \"units\" must be metric or imperial");
    }
    if (auto convert = item.find("convert"); convert != item.end() && convert->is_array()) {
      for (const Json& rule : *convert)
        if (rule.is_string()) m.convert.push_back(rule.get<std::string>());
    }
    m.channel = textOf(item, "channel");
    markets.push_back(std::move(m));
  }
  return markets;
}

}  // namespace

std::filesystem::path shippedMarketsFile() { return resourcesDir() / "markets" / "markets.json"; }

std::filesystem::path userMarketsFile() {
  if (auto file = env("COPYDESK_MARKETS_FILE"); !file.empty()) return file;
  std::filesystem::path base = env("XDG_DATA_HOME");
  if (base.empty() || base.is_relative()) {
    const std::string home = env("HOME");
    if (home.empty()) return {};
    base = std::filesystem::path(home) / ".local" / "share";
  }
  return base / "copydesk" / "markets.json";
}

Result<std::vector<Market>> loadMarkets(const std::filesystem::path& shipped, const std::filesystem::path& user) {
  auto markets = readMarkets(shipped);
  if (!markets) return markets.error();
  std::error_code ec;
  if (user.empty() || !std::filesystem::exists(user, ec)) return markets;
  auto own = readMarkets(user);
  if (!own) return own.error();
  for (Market& m : *own) {
    auto same = std::find_if(markets->begin(), markets->end(),
                             [&](const Market& s) { return lowerAscii(s.code) == lowerAscii(m.code); });
    if (same != markets->end()) *same = std::move(m);
    else markets->push_back(std::move(m));
  }
  return markets;
}

const Market* findMarket(const std::vector<Market>& markets, const std::string& code) {
  const std::string wanted = lowerAscii(code);
  for (const Market& m : markets) {
    if (lowerAscii(m.code) == wanted) return &m;
  }
  return nullptr;
}

std::string marketCodes(const std::vector<Market>& markets) {
  std::string codes;
  for (const Market& m : markets) codes += (codes.empty() ? "" : ", ") + m.code;
  return codes;
}

}  // namespace copydesk
