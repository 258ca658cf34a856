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

namespace {

std::int64_t count(const std::filesystem::path& db, const std::string& sql) {
  auto conn = Database::open(db);
  REQUIRE(conn.ok());
  auto stmt = (*conn)->prepare(sql);
  REQUIRE(stmt.ok());
  REQUIRE(stmt->step());
  return stmt->integer(0);
}

std::string single(const std::filesystem::path& db, const std::string& sql) {
  auto conn = Database::open(db);
  REQUIRE(conn.ok());
  auto stmt = (*conn)->prepare(sql);
  REQUIRE(stmt.ok());
  REQUIRE(stmt->step());
  return stmt->text(0);
}

pid_t spawn(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid = -1;
  const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  REQUIRE(rc == 0);
  return pid;
}

}  // namespace

TEST_CASE("backup during a running batch: a consistent copy with counts between before and after") {
  constexpr int kProducts = 40;
  FakeServerProcess server({"--stream-ms", "300", "--chunks", "4"});
  BatchFixture fixture(kProducts);
  BatchFixture::profile(server);  // sets the key variable the child inherits
  const auto path = fixture.dbPath();
  const std::string cli = (binDir() / "copydesk-cli").string();
  const pid_t batch = spawn({cli, "--db", path.string(), "generate", "--template", "desc", "--products", "all",
                             "--provider", "openai", "--base-url", server.openAiBaseUrl(), "--model", "fake-small",
                             "--api-key-env", kBatchKeyEnv, "--max-tokens", "200", "--concurrency", "3"});

  // Wait (with a deadline, no fixed sleep) until the batch has written some drafts.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  std::int64_t before = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    before = count(path, "SELECT count(*) FROM drafts");
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
  const std::int64_t after = count(path, "SELECT count(*) FROM drafts");
  CHECK(after == kProducts);

  CHECK(single(copy, "PRAGMA integrity_check") == "ok");
  const std::int64_t copied = count(copy, "SELECT count(*) FROM drafts");
  INFO("drafts: " << before << " before the backup, " << copied << " in the copy, " << after << " in the end");
  CHECK(copied >= before);
  CHECK(copied <= after);
  CHECK(count(copy, "SELECT count(*) FROM products") == kProducts);
  // Each generation's draft and each draft's generation: no half-written slot.
  CHECK(count(copy, "SELECT count(*) FROM generations g WHERE g.outcome = 'ok' AND NOT EXISTS "
                    "(SELECT 1 FROM drafts d WHERE d.generation_id = g.id)") == 0);
  CHECK(count(copy, "SELECT count(*) FROM drafts d WHERE d.generation_id IS NOT NULL AND NOT EXISTS "
                    "(SELECT 1 FROM generations g WHERE g.id = d.generation_id)") == 0);
  CHECK(count(copy, "SELECT count(*) FROM generations WHERE outcome = 'ok'") == copied);
  CHECK(count(copy, "SELECT count(*) FROM batches") == 1);
  // The copy's search indexes are whole too.
  auto conn = Database::open(copy);
  REQUIRE(conn.ok());
  CHECK((*conn)->exec("INSERT INTO products_fts(products_fts) VALUES ('integrity-check');"
                      "INSERT INTO drafts_fts(drafts_fts) VALUES ('integrity-check')"));
}
