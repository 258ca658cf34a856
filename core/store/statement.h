#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace copydesk {
namespace pg {
class Statement;
}

// A prepared statement: bind by 1-based index, step, read columns by 0-based index.
// Owned, movable, finalised on destruction. On a team store (PostgreSQL) the same calls go to a
// pg::Statement; result codes keep SQLite's meaning (OK, ROW, DONE, or an error) on both.
class Statement final {
 public:
  Statement();
  Statement(sqlite3* db, sqlite3_stmt* stmt);
  explicit Statement(std::unique_ptr<pg::Statement> statement);
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
  Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
  // Binds without a copy: the text must stay alive and unchanged until the statement is reset.
  Statement& bindUncopied(int index, std::string_view text);
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  Statement& bind(int index, double value);
  Statement& bindNull(int index);
  template <class T>
  Statement& bind(int index, const std::optional<T>& value) {
    return value ? bind(index, *value) : bindNull(index);
  }

  // True while a row is available. Errors are kept and reported by error()/ok().
  bool step();
  // Runs to completion (for INSERT/UPDATE/DELETE); false on error.
  bool run();
  void reset();

  bool isNull(int column) const;
  std::string text(int column) const;
  std::string_view textView(int column) const;
  std::int64_t integer(int column) const;
  double real(int column) const;
  std::optional<std::int64_t> optionalInteger(int column) const;
  std::optional<double> optionalReal(int column) const;

  bool prepared() const { return m_stmt != nullptr || m_pg != nullptr; }
  bool ok() const { return m_rc == 0 || m_rc == 100 || m_rc == 101; }  // OK, ROW, DONE
  int resultCode() const { return m_rc; }
  // The last step broke a UNIQUE constraint (on either backend).
  bool uniqueViolation() const { return m_uniqueViolation; }
  std::string errorMessage() const;

 private:
  sqlite3* m_db = nullptr;
  sqlite3_stmt* m_stmt = nullptr;
  std::unique_ptr<pg::Statement> m_pg;
  int m_rc = 0;
  bool m_uniqueViolation = false;
};

}  // namespace copydesk
