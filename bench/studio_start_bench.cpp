// Studio cold start: time from starting `copydesk` to a usable window — the first page of the
// product table painted — with 100,000 products in the store, against the same binary starting on
// an empty store in the same run (the baseline: Qt, fonts, window, panes and store thread, no rows).
//   studio_start_bench [--products N] [--rounds R] [--dir PATH] [--bin PATH]
// Each round starts a fresh process (QT_QPA_PLATFORM=offscreen unless DISPLAY is set) with
// --quit-after-first-paint, which prints "first-rows-ms N" once the rows are painted; the wall time
// is measured here, from fork to that line. Rounds alternate the two stores; medians are printed.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "core/store/database.h"

namespace fs = std::filesystem;
using namespace copydesk;

namespace {

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

// N products with a variant each, inserted in one statement (the FTS triggers index them too).
bool buildStore(const fs::path& path, int products) {
  fs::remove(path);
  auto db = Database::open(path);
  if (!db) {
    std::cerr << db.error().describe() << "\n";
    return false;
  }
  const std::string n = std::to_string(products);
  return (*db)->exec("BEGIN") &&
         (*db)->exec("WITH RECURSIVE i(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM i WHERE x < " + n +
                     ") INSERT INTO products (sku, title, description, brand, category) "
                     "SELECT printf('SKU-%06d', x), 'Product ' || x || ' stainless steel bottle', "
                     "'A sturdy bottle that keeps drinks cold for a day. Item ' || x, 'Brand ' || (x % 50), "
                     "'Category ' || (x % 40) FROM i") &&
         (*db)->exec("INSERT INTO variants (product_id, position, sku) SELECT id, 0, sku || '-A' FROM products") &&
         (*db)->exec("COMMIT");
}

// Milliseconds from starting the process to its "first-rows-ms" line; -1 on failure.
double startOnce(const fs::path& bin, const fs::path& db) {
  const std::string command = "'" + bin.string() + "' --db '" + db.string() +
                              "' --quit-after-first-paint --no-seed --no-provider-check 2>/dev/null";
  const auto start = std::chrono::steady_clock::now();
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return -1;
  char line[256];
  double ms = -1;
  while (std::fgets(line, sizeof line, pipe)) {
    if (std::string(line).rfind("first-rows-ms", 0) == 0) {
      ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    }
  }
  const int status = pclose(pipe);
  return status == 0 ? ms : -1;
}

}  // namespace

int main(int argc, char** argv) {
  int products = 100000, rounds = 7;
  fs::path dir = fs::temp_directory_path() / "copydesk-studio-start-bench";
  fs::path bin = fs::path(COPYDESK_BIN_DIR) / "copydesk";
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--products") products = std::atoi(argv[i + 1]);
    else if (flag == "--rounds") rounds = std::atoi(argv[i + 1]);
    else if (flag == "--dir") dir = argv[i + 1];
    else if (flag == "--bin") bin = argv[i + 1];
  }
  if (!std::getenv("DISPLAY")) setenv("QT_QPA_PLATFORM", "offscreen", 1);
  setenv("XDG_CONFIG_HOME", (dir / "config").c_str(), 1);  // no remembered layout, no user settings
  fs::create_directories(dir);
  const fs::path full = dir / "full.db", empty = dir / "empty.db";
  if (!buildStore(full, products) || !buildStore(empty, 0)) return 1;

  startOnce(bin, empty);  // warm the page cache for the binary and Qt's libraries
  std::vector<double> fullMs, emptyMs;
  for (int r = 0; r < rounds; ++r) {
    const double e = startOnce(bin, empty), f = startOnce(bin, full);
    if (e < 0 || f < 0) {
      std::cerr << "studio_start_bench: " << bin << " did not report its first paint\n";
      return 1;
    }
    emptyMs.push_back(e);
    fullMs.push_back(f);
  }
  const double f = median(fullMs), e = median(emptyMs);
  std::printf("studio cold start, median of %d rounds\n", rounds);
  std::printf("  empty store (baseline):   %7.1f ms\n", e);
  std::printf("  %d products:          %7.1f ms\n", products, f);
  std::printf("  ratio full/empty:         %7.2f\n", f / e);
  std::printf("  rows cost (full - empty): %7.1f ms\n", f - e);
  std::printf("  target < 1000 ms: %s\n", f < 1000 ? "met" : "NOT met");
  return 0;
}
