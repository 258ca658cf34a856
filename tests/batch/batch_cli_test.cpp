#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <set>
#include <thread>

#include <catch2/catch.hpp>

#include "core/common/json.h"
#include "core/store/batch_store.h"
#include "tests/batch/batch_fixture.h"

extern char** environ;

using namespace copydesk;
using namespace copydesk::test;

namespace {

std::string cli() { return (binDir() / "copydesk-cli").string(); }

std::vector<std::string> generateArgs(const BatchFixture& fixture, const FakeServerProcess& server,
                                      const std::string& templateRef, const std::string& products) {
  return {cli(), "--db", fixture.dbPath().string(), "generate", "--template", templateRef, "--products", products,
          "--provider", "openai", "--base-url", server.openAiBaseUrl(), "--model", "fake-small",
          "--api-key-env", kBatchKeyEnv, "--max-tokens", "200"};
}

std::string joined(const std::vector<std::string>& args) {
  std::string command;
  for (const auto& a : args) command += shellQuote(a) + " ";
  return command;
}

// Product descriptions for a run that must stop at a known point: the products at `stalled`
// (1-based) stall on their first attempt (the server holds the stream silently until it stops), so
// with the run's concurrency filled by them nothing after them can start, let alone finish. Their
// retry (the --resume) is answered normally.
std::vector<std::string> stallingAt(int products, std::set<int> stalled) {
  std::vector<std::string> descriptions(static_cast<std::size_t>(products), "Soft & light, \"relaxed\" fit.");
  for (int i : stalled) descriptions[static_cast<std::size_t>(i - 1)] += " [[fault:stall]]";
  return descriptions;
}

// Polls the child's database (another process: no event to wait for) until `drafts` drafts are in
// and the server holds `held` streams; false after 30 s.
bool waitForStop(const FakeServerProcess& server, const std::filesystem::path& db, std::int64_t drafts, int held) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (std::chrono::steady_clock::now() < deadline) {
    if (countRows(db, "SELECT count(*) FROM drafts") == drafts && server.stat("activeStreams") == held) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return false;
}

}  // namespace

TEST_CASE("Batch CLI: kill -9 midway, then --resume fills every slot once without redoing finished ones") {
  // Products 1-6 finish; 7-9 stall and hold all three places, so the run stands still at 6 drafts.
  FakeServerProcess server({"--stream-ms", "400", "--chunks", "4", "--stall-ms", "600000"});
  BatchFixture fixture(30, stallingAt(30, {7, 8, 9}));
  writeFile(fixture.dir() / "kill.mustache", "Write for {{title}} (SKU {{sku}}), {{description}}");
  auto args = generateArgs(fixture, server, (fixture.dir() / "kill.mustache").string(), "all");
  args.insert(args.end(), {"--concurrency", "3"});
  BatchFixture::profile(server);  // sets the key variable the child inherits

  const pid_t child = spawnQuiet(args);
  const auto path = fixture.dbPath();
  CHECK(waitForStop(server, path, 6, 3));
  REQUIRE(kill(child, SIGKILL) == 0);
  int status = 0;
  waitpid(child, &status, 0);
  REQUIRE(WIFSIGNALED(status));
  const std::int64_t before = countRows(path, "SELECT count(*) FROM drafts");
  INFO("drafts before the kill: " << before);
  REQUIRE(before == 6);
  CHECK(countRows(path, "SELECT count(*) FROM batches WHERE status = 'running'") == 1);

  server.post("/__reset");
  auto resumeArgs = args;
  resumeArgs.push_back("--resume");
  const auto resumed = runCommand(joined(resumeArgs));
  INFO(resumed.err);
  CHECK(resumed.exitCode == 0);
  CHECK(resumed.out == std::to_string(30 - before) + " succeeded, 0 failed\n");
  // Only the missing slots were asked for: the finished ones were not sent again.
  CHECK(server.requestCount("/v1/chat/completions") == 30 - before);
  CHECK(countRows(path, "SELECT count(*) FROM batches") == 1);
  CHECK(countRows(path, "SELECT count(*) FROM batches WHERE status = 'completed'") == 1);
  auto db = Database::open(path);
  REQUIRE(db.ok());
  const auto all = checkDraftsConsistent(**db, 1);
  CHECK(all.size() == 30);
  CHECK(countRows(path, "SELECT count(DISTINCT product_id) FROM drafts") == 30);

  // Resuming a completed batch sends nothing.
  server.post("/__reset");
  const auto again = runCommand(joined(resumeArgs));
  CHECK(again.exitCode == 0);
  CHECK(again.out == "0 succeeded, 0 failed\n");
  CHECK(server.requestCount("/v1/chat/completions") == 0);
}

