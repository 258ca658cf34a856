#pragma once

#include <QDialog>

#include <cstdint>
#include <optional>
#include <vector>

#include "core/batch/batch_progress.h"
#include "core/batch/batch_session.h"
#include "ui/generation/generation_run.h"

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace copydesk::ui {

class GenerationBridge;
class StoreThread;

// A batch over the selected products: first what it will cost at most (core's estimate) and
// whether an unfinished run of the same batch can be finished instead; then a progress bar
// (done, failed, ETA, tokens, cost) with Pause/Resume and Cancel. A cancelled or incomplete batch
// is finished with core's resume, so no slot ever gets a second draft.
class BatchDialog final : public QDialog {
  Q_OBJECT

 public:
  BatchDialog(StoreThread& store, GenerationBridge& bridge, batch::GenerateOptions options,
              std::vector<std::int64_t> productIds, QWidget* parent = nullptr);
  ~BatchDialog() override;

  bool isEstimated() const { return m_estimated; }
  bool isRunning() const { return m_runId != 0; }
  bool isPaused() const { return m_paused; }
  std::int64_t batchId() const { return m_batchId; }
  const batch::BatchProgress& lastProgress() const { return m_progress; }
  QString estimateText() const;
  QString progressText() const;
  QString outcomeText() const;
  int runsFinished() const { return m_runsFinished; }

 public slots:
  void start();         // the batch (or, when offered and chosen, the rest of the unfinished one)
  void togglePause();
  void cancelRun();
  void resumeBatch();   // after a cancel or an incomplete run: only the slots without a draft

 signals:
  void runFinished();

 protected:
  void reject() override;  // closing while running asks the run to stop first

 private:
  struct Estimate;
  void estimate();
  void showEstimate(const Estimate& estimate);
  void run(batch::GenerateOptions options);
  void showProgress(const batch::BatchProgress& progress);
  void ended(const RunEnd& end);
  void updateButtons();

  StoreThread& m_store;
  GenerationBridge& m_bridge;
  batch::GenerateOptions m_options;
  std::vector<std::int64_t> m_productIds;
  std::optional<std::int64_t> m_unfinishedBatch;
  std::int64_t m_batchId = 0;
  int m_runId = 0;
  int m_runsFinished = 0;
  bool m_estimated = false;
  bool m_paused = false;
  bool m_cancelled = false;
  bool m_incomplete = false;
  batch::BatchProgress m_progress;

  QLabel* m_summary;
  QLabel* m_estimate;
  QCheckBox* m_finishUnfinished;
  QProgressBar* m_bar;
  QLabel* m_progressText;
  QLabel* m_outcome;
  QPushButton* m_start;
  QPushButton* m_pause;
  QPushButton* m_cancel;
  QPushButton* m_resume;
  QPushButton* m_close;
};

}  // namespace copydesk::ui
