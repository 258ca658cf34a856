#include "ui/generation/generation_bridge.h"

#include <QTimer>

#include <mutex>
#include <thread>

#include "core/batch/batch_resume.h"
#include "core/store/batch_store.h"
#include "ui/common/error_text.h"

namespace copydesk::ui {
namespace {

std::string streamKey(int runId, const std::string& slotId) { return std::to_string(runId) + ':' + slotId; }

std::vector<SlotInfo> slotInfos(const batch::BatchPlan& plan, const std::vector<batch::BatchSlot>& slotList) {
  std::vector<SlotInfo> infos;
  for (const auto& slot : slotList) {
    const auto& target = plan.targets[slot.targetIndex];
    infos.push_back({slot.customId(), slot.productId, plan.skus[slot.productIndex], slot.variant, slot.targetIndex,
                     target.profile.name, target.model, target.profile.baseUrl, target.profile.apiKeyEnv,
                     plan.personas.empty() ? std::string() : plan.personas[slot.personaIndex].name});
  }
  return infos;
}

// The slots a run works on: what BatchSession::generate runs (a resumed batch: only the missing ones).
std::vector<batch::BatchSlot> slotsOfRun(Database& db, const batch::BatchPlan& plan, const batch::GenerateReport& r) {
  if (!r.resumed) return plan.allSlots();
  auto filled = BatchStore(db).filledSlots(r.batchId);
  return filled ? batch::missingSlots(plan, *filled) : plan.allSlots();
}

}  // namespace

// One worker thread: a planned batch or the retry of one slot.
struct GenerationBridge::Job {
  std::thread thread;
  std::shared_ptr<batch::RunControl> control = std::make_shared<batch::RunControl>();
  std::mutex mutex;
  std::function<void()> cancel;  // while a session or runner works
  bool cancelled = false;

