#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/store/postgres/postgres_sql.h"

struct pg_result;

namespace copydesk::pg {

class Connection;

// A statement on a team store, behaving as a SQLite statement does for the stores: bind by 1-based
// index, step through rows, read columns by 0-based index. Parameters travel as text; integers and
// reals are typed so that `? + 1` and `coalesce(?, 0)` need no casts in the SQL. The server
// prepares each distinct text once per connection; the first step runs it and fetches its rows.
class Statement final {
 public:
  Statement(Connection& connection, AdaptedSql sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  void bindText(int index, std::string_view text);
  void bindInteger(int index, std::int64_t value);
  void bindReal(int index, double value);
  void bindNull(int index);

  bool step();  // true while a row is available
  bool done() const { return m_state == State::Done; }
  bool failed() const { return m_state == State::Failed; }
  void reset();
  // What the server said when the last step failed.
  const std::string& errorMessage() const;
  bool uniqueViolation() const;

  bool isNull(int column) const;
  std::string_view textView(int column) const;
  std::int64_t integer(int column) const;
  double real(int column) const;

 private:
  enum class State { Ready, Rows, Done, Failed };
  struct Parameter {
    std::string text;
    bool null = true;
    unsigned type = 0;  // 0: the server infers it from the SQL
  };

  Parameter& parameter(int index);
  bool execute();
  void clearResult();

  Connection& m_connection;
  AdaptedSql m_sql;
  std::vector<Parameter> m_parameters;
  pg_result* m_result = nullptr;
  int m_row = -1;
  int m_rows = 0;
  State m_state = State::Ready;
};

}  // namespace copydesk::pg
