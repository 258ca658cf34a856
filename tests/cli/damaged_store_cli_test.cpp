// Damaged stores through copydesk-cli (issue 12): a corrupt, truncated, read-only or locked database,
// a full disk (RLIMIT_FSIZE) during import and export. Each time: a message naming the file and the
// cause, exit code 1, nothing written half, and the original file byte for byte as it was.
#include <fcntl.h>
#include <grp.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <optional>

#include <catch2/catch.hpp>

#include "core/review/review_service.h"
#include "core/store/database.h"
#include "core/store/draft_store.h"
#include "core/store/product_store.h"
#include "tests/support/test_paths.h"

using namespace copydesk;
using Catch::Matchers::Contains;

namespace {

constexpr uid_t kNobody = 65534;

struct Child {
  std::optional<rlim_t> fileSizeLimit;  // RLIMIT_FSIZE, set in the child before exec
  std::optional<uid_t> user;            // run as this user (root runs the read-only cases as nobody)
};

// copydesk-cli with ARGS in a child process of our own, so that its limits are set with setrlimit.
test::CommandResult cli(const test::TempDir& dir, const std::vector<std::string>& args, const Child& how = {}) {
  std::vector<std::string> all = {(test::binDir() / "copydesk-cli").string(), "--db", (dir / "c.db").string()};
  all.insert(all.end(), args.begin(), args.end());
  const test::TempDir io;
  const std::string out = (io / "out").string(), err = (io / "err").string();
  if (how.user) {
    chmod(io.path().c_str(), 0777);
  }
  const pid_t pid = fork();
  if (pid == 0) {
    const int o = open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0666);
    const int e = open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0666);
    dup2(o, STDOUT_FILENO);
    dup2(e, STDERR_FILENO);
    if (how.fileSizeLimit) {
      const rlimit limit{*how.fileSizeLimit, *how.fileSizeLimit};
      if (setrlimit(RLIMIT_FSIZE, &limit) != 0) _exit(120);
    }
    if (how.user && (setgroups(0, nullptr) != 0 || setgid(*how.user) != 0 || setuid(*how.user) != 0)) _exit(121);
    std::vector<char*> argv;
    for (auto& a : all) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(122);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  test::CommandResult result;
  result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = test::readFile(io / "out");
  result.err = test::readFile(io / "err");
  return result;
}

// products S-1 … S-count with descriptions of `descriptionBytes` bytes.
std::filesystem::path writeCatalog(const test::TempDir& dir, const std::string& name, int count,
                                   std::size_t descriptionBytes = 40) {
  std::string csv = "sku,title,description\n";
  for (int i = 1; i <= count; ++i) {
    csv += "S-" + std::to_string(i) + ",Bamboo board " + std::to_string(i) + "," +
           std::string(descriptionBytes, static_cast<char>('a' + i % 26)) + "\n";
  }
  test::writeFile(dir / name, csv);
  return dir / name;
}

std::int64_t productCount(const test::TempDir& dir) {
  auto db = Database::open(dir / "c.db");
  REQUIRE(db);
  auto stmt = (*db)->prepare("SELECT count(*) FROM products");
  REQUIRE(stmt);
  REQUIRE(stmt->step());
  return stmt->integer(0);
}

// A real store made by the CLI, closed (its WAL folded back into the file).
void makeStore(const test::TempDir& dir, int products = 300) {
  const auto csv = writeCatalog(dir, "first.csv", products, 300);
  const auto made = cli(dir, {"import", csv.string()});
  INFO(made.err);
  REQUIRE(made.exitCode == 0);
}

void requireRefused(const test::CommandResult& run, const test::TempDir& dir, const std::string& cause) {
  INFO(run.err);
  CHECK(run.exitCode == 1);
  CHECK_THAT(run.err, Contains((dir / "c.db").string()));
  CHECK_THAT(run.err, Contains(cause));
}

