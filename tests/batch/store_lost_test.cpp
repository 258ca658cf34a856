// A team store's server killed mid-batch, then resumed (issue 11). Each test starts a PostgreSQL
// server of its own (OwnPostgresServer, never the run's shared one), imports a catalog into a store
// there, runs a batch against the fake LLM server, kills the PostgreSQL server hard while requests
// are in flight, and checks that the batch ends in words, that nothing committed is lost, and that
// --resume after the restart gives every product exactly one draft.
#include <poll.h>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

#include <catch2/catch.hpp>

#include "core/batch/batch_session.h"
#include "core/catalog/catalog_importer.h"
#include "core/store/batch_store.h"
#include "core/store/store_source.h"
#include "tests/batch/batch_fixture.h"
#include "tests/support/own_postgres_server.h"
#include "tests/support/pg_connection.h"
#include "tests/support/pg_connection_string.h"

using namespace copydesk;
using namespace copydesk::batch;
using namespace copydesk::test;
using namespace std::chrono_literals;

namespace {

constexpr int kProducts = 40;
constexpr int kConcurrency = 4;

// A store in a new database of `server`: a generic CSV catalog of kProducts products imported
// through the importer, and the batch fixture's template "desc". Products whose 1-based position is
// in `stalled` stall on their first request (the fake server holds the stream silently), so a run
// stands still with them in flight; a second request (the resume's) is answered.
std::string makeTeamStore(OwnPostgresServer& server, const TempDir& dir, const std::set<int>& stalled = {}) {
  const std::string source = server.createDatabase("copydesk");
  auto db = Database::open(source);
  REQUIRE(db.ok());
  std::string csv = "sku,title,brand,description\n";
  for (int i = 1; i <= kProducts; ++i) {
    csv += BatchFixture::sku(i) + ",Product " + std::to_string(i) + " linen shirt,Acme,Soft and light" +
           (stalled.count(i) ? " [[fault:stall]]" : "") + "\n";
  }
  writeFile(dir / "catalog.csv", csv);
  auto imported = importCatalog(**db, dir / "catalog.csv");
  REQUIRE(imported.ok());
  REQUIRE(imported->products == kProducts);
  BatchFixture::saveTemplate(**db);
  return source;
}

GenerateOptions batchOptions(const FakeServerProcess& llm) {
  GenerateOptions options;
  options.spec.templateRef = "desc";
  options.spec.targets.push_back({BatchFixture::profile(llm), "fake-small"});
  options.spec.maxTokens = 200;
  options.run.concurrency = kConcurrency;
  return options;
}

std::unique_ptr<Database> openStore(const std::string& source) {
  auto db = Database::open(source);
  REQUIRE(db.ok());
  return std::move(*db);
}

// BatchSession::generate on a thread and a connection of its own, as copydesk-cli generate runs it,
// telling the test of every commit. What the thread uses lives as long as the thread: a batch that
// never ends is left behind (detached) for the test to fail instead of hanging.
class BatchThread final {
 public:
  BatchThread(const std::string& source, GenerateOptions options) : m_state(std::make_shared<State>()) {
    m_state->db = openStore(source);
    m_state->session = std::make_unique<BatchSession>(*m_state->db, m_state->client);
    State* state = m_state.get();
    options.run.onCommitted = [state](const CommitNotice& notice) {
      std::lock_guard lock(state->mutex);
      state->committed.push_back(notice);
      state->changed.notify_all();
    };
    m_thread = std::thread([state = m_state, options] {
      auto outcome = state->session->generate(options);
      std::lock_guard lock(state->mutex);
      state->outcome = std::move(outcome);
      state->changed.notify_all();
    });
  }
  ~BatchThread() {
    if (m_thread.joinable()) m_thread.join();
  }
  BatchThread(const BatchThread&) = delete;
  BatchThread& operator=(const BatchThread&) = delete;

  // Waits for the writer to report this many committed drafts; false after the timeout.
  bool waitForDrafts(std::size_t drafts, std::chrono::seconds timeout) {
    std::unique_lock lock(m_state->mutex);
    return m_state->changed.wait_for(lock, timeout, [&] { return draftsLocked() >= drafts; });
  }

  // The drafts the writer reported committed so far (a notice comes only after its commit).
  std::set<std::int64_t> committedDrafts() {
    std::lock_guard lock(m_state->mutex);
    std::set<std::int64_t> ids;
    for (const auto& notice : m_state->committed) {
      if (notice.draftId) ids.insert(*notice.draftId);
    }
    return ids;
  }

