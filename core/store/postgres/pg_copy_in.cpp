#include "core/store/postgres/pg_copy_in.h"

#include <libpq-fe.h>

#include <memory>

#include "core/store/postgres/pg_connection.h"
#include "core/store/postgres/pg_copy_sender.h"
#include "core/store/postgres/pg_failure.h"

namespace copydesk::pg {
namespace {

// A chunk is a few hundred rows of a catalog: large enough that a write costs little per row, small
// enough that the server starts on the first rows soon and the two chunks in memory stay small.
constexpr std::size_t kSendAt = 1 << 18;

struct ResultFree {
  void operator()(PGresult* r) const { PQclear(r); }
};

// COPY's text format: backslash escapes for the characters that separate fields and rows.
void appendEscaped(std::string& out, std::string_view text) {
  std::size_t plain = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const char* escape = c == '\\' ? "\\\\" : c == '\t' ? "\\t" : c == '\n' ? "\\n" : c == '\r' ? "\\r" : nullptr;
    if (!escape) continue;
    out.append(text.data() + plain, i - plain);
    out.append(escape);
    plain = i + 1;
  }
  out.append(text.data() + plain, text.size() - plain);
}

// The server names the row a COPY failed on in its context: "COPY name, line 7, column sku: …".
std::int64_t rowInContext(const PGresult* result) {
  const char* context = result ? PQresultErrorField(result, PG_DIAG_CONTEXT) : nullptr;
  if (!context) return 0;
  const std::string_view text(context);
  const auto at = text.find(", line ");
  if (at == std::string_view::npos) return 0;
  std::int64_t row = 0;
  for (std::size_t i = at + 7; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) row = row * 10 + (text[i] - '0');
  return row;
}

// The binary format's signature, flags and header extension length (PostgreSQL's COPY docs).
constexpr char kBinaryHeader[] = "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0";

void appendBigEndian(std::string& out, std::uint64_t value, int bytes) {
  for (int shift = (bytes - 1) * 8; shift >= 0; shift -= 8) out.push_back(static_cast<char>((value >> shift) & 0xff));
}

}  // namespace

Result<CopyIn> CopyIn::begin(Connection& connection, const std::string& sql, Format format) {
  if (!connection.flushQueued()) return storeFailure(connection, "starting a bulk copy", {});
  std::unique_ptr<PGresult, ResultFree> result(PQexec(connection.handle(), sql.c_str()));
  if (PQresultStatus(result.get()) != PGRES_COPY_IN) {
    (void)connection.accept(result.get());  // records the failure
    return storeFailure(connection, "starting a bulk copy", {});
  }
  CopyIn copy(connection, format);
  copy.m_buffer.reserve(kSendAt + (kSendAt >> 2));
  if (copy.m_binary) copy.m_buffer.append(kBinaryHeader, sizeof kBinaryHeader - 1);
  return copy;
}

CopyIn::CopyIn(CopyIn&& other) noexcept
    : m_connection(other.m_connection),
      m_sender(std::move(other.m_sender)),
      m_buffer(std::move(other.m_buffer)),
      m_binary(other.m_binary),
      m_rowStarted(other.m_rowStarted),
      m_rowAt(other.m_rowAt),
      m_fields(other.m_fields),
      m_open(other.m_open),
      m_rows(other.m_rows),
      m_failedRow(other.m_failedRow) {
  other.m_open = false;
}

CopyIn::~CopyIn() { abandon(); }

bool CopyIn::written() { return !m_sender || m_sender->drain(); }

void CopyIn::abandon() {
  if (!m_open) return;
  m_open = false;
  (void)written();
  PGconn* conn = m_connection->handle();
  if (PQputCopyEnd(conn, "abandoned by Copydesk") == 1) {
    while (PGresult* result = PQgetResult(conn)) PQclear(result);
  }
}

