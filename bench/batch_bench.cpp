// batch_bench: 2,000 generations against the local fake server, each streamed over 0.5 s, 100 in
// flight. Prints wall time against the ideal (n / concurrency x stream time), peak memory, and our
// CPU time against the official openai Node SDK running the same batch in the same run
// (bench/node, installed by bench/batch_bench.sh). See docs/benchmarks.md, "Batch generation".
// --store postgres writes the results into a team store instead of a SQLite file: a throwaway
// PostgreSQL 15 of the benchmark's own, or the server --pg-server names (libpq, without dbname).
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "bench/throwaway_postgres.h"
#include "core/batch/batch_session.h"
#include "core/common/json.h"
#include "core/store/product_store.h"
#include "core/store/template_store.h"

extern char** environ;

using namespace copydesk;

namespace {

struct Args {
  int n = 2000;
  int concurrency = 100;
  int streamMs = 500;
  int chunks = 50;
  int coalesceMs = -1;                // -1 = the client's default
  std::string server;
  std::string nodeDir;
  std::string dir = "/tmp/copydesk-batch-bench";
  std::string store = "sqlite";  // or postgres
  std::string pgServer;           // empty: a throwaway server of our own
};

double cpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double maxRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

// The fake server as a child: its port is the first line it prints; closing its stdin stops it.
struct Server {
  pid_t pid = -1;
  int port = 0;
  int stdinFd = -1;