  // What generate returned, once it has; nullopt when it has not within the timeout.
  std::optional<Result<GenerateReport>> waitForEnd(std::chrono::seconds timeout) {
    {
      std::unique_lock lock(m_state->mutex);
      if (!m_state->changed.wait_for(lock, timeout, [&] { return m_state->outcome.has_value(); })) {
        m_thread.detach();
        return std::nullopt;
      }
    }
    m_thread.join();
    return std::move(m_state->outcome);
  }

 private:
  struct State {
    llm::LlmClient client{BatchFixture::fastRetries()};
    std::unique_ptr<Database> db;
    std::unique_ptr<BatchSession> session;
    std::mutex mutex;
    std::condition_variable changed;
    std::vector<CommitNotice> committed;
    std::optional<Result<GenerateReport>> outcome;
  };

  std::size_t draftsLocked() const {
    std::size_t drafts = 0;
    for (const auto& notice : m_state->committed) drafts += notice.draftId ? 1 : 0;
    return drafts;
  }

  std::shared_ptr<State> m_state;
  std::thread m_thread;
};

std::set<std::int64_t> draftIds(const std::vector<Draft>& drafts) {
  std::set<std::int64_t> ids;
  for (const auto& d : drafts) ids.insert(d.id);
  return ids;
}

std::set<std::int64_t> productIds(const std::vector<Draft>& drafts) {
  std::set<std::int64_t> ids;
  for (const auto& d : drafts) ids.insert(d.productId);
  return ids;
}

// The store's change notifications (LISTEN copydesk_changes: every commit that touched drafts)
// wake this until `enough()` holds; false when it does not within the timeout.
bool waitForChanges(PgConnection& listener, const std::function<bool()>& enough, std::chrono::seconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  PGconn* connection = listener.get();
  while (!enough()) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return false;
    pollfd socket{PQsocket(connection), POLLIN, 0};
    if (poll(&socket, 1, static_cast<int>(left.count())) < 0) return false;
    if (!PQconsumeInput(connection)) return false;
    while (PGnotify* notice = PQnotifies(connection)) PQfreemem(notice);
  }
  return true;
}

std::string cli() { return (binDir() / "copydesk-cli").string(); }

std::string joined(const std::vector<std::string>& args) {
  std::string command;
  for (const auto& a : args) command += shellQuote(a) + " ";
  return command;
}

}  // namespace

TEST_CASE("Batch on a team store: the server killed with requests in flight ends the batch in words, keeps every "
          "commit, and the resume gives every product one draft") {
  // Products 1-12 are answered (slowly); 13-16 stall and hold the run's four places, so when the
  // server is killed exactly 12 drafts are committed and 4 requests are in flight, for 10 minutes.
  OwnPostgresServer server;
  TempDir dir;
  const std::string source = makeTeamStore(server, dir, {13, 14, 15, 16});
  FakeServerProcess llm({"--stream-ms", "200", "--chunks", "4", "--stall-ms", "600000"});
  auto options = batchOptions(llm);

  BatchThread run(source, options);
  REQUIRE(run.waitForDrafts(12, 60s));
  REQUIRE(llm.waitForStat("activeStreams", kConcurrency));
  const std::set<std::int64_t> committed = run.committedDrafts();
  REQUIRE(committed.size() == 12);
  auto idle = openStore(source);  // a connection that only learns of the kill when it is next used
  server.kill();

  // The first query on it already says the store is gone (libpq itself still calls it connected).
  auto listed = BatchStore(*idle).list();
  REQUIRE_FALSE(listed.ok());
  CHECK(listed.error().id == "store.pg.unreachable");
  CHECK(listed.error().message == "the team store cannot be reached (server closed the connection unexpectedly); "
                                  "nothing typed is lost, it is saved when the server is back (while listing batches)");

  // The store is noticed gone while the streams are still silent: the batch does not wait for them.
  const auto ended = run.waitForEnd(60s);
  REQUIRE(ended.has_value());
  const Result<GenerateReport>& outcome = *ended;
  REQUIRE_FALSE(outcome.ok());
  const Error& error = outcome.error();
  INFO(error.describe());
  // Worded for a batch: the editor's "nothing typed is lost" would promise the wrong thing here.
  CHECK(error.id == "batch.store-unreachable");
  CHECK(error.code == ErrorCode::Database);
  CHECK(error.where == redactedSource(source));  // names the store
  CHECK(error.message.find("the team store cannot be reached") != std::string::npos);
  CHECK(error.message.find("keeps every result saved before it") != std::string::npos);
  CHECK(error.message.find("nothing typed") == std::string::npos);
  CHECK(error.message.find('\n') == std::string::npos);  // not libpq's psql hints
  // Nothing new was started once the store was gone (and the held requests were cancelled: the
  // server would have held them for 10 minutes).
  CHECK(llm.requestCount("/v1/chat/completions") == 16);
  CHECK(run.committedDrafts() == committed);

  server.restart();
  auto db = openStore(source);
  BatchStore batches(*db);
  auto all = batches.list();
  REQUIRE(all.ok());
  REQUIRE(all->size() == 1);
  const std::int64_t batchId = all->front().id;
  CHECK(all->front().status != kBatchCompleted);
  // Every draft the writer said was committed survived the crash, and nothing else was written.
  const auto kept = checkDraftsConsistent(*db, batchId);
  CHECK(draftIds(kept) == committed);

  const auto before = llm.requestCount("/v1/chat/completions");
  options.resume = true;
  llm::LlmClient client(BatchFixture::fastRetries());
  auto resumed = BatchSession(*db, client).generate(options);
  REQUIRE(resumed.ok());
  CHECK(resumed->resumed);
  CHECK(resumed->batchId == batchId);
  CHECK(resumed->alreadyDone == 12);
  CHECK(resumed->summary.succeeded == kProducts - 12);
  CHECK(resumed->summary.failed == 0);
  CHECK(resumed->summary.duplicates == 0);
  CHECK(resumed->status == kBatchCompleted);
  CHECK(llm.requestCount("/v1/chat/completions") - before == kProducts - 12);  // nothing kept is redone

  const auto drafts = checkDraftsConsistent(*db, batchId);  // none twice, none crossed
  CHECK(drafts.size() == static_cast<std::size_t>(kProducts));
  CHECK(productIds(drafts).size() == static_cast<std::size_t>(kProducts));
  const auto ids = draftIds(drafts);
  for (const std::int64_t id : committed) CHECK(ids.count(id) == 1);
  auto finished = batches.get(batchId);
  REQUIRE(finished.ok());
  REQUIRE(finished->has_value());
  CHECK((*finished)->status == kBatchCompleted);
  CHECK_FALSE((*finished)->finishedAt.empty());
}

