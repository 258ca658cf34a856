// copydesk-cli check and review --approve/--override: the contract outside scripts rely on.
#include <catch2/catch.hpp>

#include "core/common/json.h"
#include "core/review/review_service.h"
#include "core/store/audit_store.h"
#include "core/store/database.h"
#include "core/store/draft_store.h"
#include "core/store/product_store.h"
#include "tests/support/test_paths.h"

using namespace copydesk;

namespace {

// A store and an empty checks folder of the user's, so only the shipped rule sets apply.
struct CheckCli {
  test::TempDir dir;
  std::filesystem::path rules = dir / "rules";

  CheckCli() { std::filesystem::create_directories(rules); }

  test::CommandResult run(const std::string& args) const {
    return test::runCommand("COPYDESK_CHECKS_DIR=" + test::shellQuote(rules.string()) + " " +
                            test::shellQuote((test::binDir() / "copydesk-cli").string()) + " --db " +
                            test::shellQuote((dir / "c.db").string()) + " " + args);
  }
  std::string textFile(const std::string& name, const std::string& text) const {
    test::writeFile(dir / name, text);
    return test::shellQuote((dir / name).string());
  }
  std::unique_ptr<Database> db() const { return std::move(Database::open(dir / "c.db")).value(); }

  std::int64_t submittedDraft(const std::string& sku, const std::string& text) const {
    auto store = db();
    Product p;
    p.sku = sku;
    p.title = "西湖龙井 250g";
    p.brand = "Hangzhou Tea";
    const std::int64_t product = ProductStore(*store).upsert(p).value().id;
    const std::int64_t id =
        DraftStore(*store).create({.productId = product, .field = "description", .text = text, .author = "w"})->id;
    REQUIRE(ReviewService(*store).submit(id, "w"));
    return id;
  }
};

Json parse(const std::string& out) {
  Json json = Json::parse(out, nullptr, false);
  REQUIRE_FALSE(json.is_discarded());
  return json;
}

bool hasRule(const Json& findings, const std::string& rule) {
  for (const Json& f : findings)
    if (f["rule"] == rule) return true;
  return false;
}

}  // namespace

TEST_CASE("check --text-file --json reports an absolute claim with its span in code points, exit 4") {
  CheckCli cli;
  // "品质：" is 3 code points (9 bytes) before the claim.
  auto r = cli.run("check --text-file " + cli.textFile("t.txt", "品质：全网第一，欢迎选购。") + " --json");
  CHECK(r.exitCode == 4);
  Json json = parse(r.out);
  REQUIRE(json["findings"].is_array());
  const Json* claim = nullptr;
  for (const Json& f : json["findings"])
    if (f["rule"] == "cn-ad-law.absolute") claim = &f;
  REQUIRE(claim);
  CHECK((*claim)["severity"] == "error");
  CHECK((*claim)["start"] == 3);
  CHECK((*claim)["length"] == 4);
  CHECK((*claim)["message"].get<std::string>().find("全网第一") != std::string::npos);
}

TEST_CASE("check of clean copy finds no error and exits 0") {
  CheckCli cli;
  auto r = cli.run("check --text-file " + cli.textFile("t.txt", "明前龙井，豆香清雅，适合日常冲泡。") + " --json");
  CHECK(r.exitCode == 0);
  Json json = parse(r.out);  // named: a range-for over a member of a temporary reads freed memory
  REQUIRE(json["findings"].is_array());
  for (const Json& f : json["findings"]) CHECK(f["severity"] != "error");
}

TEST_CASE("check --channel measures the channel's way: Amazon titles in characters, Taobao in CJK width") {
  CheckCli cli;
  const std::string longTitle(201, 'a');
  auto amazon = cli.run("check --text-file " + cli.textFile("a.txt", longTitle) + " --channel amazon-title --json");
  CHECK(amazon.exitCode == 4);
  CHECK(hasRule(parse(amazon.out)["findings"], "channel-limits.length"));
  auto fits = cli.run("check --text-file " + cli.textFile("b.txt", std::string(200, 'a')) +
                      " --channel amazon-title --json");
  CHECK_FALSE(hasRule(parse(fits.out)["findings"], "channel-limits.length"));

  std::string thirtyOne;
  for (int i = 0; i < 31; ++i) thirtyOne += "茶";  // 62 wide: over Taobao's 60
  auto taobao = cli.run("check --text-file " + cli.textFile("c.txt", thirtyOne) + " --channel taobao-title --json");
  CHECK(taobao.exitCode == 4);
  CHECK(hasRule(parse(taobao.out)["findings"], "channel-limits.length"));
}

