// A/B experiments on a team store (issue 13), each person on a connection as their own login role:
// a writer starts an experiment, a reviewer imports the shop's results, the database names who did
// each; a reviewer may not start or end experiments.
#include <catch2/catch.hpp>

#include <fstream>

#include "core/experiments/experiment_lifecycle.h"
#include "core/experiments/experiment_store.h"
#include "core/experiments/results_import.h"
#include "core/store/database.h"
#include "core/store/draft_store.h"
#include "core/store/product_store.h"
#include "core/store/postgres/team_roles.h"
#include "tests/support/pg_connection.h"
#include "tests/support/postgres_test_server.h"
#include "tests/support/test_paths.h"

using namespace copydesk;
using namespace copydesk::test;
using Catch::Matchers::Contains;

namespace {

std::unique_ptr<Database> openAs(const std::string& source) {
  auto db = Database::open(source);
  REQUIRE(db);
  return std::move(*db);
}

}  // namespace

TEST_CASE("team store: writers start experiments, reviewers import results, the roles are recorded", "[postgres]") {
  PostgresTestDatabase database = createTestDatabase();
  const std::string suffix = database.name().substr(database.name().size() - 8);
  const std::string writer = "wen_" + suffix, reviewer = "rita_" + suffix;
  {
    auto owner = openAs(database.connectionString());
    REQUIRE(pg::initTeam(*owner));
    REQUIRE(pg::addTeamUser(*owner, writer, pg::TeamRole::Writer));
    REQUIRE(pg::addTeamUser(*owner, reviewer, pg::TeamRole::Reviewer));
  }
  auto wen = openAs(database.connectionString() + " user=" + writer);
  auto rita = openAs(database.connectionString() + " user=" + reviewer);
  Product tea;
  tea.sku = "TEA-1";
  tea.title = "Longjing";
  const std::int64_t product = ProductStore(*wen).upsert(tea)->id;
  DraftStore drafts(*wen);
  const std::int64_t a = drafts.create({.productId = product, .field = "description", .text = "Spring tea."})->id;
  const std::int64_t b = drafts.create({.productId = product, .field = "description", .text = "A gift of spring."})->id;

  // A reviewer may not start one: the database refuses, nothing is written.
  auto refused = startExperiment(*rita, {a, b}, "rita");
  REQUIRE_FALSE(refused);
  CHECK(refused.error().code == ErrorCode::Database);
  auto started = startExperiment(*wen, {a, b}, "someone else");
  REQUIRE(started);
  CHECK(started->author == writer);  // the connected role, whatever was sent

  TempDir dir;
  const auto file = dir / "shop.csv";
  std::ofstream(file) << "draft_id,impressions,clicks,conversions\n" << a << ",1000,90,30\n" << b << ",1000,95,45\n";
  auto imported = importExperimentResults(*rita, file);
  REQUIRE(imported);
  REQUIRE(imported->ok());
  PgConnection check(database.connectionString());
  CHECK(check.value("SELECT string_agg(DISTINCT author, ',') FROM experiment_results") == reviewer);
  CHECK(check.value("SELECT actor FROM audit WHERE action = 'import-results'") == reviewer);

  // Ending it is a writer's call too.
  CHECK_FALSE(removeExperiment(*rita, started->id));
  REQUIRE(removeExperiment(*wen, started->id));
  CHECK(check.value("SELECT count(*) FROM experiment_results") == "0");
}
