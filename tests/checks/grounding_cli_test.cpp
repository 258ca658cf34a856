// copydesk-cli check --ground: the estimate first, nothing sent without --yes (or a yes at a
// terminal), the model's claims among the findings when it runs.
#include <catch2/catch.hpp>

#include "core/common/json.h"
#include "core/llm/provider_profile_store.h"
#include "core/store/database.h"
#include "core/store/draft_store.h"
#include "core/store/product_store.h"
#include "tests/llm/llm_test_support.h"
#include "tests/support/test_paths.h"

using namespace copydesk;

namespace {

constexpr const char* kChat = "/v1/chat/completions";
const std::string kDraft = "西湖龙井明前特级，采用有机认证茶园鲜叶。每盒250克，适合送礼。";

// A store with one product and its draft, a profile "Fake" pointing at a server that answers the
// grounding prompt (keyed on the draft's words) with one claim.
struct GroundCli {
  test::TempDir dir;
  std::unique_ptr<test::FakeServerProcess> server;
  std::int64_t draftId = 0;

  GroundCli() {
    std::filesystem::create_directories(dir / "rules");
    const Json claims = {{"claims", {{{"quote", "采用有机认证茶园鲜叶"}, {"reason", "资料没有有机认证。"}}}}};
    test::writeFile(dir / "replies.json", Json{{"采用有机认证茶园鲜叶", claims.dump()}}.dump());
    server = std::make_unique<test::FakeServerProcess>(
        std::vector<std::string>{"--replies", (dir / "replies.json").string()});
    auto db = std::move(Database::open(dir / "c.db")).value();
    Product product;
    product.sku = "TEA-LJ-001";
    product.title = "西湖龙井 明前特级";
    product.attributes = Json{{"净含量", "250g"}};
    const std::int64_t productId = ProductStore(*db).upsert(product).value().id;
    draftId = DraftStore(*db).create({.productId = productId, .field = "description", .text = kDraft, .author = "w"})->id;
    REQUIRE(llm::ProviderProfileStore(*db).save(test::fakeProfile(*server)));
  }

  // stdin is never a terminal here, so only --yes may send.
  test::CommandResult run(const std::string& args) const {
    return test::runCommand("COPYDESK_CHECKS_DIR=" + test::shellQuote((dir / "rules").string()) + " " +
                            test::shellQuote((test::binDir() / "copydesk-cli").string()) + " --db " +
                            test::shellQuote((dir / "c.db").string()) + " " + args + " </dev/null");
  }
};

const Json* groundingFinding(const Json& output) {
  for (const Json& f : output["findings"])
    if (f["rule"] == "grounding.unsupported") return &f;
  return nullptr;
}

}  // namespace

TEST_CASE("check --ground without --yes prints the estimate and sends nothing (exit 2)") {
  GroundCli cli;
  const auto result = cli.run("check " + std::to_string(cli.draftId) + " --ground --profile Fake --json");
  CHECK(result.exitCode == 2);
  CHECK(result.err.find("grounding: would ask Fake / fake-small: ~") != std::string::npos);
  CHECK(result.err.find("at most $0.00") != std::string::npos);
  CHECK(result.err.find("add --yes") != std::string::npos);
  CHECK(result.out.empty());
  CHECK(cli.server->requestCount(kChat) == 0);
}

TEST_CASE("check DRAFT_ID --ground --yes adds the model's claim to the findings, with its span and usage") {
  GroundCli cli;
  const auto result = cli.run("check " + std::to_string(cli.draftId) + " --ground --yes --profile Fake --json");
  INFO(result.err);
  REQUIRE((result.exitCode == 0 || result.exitCode == 4));  // 4 when a shipped rule finds an error
  const Json output = Json::parse(result.out, nullptr, false);
  REQUIRE_FALSE(output.is_discarded());
  const Json* finding = groundingFinding(output);
  REQUIRE(finding);
  CHECK((*finding)["severity"] == "warning");
  CHECK((*finding)["start"] == 9);
  CHECK((*finding)["length"] == 10);
  CHECK(result.err.find("grounding: 1 unsupported claim(s)") != std::string::npos);
  CHECK(result.err.find("usage: ") != std::string::npos);
  CHECK(cli.server->requestCount(kChat) == 1);
}

TEST_CASE("check --text-file --product --ground --yes holds the file to that product's facts") {
  GroundCli cli;
  test::writeFile(cli.dir / "draft.txt", kDraft);
  const auto result = cli.run("check --text-file " + test::shellQuote((cli.dir / "draft.txt").string()) +
                              " --product TEA-LJ-001 --ground --yes --profile Fake --json");
  INFO(result.err);
  const Json output = Json::parse(result.out, nullptr, false);
  REQUIRE_FALSE(output.is_discarded());
  CHECK(groundingFinding(output));
  CHECK(cli.server->requestCount(kChat) == 1);
}

TEST_CASE("check --ground refuses --all, a text file without --product, and --yes alone, and send nothing") {
  GroundCli cli;
  CHECK(cli.run("check --all --ground --yes --profile Fake").exitCode == 2);
  test::writeFile(cli.dir / "draft.txt", kDraft);
  CHECK(cli.run("check --text-file " + test::shellQuote((cli.dir / "draft.txt").string()) +
                " --ground --yes --profile Fake").exitCode == 2);
  CHECK(cli.run("check " + std::to_string(cli.draftId) + " --yes").exitCode == 2);
  CHECK(cli.run("check " + std::to_string(cli.draftId) + " --ground --yes --profile NoSuchProfile").exitCode == 2);
  CHECK(cli.server->requestCount(kChat) == 0);
}

TEST_CASE("check --ground --yes with a rejected key fails with exit 1 and the reason, no findings printed") {
  GroundCli cli;
  setenv("COPYDESK_TEST_BAD_KEY", "bad-key", 1);
  auto profile = test::fakeProfile(*cli.server);
  profile.apiKeyEnv = "COPYDESK_TEST_BAD_KEY";
  {
    auto db = std::move(Database::open(cli.dir / "c.db")).value();
    REQUIRE(llm::ProviderProfileStore(*db).save(profile));
  }
  const auto result = cli.run("check " + std::to_string(cli.draftId) + " --ground --yes --profile Fake --json");
  CHECK(result.exitCode == 1);
  CHECK(result.err.find("401") != std::string::npos);
  CHECK(result.out.empty());
}
