#include "tests/support/test_store.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <stdexcept>
#include <string_view>

#include "tests/support/postgres_test_server.h"

namespace copydesk::test {

TestBackend testBackend() {
  const char* value = std::getenv("COPYDESK_TEST_BACKEND");
  const std::string_view name = value ? value : "";
  if (name.empty() || name == "sqlite") return TestBackend::Sqlite;
  if (name == "postgres") return TestBackend::Postgres;
  throw std::runtime_error("COPYDESK_TEST_BACKEND is '" + std::string(name) + "'; expected postgres or sqlite");
}

const char* testBackendName() { return testBackend() == TestBackend::Postgres ? "postgres" : "sqlite"; }

TestStore::TestStore(const std::string& fileName) {
  if (testBackend() == TestBackend::Postgres) {
    m_database.emplace(createTestDatabase());
    m_source = m_database->connectionString();
  } else {
    m_source = m_dir / fileName;
  }
}

Result<std::unique_ptr<Database>> TestStore::open(const Database::Options& options) const {
  return Database::open(m_source, options);
}

std::unique_ptr<Database> TestStore::openOrFail(const Database::Options& options) const {
  auto db = open(options);
  if (!db) FAIL("opening the " << testBackendName() << " test store: " << db.error().describe());
  return std::move(*db);
}

}  // namespace copydesk::test