void CopyIn::separate() {
  if (m_binary) {
    if (!m_rowStarted) {
      m_rowAt = m_buffer.size();
      m_buffer.append(2, '\0');  // the field count, known at endRow()
      m_fields = 0;
    }
    ++m_fields;
  } else if (m_rowStarted) {
    m_buffer.push_back('\t');
  }
  m_rowStarted = true;
}

void CopyIn::appendLength(std::int32_t length) {
  appendBigEndian(m_buffer, static_cast<std::uint32_t>(length), 4);
}

CopyIn& CopyIn::field(std::string_view text) {
  separate();
  if (m_binary) {
    appendLength(static_cast<std::int32_t>(text.size()));
    m_buffer.append(text);
  } else {
    appendEscaped(m_buffer, text);
  }
  return *this;
}

CopyIn& CopyIn::field(std::int64_t value) {
  separate();
  if (m_binary) {
    appendLength(8);
    appendBigEndian(m_buffer, static_cast<std::uint64_t>(value), 8);
  } else {
    m_buffer += std::to_string(value);
  }
  return *this;
}

CopyIn& CopyIn::boolean(bool value) {
  separate();
  if (m_binary) {
    appendLength(1);
    m_buffer.push_back(value ? '\1' : '\0');
  } else {
    m_buffer.push_back(value ? 't' : 'f');
  }
  return *this;
}

CopyIn& CopyIn::nullField() {
  separate();
  if (m_binary) appendLength(-1);
  else m_buffer += "\\N";
  return *this;
}

Status CopyIn::endRow() {
  if (m_binary) {
    m_buffer[m_rowAt] = static_cast<char>(m_fields >> 8);
    m_buffer[m_rowAt + 1] = static_cast<char>(m_fields & 0xff);
  } else {
    m_buffer.push_back('\n');
  }
  m_rowStarted = false;
  ++m_rows;
  if (m_buffer.size() < kSendAt) return {};
  if (!m_sender) m_sender = std::make_unique<CopySender>(m_connection->handle());
  if (m_sender->hand(m_buffer)) return {};
  return failed();
}

// The last chunk, on this thread once the sender has written the others.
bool CopyIn::sendRest() {
  const bool ok = written() && (m_buffer.empty() || PQputCopyData(m_connection->handle(), m_buffer.data(),
                                                                   static_cast<int>(m_buffer.size())) == 1);
  m_buffer.clear();
  return ok;
}

// A write failed: most often because the server refused a row and stopped reading. The COPY is
// ended and the server's answer read, so that the error gives its cause and names that row.
Status CopyIn::failed() {
  (void)written();
  m_open = false;
  (void)PQputCopyEnd(m_connection->handle(), nullptr);
  if (auto verdict = serverVerdict(); !verdict) return verdict;
  return storeFailure(*m_connection, "sending rows to the team store", {});
}

Status CopyIn::serverVerdict() {
  PGconn* conn = m_connection->handle();
  std::unique_ptr<PGresult, ResultFree> result(PQgetResult(conn));
  const bool ok = m_connection->accept(result.get());
  while (PGresult* more = PQgetResult(conn)) PQclear(more);
  if (ok) return {};
  m_failedRow = rowInContext(result.get());
  return storeFailure(*m_connection, "copying rows into the team store", {});
}

Result<std::int64_t> CopyIn::finish() {
  if (!m_open) return storeFailure(*m_connection, "copying rows into the team store", {});  // failed before
  if (m_binary) m_buffer.append(2, '\xff');  // the trailer: a field count of -1
  if (!sendRest()) return failed().error();
  m_open = false;
  if (PQputCopyEnd(m_connection->handle(), nullptr) != 1) {
    (void)m_connection->accept(nullptr);
    return storeFailure(*m_connection, "sending rows to the team store", {});
  }
  if (auto verdict = serverVerdict(); !verdict) return verdict.error();
  return m_rows;
}

}  // namespace copydesk::pg
