// The review queue's load over 100,000 submitted drafts, before and after paging, in one run.
//   review_queue_bench [--drafts N] [--rounds R] [--dir PATH]
// Builds a store of N/4 products with four submitted drafts each (realistic copy, ~400 bytes a
// draft), then alternates, each in a fresh child process so memory figures do not mix:
//   before: what the queue did until paging: every matching draft read whole (DraftStore::list)
//           on the StoreThread, texts dropped, titles joined, all rows kept (the old model's rows)
//   after:  ReviewQueueModel::setFilter until loaded(): the ids and the first page of rows
// and prints per side the median wall time from the call to the rows being in the GUI thread and
// the resident memory the load added (VmRSS after minus before), and the ratio after/before.
#include <QEventLoop>
#include <QGuiApplication>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/store/database.h"
#include "core/store/draft_store.h"
#include "ui/review/review_queue_model.h"
#include "ui/store_thread.h"

namespace fs = std::filesystem;
using namespace copydesk;

namespace {

long residentKiB() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  }
  return -1;
}

bool buildDatabase(Database& db, int drafts) {
  if (!db.exec("BEGIN")) return false;
  auto product = db.prepare("INSERT INTO products (sku, title) VALUES (?, ?)");
  auto draft = db.prepare(
      "INSERT INTO drafts (product_id, field, text, status, author) VALUES (?, ?, ?, 'submitted', 'wendy')");
  if (!product || !draft) return false;
  static const char* fields[] = {"title", "description", "bullets", "seo_title"};
  for (int i = 0; i < drafts / 4; ++i) {
    const std::string n = std::to_string(i);
    product->reset();
    if (!product->bind(1, "sku-" + n).bind(2, "Catalog title " + n).run()) return false;
    const std::int64_t id = db.lastInsertId();
    for (const char* field : fields) {
      const std::string text =
          "<p>Our Longjing " + n + " is pan-fired by hand in small batches, which gives the flat leaves their "
          "chestnut aroma. Brew at 80 °C for two minutes; the leaves stand upright in the glass.</p>"
          "<p>Packed in a nitrogen-flushed tin, 250 g, enough for about 80 cups. 明前龙井，清香回甘。</p>"
          "- Spring harvest\n- Pan-fired by hand\n- Grown in Hangzhou, Zhejiang";
      draft->reset();
      if (!draft->bind(1, id).bind(2, std::string(field)).bind(3, text).run()) return false;
    }
  }
  return static_cast<bool>(db.exec("COMMIT"));
}

// The queue's store job before paging (ui/review/review_queue_row.cpp at 26a20a5^), kept here as
// the baseline.
Result<std::vector<ReviewQueueRow>> loadWholeQueue(Database& db, const DraftQuery& query) {
  auto drafts = DraftStore(db).list(query);
  if (!drafts) return drafts.error();
  std::vector<ReviewQueueRow> rows;
  rows.reserve(drafts->size());
  std::string ids = "[";
  for (Draft& draft : *drafts) {
    if (ids.size() > 1) ids += ',';
    ids += std::to_string(draft.productId);
    draft.text = std::string();
    rows.push_back({std::move(draft), {}});
  }
  ids += ']';
  auto titles = db.prepare("SELECT id, title FROM products WHERE id IN (SELECT value FROM json_each(?1))");
  if (!titles) return titles.error();
  titles->bind(1, ids);
  std::unordered_map<std::int64_t, std::string> byId;
  while (titles->step()) byId.emplace(titles->integer(0), titles->text(1));
  for (ReviewQueueRow& row : rows) {
    if (auto it = byId.find(row.draft.productId); it != byId.end()) row.productTitle = it->second;
  }
  return rows;
}

struct Sample {
  double seconds = -1;
  long addedKiB = -1;
};