TEST_CASE("Batch CLI: generate prints its summary and drafts --json has the agreed shape") {
  FakeServerProcess server;
  BatchFixture fixture(3);
  BatchFixture::profile(server);
  auto args = generateArgs(fixture, server, "desc", BatchFixture::sku(1) + "," + BatchFixture::sku(3));
  args.insert(args.end(), {"--variants", "2", "--var", "tone=warm"});
  const auto run = runCommand(joined(args));
  INFO(run.err);
  REQUIRE(run.exitCode == 0);
  CHECK(run.out == "4 succeeded, 0 failed\n");

  const auto listed = runCommand(shellQuote(cli()) + " --db " + shellQuote(fixture.dbPath().string()) + " drafts --json");
  REQUIRE(listed.exitCode == 0);
  const Json drafts = Json::parse(listed.out);
  REQUIRE(drafts.is_array());
  REQUIRE(drafts.size() == 4);
  for (const auto& d : drafts) {
    for (const char* key : {"id", "sku", "field", "template", "variant", "status", "text", "model", "tokens", "cost",
                            "created_at"}) {
      CHECK(d.contains(key));
    }
    CHECK(d["id"].is_number_integer());
    CHECK((d["sku"] == BatchFixture::sku(1) || d["sku"] == BatchFixture::sku(3)));
    CHECK(d["field"] == "description");
    CHECK(d["template"] == "desc");
    CHECK(d["status"] == "draft");
    CHECK(d["model"] == "fake-small");
    CHECK(d["tokens"].is_number_integer());
    CHECK(d["tokens"].get<long long>() > 0);
    CHECK(d["cost"].is_number());
    CHECK(d["text"].get<std::string>().find("(SKU " + d["sku"].get<std::string>() + ")") != std::string::npos);
  }
  const auto one = runCommand(shellQuote(cli()) + " --db " + shellQuote(fixture.dbPath().string()) +
                              " drafts --json --sku " + BatchFixture::sku(3));
  CHECK(Json::parse(one.out).size() == 2);
  const auto text = runCommand(shellQuote(cli()) + " --db " + shellQuote(fixture.dbPath().string()) + " drafts");
  CHECK(text.exitCode == 0);
  CHECK(text.out.find("4 drafts") != std::string::npos);
}

TEST_CASE("Batch CLI: bad input exits 2, failed generations exit 1") {
  FakeServerProcess server;
  BatchFixture fixture(2, {"fine", "never [[fault-always:400]]"});
  BatchFixture::profile(server);
  const auto unknownSku = runCommand(joined(generateArgs(fixture, server, "desc", "NOPE-1")));
  CHECK(unknownSku.exitCode == 2);
  CHECK(unknownSku.err.find("NOPE-1") != std::string::npos);
  const auto unknownTemplate = runCommand(joined(generateArgs(fixture, server, "no-such-template", "all")));
  CHECK(unknownTemplate.exitCode == 2);

  const auto broken = fixture.dir() / "broken.mustache";
  writeFile(broken, "Line one\nDescribe {{#title}} without closing");
  const auto syntax = runCommand(joined(generateArgs(fixture, server, broken.string(), "all")));
  CHECK(syntax.exitCode == 2);
  INFO(syntax.err);
  CHECK(syntax.err.find("broken.mustache:2:") != std::string::npos);
  CHECK(server.requestCount("/v1/chat/completions") == 0);

  const auto partly = runCommand(joined(generateArgs(fixture, server, "desc", "all")));
  CHECK(partly.exitCode == 1);
  CHECK(partly.out == "1 succeeded, 1 failed\n");
  CHECK(partly.err.find("400") != std::string::npos);
}

TEST_CASE("Batch CLI: Ctrl-C stops cleanly, leaves the rest pending, and --resume finishes it") {
  // Products 1-3 finish; 4 and 5 stall and hold both places: Ctrl-C comes with two requests in flight.
  FakeServerProcess server({"--stream-ms", "300", "--chunks", "4", "--stall-ms", "600000"});
  BatchFixture fixture(20, stallingAt(20, {4, 5}));
  BatchFixture::profile(server);
  auto args = generateArgs(fixture, server, "desc", "all");
  args.insert(args.end(), {"--concurrency", "2"});
  const pid_t child = spawnQuiet(args);
  const auto path = fixture.dbPath();
  CHECK(waitForStop(server, path, 3, 2));
  REQUIRE(kill(child, SIGINT) == 0);
  int status = 0;
  waitpid(child, &status, 0);
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 1);
  const auto drafts = countRows(path, "SELECT count(*) FROM drafts");
  CHECK(drafts == 3);
  CHECK(countRows(path, "SELECT count(*) FROM generations WHERE outcome = 'cancelled'") == 2);
  CHECK(countRows(path, "SELECT count(*) FROM batches WHERE status = 'incomplete'") == 1);
  // Requests cut off by the stop are recorded as cancelled, never as drafts.
  CHECK(countRows(path, "SELECT count(*) FROM generations WHERE outcome = 'ok'") == drafts);
  CHECK(countRows(path, "SELECT count(*) FROM generations WHERE outcome = 'failed'") == 0);

  auto resumeArgs = args;
  resumeArgs.push_back("--resume");
  const auto resumed = runCommand(joined(resumeArgs));
  CHECK(resumed.exitCode == 0);
  CHECK(resumed.out == std::to_string(20 - drafts) + " succeeded, 0 failed\n");
  auto db = Database::open(path);
  REQUIRE(db.ok());
  CHECK(checkDraftsConsistent(**db, 1).size() == 20);
}
