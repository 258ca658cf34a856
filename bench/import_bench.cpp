// Catalog import speed against sqlite3's own CSV import of the same file, measured in one run.
//   import_bench [--rows N] [--rounds R] [--dir PATH] [--only deferred] [--in-import yes]
//                [--keep yes] [--reuse yes] [--page-size 4096]
// Alternates `sqlite3 fresh.db ".import --csv"` into a plain table and our import as `copydesk-cli
// import` runs it (fresh database, full schema, format detected, the search index left for afterwards),
// R rounds each, then the indexing that follows on its own; prints each round, the medians and the
// ratios ours/sqlite3. --in-import yes also measures the import with the index built inside it;
// --page-size 4096 imports into files made with SQLite's default page size (stores created before
// Copydesk's databases got 16 KiB pages).
#include <sqlite3.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "bench/import_data_generator.h"
#include "core/catalog/catalog_importer.h"
#include "core/store/product_search_index.h"

namespace fs = std::filesystem;
using namespace copydesk;

namespace {

double seconds(std::chrono::steady_clock::duration d) { return std::chrono::duration<double>(d).count(); }

// CPU seconds (user + system) used so far by this process or by its finished children. The machine is
// shared, so wall time includes waiting for a core; CPU time is what the work itself costs.
double cpuSeconds(int who) {
  rusage usage{};
  getrusage(who, &usage);
  auto s = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
  return s(usage.ru_utime) + s(usage.ru_stime);
}

struct Timing {
  double wall = -1;
  double cpu = -1;
};

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

void removeDatabase(const fs::path& db) {
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(db.string() + suffix);
}

// A database file made with SQLite's default 4 KiB pages, as files made before Copydesk chose 16 KiB
// (an existing store keeps its page size). Not timed.
bool makeFileWithDefaultPages(const fs::path& db) {
  sqlite3* raw = nullptr;
  const bool ok = sqlite3_open(db.c_str(), &raw) == SQLITE_OK &&
                  sqlite3_exec(raw, "PRAGMA page_size=4096; CREATE TABLE x (y); DROP TABLE x;", nullptr, nullptr,
                               nullptr) == SQLITE_OK;
  sqlite3_close(raw);
  return ok;
}

int pageSizeForOurs = 0;  // 4096: our database files start with 4 KiB pages (--page-size 4096)

// Returns seconds, or negative values on failure.
Timing runOurs(const fs::path& csv, const fs::path& db, std::int64_t expected, SearchIndexing indexing) {
  removeDatabase(db);
  if (pageSizeForOurs == 4096 && !makeFileWithDefaultPages(db)) return {};
  const double cpuStart = cpuSeconds(RUSAGE_SELF);
  const auto start = std::chrono::steady_clock::now();
  auto database = Database::open(db);
  if (!database) {
    std::cerr << database.error().describe() << '\n';
    return {};
  }
  // The options `copydesk-cli import FILE` uses (app/cli/import_command.cpp): the format detected.
  auto summary = importCatalog(**database, csv, {.searchIndexing = indexing});
  database->reset();
  const auto elapsed = std::chrono::steady_clock::now() - start;
  const double cpu = cpuSeconds(RUSAGE_SELF) - cpuStart;
  if (!summary) {
    std::cerr << summary.error().describe() << '\n';
    return {};
  }
  if (summary->products != expected || summary->format != CatalogFormat::Generic) {
    std::cerr << "imported " << summary->products << " products, expected " << expected << '\n';
    return {};
  }
  return {seconds(elapsed), cpu};
}

// What a deferred import leaves to do afterwards: index the pending products (open and close included).
Timing runIndexPending(const fs::path& db, std::int64_t expected) {
  const double cpuStart = cpuSeconds(RUSAGE_SELF);
  const auto start = std::chrono::steady_clock::now();
  auto database = Database::open(db);
  if (!database) return {};
  ProductSearchIndex index(**database);
  auto pending = index.pending();
  if (!pending || *pending != expected) {
    std::cerr << "expected " << expected << " products waiting for the index\n";
    return {};
  }
  if (auto st = index.indexAll(); !st) {
    std::cerr << st.error().describe() << '\n';
    return {};
  }
  database->reset();
  return {seconds(std::chrono::steady_clock::now() - start), cpuSeconds(RUSAGE_SELF) - cpuStart};
}

std::string quote(const std::string& s) { return "'" + s + "'"; }

Timing runSqlite(const fs::path& csv, const fs::path& db) {
  removeDatabase(db);
  const std::string command =
      "sqlite3 " + quote(db.string()) + " \".import --csv " + csv.string() + " products_raw\"";
  const double cpuStart = cpuSeconds(RUSAGE_CHILDREN);
  const auto start = std::chrono::steady_clock::now();
  const int rc = std::system(command.c_str());
  const auto elapsed = std::chrono::steady_clock::now() - start;
  if (rc != 0) {
    std::cerr << "sqlite3 failed: " << command << '\n';
    return {};
  }
  return {seconds(elapsed), cpuSeconds(RUSAGE_CHILDREN) - cpuStart};
}

}  // namespace