TEST_CASE("check refuses bad input with exit 2: a missing file, an unknown channel, draft or SKU") {
  CheckCli cli;
  CHECK(cli.run("check --text-file " + test::shellQuote((cli.dir / "missing.txt").string())).exitCode == 2);
  auto channel = cli.run("check --text-file " + cli.textFile("t.txt", "tea") + " --channel ebay-title");
  CHECK(channel.exitCode == 2);
  CHECK(channel.err.find("amazon-title") != std::string::npos);  // says which channels there are
  CHECK(cli.run("check 999").exitCode == 2);
  CHECK(cli.run("check --text-file " + cli.textFile("u.txt", "tea") + " --product NO-SUCH").exitCode == 2);
  CHECK(cli.run("check").exitCode == 2);
}

TEST_CASE("a broken rule file of the user's is named with its line, exit 2") {
  CheckCli cli;
  test::writeFile(cli.rules / "cn-ad-law.toml", "[set]\nid = \"cn-ad-law\"\nname_en = \"x\n");
  auto r = cli.run("check --text-file " + cli.textFile("t.txt", "tea"));
  CHECK(r.exitCode == 2);
  CHECK(r.err.find("cn-ad-law.toml:3") != std::string::npos);
}

TEST_CASE("check DRAFT_ID and check --all read the stored drafts; --all names each finding's draft") {
  CheckCli cli;
  const std::int64_t bad = cli.submittedDraft("T-1", "全网第一的龙井");
  const std::int64_t good = cli.submittedDraft("T-2", "清香的龙井，适合日常冲泡。");
  CHECK(cli.run("check " + std::to_string(bad)).exitCode == 4);
  CHECK(cli.run("check " + std::to_string(good)).exitCode == 0);
  auto all = cli.run("check --all --json");
  CHECK(all.exitCode == 4);
  Json json = parse(all.out);
  bool named = false;
  for (const Json& f : json["findings"])
    if (f["rule"] == "cn-ad-law.absolute") named = f["draft"] == bad;
  CHECK(named);
  auto store = cli.db();
  auto stmt = store->prepare("SELECT count(*) FROM draft_checks");
  REQUIRE(stmt);
  REQUIRE(stmt->step());
  CHECK(stmt->integer(0) == 2);  // the review queue's verdicts, stored on the way
}

TEST_CASE("review --approve is refused with exit 4 for error findings; --override approves and is audited") {
  CheckCli cli;
  const std::int64_t id = cli.submittedDraft("T-1", "全网第一的龙井");
  auto refused = cli.run("review " + std::to_string(id) + " --approve --reviewer Lin");
  CHECK(refused.exitCode == 4);
  CHECK(refused.err.find("cn-ad-law.absolute") != std::string::npos);
  CHECK((*DraftStore(*cli.db()).get(id).value()).status == DraftStatus::Submitted);

  auto approved = cli.run("review " + std::to_string(id) + " --approve --reviewer Lin --override \"legal cleared it\"");
  CHECK(approved.exitCode == 0);
  CHECK((*DraftStore(*cli.db()).get(id).value()).status == DraftStatus::Approved);
  auto store = cli.db();
  auto entries = AuditStore(*store).list({.entity = "draft", .entityId = id});
  REQUIRE(entries);
  CHECK(entries->back().detail.value("override_reason", "") == "legal cleared it");

  const std::int64_t clean = cli.submittedDraft("T-2", "清香的龙井，适合日常冲泡。");
  CHECK(cli.run("review " + std::to_string(clean) + " --approve --reviewer Lin").exitCode == 0);
}
