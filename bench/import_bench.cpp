// Catalog import speed against sqlite3's own CSV import of the same file, measured in one run.
//   import_bench [--rows N] [--rounds R] [--dir PATH]
// Alternates our import (fresh database, full schema with FTS) and `sqlite3 fresh.db ".import --csv"`
// into a plain table, R rounds each, and prints the medians and the ratio ours/sqlite3.
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

// Returns seconds, or negative values on failure.
Timing runOurs(const fs::path& csv, const fs::path& db, std::int64_t expected) {
  removeDatabase(db);
  const double cpuStart = cpuSeconds(RUSAGE_SELF);
  const auto start = std::chrono::steady_clock::now();
  auto database = Database::open(db);
  if (!database) {
    std::cerr << database.error().describe() << '\n';
    return {};
  }
  auto summary = importCatalog(**database, csv, {.format = CatalogFormat::Generic});
  database->reset();
  const auto elapsed = std::chrono::steady_clock::now() - start;
  const double cpu = cpuSeconds(RUSAGE_SELF) - cpuStart;
  if (!summary) {
    std::cerr << summary.error().describe() << '\n';
    return {};
  }
  if (summary->products != expected) {
    std::cerr << "imported " << summary->products << " products, expected " << expected << '\n';
    return {};
  }
  return {seconds(elapsed), cpu};
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
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string arg = argv[i];
    if (arg == "--rows") rows = std::stoll(argv[i + 1]);
    else if (arg == "--rounds") rounds = std::stoi(argv[i + 1]);
    else if (arg == "--dir") dir = argv[i + 1];
  }
  if (std::system("sqlite3 -version >/dev/null 2>&1") != 0) {
    std::cerr << "import_bench needs the sqlite3 command-line shell (apt-get install sqlite3)\n";
    return 1;
  }
  fs::create_directories(dir);
  const fs::path csv = dir / "catalog.csv";
  bench::writeGenericCatalog(csv, rows);
  std::cout << "catalog: " << rows << " rows, " << fs::file_size(csv) / 1024 << " KiB (" << csv.string() << ")\n";

  std::vector<double> oursWall, oursCpu, sqliteWall, sqliteCpu;
  for (int round = 0; round < rounds; ++round) {
    const Timing a = runOurs(csv, dir / "ours.db", rows);
    const Timing b = runSqlite(csv, dir / "sqlite.db");
    if (a.wall < 0 || b.wall < 0) return 1;
    oursWall.push_back(a.wall);
    oursCpu.push_back(a.cpu);
    sqliteWall.push_back(b.wall);
    sqliteCpu.push_back(b.cpu);
    std::printf("round %d: copydesk %.3f s (cpu %.3f s), sqlite3 .import %.3f s (cpu %.3f s)\n", round + 1, a.wall,
                a.cpu, b.wall, b.cpu);
  }
  if (rounds > 0) {
    std::printf("median wall: copydesk %.3f s, sqlite3 .import %.3f s, ratio %.2fx (target <= 1.5x)\n",
                median(oursWall), median(sqliteWall), median(oursWall) / median(sqliteWall));
    std::printf("median cpu:  copydesk %.3f s, sqlite3 .import %.3f s, ratio %.2fx\n", median(oursCpu),
                median(sqliteCpu), median(oursCpu) / median(sqliteCpu));
  }
  removeDatabase(dir / "ours.db");
  removeDatabase(dir / "sqlite.db");
  fs::remove(csv);
  return 0;
}
