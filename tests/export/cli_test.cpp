#include <catch2/catch.hpp>

#include "core/common/json.h"
#include "core/store/export_store.h"
#include "tests/export/export_fixture.h"

using namespace copydesk;
using namespace copydesk::test;
using Catch::Contains;

namespace {

CommandResult cli(const ExportFixture& f, const std::string& args) {
  return runCommand("COPYDESK_USER=cli-user " + shellQuote((binDir() / "copydesk-cli").string()) + " --db " +
                    shellQuote((f.dir / "copy.db").string()) + " " + args);
}

}  // namespace

TEST_CASE("copydesk-cli review moves a draft through the lifecycle and refuses illegal steps") {
  ExportFixture f;
  const auto p = f.product("tea-1", "Longjing");
  const auto id = std::to_string(f.draft(p, "title", "West Lake Longjing"));

  auto early = cli(f, "review " + id + " --approve");
  CHECK(early.exitCode == 2);
  CHECK_THAT(early.err, Contains("submit it for review first"));

  auto submit = cli(f, "review " + id + " --submit");
  INFO(submit.err);
  REQUIRE(submit.exitCode == 0);
  CHECK_THAT(submit.out, Contains("is now submitted"));
  CHECK_THAT(submit.out, Contains("by cli-user"));

  auto reject = cli(f, "review " + id + " --reject");
  CHECK(reject.exitCode == 2);
  CHECK_THAT(reject.err, Contains("needs a comment"));

  auto both = cli(f, "review " + id + " --approve --reject");
  CHECK(both.exitCode == 2);

  auto approve = cli(f, "review " + id + " --approve --reviewer Rita --comment 'looks right'");
  REQUIRE(approve.exitCode == 0);
  CHECK_THAT(approve.out, Contains("is now approved (approve by Rita)"));
  CHECK(f.status(std::stoll(id)) == DraftStatus::Approved);

  auto missing = cli(f, "review 424242 --submit");
  CHECK(missing.exitCode == 2);
}

TEST_CASE("copydesk-cli export writes the file, prints the summary and warns on stderr") {
  ExportFixture f;
  const auto p = f.product("tea-1", "Longjing");
  f.approved(p, "title", std::string(210, 'L'));
  f.approved(p, "description", "Spring tea");
  const auto q = f.product("tea-2", "Other");
  f.draft(q, "title", "pending");
  const auto out = (f.dir / "amazon.csv").string();

  auto run = cli(f, "export --format amazon --out " + shellQuote(out));
  INFO(run.err);
  REQUIRE(run.exitCode == 0);
  CHECK(run.out == "exported 1 row (2 fields) to " + out + " as amazon (upload)\n");
  CHECK_THAT(run.err, Contains("warning: tea-1: title (item_name) is 210 characters, over the limit of 200"));
  CHECK_THAT(run.err, Contains("warning: tea-2: title has drafts but none is approved"));
  const auto records = parseCsv(readFile(out));
  REQUIRE(records.size() == 2);
  CHECK(records[1][0] == "tea-1");

  auto safe = cli(f, "export --format generic --columns sku,title:Name --spreadsheet-safe --bom --out " +
                         shellQuote((f.dir / "g.csv").string()));
  REQUIRE(safe.exitCode == 0);
  CHECK_THAT(safe.out, Contains("as generic (spreadsheet-safe)"));
  CHECK(readFile(f.dir / "g.csv").rfind("\xEF\xBB\xBFsku,Name\r\n", 0) == 0);

  auto copyOnly = cli(f, "export --format shopify-legacy --copy-only --out " + shellQuote((f.dir / "s.csv").string()));
  REQUIRE(copyOnly.exitCode == 0);
  CHECK_THAT(copyOnly.out, Contains("as shopify-legacy (copy only) (upload)"));

  CHECK(cli(f, "export --format nope --out x.csv").exitCode == 2);
  CHECK(cli(f, "export --format shopify --columns sku --out x.csv").exitCode == 2);
  CHECK(cli(f, "export --format generic").exitCode == 2);
  auto unwritable = cli(f, "export --format generic --out " + shellQuote((f.dir / "missing" / "x.csv").string()));
  CHECK(unwritable.exitCode == 1);
  CHECK_THAT(unwritable.err, Contains("x.csv"));
  CHECK(ExportStore(*f.db).list().value().size() == 3);
}

TEST_CASE("copydesk-cli audit lists every step, as text, JSON and CSV") {
  ExportFixture f;
  const auto p = f.product("tea-1", "Longjing");
  const auto id = f.draft(p, "title", "West Lake Longjing");
  REQUIRE(cli(f, "review " + std::to_string(id) + " --submit --reviewer Wendy").exitCode == 0);
  REQUIRE(cli(f, "review " + std::to_string(id) + " --approve --reviewer Rita").exitCode == 0);
  REQUIRE(cli(f, "export --format generic --out " + shellQuote((f.dir / "g.csv").string())).exitCode == 0);

  auto json = cli(f, "audit --json");
  REQUIRE(json.exitCode == 0);
  const Json entries = Json::parse(json.out);
  REQUIRE(entries.size() == 3);
  CHECK(entries[0]["action"] == "submit");
  CHECK(entries[0]["actor"] == "Wendy");
  CHECK(entries[1]["action"] == "approve");
  CHECK(entries[1]["actor"] == "Rita");
  CHECK(entries[2]["action"] == "export");
  CHECK(entries[2]["actor"] == "cli-user");
  CHECK(entries[2]["detail"]["rows"] == 1);

  auto text = cli(f, "audit");
  REQUIRE(text.exitCode == 0);
  CHECK_THAT(text.out, Contains("3 entries"));
  auto csv = cli(f, "audit --csv --entity draft");
  REQUIRE(csv.exitCode == 0);
  const auto rows = parseCsv(csv.out);
  REQUIRE(rows.size() == 3);
  CHECK(rows[0][3] == "action");
}
