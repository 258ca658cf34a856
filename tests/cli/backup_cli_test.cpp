// copydesk-cli backup OUT [--force]: a normal store under a new name, an existing OUT kept unless --force.
#include <sys/stat.h>

#include <catch2/catch.hpp>

#include "core/store/database.h"
#include "tests/support/test_paths.h"

using namespace copydesk;
using Catch::Matchers::Contains;

namespace {

test::CommandResult cli(const test::TempDir& dir, const std::string& args) {
  return test::runCommand(test::shellQuote((test::binDir() / "copydesk-cli").string()) + " --db " +
                          test::shellQuote((dir / "c.db").string()) + " " + args);
}

std::string q(const std::filesystem::path& path) { return test::shellQuote(path.string()); }

}  // namespace

TEST_CASE("cli backup: the copy is a store the CLI opens with --db, holding the same products") {
  test::TempDir dir;
  test::writeFile(dir / "catalog.csv", "sku,title\nTEA-1,龙井绿茶\nTEA-2,碧螺春\nMUG-1,Mug\n");
  REQUIRE(cli(dir, "import " + q(dir / "catalog.csv")).exitCode == 0);
  const auto run = cli(dir, "backup " + q(dir / "backup.db"));
  INFO(run.err);
  REQUIRE(run.exitCode == 0);
  CHECK_THAT(run.out, Contains("backed up " + (dir / "c.db").string() + " to " + (dir / "backup.db").string()));
  CHECK_THAT(run.out, Contains("3 products, 0 drafts"));
  const auto listed = test::runCommand(test::shellQuote((test::binDir() / "copydesk-cli").string()) + " --db " +
                                       q(dir / "backup.db") + " products --search 绿茶 --json");
  CHECK(listed.exitCode == 0);
  CHECK_THAT(listed.out, Contains("TEA-1"));
}

TEST_CASE("cli backup: an existing OUT is refused (exit 2) and kept; --force replaces it") {
  test::TempDir dir;
  REQUIRE(cli(dir, "products").exitCode == 0);
  test::writeFile(dir / "backup.db", "last month's copy");
  const auto refused = cli(dir, "backup " + q(dir / "backup.db"));
  CHECK(refused.exitCode == 2);
  CHECK_THAT(refused.err, Contains((dir / "backup.db").string() + ": the file already exists"));
  CHECK(test::readFile(dir / "backup.db") == "last month's copy");
  const auto forced = cli(dir, "backup --force " + q(dir / "backup.db"));
  CHECK(forced.exitCode == 0);
  CHECK(test::readFile(dir / "backup.db").rfind("SQLite format 3", 0) == 0);
}

TEST_CASE("cli backup: no database, or a damaged one, is an error that names it") {
  test::TempDir dir;
  const auto missing = cli(dir, "backup " + q(dir / "b.db"));
  CHECK(missing.exitCode == 2);
  CHECK_THAT(missing.err, Contains((dir / "c.db").string() + ": no database here"));
  CHECK_FALSE(std::filesystem::exists(dir / "c.db"));
  test::writeFile(dir / "c.db", std::string(4096, 'x'));
  const auto damaged = cli(dir, "backup " + q(dir / "b.db"));
  CHECK(damaged.exitCode == 1);
  CHECK_THAT(damaged.err, Contains("not a database"));
  CHECK_FALSE(std::filesystem::exists(dir / "b.db"));
}
