// copydesk-cli backup while copydesk-cli generate is writing drafts (issue 12): the copy is one
// consistent moment of the store — SQLite's integrity check passes, every stored generation has
// its draft and every draft its generation, and it holds no fewer drafts than there were before
// the backup began and no more than the batch made in the end.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include <catch2/catch.hpp>

#include "tests/batch/batch_fixture.h"

extern char** environ;

using namespace copydesk;
using namespace copydesk::test;


TEST_CASE("backup during a running batch: a consistent copy with counts between before and after") {
  constexpr int kProducts = 40;
  FakeServerProcess server({"--stream-ms", "300", "--chunks", "4"});
  BatchFixture fixture(kProducts);
  BatchFixture::profile(server);  // sets the key variable the child inherits
  const auto path = fixture.dbPath();
  const std::string cli = (binDir() / "copydesk-cli").string();
  const pid_t batch = spawnQuiet({cli, "--db", path.string(), "generate", "--template", "desc", "--products", "all",
                             "--provider", "openai", "--base-url", server.openAiBaseUrl(), "--model", "fake-small",
                             "--api-key-env", kBatchKeyEnv, "--max-tokens", "200", "--concurrency", "3"});

  // Wait (with a deadline, no fixed sleep) until the batch has written some drafts.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  std::int64_t before = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    before = countRows(path, "SELECT count(*) FROM drafts");
    if (before >= 4) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  REQUIRE(before >= 4);
  const auto copy = fixture.dir() / "backup.db";
  const auto backup = runCommand(shellQuote(cli) + " --db " + shellQuote(path.string()) + " backup " +
                                 shellQuote(copy.string()));
  int status = 0;
  const bool stillRunning = waitpid(batch, &status, WNOHANG) == 0;
  INFO("the batch was still running when the backup finished: " << stillRunning);
  INFO(backup.err);
  REQUIRE(backup.exitCode == 0);

  if (stillRunning) waitpid(batch, &status, 0);
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  const std::int64_t after = countRows(path, "SELECT count(*) FROM drafts");
  CHECK(after == kProducts);

  CHECK(firstValue(copy, "PRAGMA integrity_check") == "ok");
  const std::int64_t copied = countRows(copy, "SELECT count(*) FROM drafts");
  INFO("drafts: " << before << " before the backup, " << copied << " in the copy, " << after << " in the end");
  CHECK(copied >= before);
  CHECK(copied <= after);
  CHECK(countRows(copy, "SELECT count(*) FROM products") == kProducts);
  // Each generation's draft and each draft's generation: no half-written slot.
  CHECK(countRows(copy, "SELECT count(*) FROM generations g WHERE g.outcome = 'ok' AND NOT EXISTS "
                    "(SELECT 1 FROM drafts d WHERE d.generation_id = g.id)") == 0);
  CHECK(countRows(copy, "SELECT count(*) FROM drafts d WHERE d.generation_id IS NOT NULL AND NOT EXISTS "
                    "(SELECT 1 FROM generations g WHERE g.id = d.generation_id)") == 0);
  CHECK(countRows(copy, "SELECT count(*) FROM generations WHERE outcome = 'ok'") == copied);
  CHECK(countRows(copy, "SELECT count(*) FROM batches") == 1);
  // The copy's search indexes are whole too.
  auto conn = Database::open(copy);
  REQUIRE(conn.ok());
  CHECK((*conn)->exec("INSERT INTO products_fts(products_fts) VALUES ('integrity-check');"
                      "INSERT INTO drafts_fts(drafts_fts) VALUES ('integrity-check')"));
}
