#pragma once

#include <QObject>
#include <QString>

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include "core/batch/batch_session.h"
#include "core/llm/llm_client.h"
#include "ui/generation/generation_run.h"
#include "ui/generation/text_coalescer.h"

class QTimer;

namespace copydesk::ui {

// Runs generations off the GUI thread through the same core as `copydesk-cli generate`
// (BatchSession: plan, batch row, BatchRunner, ResultWriter) and hands what happens back as
// signals on the GUI thread. Streamed text is coalesced: each stream's pieces reach the GUI at
// most every kFlushMs, however fast tokens arrive, so 50 streams cost the GUI thread ~25 small
// updates a second each instead of thousands.
class GenerationBridge final : public QObject {
  Q_OBJECT

 public:
  static constexpr int kFlushMs = 40;

  explicit GenerationBridge(std::filesystem::path databasePath, llm::ClientOptions client = {},
                            QObject* parent = nullptr);
  ~GenerationBridge() override;  // cancels whatever runs and waits for it to end
  GenerationBridge(const GenerationBridge&) = delete;
  GenerationBridge& operator=(const GenerationBridge&) = delete;

  // Plans and runs a batch (the products are given by id; options.spec.skus is filled from them;
  // none: options.spec.skus as given). Returns the run's id for the signals and controls.
  int start(batch::GenerateOptions options, std::vector<std::int64_t> productIds);
  // Runs one slot of a planned run again (after it failed or was stopped); false if unknown.
  bool retrySlot(int runId, const QString& slotId);
  void stop(int runId);                            // nothing new starts, requests in flight are cancelled
  void stopSlot(int runId, const QString& slotId);
  void pause(int runId);                           // nothing new starts; requests in flight finish
  void resume(int runId);
  bool isBusy(int runId) const;                    // a job of the run is still working
  bool isBusy() const;
  // The studio's one LLM client (its one network thread): the provider check and Preferences use it too.
  llm::LlmClient& client() const { return *m_client; }

 signals:
  void planned(int runId, const copydesk::ui::RunPlanInfo& info);
  void slotStarted(int runId, const QString& slotId);
  // Coalesced text: restart = a retry began, drop what was shown before appending.
  void slotText(int runId, const QString& slotId, const QString& text, bool restart);
  void slotFinished(int runId, const copydesk::ui::SlotEnd& end);
  void slotCommitted(int runId, const QString& slotId, qint64 draftId);
  // A run of any kind (the Write page's, a batch, a retry) stored a draft for this product: its
  // row in the products table and the copy editor's line about it may have changed.
  void productDraftStored(qint64 productId, qint64 draftId);
  void progress(int runId, const copydesk::batch::BatchProgress& progress);
  void runFinished(int runId, const copydesk::ui::RunEnd& end);

 private:
  struct Job;
  struct Run;

  Job& addJob(Run& run);
  batch::RunOptions hooked(int runId, batch::RunOptions options, const std::shared_ptr<batch::RunControl>& control);
  void runBatch(int runId, Job& job, batch::GenerateOptions options, std::vector<std::int64_t> productIds);
  void runRetry(int runId, Job& job, batch::BatchPlan plan, std::int64_t batchId, batch::BatchSlot slot,
                batch::RunOptions options);
  void post(std::function<void()> onGuiThread);
  void flushText();
  void flushSlot(int runId, const std::string& slotId);
  void jobEnded(int runId, Job* job, RunEnd end);

  std::filesystem::path m_databasePath;
  std::unique_ptr<llm::LlmClient> m_client;
  TextCoalescer m_text;
  QTimer* m_flush;
  std::map<int, std::unique_ptr<Run>> m_runs;  // touched on the GUI thread only
  int m_nextRunId = 1;
};

}  // namespace copydesk::ui
