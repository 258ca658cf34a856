#include <catch2/catch.hpp>

#include <atomic>
#include <thread>
#include <vector>

#include "core/store/database.h"
#include "core/store/product_store.h"
#include "tests/support/test_store.h"

using namespace copydesk;

// The studio and a CLI batch write to one file at once: each has its own connection, and
// neither may ever see "database is locked".
TEST_CASE("several connections write to one file at the same time without a lock error") {
  test::TestStore store("shared.db");
  const auto path = store.source();
  REQUIRE(store.open());

  constexpr int kWriters = 4;
  constexpr int kProductsEach = 150;
  std::atomic<int> failures{0};
  std::vector<std::string> messages(kWriters);
  std::vector<std::thread> writers;
  for (int w = 0; w < kWriters; ++w) {
    writers.emplace_back([&, w] {
      auto db = Database::open(path);
      if (!db) {
        ++failures;
        messages[w] = db.error().describe();
        return;
      }
      ProductStore store(**db);
      for (int i = 0; i < kProductsEach; ++i) {
        Transaction tx(**db);
        Product p;
        p.sku = "w" + std::to_string(w) + "-" + std::to_string(i);
        p.title = "Product " + p.sku;
        auto saved = tx.begun() ? store.upsert(p) : Result<UpsertOutcome>(tx.begun().error());
        auto committed = saved ? tx.commit() : Status(saved.error());
        if (!committed) {
          ++failures;
          messages[w] = committed.error().describe();
          return;
        }
      }
    });
  }
  // A reader keeps reading meanwhile, as the studio's product table would.
  std::thread reader([&] {
    auto db = Database::open(path);
    REQUIRE(db);
    ProductStore store(**db);
    for (int i = 0; i < 50; ++i) {
      if (!store.count()) ++failures;
    }
  });
  for (auto& t : writers) t.join();
  reader.join();
  for (const auto& m : messages) INFO(m);
  CHECK(failures == 0);
  auto db = Database::open(path);
  REQUIRE(db);
  CHECK(*ProductStore(**db).count() == kWriters * kProductsEach);
}
