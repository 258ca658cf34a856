// copydesk-cli review-next: a team's shared review queue from the command line.
#include <catch2/catch.hpp>

#include "core/review/review_service.h"
#include "core/store/database.h"
#include "core/store/draft_store.h"
#include "core/store/product_store.h"
#include "tests/support/test_paths.h"

using namespace copydesk;
using Catch::Matchers::Contains;

namespace {

struct QueueCli {
  test::TempDir dir;

  test::CommandResult run(const std::string& args) const {
    return test::runCommand(test::shellQuote((test::binDir() / "copydesk-cli").string()) + " --db " +
                            test::shellQuote((dir / "q.db").string()) + " " + args);
  }

  std::int64_t submitted(const std::string& sku, const std::string& text) const {
    auto db = std::move(Database::open(dir / "q.db")).value();
    Product p;
    p.sku = sku;
    p.title = "Tea";
    const std::int64_t product = ProductStore(*db).upsert(p).value().id;
    const std::int64_t id = DraftStore(*db).create({.productId = product, .field = "title", .text = text})->id;
    REQUIRE(ReviewService(*db).submit(id, "wendy"));
    return id;
  }
};

}  // namespace

TEST_CASE("review-next gives each reviewer a different draft, the same one again to its holder") {
  QueueCli cli;
  const auto first = cli.submitted("TEA-1", "西湖龙井");
  const auto second = cli.submitted("TEA-2", "碧螺春");

  auto ann = cli.run("review-next --reviewer ann");
  REQUIRE(ann.exitCode == 0);
  CHECK_THAT(ann.out, Contains("draft " + std::to_string(first) + " (TEA-1, title) is yours until"));
  CHECK_THAT(ann.out, Contains("西湖龙井"));
  CHECK_THAT(cli.run("review-next --reviewer ann").out, Contains("draft " + std::to_string(first) + " "));
  auto bob = cli.run("review-next --reviewer bob --hold 5");
  CHECK_THAT(bob.out, Contains("draft " + std::to_string(second) + " (TEA-2, title)"));
  CHECK_THAT(cli.run("review-next --reviewer cid").out, Contains("no submitted draft is waiting"));

  REQUIRE(cli.run("review-next --reviewer bob --release " + std::to_string(second)).exitCode == 0);
  CHECK_THAT(cli.run("review-next --reviewer cid").out, Contains("draft " + std::to_string(second) + " "));
  CHECK(cli.run("review-next --hold 0").exitCode == 2);
}
