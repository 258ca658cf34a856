// Export speed against `sqlite3 -csv` writing the same rows from the same database, in one run.
//   export_bench [--products N] [--rounds R] [--dir PATH]
// Builds a database of N products with 4 approved fields each (title, description, bullets,
// seo_title: 4N approved fields, 100,000 by default), then alternates our export (generic layout,
// upload mode: a row per product with sku and the four fields; the file written under a temp
// name and renamed, the export recorded with its items, which mark its drafts exported, an audit entry) and
// `sqlite3 -csv -header DB "SELECT <the same pivot>" > file`, R rounds each. Prints the medians
// (wall and CPU) and the ratio ours/sqlite3, for a first export (every draft goes approved →
// exported, derived from the 100,000 export_items written) and for a repeat export (the drafts are
// already exported: the same record and items are written).
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "core/export/exporter.h"
#include "core/store/database.h"
#include "core/store/draft_store.h"

namespace fs = std::filesystem;
using namespace copydesk;

namespace {

struct Timing {
  double wall = -1;
  double cpu = -1;
};

double cpuSeconds(int who) {
  rusage usage{};
  getrusage(who, &usage);
  auto s = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
  return s(usage.ru_utime) + s(usage.ru_stime);
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

constexpr const char* kBaselineSql =
    "SELECT p.sku AS sku, "
    "max(CASE WHEN d.field = 'title' THEN d.text END) AS title, "
    "max(CASE WHEN d.field = 'description' THEN d.text END) AS description, "
    "max(CASE WHEN d.field = 'bullets' THEN d.text END) AS bullets, "
    "max(CASE WHEN d.field = 'seo_title' THEN d.text END) AS seo_title "
    "FROM drafts d JOIN products p ON p.id = d.product_id "
    "WHERE d.status IN ('approved', 'exported') GROUP BY d.product_id ORDER BY d.product_id";

// Realistic copy: a title, a few sentences of description (with commas and quotes, so CSV
// quoting is exercised), five bullets on separate lines and an SEO title.
bool buildDatabase(Database& db, int products) {
  if (!db.exec("BEGIN")) return false;
  auto product = db.prepare("INSERT INTO products (sku, title) VALUES (?, ?)");
  auto draft = db.prepare("INSERT INTO drafts (product_id, field, text, status) VALUES (?, ?, ?, 'approved')");
  if (!product || !draft) return false;
  for (int i = 0; i < products; ++i) {
    const std::string n = std::to_string(i);
    product->reset();
    if (!product->bind(1, "sku-" + n).bind(2, "Catalog title " + n).run()) return false;
    const std::int64_t id = db.lastInsertId();
    const std::string texts[4][2] = {
        {"title", "Hand-picked West Lake Longjing green tea, spring harvest " + n},
        {"description",
         "<p>Our Longjing " + n + " is pan-fired by hand in small batches, which gives the flat leaves their "
         "chestnut aroma. Brew at 80 °C for two minutes; the leaves stand upright in the glass.</p>"
         "<p>Packed in a \"nitrogen-flushed\" tin, 250 g, enough for about 80 cups. 明前龙井，清香回甘。</p>"},
        {"bullets", "- Spring harvest, picked before Qingming\n- Pan-fired by hand\n- 250 g tin, about 80 cups\n"
                    "- Brew at 80 °C for 2 minutes\n- Grown in Hangzhou, Zhejiang"},
        {"seo_title", "Longjing Green Tea " + n + " | Spring Harvest 250 g"}};
    for (const auto& [field, text] : texts) {
      draft->reset();
      if (!draft->bind(1, id).bind(2, field).bind(3, text).run()) return false;
    }
  }
  return static_cast<bool>(db.exec("COMMIT"));
}

std::int64_t countExported(Database& db) {
  auto stmt = db.prepare("SELECT count(*) FROM drafts d WHERE " + std::string(kDraftStatusSql) + " = 'exported'");
  if (!stmt || !stmt->step()) return -1;
  return stmt->integer(0);
}

Timing runOurs(const fs::path& dbPath, const fs::path& out, std::int64_t expectedRows) {
  const double cpu0 = cpuSeconds(RUSAGE_SELF);
  const auto t0 = std::chrono::steady_clock::now();
  auto db = Database::open(dbPath);
  if (!db) return {};
  ExportOptions options;
  options.format = ExportFormat::Generic;
  options.out = out;
  options.author = "bench";
  auto result = Exporter(**db).run(options);
  db->reset();
  const auto t1 = std::chrono::steady_clock::now();
  if (!result || result->rows != expectedRows) {
    std::cerr << "our export failed: " << (result ? "wrong row count" : result.error().describe()) << '\n';
    return {};
  }
  return {std::chrono::duration<double>(t1 - t0).count(), cpuSeconds(RUSAGE_SELF) - cpu0};
}

Timing runSqlite(const fs::path& dbPath, const fs::path& out) {
  const std::string command = "sqlite3 -csv -header '" + dbPath.string() + "' \"" + kBaselineSql + "\" > '" +
                              out.string() + "'";
  const double cpu0 = cpuSeconds(RUSAGE_CHILDREN);
  const auto t0 = std::chrono::steady_clock::now();
  const int rc = std::system(command.c_str());
  const auto t1 = std::chrono::steady_clock::now();
  if (rc != 0) {
    std::cerr << "sqlite3 failed (" << rc << ")\n";
    return {};
  }
  return {std::chrono::duration<double>(t1 - t0).count(), cpuSeconds(RUSAGE_CHILDREN) - cpu0};
}

}  // namespace

int main(int argc, char** argv) {
  int products = 25000;
  int rounds = 3;
  fs::path dir = fs::temp_directory_path() / "copydesk-export-bench";
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string arg = argv[i];
    if (arg == "--products") products = std::atoi(argv[i + 1]);
    else if (arg == "--rounds") rounds = std::atoi(argv[i + 1]);
    else if (arg == "--dir") dir = argv[i + 1];
  }
  fs::remove_all(dir);
  fs::create_directories(dir);
  const fs::path dbPath = dir / "bench.db";
  {
    auto db = Database::open(dbPath);
    if (!db || !buildDatabase(**db, products)) {
      std::cerr << "cannot build the benchmark database\n";
      return 1;
    }
  }
  std::vector<double> oursWall, oursCpu, sqliteWall, sqliteCpu, againWall, againCpu;
  for (int round = 0; round < rounds; ++round) {
    // Every round starts from approved, not yet exported drafts (as a re-approval leaves them: no
    // export after the approval), so each pays for marking them exported.
    {
      auto db = Database::open(dbPath);
      if (!db || !(*db)->exec("UPDATE drafts SET export_floor = (SELECT coalesce(max(id), 0) FROM exports)")) return 1;
      if (countExported(**db) != 0) return 1;
    }
    const Timing ours = runOurs(dbPath, dir / "ours.csv", products);
    {
      auto db = Database::open(dbPath);
      if (!db || countExported(**db) != 4 * products) {
        std::cerr << "the first export did not mark every draft exported\n";
        return 1;
      }
    }
    const Timing base = runSqlite(dbPath, dir / "sqlite3.csv");
    const Timing again = runOurs(dbPath, dir / "ours-again.csv", products);
    if (ours.wall < 0 || base.wall < 0 || again.wall < 0) return 1;
    againWall.push_back(again.wall);
    againCpu.push_back(again.cpu);
    oursWall.push_back(ours.wall);
    oursCpu.push_back(ours.cpu);
    sqliteWall.push_back(base.wall);
    sqliteCpu.push_back(base.cpu);
    std::cout << "round " << round + 1 << ": ours " << ours.wall << " s (cpu " << ours.cpu << "), sqlite3 "
              << base.wall << " s (cpu " << base.cpu << "), ours again " << again.wall << " s (cpu " << again.cpu
              << ")\n";
  }
  const double ow = median(oursWall), sw = median(sqliteWall), oc = median(oursCpu), sc = median(sqliteCpu);
  std::cout << "export of " << products * 4 << " approved fields (" << products << " rows, "
            << fs::file_size(dir / "ours.csv") << " bytes; sqlite3 file " << fs::file_size(dir / "sqlite3.csv")
            << " bytes)\n"
            << "first export   median wall: ours " << ow << " s, sqlite3 -csv " << sw << " s, ratio " << ow / sw
            << "x; cpu: ours " << oc << " s, sqlite3 " << sc << " s, ratio " << oc / sc << "x\n"
            << "repeat export  median wall: ours " << median(againWall) << " s, ratio " << median(againWall) / sw
            << "x; cpu: ours " << median(againCpu) << " s, ratio " << median(againCpu) / sc << "x\n"
            << "target: ratio <= 2x\n";
  return 0;
}
