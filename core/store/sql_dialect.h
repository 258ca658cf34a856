#pragma once

#include <string>
#include <string_view>

#include "core/store/database.h"

namespace copydesk {

// The few spellings SQLite and PostgreSQL do not share. The stores write everything else once, in
// SQL both engines run the same way (ON CONFLICT, NULLS FIRST, `1 = 1`, CASE for a 0/1 column);
// these give the text for the connection's engine, so a dialect branch stays one call long.

// After a text expression in ORDER BY (or in a SELECT DISTINCT that is sorted): byte order, as
// SQLite's BINARY collation sorts, whatever collation the PostgreSQL database was created with
// (en_US puts "apple" before "Banana" and ignores punctuation: lists would come in another order).
inline const char* byteOrder(const Database& db) { return db.isPostgres() ? " COLLATE \"C\"" : ""; }

// A subquery giving the ids of the JSON array (idArray) bound at `param` ("?1") as its column `id`,
// for `id IN (<this>)`: one statement whatever the number of ids.
inline std::string idsFromJson(const Database& db, std::string_view param) {
  if (db.isPostgres()) {
    return "SELECT CAST(value AS BIGINT) AS id FROM json_array_elements_text(CAST(" + std::string(param) +
           " AS json)) AS value";
  }
  return "SELECT value AS id FROM json_each(" + std::string(param) + ")";
}

// A table function over the elements of a JSON array of strings held in `expr`, whose column
// `value` is each element's text: `FROM <this> t ... t.value`.
inline std::string jsonArrayTexts(const Database& db, std::string_view expr) {
  if (db.isPostgres()) return "json_array_elements_text(CAST(" + std::string(expr) + " AS json))";
  return "json_each(" + std::string(expr) + ")";
}

// The text of the top-level `key` of the JSON object in `column`, or NULL.
inline std::string jsonTextField(const Database& db, std::string_view column, std::string_view key) {
  if (db.isPostgres()) return "(CAST(" + std::string(column) + " AS json) ->> '" + std::string(key) + "')";
  return "json_extract(" + std::string(column) + ", '$." + std::string(key) + "')";
}

// LIKE that ignores case: SQLite's LIKE ignores the case of ASCII letters, PostgreSQL's ILIKE that
// of every letter (the same for the store's searches but for non-ASCII capitals such as 'É').
inline const char* likeIgnoringCase(const Database& db) { return db.isPostgres() ? "ILIKE" : "LIKE"; }

// After a LIKE pattern that is the user's text between '%' (no escaping): SQLite's LIKE has no
// escape character unless one is named, PostgreSQL's has '\' unless it is switched off.
inline const char* noLikeEscape(const Database& db) { return db.isPostgres() ? " ESCAPE ''" : ""; }

// The store's clock `seconds` from now, as the ISO-8601 UTC text every stored time has. On a team
// store it is the server's clock, so that desks whose clocks differ agree on when a claim expires.
inline std::string storeClock(const Database& db, int seconds) {
  const std::string offset = (seconds < 0 ? "" : "+") + std::to_string(seconds) + " seconds";
  if (db.isPostgres()) {
    return "to_char((clock_timestamp() + interval '" + offset +
           "') AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";
  }
  return "strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '" + offset + "')";
}

}  // namespace copydesk