bool leftovers(const test::TempDir& dir, const std::string& marker) {
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    if (entry.path().filename().string().find(marker) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("damaged store: a file that is not a database is named, refused and left as it was") {
  test::TempDir dir;
  test::writeFile(dir / "c.db", "sku,title\nTEA-1,Tea\n" + std::string(300, 'x'));
  const std::string before = test::readFile(dir / "c.db");
  const auto csv = writeCatalog(dir, "more.csv", 5);
  requireRefused(cli(dir, {"import", csv.string()}), dir, "not a database");
  requireRefused(cli(dir, {"products"}), dir, "not a database");
  CHECK(test::readFile(dir / "c.db") == before);
  CHECK_FALSE(std::filesystem::exists(dir / "c.db-wal"));
}

TEST_CASE("damaged store: a truncated file says so, with its size, and is not written to") {
  test::TempDir dir;
  makeStore(dir);
  const auto size = std::filesystem::file_size(dir / "c.db");
  std::filesystem::resize_file(dir / "c.db", size / 2);
  const std::string before = test::readFile(dir / "c.db");
  const auto csv = writeCatalog(dir, "more.csv", 5);
  requireRefused(cli(dir, {"import", csv.string()}), dir, "truncated (" + std::to_string(size / 2) + " bytes of");
  CHECK(test::readFile(dir / "c.db") == before);
}

TEST_CASE("damaged store: damage inside the file is reported as damage; nothing is changed") {
  test::TempDir dir;
  makeStore(dir);
  {
    std::string bytes = test::readFile(dir / "c.db");
    for (std::size_t i = 16384; i < bytes.size(); ++i) bytes[i] = static_cast<char>(0x5A ^ (i % 251));
    test::writeFile(dir / "c.db", bytes);
  }
  const std::string before = test::readFile(dir / "c.db");
  const auto csv = writeCatalog(dir, "more.csv", 5);
  requireRefused(cli(dir, {"import", csv.string()}), dir, "damaged");
  requireRefused(cli(dir, {"export", "--format", "generic", "--out", (dir / "out.csv").string()}), dir, "damaged");
  CHECK(test::readFile(dir / "c.db") == before);
  CHECK_FALSE(std::filesystem::exists(dir / "out.csv"));
}

TEST_CASE("damaged store: a read-only file or folder is refused before anything is tried") {
  test::TempDir dir;
  makeStore(dir, 20);
  chmod(dir.path().c_str(), 0755);
  chmod((dir / "c.db").c_str(), 0444);
  const std::string before = test::readFile(dir / "c.db");
  // root writes through any permission: the case is run as nobody then.
  const Child how{std::nullopt, geteuid() == 0 ? std::optional<uid_t>(kNobody) : std::nullopt};
  const auto csv = writeCatalog(dir, "more.csv", 5);
  chmod(csv.c_str(), 0644);
  requireRefused(cli(dir, {"import", csv.string()}, how), dir, "read-only");
  CHECK(test::readFile(dir / "c.db") == before);
  CHECK(productCount(dir) == 20);

  if (geteuid() == 0) {
    // The file is the user's to write, the folder is not: SQLite could not create c.db-wal.
    chown((dir / "c.db").c_str(), kNobody, kNobody);
    chmod((dir / "c.db").c_str(), 0644);
    requireRefused(cli(dir, {"import", csv.string()}, how), dir, "folder holding the database is read-only");
    CHECK(test::readFile(dir / "c.db") == before);
  }
}

TEST_CASE("damaged store: a database another program keeps locked is waited for, then named") {
  test::TempDir dir;
  makeStore(dir, 20);
  // Another program in the middle of a write transaction that it does not finish.
  sqlite3* other = nullptr;
  REQUIRE(sqlite3_open((dir / "c.db").c_str(), &other) == SQLITE_OK);
  REQUIRE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
  const auto csv = writeCatalog(dir, "more.csv", 5);
  const auto run = cli(dir, {"--lock-wait", "0.3", "import", csv.string()});
  requireRefused(run, dir, "another program holds a lock on the database");
  sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(other);
  CHECK(productCount(dir) == 20);
  // Once it lets go, the same command works.
  CHECK(cli(dir, {"--lock-wait", "0.3", "import", csv.string()}).exitCode == 0);
}

TEST_CASE("full disk during import: the whole import is rolled back, the store file unchanged") {
  test::TempDir dir;
  makeStore(dir, 20);
  const std::string before = test::readFile(dir / "c.db");
  const auto big = writeCatalog(dir, "big.csv", 4000, 700);  // about 3 MB more than the store holds
  // The limit leaves room for everything but the import's own pages (in c.db-wal).
  const rlim_t limit = before.size() + 128 * 1024;
  const auto run = cli(dir, {"import", big.string()}, Child{limit, std::nullopt});
  requireRefused(run, dir, "the disk is full (or a file size limit was reached)");
  CHECK(productCount(dir) == 20);
  CHECK(test::readFile(dir / "c.db") == before);
  CHECK(test::readFile(big) == test::readFile(dir / "big.csv"));  // the catalog file is only read
}

TEST_CASE("full disk during export: the old file stays, no half file under any name, nothing recorded") {
  test::TempDir dir;
  {
    auto db = Database::open(dir / "c.db");
    REQUIRE(db);
    ReviewService reviews(**db);
    for (int i = 1; i <= 200; ++i) {
      Product p;
      p.sku = "S-" + std::to_string(i);
      p.title = "Board " + std::to_string(i);
      const auto id = ProductStore(**db).upsert(p).value().id;
      const auto draft = DraftStore(**db).create({.productId = id, .field = "description",
                                                  .text = std::string(700, 'd'), .author = "w"}).value().id;
      REQUIRE(reviews.submit(draft, "w"));
      REQUIRE(reviews.approve(draft, "", "rita"));
    }
  }
  REQUIRE(cli(dir, {"products"}).exitCode == 0);  // the default templates in, as any CLI run before would
  test::writeFile(dir / "shop.csv", "the export from last week\n");
  const std::string store = test::readFile(dir / "c.db");
  const rlim_t limit = 48 * 1024;  // the export is about 150 KB; the store file itself is only read
  const auto run = cli(dir, {"export", "--format", "generic", "--out", (dir / "shop.csv").string()}, Child{limit, std::nullopt});
  INFO(run.err);
  CHECK(run.exitCode == 1);
  CHECK_THAT(run.err, Contains((dir / "shop.csv").string()));
  CHECK_THAT(run.err, Contains("File too large"));
  CHECK(test::readFile(dir / "shop.csv") == "the export from last week\n");
  CHECK_FALSE(leftovers(dir, ".tmp-"));
  CHECK(test::readFile(dir / "c.db") == store);
  auto db = Database::open(dir / "c.db");
  REQUIRE(db);
  auto exports = (*db)->prepare("SELECT count(*) FROM exports");
  REQUIRE(exports);
  REQUIRE(exports->step());
  CHECK(exports->integer(0) == 0);
  // With room, the same export goes through and replaces the file.
  CHECK(cli(dir, {"export", "--format", "generic", "--out", (dir / "shop.csv").string()}).exitCode == 0);
  CHECK(test::readFile(dir / "shop.csv").size() > 140000);
}
