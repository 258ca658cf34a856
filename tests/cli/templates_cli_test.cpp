#include <catch2/catch.hpp>

#include "core/store/database.h"
#include "core/store/template_store.h"
#include "tests/support/test_paths.h"

using namespace copydesk;

namespace {

test::CommandResult cli(const test::TempDir& dir, const std::string& args) {
  return test::runCommand(test::shellQuote((test::binDir() / "copydesk-cli").string()) + " --db " +
                          test::shellQuote((dir / "c.db").string()) + " " + args);
}

}  // namespace

TEST_CASE("a new database opened by the CLI has the default templates, once") {
  test::TempDir dir;
  auto listed = cli(dir, "templates --json");
  REQUIRE(listed.exitCode == 0);
  const Json templates = Json::parse(listed.out);
  REQUIRE(templates.size() == 18);
  bool hasDescriptionEn = false;
  for (const auto& t : templates) {
    CHECK(t["version"] == 1);
    hasDescriptionEn |= t["name"] == "description-en" && t["field"] == "description";
  }
  CHECK(hasDescriptionEn);

  // Opening again never adds a second copy.
  REQUIRE(cli(dir, "templates list").exitCode == 0);
  auto db = Database::open(dir / "c.db");
  REQUIRE(db);
  CHECK(TemplateStore(**db).versions("description-en")->size() == 1);
}

TEST_CASE("templates save makes a new version and show prints it") {
  test::TempDir dir;
  test::writeFile(dir / "tagline.mustache", "A tagline for {{title}}.");
  auto first = cli(dir, "templates save " + test::shellQuote((dir / "tagline.mustache").string()));
  REQUIRE(first.exitCode == 0);
  CHECK(first.out == "saved tagline version 1\n");
  test::writeFile(dir / "tagline.mustache", "A short tagline for {{title}}.");
  auto second = cli(dir, "templates save " + test::shellQuote((dir / "tagline.mustache").string()) +
                             " --note shorter");
  REQUIRE(second.exitCode == 0);
  CHECK(second.out == "saved tagline version 2\n");

  auto latest = cli(dir, "templates show tagline");
  REQUIRE(latest.exitCode == 0);
  const Json shown = Json::parse(latest.out);
  CHECK(shown["version"] == 2);
  CHECK(shown["user"] == "A short tagline for {{title}}.");
  CHECK(shown["note"] == "shorter");
  CHECK(shown["field"] == "description");

  auto old = cli(dir, "templates show tagline --version 1");
  REQUIRE(old.exitCode == 0);
  CHECK(Json::parse(old.out)["user"] == "A tagline for {{title}}.");
}

TEST_CASE("templates show of an unknown name or version is bad input") {
  test::TempDir dir;
  auto unknown = cli(dir, "templates show nope");
  CHECK(unknown.exitCode == 2);
  CHECK(unknown.err.find("unknown template 'nope'") != std::string::npos);
  auto noVersion = cli(dir, "templates show description-en --version 9");
  CHECK(noVersion.exitCode == 2);
  CHECK(noVersion.err.find("no version 9") != std::string::npos);
}
