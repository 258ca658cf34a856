#include "core/store/postgres/postgres_sql.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <regex>

namespace copydesk::pg {
namespace {

bool isDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool isNameStart(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0 || c == '_'; }
bool isNamePart(char c) { return isNameStart(c) || isDigit(c); }

// Index just past the literal, identifier or comment that starts at i, or i when none starts there.
std::size_t skipQuoted(std::string_view sql, std::size_t i) {
  const char c = sql[i];
  if (c == '\'' || c == '"') {
    std::size_t j = i + 1;
    while (j < sql.size()) {
      if (sql[j] == c) {
        if (j + 1 < sql.size() && sql[j + 1] == c) {  // '' or "" escapes the quote
          j += 2;
          continue;
        }
        return j + 1;
      }
      ++j;
    }
    return sql.size();
  }
  if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
    const std::size_t end = sql.find('\n', i);
    return end == std::string_view::npos ? sql.size() : end;
  }
  if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {
    const std::size_t end = sql.find("*/", i + 2);
    return end == std::string_view::npos ? sql.size() : end + 2;
  }
  return i;
}

}  // namespace

std::string toPostgresPlaceholders(std::string_view sql, int* paramCount) {
  std::string out;
  out.reserve(sql.size() + 16);
  int next = 0;
  int highest = 0;
  std::map<std::string, int> names;
  std::size_t i = 0;
  while (i < sql.size()) {
    if (const std::size_t end = skipQuoted(sql, i); end != i) {
      out.append(sql.substr(i, end - i));
      i = end;
      continue;
    }
    if (sql[i] == ':' && i + 1 < sql.size() && sql[i + 1] == ':') {  // a PostgreSQL cast
      out.append("::");
      i += 2;
      continue;
    }
    const bool named = sql[i] == ':' && i + 1 < sql.size() && isNameStart(sql[i + 1]);
    if (sql[i] != '?' && !named) {
      out.push_back(sql[i++]);
      continue;
    }
    std::size_t j = i + 1;
    int number = 0;
    if (named) {
      while (j < sql.size() && isNamePart(sql[j])) ++j;
      // SQLite gives a name the next free number at its first use, and the same number after.
      const std::string name(sql.substr(i, j - i));
      auto found = names.find(name);
      number = found != names.end() ? found->second : names.emplace(name, ++next).first->second;
    } else {
      while (j < sql.size() && isDigit(sql[j])) ++j;
      number = j > i + 1 ? std::stoi(std::string(sql.substr(i + 1, j - i - 1))) : ++next;
      // SQLite numbers a bare ? after ?N as N+1.
      if (j > i + 1) next = std::max(next, number);
    }
    highest = std::max(highest, number);
    out += '$';
    out += std::to_string(number);
    i = j;
  }
  if (paramCount) *paramCount = highest;
  return out;
}

namespace {

// The tables whose rows have an identity id (core/store/postgres/pg_schema.cpp).
constexpr std::array<std::string_view, 12> kIdentityTables = {
    "products", "variants", "templates", "template_versions", "batches", "generations",
    "drafts", "draft_edits", "reviews", "exports", "audit", "unsaved_copy"};

bool hasIdentityId(std::string_view table) {
  for (std::string_view t : kIdentityTables) {
    if (t == table) return true;
  }
  return false;
}

std::string insertTarget(std::string_view sql) {
  static const std::regex insert(R"(^\s*INSERT\s+INTO\s+([A-Za-z_][A-Za-z0-9_]*))", std::regex::icase);
  std::match_results<std::string_view::const_iterator> match;
  if (!std::regex_search(sql.begin(), sql.end(), match, insert)) return {};
  return match[1].str();
}

bool hasReturning(std::string_view sql) {
  static const std::regex returning(R"(\bRETURNING\b)", std::regex::icase);
  return std::regex_search(sql.begin(), sql.end(), returning);
}

// SQLite reads a negative LIMIT as "no limit" and the stores pass -1 for it; PostgreSQL refuses a
// negative LIMIT and reads NULL as "no limit".
std::string negativeLimitIsNone(const std::string& sql) {
  static const std::regex limit(R"(\bLIMIT\s+(\$[0-9]+))", std::regex::icase);
  return std::regex_replace(sql, limit, "LIMIT NULLIF(GREATEST($1, -1), -1)");
}

}  // namespace

AdaptedSql adaptForPostgres(std::string_view sql) {
  AdaptedSql adapted;
  adapted.text = negativeLimitIsNone(toPostgresPlaceholders(sql, &adapted.paramCount));
  if (hasIdentityId(insertTarget(sql)) && !hasReturning(sql)) {
    while (!adapted.text.empty() && (std::isspace(static_cast<unsigned char>(adapted.text.back())) ||
                                     adapted.text.back() == ';'))
      adapted.text.pop_back();
    adapted.text += " RETURNING id";
    adapted.returnsInsertId = true;
  }
  return adapted;
}

}  // namespace copydesk::pg
