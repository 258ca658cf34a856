// copydesk-cli [--db SOURCE] copy-to DESTINATION: a desk store made through the CLI moved to a team
// store on the run's PostgreSQL server and back; both copies answer and export as the original does.
#include <catch2/catch.hpp>

#include "tests/support/postgres_test_server.h"
#include "tests/support/test_paths.h"

using namespace copydesk;
using Catch::Matchers::Contains;

namespace {

std::string q(const std::string& text) { return test::shellQuote(text); }

test::CommandResult cli(const std::string& db, const std::string& args) {
  return test::runCommand(q((test::binDir() / "copydesk-cli").string()) + " --db " + q(db) + " " + args);
}

// Runs and requires exit 0, showing stderr otherwise.
std::string ok(const std::string& db, const std::string& args) {
  const auto run = cli(db, args);
  INFO(args << "\n" << run.err);
  REQUIRE(run.exitCode == 0);
  return run.out;
}

std::string exported(const test::TempDir& dir, const std::string& db, const std::string& name) {
  const auto out = dir / name;
  ok(db, "export --format shopify --author rita --out " + q(out.string()));
  return test::readFile(out);
}

}  // namespace

TEST_CASE("cli copy-to: a desk store moves to a team store and back, answering and exporting the same",
          "[postgres]") {
  test::TempDir dir;
  const std::string desk = (dir / "desk.db").string();
  test::writeFile(dir / "catalog.csv", "sku,title\nTEA-1,西湖龙井绿茶\nTEA-2,碧螺春\nMUG-1,Mug\n");
  ok(desk, "import " + q((dir / "catalog.csv").string()));
  ok(desk, "edit --product TEA-1 --field description --text '豆花香气，鲜爽回甘' --author wen --submit");
  ok(desk, "review 1 --approve --reviewer rita");

  const test::PostgresTestDatabase pg = test::createTestDatabase();
  const std::string team = pg.uri();
  const auto copied = cli(desk, "copy-to " + q(team));
  INFO(copied.err);
  REQUIRE(copied.exitCode == 0);
  CHECK_THAT(copied.out, Contains("copied "));
  CHECK_THAT(copied.out, Contains(" to " + team));
  CHECK_THAT(copied.out, Contains("products"));
  CHECK_THAT(copied.out, Contains("reviews"));
  CHECK_THAT(ok(team, "products --search 龙井绿 --json"), Contains("TEA-1"));
  CHECK_THAT(ok(team, "drafts --status approved --json"), Contains("豆花香气"));

  // A second copy into the same team store is refused: exit 1, the reason, nothing written.
  const auto again = cli(desk, "copy-to " + q(team));
  CHECK(again.exitCode == 1);
  CHECK_THAT(again.err, Contains("already holds a store"));
  CHECK(again.out.empty());

  const std::string back = (dir / "back.db").string();
  ok(team, "copy-to " + q(back));
  CHECK_THAT(ok(back, "products --search 龙井绿 --json"), Contains("TEA-1"));
  const std::string fromDesk = exported(dir, desk, "desk.csv");
  CHECK_THAT(fromDesk, Contains("豆花香气"));
  CHECK(exported(dir, team, "team.csv") == fromDesk);
  CHECK(exported(dir, back, "back.csv") == fromDesk);
}

TEST_CASE("cli copy-to: no source store is an error (exit 2) that creates nothing", "[postgres]") {
  test::TempDir dir;
  const auto missing = cli((dir / "none.db").string(), "copy-to " + q((dir / "copy.db").string()));
  CHECK(missing.exitCode == 2);
  CHECK_THAT(missing.err, Contains("no database here"));
  CHECK_FALSE(std::filesystem::exists(dir / "none.db"));
  CHECK_FALSE(std::filesystem::exists(dir / "copy.db"));
}

TEST_CASE("cli copy-to: --help says what is copied and where to", "[postgres]") {
  const auto help = test::runCommand(q((test::binDir() / "copydesk-cli").string()) + " copy-to --help");
  CHECK(help.exitCode == 0);
  CHECK_THAT(help.out, Contains("DESTINATION"));
  CHECK_THAT(help.out, Contains("postgresql://"));
  CHECK_THAT(help.out, Contains("must hold no data"));
}
