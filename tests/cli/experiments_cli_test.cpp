// copydesk-cli experiments (issue 13) against the real binary, end to end on the sample catalog with
// the local fake LLM server: drafts generated as variants, experiments created (and refused), results
// imported (and refused row by row), and the report's JSON contract:
//   [{sku, field, winner, p_value, variants: [{draft_id, impressions, conversions, rate}]}]
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <map>

#include "core/common/json.h"
#include "tests/support/fake_server_process.h"
#include "tests/support/test_paths.h"

using namespace copydesk;
using Catch::Matchers::Contains;
using Catch::Matchers::WithinRel;

namespace {

constexpr const char* kKeyEnv = "COPYDESK_EXPERIMENTS_CLI_KEY";

std::string q(const std::string& text) { return test::shellQuote(text); }

struct Desk {
  test::TempDir dir;
  std::string db = (dir / "x.db").string();

  test::CommandResult cli(const std::string& args) const {
    return test::runCommand(q((test::binDir() / "copydesk-cli").string()) + " --db " + q(db) + " " + args);
  }
  std::string ok(const std::string& args) const {
    const auto run = cli(args);
    INFO("copydesk-cli " << args << "\n" << run.err);
    REQUIRE(run.exitCode == 0);
    return run.out;
  }
  std::string file(const std::string& name, const std::string& content) const {
    const auto path = dir / name;
    std::ofstream(path, std::ios::binary) << content;
    return path.string();
  }
  // The description drafts of a SKU, by id.
  std::vector<std::int64_t> draftsOf(const std::string& sku) const {
    std::vector<std::int64_t> ids;
    for (const Json& d : Json::parse(ok("drafts --json --sku " + sku))) {
      if (d["field"] == "description") ids.push_back(d["id"].get<std::int64_t>());
    }
    return ids;
  }
};

// The sample catalog, with two descriptions of TEA-LJ-001 and three of TEA-PE-002 from the fake server.
void generate(const Desk& desk, const test::FakeServerProcess& server) {
  setenv(kKeyEnv, "sk-experiments", 1);
  desk.ok("import " + q((test::sourceDir() / "resources" / "catalog" / "sample_products.json").string()));
  const std::string common = " --template description-en --provider openai --base-url " + q(server.openAiBaseUrl()) +
                             " --model fake-small --api-key-env " + kKeyEnv + " --concurrency 1";
  CHECK(desk.ok("generate --products TEA-LJ-001 --variants 2" + common) == "2 succeeded, 0 failed\n");
  CHECK(desk.ok("generate --products TEA-PE-002 --variants 3" + common) == "3 succeeded, 0 failed\n");
}

std::string ids(const std::vector<std::int64_t>& drafts) {
  std::string text;
  for (std::int64_t id : drafts) text += (text.empty() ? "" : ",") + std::to_string(id);
  return text;
}

}  // namespace

