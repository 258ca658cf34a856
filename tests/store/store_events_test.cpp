// The team store's change notifications (schema v9 triggers, issue 11): a listener on a connection
// of its own hears what another connection changes, misses nothing a committed change notified,
// hears nothing of a rolled-back one, and notices a lost connection and comes back.
#include <catch2/catch.hpp>

#include <poll.h>

#include <chrono>
#include <set>
#include <string>

#include "core/store/database.h"
#include "core/store/draft_store.h"
#include "core/store/postgres/store_events.h"
#include "core/store/product_store.h"
#include "core/store/review_store.h"
#include "tests/support/pg_connection.h"
#include "tests/support/postgres_test_server.h"

using namespace copydesk;
using namespace copydesk::test;

namespace {

using Tables = std::set<std::string>;

// Waits on the listener's socket (never a sleep) until every wanted table was heard or the time is up.
Tables hear(pg::StoreEvents& events, const Tables& wanted, int timeoutMs = 30000) {
  using Clock = std::chrono::steady_clock;
  const auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
  Tables heard;
  const auto done = [&] {
    for (const auto& table : wanted) {
      if (!heard.count(table)) return false;
    }
    return true;
  };
  for (const auto& table : events.drain()) heard.insert(table);
  while (!done() && !events.lost()) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) break;
    pollfd watched{events.socket(), POLLIN, 0};
    (void)::poll(&watched, 1, static_cast<int>(left));
    for (const auto& table : events.drain()) heard.insert(table);
  }
  return heard;
}

// Waits until the listener finds its connection gone.
bool noticesLoss(pg::StoreEvents& events, int timeoutMs = 30000) {
  using Clock = std::chrono::steady_clock;
  const auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
  while (!events.lost()) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) return false;
    pollfd watched{events.socket(), POLLIN, 0};
    (void)::poll(&watched, 1, static_cast<int>(left));
    (void)events.drain();
  }
  return true;
}

struct Store {
  PostgresTestDatabase database = createTestDatabase();
  std::unique_ptr<Database> writer;  // "another studio"

  Store() {
    auto opened = Database::open(database.connectionString());
    REQUIRE(opened.ok());
    writer = std::move(*opened);
  }

  std::unique_ptr<pg::StoreEvents> listen() const {
    auto events = pg::StoreEvents::open(database.connectionString());
    REQUIRE(events.ok());
    REQUIRE_FALSE((*events)->lost());
    REQUIRE((*events)->socket() >= 0);
    return std::move(*events);
  }

  std::int64_t product(const std::string& sku) {
    Product p;
    p.sku = sku;
    p.title = "Tea " + sku;
    REQUIRE(ProductStore(*writer).upsert(p).ok());
    auto found = ProductStore(*writer).findBySku(sku);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    return (*found)->id;
  }

  std::int64_t draft(std::int64_t productId) {
    auto created = DraftStore(*writer).create(
        NewDraft{.productId = productId, .field = "description", .text = "Fresh tea", .author = "anna"});
    REQUIRE(created.ok());
    return created->id;
  }
};

}  // namespace

TEST_CASE("store events: a draft another connection inserts or edits is heard as drafts, once per drain",
          "[postgres]") {
  Store store;
  const std::int64_t productId = store.product("SKU-1");
  auto events = store.listen();

  const std::int64_t draftId = store.draft(productId);
  CHECK(hear(*events, {"drafts"}).count("drafts") == 1);
  CHECK(events->drain().empty());  // handed out once

  REQUIRE(DraftStore(*store.writer).editText(draftId, "Fresher tea", "anna").ok());
  CHECK(hear(*events, {"drafts"}).count("drafts") == 1);
}

TEST_CASE("store events: a review and a product change are heard by their tables", "[postgres]") {
  Store store;
  const std::int64_t draftId = store.draft(store.product("SKU-1"));
  auto events = store.listen();

  Review review;
  review.draftId = draftId;
  review.action = "submit";
  review.fromStatus = "draft";
  review.toStatus = "submitted";
  review.reviewer = "anna";
  review.text = "Fresh tea";
  REQUIRE(ReviewStore(*store.writer).add(review).ok());
  (void)store.product("SKU-2");
  const Tables heard = hear(*events, {"reviews", "products"});
  CHECK(heard.count("reviews") == 1);
  CHECK(heard.count("products") == 1);
}

TEST_CASE("store events: a rolled-back change is not heard, the commit after it is", "[postgres]") {
  Store store;
  const std::int64_t productId = store.product("SKU-1");
  auto events = store.listen();
  {
    Transaction tx(*store.writer);
    REQUIRE(tx.begun().ok());
    (void)store.draft(productId);
  }  // rolled back
  (void)store.product("SKU-2");  // committed after it: notifications arrive in commit order
  const Tables heard = hear(*events, {"products"});
  CHECK(heard.count("products") == 1);
  CHECK(heard.count("drafts") == 0);
}

TEST_CASE("store events: what the caller's own store connection notifies is dropped, others' is heard",
          "[postgres]") {
  Store store;
  const std::int64_t productId = store.product("SKU-1");
  auto events = store.listen();
  auto ownPid = store.writer->prepare("SELECT pg_backend_pid()");
  REQUIRE(ownPid.ok());
  REQUIRE(ownPid->step());
  events->ignoreSender(static_cast<int>(ownPid->integer(0)));

  (void)store.draft(productId);  // the studio's own change
  PgConnection other(store.database.connectionString());
  other.execute("UPDATE products SET title = 'Green tea' WHERE sku = 'SKU-1'");  // someone else's, after it
  const Tables heard = hear(*events, {"products"});
  CHECK(heard.count("products") == 1);
  CHECK(heard.count("drafts") == 0);
}

TEST_CASE("store events: a terminated listener connection is noticed, and reconnect() hears again",
          "[postgres]") {
  Store store;
  const std::int64_t productId = store.product("SKU-1");
  auto events = store.listen();

  // What a server restart does to the listener's session (SQLSTATE 57P01), done to it alone.
  PgConnection admin(store.database.connectionString());
  admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = "
                "'copydesk-listener' AND datname = current_database()");
  REQUIRE(noticesLoss(*events));
  CHECK(events->socket() == -1);
  CHECK(events->drain().empty());

  REQUIRE(events->reconnect().ok());
  CHECK_FALSE(events->lost());
  (void)store.draft(productId);
  CHECK(hear(*events, {"drafts"}).count("drafts") == 1);
}

TEST_CASE("store events: a database that does not exist is store.pg.cannot-connect, its password not shown",
          "[postgres]") {
  const std::string server = PostgresTestServer::instance().connectionString();
  auto events = pg::StoreEvents::open(server + " dbname=copydesk_no_such_database password=hunter2");
  REQUIRE_FALSE(events.ok());
  CHECK(events.error().id == "store.pg.cannot-connect");
  CHECK(events.error().where.find("hunter2") == std::string::npos);
  CHECK(events.error().where.find("copydesk_no_such_database") != std::string::npos);
}
