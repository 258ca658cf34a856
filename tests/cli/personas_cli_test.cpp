// The personas part of issue 13's CLI contract, against the real copydesk-cli: personas add / list
// --json / remove, generate --personas, and drafts --json's persona.
#include <catch2/catch.hpp>

#include <map>

#include "core/common/json.h"
#include "tests/cli/cli_store.h"

using namespace copydesk;
using Catch::Matchers::Contains;

namespace {

struct PersonaCli : test::CliStore {
  PersonaCli() : CliStore("p.db", "COPYDESK_TEST_PERSONA_KEY", "sk-personas") {}

  std::string generate(const test::FakeServerProcess& server, const std::string& rest) const {
    return "generate --template description-en " + fakeModel(server) + " --max-tokens 100 " + rest;
  }
};

std::vector<std::string> names(const Json& list) {
  std::vector<std::string> out;
  for (const auto& p : list) out.push_back(p["name"].get<std::string>());
  return out;
}

}  // namespace

TEST_CASE("personas add, list --json and remove keep to the contract") {
  PersonaCli cli;
  CHECK(cli.json("personas list --json") == Json::array());

  auto added = cli.run("personas add budget-students --description 'Students on a budget' --audience 18-24 "
                       "--tone upbeat --language en --channel social");
  INFO(added.err);
  REQUIRE(added.exitCode == 0);
  CHECK_THAT(added.out, Contains("budget-students"));
  REQUIRE(cli.run("personas add 学生党 --description 预算有限的学生 --tone 轻松").exitCode == 0);
  REQUIRE(cli.run("personas add parents").exitCode == 0);

  const Json list = cli.json("personas list --json");
  REQUIRE(list.is_array());
  CHECK(names(list) == std::vector<std::string>{"budget-students", "parents", "学生党"});
  for (const auto& p : list) {
    CHECK(p["name"].is_string());
    CHECK(p["description"].is_string());
  }
  CHECK(list[0]["description"] == "Students on a budget");
  CHECK(list[0]["audience"] == "18-24");
  CHECK(list[0]["tone"] == "upbeat");
  CHECK(list[0]["language"] == "en");
  CHECK(list[0]["channel"] == "social");
  CHECK(list[2]["description"] == "预算有限的学生");
  CHECK(list[1]["description"] == "");

  const auto twice = cli.run("personas add parents");
  CHECK(twice.exitCode == 2);
  CHECK_THAT(twice.err, Contains("already a persona called parents"));
  const auto unknown = cli.run("personas remove nobody");
  CHECK(unknown.exitCode == 2);
  CHECK_THAT(unknown.err, Contains("no persona called nobody"));
  CHECK(cli.run("personas remove 学生党").exitCode == 0);
  CHECK(names(cli.json("personas list --json")) == std::vector<std::string>{"budget-students", "parents"});
  CHECK(cli.run("personas").exitCode != 0);  // a subcommand is required

  const auto text = cli.run("personas list");
  CHECK(text.exitCode == 0);
  CHECK_THAT(text.out, Contains("2 personas"));
}

TEST_CASE("the example personas are offered in both languages, never twice") {
  PersonaCli cli;
  auto zh = cli.run("personas add-examples --language zh");
  REQUIRE(zh.exitCode == 0);
  CHECK_THAT(zh.out, Contains("added 4 example personas"));
  CHECK(names(cli.json("personas list --json")) == std::vector<std::string>{"学生党", "宝爸宝妈", "户外爱好者", "送礼人群"});
  REQUIRE(cli.run("personas add-examples").exitCode == 0);
  CHECK(cli.json("personas list --json").size() == 8);
  CHECK_THAT(cli.run("personas add-examples --language en").out, Contains("added 0 example personas"));
}

TEST_CASE("generate --personas writes one draft per product x persona x variant; drafts --json names the persona") {
  test::FakeServerProcess server;
  PersonaCli cli;
  cli.importSampleCatalog();
  REQUIRE(cli.run("personas add-examples --language en").exitCode == 0);

  const auto grid = cli.run(cli.generate(server, "--products TEA-LJ-001,TEA-PE-002 --personas gift-buyers,parents "
                                                 "--variants 2"));
  INFO(grid.err);
  REQUIRE(grid.exitCode == 0);
  CHECK(grid.out == "8 succeeded, 0 failed\n");
  CHECK_THAT(grid.err, Contains("2 products x 2 personas x 2 variants x 1 models = 8 slots"));
  CHECK(server.requestCount("/v1/chat/completions") == 8);

  const auto plain = cli.run(cli.generate(server, "--products TEA-LJ-001"));
  REQUIRE(plain.exitCode == 0);

  const Json drafts = cli.json("drafts --json");
  REQUIRE(drafts.size() == 9);
  std::map<std::pair<std::string, std::string>, int> cells;
  int withoutPersona = 0;
  for (const auto& d : drafts) {
    REQUIRE(d.contains("persona"));
    if (d["persona"].is_null()) {
      ++withoutPersona;
      continue;
    }
    ++cells[{d["sku"].get<std::string>(), d["persona"].get<std::string>()}];
    // The prompt the model answered was written for that persona (the fake server echoes it).
    CHECK_THAT(d["text"].get<std::string>(), Contains("Write for this reader: " + d["persona"].get<std::string>()));
  }
  CHECK(withoutPersona == 1);
  CHECK(cells == std::map<std::pair<std::string, std::string>, int>{{{"TEA-LJ-001", "gift-buyers"}, 2},
                                                                    {{"TEA-LJ-001", "parents"}, 2},
                                                                    {{"TEA-PE-002", "gift-buyers"}, 2},
                                                                    {{"TEA-PE-002", "parents"}, 2}});
  CHECK(cli.json("drafts --json --persona parents").size() == 4);
  CHECK(cli.json("drafts --json --persona ''").size() == 1);

  // Resuming the finished grid sends nothing and writes nothing.
  const auto resumed = cli.run(cli.generate(server, "--products TEA-LJ-001,TEA-PE-002 --personas gift-buyers,parents "
                                                    "--variants 2 --resume"));
  REQUIRE(resumed.exitCode == 0);
  CHECK_THAT(resumed.err, Contains("8 already done"));
  CHECK(server.requestCount("/v1/chat/completions") == 9);
  CHECK(cli.json("drafts --json").size() == 9);

  // The rendered prompt shows the persona.
  const auto render = cli.run("render description-en --product TEA-LJ-001 --persona outdoor-enthusiasts");
  REQUIRE(render.exitCode == 0);
  CHECK_THAT(render.out, Contains("Write for this reader: outdoor-enthusiasts (Hikers and campers who want gear that lasts)"));
  CHECK_THAT(render.out, Contains("Tone for this reader: practical and energetic"));
  CHECK_THAT(cli.run("render description-en --product TEA-LJ-001").out, !Contains("Write for this reader"));
}

TEST_CASE("generate --personas refuses unknown personas and an empty all before sending anything") {
  test::FakeServerProcess server;
  PersonaCli cli;
  cli.importSampleCatalog();
  const auto none = cli.run(cli.generate(server, "--products TEA-LJ-001 --personas all"));
  CHECK(none.exitCode == 2);
  CHECK_THAT(none.err, Contains("no persona to write for"));
  REQUIRE(cli.run("personas add parents").exitCode == 0);
  const auto unknown = cli.run(cli.generate(server, "--products TEA-LJ-001 --personas parents,nobody"));
  CHECK(unknown.exitCode == 2);
  CHECK_THAT(unknown.err, Contains("no persona called nobody"));
  CHECK(server.requestCount("/v1/chat/completions") == 0);
}
