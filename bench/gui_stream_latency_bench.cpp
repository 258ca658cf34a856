// GUI responsiveness while streaming: 50 generations stream at once from fake-llm-server into the
// GenerationPane (offscreen, shown, painting), while a 5 ms QTimer probe measures how late the GUI
// thread's event loop serves it. The baseline is the same probe on the same window at rest, in
// the same run. Target: the GUI thread never stalls for more than 50 ms.
//   gui_stream_latency_bench [--products 10] [--variants 5] [--stream-ms 4000] [--chunks 400] [--idle-ms 3000]
#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "core/llm/provider_profile_store.h"
#include "core/store/product_store.h"
#include "core/store/template_store.h"
#include "tests/support/fake_server_process.h"
#include "tests/support/test_paths.h"
#include "ui/generation/generation_bridge.h"
#include "ui/generation/generation_pane.h"
#include "ui/generation/variant_column.h"
#include "ui/store_thread.h"

using namespace copydesk;

namespace {

struct Args {
  int products = 10;
  int variants = 5;
  int streamMs = 4000;
  int chunks = 400;
  int idleMs = 3000;
};

bool parse(int argc, char** argv, Args& args) {
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string key = argv[i];
    const int value = std::atoi(argv[i + 1]);
    if (key == "--products") args.products = value;
    else if (key == "--variants") args.variants = value;
    else if (key == "--stream-ms") args.streamMs = value;
    else if (key == "--chunks") args.chunks = value;
    else if (key == "--idle-ms") args.idleMs = value;
    else return false;
  }
  return (argc % 2) == 1 && args.products > 0 && args.variants > 0 && args.variants <= 9;
}

// Lateness of each 5 ms tick (ms beyond the interval): what a user feels as a stall.
class Probe final {
 public:
  static constexpr int kIntervalMs = 5;

  Probe() {
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kIntervalMs);
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
      const double now = static_cast<double>(m_clock.nsecsElapsed()) / 1e6;
      if (m_last >= 0) {
        m_late.push_back(std::max(0.0, now - m_last - kIntervalMs));
        if (m_late.back() > 20 && std::getenv("STALL_TRACE")) std::printf("stall %.1f ms at %.0f ms\n", m_late.back(), now);
      }
      m_last = now;
    });
  }
  void start() {
    m_late.clear();
    m_last = -1;
    m_clock.start();
    m_timer.start();
  }
  std::vector<double> stop() {
    m_timer.stop();
    return m_late;
  }

 private:
  QTimer m_timer;
  QElapsedTimer m_clock;
  double m_last = -1;
  std::vector<double> m_late;
};

struct Stats {
  double max = 0, p99 = 0, p50 = 0;
  std::size_t ticks = 0;
};

Stats statsOf(std::vector<double> late) {
  Stats s;
  if (late.empty()) return s;
  std::sort(late.begin(), late.end());
  s.ticks = late.size();
  s.max = late.back();
  s.p99 = late[std::min(late.size() - 1, late.size() * 99 / 100)];
  s.p50 = late[late.size() / 2];
  return s;
}

