// The store's SQLite-flavoured SQL as the PostgreSQL backend sends it.
#include <catch2/catch.hpp>

#include "core/store/postgres/postgres_sql.h"
#include "core/store/store_source.h"

using namespace copydesk;
using namespace copydesk::pg;

TEST_CASE("postgres sql: ? become $1, $2 … left to right; ?N keeps its number and a bare ? follows it") {
  int count = 0;
  CHECK(toPostgresPlaceholders("SELECT a FROM t WHERE b = ? AND c = ?", &count) ==
        "SELECT a FROM t WHERE b = $1 AND c = $2");
  CHECK(count == 2);
  CHECK(toPostgresPlaceholders("UPDATE t SET a = ?2 WHERE id = ?1", &count) == "UPDATE t SET a = $2 WHERE id = $1");
  CHECK(count == 2);
  CHECK(toPostgresPlaceholders("SELECT ?3, ?", &count) == "SELECT $3, $4");
  CHECK(count == 4);
}

TEST_CASE("postgres sql: a named parameter gets one number, reused at every use") {
  int count = 0;
  CHECK(toPostgresPlaceholders("SELECT * FROM a WHERE x LIKE :search OR y LIKE :search LIMIT :limit", &count) ==
        "SELECT * FROM a WHERE x LIKE $1 OR y LIKE $1 LIMIT $2");
  CHECK(count == 2);
}

TEST_CASE("postgres sql: question marks and colons inside literals, identifiers, comments and casts stay") {
  CHECK(toPostgresPlaceholders("SELECT '?', \"a?b\", 'it''s ?' -- what?\n, x::text /* ? */ FROM t WHERE y = ?") ==
        "SELECT '?', \"a?b\", 'it''s ?' -- what?\n, x::text /* ? */ FROM t WHERE y = $1");
  CHECK(toPostgresPlaceholders("SELECT json_extract(plan, '$.resume_key:x')") ==
        "SELECT json_extract(plan, '$.resume_key:x')");
}

TEST_CASE("postgres sql: an insert into a table with an identity id returns it; others are left alone") {
  auto drafts = adaptForPostgres("INSERT INTO drafts (product_id, text) VALUES (?, ?);\n");
  CHECK(drafts.text == "INSERT INTO drafts (product_id, text) VALUES ($1, $2) RETURNING id");
  CHECK(drafts.returnsInsertId);
  auto settings = adaptForPostgres("INSERT INTO settings (key, value) VALUES (?, ?)");
  CHECK_FALSE(settings.returnsInsertId);
  auto own = adaptForPostgres("INSERT INTO audit (actor) VALUES (?) RETURNING id, at");
  CHECK_FALSE(own.returnsInsertId);
  CHECK(own.text == "INSERT INTO audit (actor) VALUES ($1) RETURNING id, at");
}

TEST_CASE("postgres sql: a negative LIMIT means no limit, as in SQLite") {
  CHECK(adaptForPostgres("SELECT id FROM t ORDER BY id LIMIT ? OFFSET ?").text ==
        "SELECT id FROM t ORDER BY id LIMIT NULLIF(GREATEST($1, -1), -1) OFFSET $2");
  CHECK(adaptForPostgres("SELECT id FROM t LIMIT 1").text == "SELECT id FROM t LIMIT 1");
}

TEST_CASE("store source: PostgreSQL URIs and key=value strings are team stores, anything else a file") {
  CHECK(isPostgresSource("postgresql://writer@db.example/copydesk"));
  CHECK(isPostgresSource("postgres://db/copydesk"));
  CHECK(isPostgresSource("host=/run/postgresql dbname=copydesk"));
  CHECK(isPostgresSource("dbname=copydesk user=anna"));
  CHECK_FALSE(isPostgresSource("/home/anna/copydesk.db"));
  CHECK_FALSE(isPostgresSource("copydesk.db"));
  CHECK_FALSE(isPostgresSource("./host=odd-name.db"));  // a file named like a keyword: give its folder
}

TEST_CASE("store source: a password never appears in what is shown") {
  CHECK(redactedSource("postgresql://anna:s3cret@db.example/copydesk") == "postgresql://anna:***@db.example/copydesk");
  CHECK(redactedSource("host=db dbname=copydesk password=s3cret user=anna") ==
        "host=db dbname=copydesk password=*** user=anna");
  CHECK(redactedSource("host=db password='a b' user=anna") == "host=db password=*** user=anna");
  CHECK(redactedSource("postgresql://anna@db/copydesk") == "postgresql://anna@db/copydesk");
}