int main(int argc, char** argv) {
  std::int64_t rows = 100000;
  int rounds = 3;
  fs::path dir = fs::temp_directory_path() / "copydesk-import-bench";
  std::string only;      // "deferred": one deferred import and nothing else (for a profiler)
  bool reuse = false;    // use the catalog.csv already in --dir (left there by --keep yes)
  bool keep = false;     // leave catalog.csv in --dir at the end
  bool inImport = false; // also measure the import with the index built inside it (SearchIndexing::InImport)
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string arg = argv[i];
    const std::string value = argv[i + 1];
    if (arg == "--rows") rows = std::stoll(value);
    else if (arg == "--rounds") rounds = std::stoi(value);
    else if (arg == "--dir") dir = value;
    else if (arg == "--only") only = value;
    else if (arg == "--reuse") reuse = value == "yes";
    else if (arg == "--keep") keep = value == "yes";
    else if (arg == "--in-import") inImport = value == "yes";
    else if (arg == "--page-size") pageSizeForOurs = std::stoi(value);
  }
  if (std::system("sqlite3 -version >/dev/null 2>&1") != 0) {
    std::cerr << "import_bench needs the sqlite3 command-line shell (apt-get install sqlite3)\n";
    return 1;
  }
  fs::create_directories(dir);
  const fs::path csv = dir / "catalog.csv";
  if (!reuse || !fs::exists(csv)) bench::writeGenericCatalog(csv, rows);
  if (only == "deferred") {
    const Timing t = runOurs(csv, dir / "ours.db", rows, SearchIndexing::AfterImport);
    std::printf("deferred import: %.3f s (cpu %.3f s)\n", t.wall, t.cpu);
    return t.wall < 0 ? 1 : 0;
  }
  std::cout << "catalog: " << rows << " rows, " << fs::file_size(csv) / 1024 << " KiB (" << csv.string() << ")\n";

  // Per round: sqlite3, our import as `copydesk-cli import` runs it (the search index left for
  // afterwards), then that indexing on its own; optionally the import with the index built inside it.
  std::vector<double> sqliteWall, sqliteCpu, deferWall, deferCpu, indexWall, indexCpu, fullWall, fullCpu;
  for (int round = 0; round < rounds; ++round) {
    const Timing b = runSqlite(csv, dir / "sqlite.db");
    const Timing deferred = runOurs(csv, dir / "ours.db", rows, SearchIndexing::AfterImport);
    const Timing index = deferred.wall < 0 ? Timing{} : runIndexPending(dir / "ours.db", rows);
    const Timing full = inImport ? runOurs(csv, dir / "ours.db", rows, SearchIndexing::InImport) : Timing{0, 0};
    if (full.wall < 0 || b.wall < 0 || deferred.wall < 0 || index.wall < 0) return 1;
    sqliteWall.push_back(b.wall);
    sqliteCpu.push_back(b.cpu);
    deferWall.push_back(deferred.wall);
    deferCpu.push_back(deferred.cpu);
    indexWall.push_back(index.wall);
    indexCpu.push_back(index.cpu);
    fullWall.push_back(full.wall);
    fullCpu.push_back(full.cpu);
    std::printf("round %d: sqlite3 .import %.3f s (cpu %.3f s); copydesk import %.3f s (cpu %.3f s) = %.2fx wall, "
                "%.2fx cpu; indexing afterwards %.3f s (cpu %.3f s)",
                round + 1, b.wall, b.cpu, deferred.wall, deferred.cpu, deferred.wall / b.wall, deferred.cpu / b.cpu,
                index.wall, index.cpu);
    if (inImport) std::printf("; import with the index in it %.3f s (cpu %.3f s)", full.wall, full.cpu);
    std::printf("\n");
  }
  if (rounds > 0) {
    const double sw = median(sqliteWall), sc = median(sqliteCpu);
    auto line = [&](const char* what, double wall, double cpu) {
      std::printf("%-44s wall %.3f s = %.2fx, cpu %.3f s = %.2fx sqlite3's\n", what, wall, wall / sw, cpu, cpu / sc);
    };
    std::printf("median, sqlite3 .import: wall %.3f s, cpu %.3f s (target <= 1.5x)\n", sw, sc);
    line("copydesk import (index deferred, as the CLI)", median(deferWall), median(deferCpu));
    line("then the indexing", median(indexWall), median(indexCpu));
    std::vector<double> sumWall, sumCpu;
    for (size_t i = 0; i < deferWall.size(); ++i) {
      sumWall.push_back(deferWall[i] + indexWall[i]);
      sumCpu.push_back(deferCpu[i] + indexCpu[i]);
    }
    line("import + indexing", median(sumWall), median(sumCpu));
    if (inImport) line("import with the index built in it", median(fullWall), median(fullCpu));
  }
  removeDatabase(dir / "ours.db");
  removeDatabase(dir / "sqlite.db");
  if (!keep) fs::remove(csv);
  return 0;
}