void runFor(int ms) {
  QElapsedTimer t;
  t.start();
  while (t.elapsed() < ms) QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  if (!parse(argc, argv, args)) {
    std::cerr << "usage: gui_stream_latency_bench [--products 10] [--variants 5 (1-9)] [--stream-ms 4000] "
                 "[--chunks 400] [--idle-ms 3000]\n";
    return 2;
  }
  if (qEnvironmentVariableIsEmpty("DISPLAY")) qputenv("QT_QPA_PLATFORM", "offscreen");
  test::TempDir dir;
  qputenv("XDG_CONFIG_HOME", QByteArray::fromStdString(dir.path().string()));
  QApplication app(argc, argv);
  test::FakeServerProcess server({"--chunks", std::to_string(args.chunks), "--stream-ms", std::to_string(args.streamMs)});

  const auto path = dir / "bench.db";
  std::vector<std::int64_t> ids;
  TemplateVersion version;
  {
    auto db = Database::open(path);
    if (!db) return 1;
    for (int i = 1; i <= args.products; ++i) {
      Product p;
      p.sku = "STREAM-" + std::to_string(i);
      p.title = "Product " + std::to_string(i) + " linen shirt";
      p.description = "Soft, light, relaxed fit.";
      if (!ProductStore(**db).upsert(p)) return 1;
    }
    PromptTemplate prompt;
    prompt.name = "bench";
    prompt.systemPart = "You write shop copy.";
    prompt.userPart = "Describe {{title}} (SKU {{sku}}). Facts: {{description}}";
    auto saved = TemplateStore(**db).save(prompt);
    if (!saved) return 1;
    version = *saved;
    llm::ProviderProfile profile;
    profile.name = "Fake";
    profile.baseUrl = server.openAiBaseUrl();
    profile.defaultModel = "fake-small";
    profile.maxConcurrency = 0;
    if (!llm::ProviderProfileStore(**db).save(profile)) return 1;
    ids = *ProductStore(**db).ids();
  }

  ui::StoreThread store(path);
  ui::GenerationBridge bridge(path);
  ui::GenerationPane pane(store, bridge);
  pane.resize(1600, 700);
  pane.show();
  while (!pane.profilesLoaded()) runFor(10);
  pane.setCheckedProfiles({QStringLiteral("Fake")});
  pane.setModels(QStringLiteral("fake-small"));
  pane.setVariants(args.variants);
  pane.setProducts(ids);
  pane.setTemplate(version, false);
  std::size_t textSignals = 0;
  QObject::connect(&bridge, &ui::GenerationBridge::slotText, &bridge, [&textSignals] { ++textSignals; });
  bool finished = false;
  QObject::connect(&pane, &ui::GenerationPane::generationFinished, &pane, [&finished] { finished = true; });
  QElapsedTimer traceClock;
  if (std::getenv("STALL_TRACE")) {
    QObject::connect(&bridge, &ui::GenerationBridge::planned, &bridge, [&] { std::printf("planned at %lld\n", traceClock.elapsed()); });
    QObject::connect(&bridge, &ui::GenerationBridge::slotFinished, &bridge, [&] { std::printf("a finish at %lld\n", traceClock.elapsed()); });
  }
  runFor(300);  // settle: first layout and paint

  Probe probe;
  probe.start();
  runFor(args.idleMs);
  const Stats idle = statsOf(probe.stop());

  QElapsedTimer wall;
  wall.start();
  traceClock.start();
  probe.start();
  if (!pane.generate()) {
    std::cerr << "gui_stream_latency_bench: cannot generate: " << pane.stateText().toStdString() << '\n';
    return 1;
  }
  while (!finished) runFor(20);
  const Stats streaming = statsOf(probe.stop());
  const double seconds = static_cast<double>(wall.elapsed()) / 1000.0;
  int done = 0;
  for (auto* column : pane.columns()) done += column->draftId() > 0 ? 1 : 0;

  const int streams = args.products * args.variants;
  std::printf("streams %d (%d chunks each over %d ms), done %d, wall %.2f s\n", streams, args.chunks, args.streamMs,
              done, seconds);
  std::printf("text signals to the GUI: %zu (%.1f per stream; %d chunks per stream arrived)\n", textSignals,
              static_cast<double>(textSignals) / streams, args.chunks);
  std::printf("idle:      ticks %zu, lateness p50 %.2f ms, p99 %.2f ms, max %.2f ms\n", idle.ticks, idle.p50, idle.p99,
              idle.max);
  std::printf("streaming: ticks %zu, lateness p50 %.2f ms, p99 %.2f ms, max %.2f ms\n", streaming.ticks,
              streaming.p50, streaming.p99, streaming.max);
  std::printf("ratio streaming/idle: p99 %.2fx, max %.2fx\n", idle.p99 > 0 ? streaming.p99 / idle.p99 : 0.0,
              idle.max > 0 ? streaming.max / idle.max : 0.0);
  std::printf("target (no stall > 50 ms): %s\n", streaming.max <= 50.0 ? "met" : "NOT met");
  return done == streams ? 0 : 1;
}