  void setCancel(std::function<void()> c) {
    std::lock_guard lock(mutex);
    cancel = std::move(c);
    if (cancelled && cancel) cancel();
  }
  void requestCancel() {
    std::lock_guard lock(mutex);
    cancelled = true;
    if (cancel) cancel();
  }
};

struct GenerationBridge::Run {
  batch::RunOptions runOptions;
  std::optional<batch::BatchPlan> plan;  // once planned
  std::int64_t batchId = 0;
  std::map<std::string, batch::BatchSlot> slotList;
  std::vector<std::unique_ptr<Job>> jobs;
  bool paused = false;
};

GenerationBridge::GenerationBridge(std::filesystem::path databasePath, llm::ClientOptions client, QObject* parent)
    : QObject(parent),
      m_databasePath(std::move(databasePath)),
      m_client(std::make_unique<llm::LlmClient>(std::move(client))),
      m_flush(new QTimer(this)) {
  m_flush->setInterval(kFlushMs);
  connect(m_flush, &QTimer::timeout, this, &GenerationBridge::flushText);
}

GenerationBridge::~GenerationBridge() {
  for (auto& [id, run] : m_runs) {
    for (auto& job : run->jobs) job->requestCancel();
  }
  for (auto& [id, run] : m_runs) {
    for (auto& job : run->jobs) {
      if (job->thread.joinable()) job->thread.join();
    }
  }
}

int GenerationBridge::start(batch::GenerateOptions options, std::vector<std::int64_t> productIds) {
  const int runId = m_nextRunId++;
  auto& run = *m_runs.emplace(runId, std::make_unique<Run>()).first->second;
  run.runOptions = options.run;
  Job& job = addJob(run);
  job.thread = std::thread([this, runId, &job, options = std::move(options), ids = std::move(productIds)]() mutable {
    runBatch(runId, job, std::move(options), std::move(ids));
  });
  return runId;
}

bool GenerationBridge::retrySlot(int runId, const QString& slotId) {
  auto it = m_runs.find(runId);
  if (it == m_runs.end() || !it->second->plan) return false;
  Run& run = *it->second;
  auto slot = run.slotList.find(slotId.toStdString());
  if (slot == run.slotList.end()) return false;
  Job& job = addJob(run);
  job.thread = std::thread([this, runId, &job, plan = *run.plan, batchId = run.batchId, s = slot->second,
                            options = run.runOptions]() mutable {
    runRetry(runId, job, std::move(plan), batchId, s, std::move(options));
  });
  return true;
}

GenerationBridge::Job& GenerationBridge::addJob(Run& run) {
  run.jobs.push_back(std::make_unique<Job>());
  Job& job = *run.jobs.back();
  if (run.paused) job.control->pause();
  if (!m_flush->isActive()) m_flush->start();
  return job;
}

void GenerationBridge::stop(int runId) {
  if (auto it = m_runs.find(runId); it != m_runs.end()) {
    for (auto& job : it->second->jobs) job->requestCancel();
  }
}

void GenerationBridge::stopSlot(int runId, const QString& slotId) {
  if (auto it = m_runs.find(runId); it != m_runs.end()) {
    for (auto& job : it->second->jobs) job->control->cancelSlot(slotId.toStdString());
  }
}

void GenerationBridge::pause(int runId) {
  if (auto it = m_runs.find(runId); it != m_runs.end()) {
    it->second->paused = true;
    for (auto& job : it->second->jobs) job->control->pause();
  }
}

void GenerationBridge::resume(int runId) {
  if (auto it = m_runs.find(runId); it != m_runs.end()) {
    it->second->paused = false;
    for (auto& job : it->second->jobs) job->control->resume();
  }
}

bool GenerationBridge::isBusy(int runId) const {
  auto it = m_runs.find(runId);
  return it != m_runs.end() && !it->second->jobs.empty();
}

bool GenerationBridge::isBusy() const {
  for (const auto& [id, run] : m_runs) {
    if (!run->jobs.empty()) return true;
  }
  return false;
}

batch::RunOptions GenerationBridge::hooked(int runId, batch::RunOptions options,
                                           const std::shared_ptr<batch::RunControl>& control) {
  options.control = control;
  options.onStarted = [this, runId](const batch::BatchSlot& slot) {
    post([this, runId, id = QString::fromStdString(slot.customId())] { emit slotStarted(runId, id); });
  };
  options.onText = [this, runId](const batch::BatchSlot& slot, std::string_view piece) {
    m_text.append(streamKey(runId, slot.customId()), piece);
  };
  options.onRestart = [this, runId](const batch::BatchSlot& slot) { m_text.restart(streamKey(runId, slot.customId())); };
  options.onFinished = [this, runId](const batch::BatchSlot& slot, const Generation& g) {
    SlotEnd end{slot.customId(), g.outcome, g.output, g.error, 0};
    if (g.parameters.contains("http_status")) end.httpStatus = g.parameters.at("http_status").get<int>();
    post([this, runId, end = std::move(end)] {
      flushSlot(runId, end.id);  // the last pieces before the end
      emit slotFinished(runId, end);
    });
  };
  options.onCommitted = [this, runId](const batch::CommitNotice& notice) {
    if (!notice.draftId) return;
    post([this, runId, id = QString::fromStdString(notice.slot.customId()), draft = *notice.draftId,
          product = notice.slot.productId] {
      emit slotCommitted(runId, id, draft);
      emit productDraftStored(product, draft);
    });
  };
  return options;
}

void GenerationBridge::runBatch(int runId, Job& job, batch::GenerateOptions options,
                                std::vector<std::int64_t> productIds) {
  RunEnd end;
  auto db = Database::open(m_databasePath);
  if (!db) {
    end.error = ErrorText::describe(db.error()).toStdString();  // worded here: tr() is thread-safe
    post([this, runId, &job, end] { jobEnded(runId, &job, end); });
    return;
  }
  if (!productIds.empty()) options.spec.productIds = std::move(productIds);
  options.run = hooked(runId, options.run, job.control);
  batch::BatchSession session(**db, *m_client);
  session.onPlanned = [this, runId, &db](const batch::BatchPlan& plan, const batch::GenerateReport& report) {
    RunPlanInfo info;
    info.batchId = report.batchId;
    info.resumed = report.resumed;
    info.templateName = plan.templateVersion.prompt.name;
    info.templateVersion = plan.templateVersion.version;
    info.totalSlots = report.totalSlots;
    info.alreadyDone = report.alreadyDone;
    info.estimate = report.estimate;
    const auto slotList = slotsOfRun(**db, plan, report);
    info.slotList = slotInfos(plan, slotList);
    post([this, runId, plan, slotList, info = std::move(info)] {
      if (auto it = m_runs.find(runId); it != m_runs.end()) {
        it->second->plan = plan;
        it->second->batchId = info.batchId;
        for (const auto& s : slotList) it->second->slotList[s.customId()] = s;
      }
      emit planned(runId, info);
    });
  };
  job.setCancel([&session] { session.cancel(); });
  auto report = session.generate(options, [this, runId](const batch::BatchProgress& p) {
    post([this, runId, p] { emit progress(runId, p); });
  });
  job.setCancel(nullptr);
  if (report) {
    end.summary = report->summary;
    end.status = report->status;
  } else {
    end.error = ErrorText::describe(report.error()).toStdString();  // worded here: tr() is thread-safe
  }
  post([this, runId, &job, end] { jobEnded(runId, &job, end); });
}

void GenerationBridge::runRetry(int runId, Job& job, batch::BatchPlan plan, std::int64_t batchId,
                                batch::BatchSlot slot, batch::RunOptions options) {
  RunEnd end;
  end.retry = true;
  auto db = Database::open(m_databasePath);
  if (!db) {
    end.error = ErrorText::describe(db.error()).toStdString();  // worded here: tr() is thread-safe
    post([this, runId, &job, end] { jobEnded(runId, &job, end); });
    return;
  }
  batch::BatchSession session(**db, *m_client);
  job.setCancel([&session] { session.cancel(); });
  auto report = session.retrySlot(plan, batchId, slot, hooked(runId, std::move(options), job.control),
                                  [this, runId](const batch::BatchProgress& p) {
                                    post([this, runId, p] { emit progress(runId, p); });
                                  });
  job.setCancel(nullptr);
  if (report) {
    end.summary = report->summary;
    end.status = report->status;
  } else {
    end.error = ErrorText::describe(report.error()).toStdString();  // worded here: tr() is thread-safe
  }
  post([this, runId, &job, end] { jobEnded(runId, &job, end); });
}

void GenerationBridge::post(std::function<void()> onGuiThread) {
  QMetaObject::invokeMethod(this, std::move(onGuiThread), Qt::QueuedConnection);
}

void GenerationBridge::flushText() {
  for (auto& piece : m_text.takeAll()) {
    const auto colon = piece.key.find(':');
    const int runId = std::stoi(piece.key.substr(0, colon));
    emit slotText(runId, QString::fromStdString(piece.key.substr(colon + 1)), QString::fromStdString(piece.text),
                  piece.restart);
  }
}

void GenerationBridge::flushSlot(int runId, const std::string& slotId) {
  auto piece = m_text.take(streamKey(runId, slotId));
  if (piece.restart || !piece.text.empty()) {
    emit slotText(runId, QString::fromStdString(slotId), QString::fromStdString(piece.text), piece.restart);
  }
}

void GenerationBridge::jobEnded(int runId, Job* job, RunEnd end) {
  auto it = m_runs.find(runId);
  if (it == m_runs.end()) return;
  auto& jobs = it->second->jobs;
  for (auto j = jobs.begin(); j != jobs.end(); ++j) {
    if (j->get() != job) continue;
    if ((*j)->thread.joinable()) (*j)->thread.join();  // it is returning: this was its last step
    jobs.erase(j);
    break;
  }
  if (!isBusy()) {
    flushText();
    m_flush->stop();
  }
  emit runFinished(runId, end);
}

}  // namespace copydesk::ui
