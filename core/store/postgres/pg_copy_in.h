#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "core/common/result.h"
#include "core/store/postgres/pg_copy_sender.h"

namespace copydesk::pg {

class Connection;

// Rows streamed into a table with `COPY … FROM STDIN`: the server's bulk path, one command for any
// number of rows instead of a round trip per row. Fields are escaped here (text format) or sent with
// their lengths (binary format, which spares the server parsing the text: a fifth of a COPY into
// products) in chunks, written by a thread of their own once there is more than one (CopySender), so
// that the server reads one while the next is built; nothing reaches the table unless finish()
// succeeds. While a COPY is open the connection runs nothing else.
class CopyIn final {
 public:
  enum class Format { Text, Binary };
  // sql: "COPY table (columns…) FROM STDIN", with "WITH (FORMAT binary)" for Format::Binary. In binary
  // every field's type must be the column's: text, a BIGINT (field(int64)) or a BOOLEAN (boolean()).
  static Result<CopyIn> begin(Connection& connection, const std::string& sql, Format format = Format::Text);
  CopyIn(CopyIn&& other) noexcept;
  CopyIn& operator=(CopyIn&&) = delete;
  CopyIn(const CopyIn&) = delete;
  CopyIn& operator=(const CopyIn&) = delete;
  ~CopyIn();  // a COPY not finished is abandoned: the server discards its rows

  CopyIn& field(std::string_view text);
  CopyIn& field(std::int64_t value);
  CopyIn& boolean(bool value);
  CopyIn& nullField();
  // Sends what has gathered once it is large. After an error the COPY is over: finish() repeats it.
  Status endRow();
  // Ends the COPY; an error names the server's cause (see failedRow()).
  Result<std::int64_t> finish();  // rows copied

  std::int64_t rows() const { return m_rows; }
  // The row (1-based, in the order sent) the COPY failed on, when the server named one; else 0.
  std::int64_t failedRow() const { return m_failedRow; }

 private:
  CopyIn(Connection& connection, Format format) : m_connection(&connection), m_binary(format == Format::Binary) {}
  void separate();
  void appendLength(std::int32_t length);
  bool sendRest();
  bool written();  // waits for the chunks handed to the sender
  Status failed();
  Status serverVerdict();
  void abandon();

  Connection* m_connection;
  std::unique_ptr<CopySender> m_sender;  // from the first full chunk on
  std::string m_buffer;
  bool m_binary = false;
  bool m_rowStarted = false;
  std::size_t m_rowAt = 0;  // binary: where the row's field count goes
  std::uint16_t m_fields = 0;
  bool m_open = true;
  std::int64_t m_rows = 0;
  std::int64_t m_failedRow = 0;
};

}  // namespace copydesk::pg
