// A team store's password in and out of its source (issue 12): built into a conninfo in memory for
// libpq, taken out of what goes into the settings.
#include <catch2/catch.hpp>

#include "core/store/postgres/source_password.h"

using namespace copydesk;

TEST_CASE("source password: withPassword keeps every setting of a URI or conninfo and sets the password") {
  auto uri = pg::withPassword("postgresql://anna@db.example.com:6543/copydesk?sslmode=require", "it's s3cret");
  REQUIRE(uri.ok());
  CHECK(pg::passwordIn(*uri) == "it's s3cret");
  CHECK(uri->find("host=db.example.com") != std::string::npos);
  CHECK(uri->find("port=6543") != std::string::npos);
  CHECK(uri->find("user=anna") != std::string::npos);
  CHECK(uri->find("dbname=copydesk") != std::string::npos);
  CHECK(uri->find("sslmode=require") != std::string::npos);

  auto replaced = pg::withPassword("host=/tmp/pg dbname='my shop' password=old", "new");
  REQUIRE(replaced.ok());
  CHECK(pg::passwordIn(*replaced) == "new");
  CHECK(replaced->find("old") == std::string::npos);
  CHECK(replaced->find("dbname='my shop'") != std::string::npos);

  CHECK_FALSE(pg::withPassword("postgresql://[broken", "x").ok());
}

TEST_CASE("source password: withoutPassword takes a written password out and keeps the rest as written") {
  CHECK(pg::withoutPassword("postgresql://anna:s3cret@db/copydesk") == "postgresql://anna@db/copydesk");
  CHECK(pg::withoutPassword("postgresql://anna@db/copydesk?password=s3cret") == "postgresql://anna@db/copydesk");
  CHECK(pg::withoutPassword("postgresql://anna@db/copydesk?password=s3cret&sslmode=require") ==
        "postgresql://anna@db/copydesk?sslmode=require");
  CHECK(pg::withoutPassword("host=db password='a b' dbname=copydesk") == "host=db dbname=copydesk");
  CHECK(pg::withoutPassword("postgresql://anna@db/copydesk") == "postgresql://anna@db/copydesk");
  CHECK(pg::passwordIn("postgresql://anna:s3cret@db/copydesk") == "s3cret");
  CHECK(pg::passwordIn("postgresql://anna@db/copydesk").empty());
}