  bool start(const std::string& binary, const Args& args) {
    int out[2], in[2];
    if (pipe(out) != 0 || pipe(in) != 0) return false;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, in[0], STDIN_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    posix_spawn_file_actions_addclose(&actions, in[1]);
    std::vector<std::string> argv = {binary, "--stream-ms", std::to_string(args.streamMs), "--chunks",
                                     std::to_string(args.chunks)};
    std::vector<char*> raw;
    for (auto& a : argv) raw.push_back(a.data());
    raw.push_back(nullptr);
    const int rc = posix_spawn(&pid, binary.c_str(), &actions, nullptr, raw.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    close(in[0]);
    stdinFd = in[1];
    if (rc != 0) return false;
    std::string line;
    char c;
    while (read(out[0], &c, 1) == 1 && c != '\n') line += c;
    close(out[0]);
    port = std::atoi(line.c_str());
    return port > 0;
  }
  ~Server() {
    if (stdinFd >= 0) close(stdinFd);
    if (pid > 0) {
      kill(pid, SIGTERM);
      waitpid(pid, nullptr, 0);
    }
  }
};

bool parse(int argc, char** argv, Args& args) {
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string key = argv[i], value = argv[i + 1];
    if (key == "--n") args.n = std::atoi(value.c_str());
    else if (key == "--concurrency") args.concurrency = std::atoi(value.c_str());
    else if (key == "--stream-ms") args.streamMs = std::atoi(value.c_str());
    else if (key == "--chunks") args.chunks = std::atoi(value.c_str());
    else if (key == "--coalesce-ms") args.coalesceMs = std::atoi(value.c_str());
    else if (key == "--server") args.server = value;
    else if (key == "--node-dir") args.nodeDir = value;
    else if (key == "--dir") args.dir = value;
    else if (key == "--store" && (value == "sqlite" || value == "postgres")) args.store = value;
    else if (key == "--pg-server") args.pgServer = value;
    else return false;
  }
  return true;
}

std::unique_ptr<Database> prepareDatabase(const Args& args, const std::filesystem::path& source) {
  std::filesystem::remove_all(args.dir);
  std::filesystem::create_directories(args.dir);
  auto db = Database::open(source);
  if (!db) return nullptr;
  ProductStore products(**db);
  Transaction tx(**db);
  for (int i = 1; i <= args.n; ++i) {
    Product p;
    p.sku = "BENCH-" + std::to_string(i);
    p.title = "Product " + std::to_string(i) + " linen shirt";
    p.brand = "Acme";
    p.description = "soft, light.";
    if (!products.upsert(p)) return nullptr;
  }
  if (!tx.commit()) return nullptr;
  PromptTemplate prompt;
  prompt.name = "bench";
  prompt.systemPart = "You write product copy for {{brand}}.";
  prompt.userPart = "Describe {{title}} (SKU {{sku}}). Facts: {{description}}";
  if (!TemplateStore(**db).save(prompt)) return nullptr;
  return std::move(*db);
}

// Runs the Node baseline; its own JSON line, or an empty object when it could not run.
Json runNode(const Args& args, const std::string& baseUrl) {
  const std::string script = args.nodeDir + "/batch_baseline.mjs";
  if (!std::filesystem::exists(args.nodeDir + "/node_modules/openai")) return Json::object();
  const std::string command = "node '" + script + "' '" + baseUrl + "' " + std::to_string(args.n) + " " +
                              std::to_string(args.concurrency) + " 200";
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return Json::object();
  std::string out;
  char buffer[4096];
  while (std::fgets(buffer, sizeof buffer, pipe)) out += buffer;
  pclose(pipe);
  Json json = Json::parse(out, nullptr, false);
  return json.is_object() ? json : Json::object();
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  const std::filesystem::path self = std::filesystem::canonical("/proc/self/exe");
  args.server = (self.parent_path() / "fake-llm-server").string();
  args.nodeDir = std::string(COPYDESK_SOURCE_DIR) + "/bench/node";
  if (!parse(argc, argv, args)) {
    std::cerr << "usage: batch_bench [--n 2000] [--concurrency 100] [--stream-ms 500] [--chunks 50] "
                 "[--coalesce-ms MS] [--server PATH] [--node-dir DIR] [--dir DIR] [--store sqlite|postgres] "
                 "[--pg-server CONNINFO]\n";
    return 2;
  }
  Server server;
  if (!server.start(args.server, args)) {
    std::cerr << "batch_bench: cannot start " << args.server << '\n';
    return 1;
  }
  const std::string baseUrl = "http://127.0.0.1:" + std::to_string(server.port) + "/v1";
  std::optional<bench::BenchPostgres> postgres;
  std::filesystem::path source = std::filesystem::path(args.dir) / "bench.db";
  if (args.store == "postgres") {
    postgres.emplace(args.pgServer, "54340");
    if (!postgres->ready() || !postgres->freshDatabase("bench_batch")) return 1;
    source = postgres->database("bench_batch");
  }
  auto db = prepareDatabase(args, source);
  if (!db) {
    std::cerr << "batch_bench: cannot prepare the store " << source << '\n';
    return 1;
  }
  std::printf("store: %s\n", args.store.c_str());

  batch::GenerateOptions options;
  options.spec.templateRef = "bench";
  llm::ProviderProfile profile;
  profile.name = "bench";
  profile.baseUrl = baseUrl;
  profile.maxConcurrency = 0;
  profile.inputPricePerMTok = 1;
  profile.outputPricePerMTok = 2;
  options.spec.targets.push_back({profile, "fake-small"});
  options.spec.maxTokens = 200;
  options.run.concurrency = args.concurrency;

  llm::ClientOptions clientOptions;
  if (args.coalesceMs >= 0) clientOptions.coalesceMs = args.coalesceMs;
  llm::LlmClient client(clientOptions);
  batch::BatchSession session(*db, client);
  const double cpu0 = cpuSeconds();
  const auto t0 = std::chrono::steady_clock::now();
  auto report = session.generate(options);
  const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  const double cpu = cpuSeconds() - cpu0;
  if (!report) {
    std::cerr << "batch_bench: " << report.error().describe() << '\n';
    return 1;
  }
  const double ideal = static_cast<double>(args.n) / args.concurrency * args.streamMs / 1000.0;
  std::printf("copydesk: %zu ok, %zu failed, wall %.2f s (ideal %.2f s, ratio %.3f, target <= 1.05), "
              "CPU %.2f s, peak RSS %.1f MB (target < 100)\n",
              report->summary.succeeded, report->summary.failed + report->summary.notStarted, wall, ideal,
              wall / ideal, cpu, maxRssMb());

  const Json node = runNode(args, baseUrl);
  if (node.empty()) {
    std::printf("node openai SDK: not run (install it with: npm install --prefix bench/node)\n");
    return report->summary.succeeded == static_cast<std::size_t>(args.n) ? 0 : 1;
  }
  const double nodeCpu = node.value("cpu_s", 0.0);
  std::printf("node openai SDK: %d ok, %d failed, wall %.2f s (ratio %.3f), CPU %.2f s, peak RSS %.1f MB\n",
              node.value("ok", 0), node.value("failed", 0), node.value("wall_s", 0.0),
              node.value("wall_s", 0.0) / ideal, nodeCpu, node.value("maxrss_mb", 0.0));
  std::printf("CPU ratio copydesk / node: %.3f (target <= 0.25)\n", nodeCpu > 0 ? cpu / nodeCpu : 0.0);
  return report->summary.succeeded == static_cast<std::size_t>(args.n) ? 0 : 1;
}
