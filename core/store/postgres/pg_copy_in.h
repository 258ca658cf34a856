#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/common/result.h"

namespace copydesk::pg {

class Connection;

// Rows streamed into a table with `COPY … FROM STDIN` (text format): the server's bulk path, one
// command for any number of rows instead of a round trip per row. Fields are escaped here and sent in
// large chunks; nothing reaches the table unless finish() succeeds. While a COPY is open the
// connection runs nothing else.
class CopyIn final {
 public:
  // sql: "COPY table (columns…) FROM STDIN".
  static Result<CopyIn> begin(Connection& connection, const std::string& sql);
  CopyIn(CopyIn&& other) noexcept;
  CopyIn& operator=(CopyIn&&) = delete;
  CopyIn(const CopyIn&) = delete;
  CopyIn& operator=(const CopyIn&) = delete;
  ~CopyIn();  // a COPY not finished is abandoned: the server discards its rows

  CopyIn& field(std::string_view text);
  CopyIn& field(std::int64_t value);
  CopyIn& nullField();
  Status endRow();  // sends what has gathered once it is large
  // Ends the COPY; an error names the server's cause (see failedRow()).
  Result<std::int64_t> finish();  // rows copied

  std::int64_t rows() const { return m_rows; }
  // The row (1-based, in the order sent) finish() failed on, when the server named one; else 0.
  std::int64_t failedRow() const { return m_failedRow; }

 private:
  explicit CopyIn(Connection& connection) : m_connection(&connection) {}
  void separate();
  Status send();
  void abandon();

  Connection* m_connection;
  std::string m_buffer;
  bool m_rowStarted = false;
  bool m_open = true;
  std::int64_t m_rows = 0;
  std::int64_t m_failedRow = 0;
};

}  // namespace copydesk::pg