// One load in this (child) process; writes "seconds KiB" to the pipe.
void measureInChild(const fs::path& dbPath, bool after, int expected, int out) {
  int argc = 1;
  char name[] = "review_queue_bench";
  char* argv[] = {name, nullptr};
  qputenv("QT_QPA_PLATFORM", "offscreen");
  QGuiApplication app(argc, argv);
  ui::StoreThread store(dbPath);
  store.waitForIdle();
  const long before = residentKiB();
  QEventLoop loop;
  int rows = -1;
  std::vector<ReviewQueueRow> kept;  // the old model's m_rows
  std::unordered_map<std::int64_t, int> rowById;
  ui::ReviewQueueModel model(store);
  const auto t0 = std::chrono::steady_clock::now();
  if (after) {
    QObject::connect(&model, &ui::ReviewQueueModel::loaded, &loop, [&](int n) {
      rows = n;
      loop.quit();
    });
    model.setFilter({});
  } else {
    DraftQuery query;
    query.status = DraftStatus::Submitted;
    store.run(&loop, [query](Database& db) { return loadWholeQueue(db, query); },
              [&](Result<std::vector<ReviewQueueRow>> result) {
                if (result) {
                  kept = std::move(*result);
                  for (int i = 0; i < static_cast<int>(kept.size()); ++i) rowById[kept[static_cast<size_t>(i)].draft.id] = i;
                  rows = static_cast<int>(kept.size());
                }
                loop.quit();
              });
  }
  loop.exec();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  const long added = residentKiB() - before;
  if (rows != expected) {
    std::cerr << (after ? "after" : "before") << ": " << rows << " rows, expected " << expected << '\n';
    _exit(1);
  }
  char line[64];
  const int n = std::snprintf(line, sizeof line, "%.6f %ld\n", seconds, added);
  if (write(out, line, static_cast<size_t>(n)) != n) _exit(1);
  _exit(0);
}

Sample measure(const fs::path& dbPath, bool after, int expected) {
  int fds[2];
  if (pipe(fds) != 0) return {};
  const pid_t child = fork();
  if (child == 0) {
    close(fds[0]);
    measureInChild(dbPath, after, expected, fds[1]);
  }
  close(fds[1]);
  char buffer[64] = {};
  const ssize_t got = read(fds[0], buffer, sizeof buffer - 1);
  close(fds[0]);
  int status = 0;
  waitpid(child, &status, 0);
  Sample sample;
  if (got <= 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) return sample;
  std::sscanf(buffer, "%lf %ld", &sample.seconds, &sample.addedKiB);
  return sample;
}

template <class T>
T median(std::vector<T> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  int drafts = 100000;
  int rounds = 3;
  fs::path dir = fs::temp_directory_path() / "copydesk-review-queue-bench";
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--drafts") drafts = std::stoi(argv[i + 1]);
    else if (flag == "--rounds") rounds = std::stoi(argv[i + 1]);
    else if (flag == "--dir") dir = argv[i + 1];
  }
  drafts -= drafts % 4;
  fs::remove_all(dir);
  fs::create_directories(dir);
  const fs::path dbPath = dir / "queue.db";
  {
    auto db = Database::open(dbPath);
    if (!db || !buildDatabase(**db, drafts)) {
      std::cerr << "could not build the database\n";
      return 1;
    }
  }
  std::vector<double> beforeTime, afterTime;
  std::vector<long> beforeMem, afterMem;
  for (int r = 0; r < rounds; ++r) {
    const Sample b = measure(dbPath, false, drafts);
    const Sample a = measure(dbPath, true, drafts);
    if (b.seconds < 0 || a.seconds < 0) {
      std::cerr << "a load failed\n";
      return 1;
    }
    beforeTime.push_back(b.seconds);
    beforeMem.push_back(b.addedKiB);
    afterTime.push_back(a.seconds);
    afterMem.push_back(a.addedKiB);
  }
  const double bt = median(beforeTime), at = median(afterTime);
  const long bm = median(beforeMem), am = median(afterMem);
  std::printf("review queue of %d submitted drafts, median of %d rounds\n", drafts, rounds);
  std::printf("  before (every draft read whole): %8.3f s  %8ld KiB added\n", bt, bm);
  std::printf("  after  (ids + first page):       %8.3f s  %8ld KiB added\n", at, am);
  std::printf("  after/before: time %.3fx, memory %.3fx\n", at / bt, bm > 0 ? static_cast<double>(am) / bm : 0.0);
  fs::remove_all(dir);
  return 0;
}
