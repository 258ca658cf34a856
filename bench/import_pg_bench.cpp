// Catalog import into a team store against psql's \copy of the same file, measured in one run.
//   import_pg_bench [--rows N] [--rounds R] [--dir PATH] [--server CONNINFO] [--port P]
// Without --server it starts a throwaway PostgreSQL 15 of its own (scripts/pg-test-server.sh, socket
// in a folder under /tmp, no TCP port) and stops it at the end. Per round, alternating: `psql \copy`
// of the generated generic CSV into a plain table of text columns, and our import as `copydesk-cli
// --db URI import FILE` runs it (format detected, one transaction, COPY into a staging table and one
// merge), each into a database made for it beforehand (the plain table, or the migrated store: a
// team store exists before anyone imports into it). Prints each round, the medians and the ratio
// ours/psql of the wall time: the work is mostly the server's, so wall time is what compares.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "bench/import_data_generator.h"
#include "bench/throwaway_postgres.h"
#include "core/catalog/catalog_importer.h"
#include "core/store/database.h"
#include "core/store/product_search_index.h"

namespace fs = std::filesystem;
using namespace copydesk;

namespace {

double seconds(std::chrono::steady_clock::duration d) { return std::chrono::duration<double>(d).count(); }

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

std::string headerOf(const fs::path& csv) {
  std::ifstream in(csv);
  std::string header;
  std::getline(in, header);
  return header;
}

// psql \copy into a plain table with the file's columns, all text: the engine's own bulk path with
// nothing else to do.
double runPsql(const bench::BenchPostgres& server, const fs::path& csv) {
  if (!server.freshDatabase("bench_psql")) return -1;
  std::string columns;
  std::string header = headerOf(csv) + ",";
  for (std::size_t start = 0, comma; (comma = header.find(',', start)) != std::string::npos; start = comma + 1) {
    columns += (columns.empty() ? "" : ", ") + header.substr(start, comma - start) + " TEXT";
  }
  const std::string conninfo = server.database("bench_psql");
  if (bench::runCommand("psql -q -X -v ON_ERROR_STOP=1 '" + conninfo + "' -c 'CREATE TABLE plain (" + columns + ")' 2>&1 && echo ok") != "ok") {
    std::cerr << "psql could not make the plain table\n";
    return -1;
  }
  const std::string command = "psql -q -X -v ON_ERROR_STOP=1 '" + conninfo + "' -c \"\\copy plain FROM '" +
                              csv.string() + "' WITH (FORMAT csv, HEADER true)\"";
  const auto start = std::chrono::steady_clock::now();
  const int rc = std::system(command.c_str());
  const double wall = seconds(std::chrono::steady_clock::now() - start);
  return rc == 0 ? wall : -1;
}

struct Ours {
  double import = -1;
  double indexing = -1;  // the search indexing that follows, on its own
};

Ours runOurs(const bench::BenchPostgres& server, const fs::path& csv, std::int64_t expected) {
  if (!server.freshDatabase("bench_ours")) return {};
  auto database = Database::open(server.database("bench_ours"));  // migrates: the store exists beforehand
  if (!database) {
    std::cerr << database.error().describe() << '\n';
    return {};
  }
  // The options `copydesk-cli import FILE` uses (app/cli/import_command.cpp): the format detected,
  // the search index left for afterwards.
  const auto start = std::chrono::steady_clock::now();
  auto summary = importCatalog(**database, csv, {.searchIndexing = SearchIndexing::AfterImport});
  const double wall = seconds(std::chrono::steady_clock::now() - start);
  if (!summary) {
    std::cerr << summary.error().describe() << '\n';
    return {};
  }
  if (summary->products != expected || summary->format != CatalogFormat::Generic) {
    std::cerr << "imported " << summary->products << " products, expected " << expected << '\n';
    return {};
  }
  const auto indexStart = std::chrono::steady_clock::now();
  if (auto indexed = ProductSearchIndex(**database).indexAll(); !indexed) {
    std::cerr << indexed.error().describe() << '\n';
    return {};
  }
  return {wall, seconds(std::chrono::steady_clock::now() - indexStart)};
}

}  // namespace

int main(int argc, char** argv) {
  std::int64_t rows = 100000;
  int rounds = 3;
  fs::path dir = fs::temp_directory_path() / "copydesk-import-pg-bench";
  std::string serverArg;
  std::string port = "54339";
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string arg = argv[i];
    const std::string value = argv[i + 1];
    if (arg == "--rows") rows = std::stoll(value);
    else if (arg == "--rounds") rounds = std::stoi(value);
    else if (arg == "--dir") dir = value;
    else if (arg == "--server") serverArg = value;
    else if (arg == "--port") port = value;
  }
  if (std::system("psql --version >/dev/null 2>&1") != 0) {
    std::cerr << "import_pg_bench needs psql (apt-get install postgresql-client-15)\n";
    return 1;
  }
  fs::create_directories(dir);
  const fs::path csv = dir / "catalog.csv";
  bench::writeGenericCatalog(csv, rows);
  const bench::BenchPostgres server(serverArg, port);
  if (!server.ready()) return 1;
  std::cout << "catalog: " << rows << " rows, " << fs::file_size(csv) / 1024 << " KiB; server: " << server.server() << '\n';
  std::vector<double> psqlWall, oursWall, indexWall, ratios;
  int status = 0;
  for (int round = 0; round < rounds && status == 0; ++round) {
    const double b = runPsql(server, csv);
    const Ours ours = b < 0 ? Ours{} : runOurs(server, csv, rows);
    if (b < 0 || ours.import < 0 || ours.indexing < 0) {
      status = 1;
      break;
    }
    psqlWall.push_back(b);
    oursWall.push_back(ours.import);
    indexWall.push_back(ours.indexing);
    ratios.push_back(ours.import / b);
    std::printf("round %d: psql \\copy %.3f s; copydesk import %.3f s = %.2fx; search indexing afterwards %.3f s\n",
                round + 1, b, ours.import, ours.import / b, ours.indexing);
  }
  if (status == 0 && !psqlWall.empty()) {
    const double b = median(psqlWall), ours = median(oursWall), index = median(indexWall);
    std::printf("median: psql \\copy %.3f s; copydesk import %.3f s = %.2fx (target <= 1.5x); "
                "search indexing afterwards %.3f s = %.2fx\n", b, ours, ours / b, index, index / b);
    // Both sides of a round run back to back, so a burst of load from elsewhere tends to hit both;
    // the medians above pair the sides of different rounds. Both figures are reported.
    std::printf("median of the rounds' own ratios: %.2fx\n", median(ratios));
  }
  server.dropDatabase("bench_psql");
  server.dropDatabase("bench_ours");
  return status;
}