TEST_CASE("Batch CLI on a team store: the server killed mid-batch exits 1 naming the store, and --resume finishes it") {
  OwnPostgresServer server;
  TempDir dir;
  const std::string source = makeTeamStore(server, dir);
  const std::string uri = toUri(source);
  FakeServerProcess llm({"--stream-ms", "400", "--chunks", "4"});
  BatchFixture::profile(llm);  // sets the key variable the CLI inherits
  const std::vector<std::string> args = {
      cli(), "--db", uri, "generate", "--template", "desc", "--products", "all", "--provider", "openai",
      "--base-url", llm.openAiBaseUrl(), "--model", "fake-small", "--api-key-env", kBatchKeyEnv,
      "--max-tokens", "200", "--concurrency", std::to_string(kConcurrency)};

  PgConnection listener(source);
  listener.execute("LISTEN copydesk_changes");
  CommandResult first;
  std::thread generate([&] { first = runCommand(joined(args)); });
  // Streams of 0.4 s four at a time: the 40 products take some 4 s, and 8 drafts about 1 s.
  const bool someCommitted =
      waitForChanges(listener, [&] { return std::stoll(listener.value("SELECT count(*) FROM drafts")) >= 8; }, 60s);
  server.kill();
  generate.join();
  REQUIRE(someCommitted);
  INFO("first run's stderr:\n" << first.err);
  CHECK(first.exitCode == 1);
  CHECK(first.err.find("the team store cannot be reached") != std::string::npos);
  CHECK(first.err.find("the batch stopped") != std::string::npos);
  CHECK(first.err.find(redactedSource(uri)) != std::string::npos);  // names the store
  CHECK(first.err.find("--resume") != std::string::npos);
  CHECK(llm.requestCount("/v1/chat/completions") < kProducts);  // it stopped sending

  server.restart();
  PgConnection store(source);
  const std::string keptBefore = store.value("SELECT count(*) FROM drafts");
  const auto second = runCommand(joined(args) + " --resume");
  INFO("resume's stderr:\n" << second.err << "keptBefore=" << keptBefore);
  CHECK(second.exitCode == 0);
  CHECK(second.err.find("resuming batch") != std::string::npos);
  CHECK(second.out.find(std::to_string(kProducts - std::stoi(keptBefore)) + " succeeded, 0 failed") != std::string::npos);
  CHECK(store.value("SELECT count(*) FROM batches") == "1");
  CHECK(store.value("SELECT status FROM batches") == kBatchCompleted);
  CHECK(store.value("SELECT count(*) FROM drafts") == std::to_string(kProducts));
  CHECK(store.value("SELECT count(DISTINCT product_id) FROM drafts") == std::to_string(kProducts));
}