TEST_CASE("experiments create, import and report through copydesk-cli, with the report's JSON contract") {
  test::FakeServerProcess server;
  REQUIRE(server.running());
  Desk desk;
  generate(desk, server);
  const auto tea = desk.draftsOf("TEA-LJ-001");
  const auto puer = desk.draftsOf("TEA-PE-002");
  REQUIRE(tea.size() == 2);
  REQUIRE(puer.size() == 3);

  CHECK(desk.ok("experiments create --drafts " + ids(tea)) ==
        "experiment 1: TEA-LJ-001 description, E1-A (draft " + std::to_string(tea[0]) + ") E1-B (draft " +
            std::to_string(tea[1]) + ")\n");
  CHECK_THAT(desk.ok("experiments create --drafts " + ids(puer)), Contains("experiment 2: TEA-PE-002 description"));

  // Before any results: both experiments, nothing to judge.
  Json report = Json::parse(desk.ok("experiments report --json"));
  REQUIRE(report.size() == 2);
  for (const Json& e : report) {
    CHECK(e["winner"].is_null());
    CHECK(e["p_value"].is_null());
    for (const Json& v : e["variants"]) CHECK(v["impressions"] == 0);
  }

  // TEA-LJ-001 by SKU and label: 20 % against 25 %; TEA-PE-002 by draft id: 6 %, 7.5 %, 9.5 %.
  const std::string results = desk.file(
      "shop-results.csv",
      "sku,variant,draft_id,impressions,clicks,conversions,revenue\n"
      "TEA-LJ-001,E1-A,,1000,300,200,5980.00\n"
      "TEA-LJ-001,E1-B,,1000,310,250,7475.00\n"
      ",," + std::to_string(puer[0]) + ",2000,400,120,\n"
      ",," + std::to_string(puer[1]) + ",2000,410,150,\n"
      ",," + std::to_string(puer[2]) + ",2000,420,190,\n");
  CHECK(desk.ok("experiments import " + q(results)) ==
        "imported results for 5 variants of 2 experiments (5 rows) from shop-results.csv\n");

  report = Json::parse(desk.ok("experiments report --json"));
  REQUIRE(report.is_array());
  REQUIRE(report.size() == 2);
  for (const Json& e : report) {
    CHECK(e.size() == 5);  // sku, field, winner, p_value, variants: exactly
    for (const Json& v : e["variants"]) CHECK(v.size() == 4);
  }
  const Json& first = report[0];
  CHECK(first["sku"] == "TEA-LJ-001");
  CHECK(first["field"] == "description");
  CHECK(first["winner"] == tea[1]);
  CHECK_THAT(first["p_value"].get<double>(), WithinRel(0.007419649261025672, 1e-9));  // scipy, see statistics_test
  REQUIRE(first["variants"].size() == 2);
  CHECK(first["variants"][0] == Json({{"draft_id", tea[0]}, {"impressions", 1000}, {"conversions", 200}, {"rate", 0.2}}));
  CHECK(first["variants"][1]["rate"] == 0.25);
  const Json& second = report[1];
  CHECK(second["sku"] == "TEA-PE-002");
  CHECK(second["winner"] == puer[2]);
  // Three variants: max(chi-square p, Holm-adjusted p of the best against each other) = 0.02334.
  CHECK_THAT(second["p_value"].get<double>(), WithinRel(0.02333973262840023, 1e-8));

  const std::string text = desk.ok("experiments report");
  CHECK_THAT(text, Contains("TEA-LJ-001  description  experiment 1  (two-proportion z-test)"));
  CHECK_THAT(text, Contains("winner: E1-B (draft " + std::to_string(tea[1]) + "), p = 0.0074"));
  CHECK_THAT(text, Contains("chi-square test, then the best against each other by z-tests with Holm's correction"));
  CHECK_THAT(text, Contains("250 of 1000 converted  25.00% (95% CI "));

  // A close race: no winner, and how many impressions are still needed.
  const std::string close = desk.file("close.csv",
                                      "draft_id,impressions,clicks,conversions\n" + std::to_string(tea[0]) +
                                          ",1000,100,30\n" + std::to_string(tea[1]) + ",1000,100,45\n");
  desk.ok("experiments import " + q(close));
  report = Json::parse(desk.ok("experiments report --json"));
  CHECK(report[0]["winner"].is_null());
  CHECK_THAT(report[0]["p_value"].get<double>(), WithinRel(0.07748486513264485, 1e-9));
  CHECK_THAT(desk.ok("experiments report"),
             Contains("no winner yet (p = 0.0775); about 2518 impressions per variant are needed to tell E1-B from the "
                      "runner-up at this difference (5% two-sided, 80% power), 1518 more"));

  // Both of TEA-LJ-001's variants approved (neither supersedes the other) and exported: the generic
  // layout has a row per variant with its variant id, for the shop's A/B tool.
  for (std::int64_t id : tea) {
    desk.ok("review " + std::to_string(id) + " --submit");
    desk.ok("review " + std::to_string(id) + " --approve --reviewer Rita");
  }
  const std::string out = (desk.dir / "generic.csv").string();
  desk.ok("export --format generic --columns sku,variant,description --out " + q(out));
  std::ifstream in(out, std::ios::binary);
  const std::string csv((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(csv.rfind("sku,variant,description\r\nTEA-LJ-001,,", 0) == 0);
  CHECK_THAT(csv, Contains("\r\nTEA-LJ-001,E1-A,") && Contains("\r\nTEA-LJ-001,E1-B,"));
  for (const Json& d : Json::parse(desk.ok("drafts --json --sku TEA-LJ-001"))) CHECK(d["status"] == "exported");

  CHECK(desk.ok("experiments remove 2") == "removed experiment 2; its drafts are kept\n");
  CHECK(Json::parse(desk.ok("experiments report --json")).size() == 1);
  CHECK(desk.draftsOf("TEA-PE-002").size() == 3);
}

TEST_CASE("copydesk-cli experiments refuses bad drafts and bad rows with exit 2 and FILE:LINE") {
  test::FakeServerProcess server;
  REQUIRE(server.running());
  Desk desk;
  generate(desk, server);
  const auto tea = desk.draftsOf("TEA-LJ-001");
  const auto puer = desk.draftsOf("TEA-PE-002");

  auto one = desk.cli("experiments create --drafts " + std::to_string(tea[0]));
  CHECK(one.exitCode == 2);
  CHECK(one.err == "an experiment needs two or more drafts (got 1)\n");
  auto words = desk.cli("experiments create --drafts 1,two");
  CHECK(words.exitCode == 2);
  CHECK(words.err == "--drafts: \"1,two\" is not a list of draft ids (e.g. 12,15)\n");
  auto mixed = desk.cli("experiments create --drafts " + std::to_string(tea[0]) + "," + std::to_string(puer[0]));
  CHECK(mixed.exitCode == 2);
  CHECK_THAT(mixed.err, Contains("an experiment's variants are of one product"));
  CHECK(desk.cli("experiments create").exitCode == 2);  // --drafts is required
  auto none = desk.cli("experiments remove 7");
  CHECK(none.exitCode == 2);
  CHECK(none.err == "there is no experiment 7\n");

  desk.ok("experiments create --drafts " + ids(tea));
  const std::string bad = desk.file("bad.csv",
                                    "sku,variant,impressions,clicks,conversions\n"
                                    "TEA-LJ-001,E1-A,1000,100,30\n"
                                    "TEA-LJ-001,E1-B,100,10,101\n"
                                    "TEA-LJ-001,E9-A,100,10,1\n"
                                    "TEA-PE-002,E1-A,100,10,1\n");
  auto refused = desk.cli("experiments import " + q(bad));
  CHECK(refused.exitCode == 2);
  CHECK(refused.out.empty());
  CHECK(refused.err == bad + ":3: 101 conversions out of 100 impressions\n" +
                           bad + ":4: no experiment has a variant E9-A\n" +
                           bad + ":5: variant E1-A is of TEA-LJ-001, not TEA-PE-002\n" +
                           "nothing imported: 3 bad rows\n");
  CHECK(Json::parse(desk.ok("experiments report --json"))[0]["variants"][0]["impressions"] == 0);
  auto header = desk.cli("experiments import " + q(desk.file("h.csv", "sku,impressions,clicks,conversions\n")));
  CHECK(header.exitCode == 2);
  CHECK_THAT(header.err, Contains("h.csv:1: no draft_id column, nor sku and variant columns"));
  auto missing = desk.cli("experiments import " + q((desk.dir / "absent.csv").string()));
  CHECK(missing.exitCode == 2);
  CHECK_THAT(missing.err, Contains("absent.csv"));
}
