#include "core/checks/glossary.h"

#include <fstream>
#include <sstream>

#include <algorithm>

#include "core/checks/glossary_toml.h"
#include "core/checks/rule_book.h"
#include "core/checks/rules/term_matcher.h"
#include "core/checks/toml_rule_support.h"
#include "core/export/atomic_file.h"
#include "core/common/error_id.h"

namespace copydesk {
namespace {

Result<std::vector<std::pair<std::string, std::string>>> preferredPairs(const toml::table& brand) {
  std::vector<std::pair<std::string, std::string>> pairs;
  const toml::node* node = brand.get("preferred");
  if (!node) return pairs;
  const toml::array* list = node->as_array();
  if (!list) return tomlError(*node, "checks.glossary.preferred-not-list");
  for (const toml::node& item : *list) {
    const toml::array* pair = item.as_array();
    if (!pair || pair->size() != 2 || !(*pair)[0].is_string() || !(*pair)[1].is_string())
      return tomlError(item, "checks.glossary.preferred-not-pair");
    pairs.emplace_back((*pair)[0].as_string()->get(), (*pair)[1].as_string()->get());
  }
  return pairs;
}

Result<GlossaryEntry> readEntry(const toml::table& brand) {
  GlossaryEntry entry;
  auto name = optionalStringChecked(brand, "name");
  if (!name) return name.error();
  entry.brand = std::move(*name);
  auto banned = stringList(brand, "banned");
  if (!banned) return banned.error();
  entry.banned = std::move(*banned);
  auto required = stringList(brand, "required");
  if (!required) return required.error();
  entry.required = std::move(*required);
  auto preferred = preferredPairs(brand);
  if (!preferred) return preferred.error();
  entry.preferred = std::move(*preferred);
  auto keep = stringList(brand, "keep");
  if (!keep) return keep.error();
  entry.keep = std::move(*keep);
  return entry;
}

// A TOML basic string: quotes, backslashes and control characters escaped.
std::string tomlQuoted(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
          char escape[8];
          std::snprintf(escape, sizeof escape, "\\u%04X", static_cast<unsigned>(static_cast<unsigned char>(c)));
          out += escape;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

std::string quotedList(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + tomlQuoted(items[i]);
  return out + "]";
}

constexpr std::string_view kHeader = R"(# The glossary: terms a brand's copy must not use, must use, and spellings it prefers.
# Written by Copydesk's Preferences; edit it by hand if you like (docs/checks.md, "The glossary file").
[set]
id = "glossary"
name_en = "Glossary"
name_zh = "术语表"
market = "any"
version = 1

[[rule]]
id = "banned"
kind = "glossary"
check = "banned"
severity = "error"
source = "glossary"
explain_en = "The brand's glossary bans this term."
explain_zh = "品牌术语表禁止使用该词。"

[[rule]]
id = "required"
kind = "glossary"
check = "required"
severity = "warning"
source = "glossary"
explain_en = "The brand's glossary requires this term in its copy."
explain_zh = "品牌术语表要求文案中出现该词。"

[[rule]]
id = "preferred"
kind = "glossary"
check = "preferred"
severity = "info"
source = "glossary"
explain_en = "The brand's glossary prefers another spelling."
explain_zh = "品牌术语表规定了该词的首选写法。"

[[rule]]
id = "keep"
kind = "glossary"
check = "keep"
severity = "error"
source = "glossary"
explain_en = "A translation keeps the glossary's do-not-translate terms (and the brand name) exactly as the source writes them."
explain_zh = "译文须按原文原样保留术语表中的不翻译词（以及品牌名）。"
)";

}  // namespace

Result<std::vector<GlossaryEntry>> glossaryEntries(const toml::table& root) {
  std::vector<GlossaryEntry> entries;
  const toml::node* node = root.get("brand");
  if (!node) return entries;
  const toml::array* brands = node->as_array();
  if (!brands) return tomlError(*node, "checks.glossary.brands-not-array");
  for (const toml::node& item : *brands) {
    const toml::table* brand = item.as_table();
    if (!brand) return tomlError(item, "checks.glossary.brand-not-table");
    auto entry = readEntry(*brand);
    if (!entry) return entry.error();
    entries.push_back(std::move(*entry));
  }
  return entries;
}

Result<std::vector<GlossaryEntry>> readGlossary(const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) return std::vector<GlossaryEntry>{};  // no glossary yet
  std::ifstream in(file, std::ios::binary);
  if (!in) return makeError("checks.glossary-unreadable", ErrorCode::Io, {}, file.string());
  std::ostringstream bytes;
  bytes << in.rdbuf();
  try {
    const toml::table root = toml::parse(bytes.str(), file.string());
    return glossaryEntries(root);
  } catch (const toml::parse_error& error) {
    const auto& begin = error.source().begin;
    return makeError("checks.toml-syntax", ErrorCode::InvalidInput, {std::string(error.description())},
                     file.string() + ":" + std::to_string(begin.line) + ":" + std::to_string(begin.column));
  }
}

std::vector<std::string> keepTerms(const std::vector<GlossaryEntry>& entries, const std::string& brand) {
  std::vector<std::string> terms;
  auto add = [&](const std::string& term) {
    if (!term.empty() && std::find(terms.begin(), terms.end(), term) == terms.end()) terms.push_back(term);
  };
  const std::string folded = foldAscii(brand);
  for (const auto& entry : entries) {
    if (!entry.brand.empty() && foldAscii(entry.brand) != folded) continue;
    for (const auto& term : entry.keep) add(term);
  }
  add(brand);
  // Longest first: a prompt lists "West Lake Longjing" before "Longjing".
  std::stable_sort(terms.begin(), terms.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return terms;
}

std::filesystem::path glossaryInForce() {
  std::error_code ec;
  const std::filesystem::path own = userRulesDir() / "glossary.toml";
  if (!userRulesDir().empty() && std::filesystem::exists(own, ec)) return own;
  return shippedRulesDir() / "glossary.toml";
}

Status writeGlossary(const std::filesystem::path& file, const std::vector<GlossaryEntry>& entries) {
  std::string text(kHeader);
  for (const auto& entry : entries) {
    text += "\n[[brand]]\n";
    text += "name = " + tomlQuoted(entry.brand) + (entry.brand.empty() ? "  # every brand\n" : "\n");
    text += "banned = " + quotedList(entry.banned) + "\n";
    text += "required = " + quotedList(entry.required) + "\n";
    if (!entry.keep.empty()) text += "keep = " + quotedList(entry.keep) + "\n";
    text += "preferred = [";
    for (std::size_t i = 0; i < entry.preferred.size(); ++i)
      text += (i ? ", [" : "[") + tomlQuoted(entry.preferred[i].first) + ", " + tomlQuoted(entry.preferred[i].second) + "]";
    text += "]\n";
  }
  std::error_code ec;
  if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ec);
  auto out = AtomicFile::create(file);
  if (!out) return out.error();
  if (auto written = (*out)->write(text); !written) return written.error();
  return (*out)->commit();
}

}  // namespace copydesk
