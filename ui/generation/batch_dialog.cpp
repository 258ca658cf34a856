#include "ui/generation/batch_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

#include "core/batch/batch_planner.h"
#include "core/batch/batch_resume.h"
#include "core/store/batch_store.h"
#include "ui/generation/generation_bridge.h"
#include "ui/store_thread.h"
#include "ui/common/error_text.h"

namespace copydesk::ui {

struct BatchDialog::Estimate {
  batch::CostEstimate all;
  std::size_t slotCount = 0;
  std::string templateName;
  int templateVersion = 0;
  std::optional<std::int64_t> unfinishedBatch;  // the same batch, started before and not finished
  std::size_t missing = 0;                      // its slots without a draft
  batch::CostEstimate missingCost;
};

namespace {

QString duration(double seconds) {
  if (seconds < 0) return QStringLiteral("–");
  const int s = static_cast<int>(seconds + 0.5);
  return s >= 3600 ? QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'))
                   : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString money(double usd) { return QStringLiteral("$%1").arg(usd, 0, 'f', usd < 1 ? 4 : 2); }

}  // namespace

BatchDialog::BatchDialog(StoreThread& store, GenerationBridge& bridge, batch::GenerateOptions options,
                         std::vector<std::int64_t> productIds, QWidget* parent)
    : QDialog(parent),
      m_store(store),
      m_bridge(bridge),
      m_options(std::move(options)),
      m_productIds(std::move(productIds)),
      m_summary(new QLabel(this)),
      m_estimate(new QLabel(tr("Estimating the cost…"), this)),
      m_finishUnfinished(new QCheckBox(this)),
      m_bar(new QProgressBar(this)),
      m_progressText(new QLabel(this)),
      m_outcome(new QLabel(this)),
      m_start(new QPushButton(tr("&Start"), this)),
      m_pause(new QPushButton(tr("&Pause"), this)),
      m_cancel(new QPushButton(tr("Cancel &batch"), this)),
      m_resume(new QPushButton(tr("&Finish the rest"), this)),
      m_close(new QPushButton(tr("Close"), this)) {
  setObjectName(QStringLiteral("batchDialog"));
  setWindowTitle(tr("Batch over the selection"));
  m_estimate->setObjectName(QStringLiteral("batchEstimate"));
  m_finishUnfinished->setObjectName(QStringLiteral("finishUnfinished"));
  m_finishUnfinished->setVisible(false);
  m_bar->setObjectName(QStringLiteral("batchProgress"));
  m_progressText->setObjectName(QStringLiteral("batchProgressText"));
  m_outcome->setObjectName(QStringLiteral("batchOutcome"));
  m_start->setObjectName(QStringLiteral("startBatch"));
  m_pause->setObjectName(QStringLiteral("pauseBatch"));
  m_cancel->setObjectName(QStringLiteral("cancelBatch"));
  m_resume->setObjectName(QStringLiteral("resumeBatch"));
  m_resume->setToolTip(tr("Generates only the slots that have no draft yet"));
  for (QLabel* label : {m_summary, m_estimate, m_progressText, m_outcome}) label->setWordWrap(true);

  std::size_t targets = m_options.spec.targets.size();
  m_summary->setText(tr("Products: %1 × variants: %2 × models: %3")
                         .arg(m_productIds.size())
                         .arg(m_options.spec.variants)
                         .arg(targets));
  if (!m_options.spec.personas.empty()) {  // a product x persona grid (issue 13)
    const QStringList personas =
        QString::fromStdString(m_options.spec.personas).split(QLatin1Char(','), Qt::SkipEmptyParts);
    m_summary->setText(tr("%1 × personas: %2 (%3)")
                           .arg(m_summary->text(), QString::number(personas.size()),
                                personas.join(QStringLiteral(", "))));
  }
  if (m_options.spec.questions) {  // one answer per customer question (issue 14)
    m_summary->setText(tr("%1 × their customer questions (one answer each, template %2)")
                           .arg(m_summary->text(), QString::fromStdString(m_options.spec.templateRef)));
  }
  if (!m_options.spec.sourceDrafts.empty()) {  // a translation batch (issue 14)
    setWindowTitle(tr("Translate approved copy"));
    QStringList languages;
    for (const std::string& code : m_options.spec.languages) languages << QString::fromStdString(code);
    m_summary->setText(tr("Approved drafts: %1 × languages: %2 (%3) × models: %4")
                           .arg(m_options.spec.sourceDrafts.size())
                           .arg(languages.size())
                           .arg(languages.join(QStringLiteral(", ")))
                           .arg(targets));
  }
  auto* buttons = new QDialogButtonBox(this);
  buttons->addButton(m_start, QDialogButtonBox::ActionRole);
  buttons->addButton(m_pause, QDialogButtonBox::ActionRole);
  buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
  buttons->addButton(m_resume, QDialogButtonBox::ActionRole);
  buttons->addButton(m_close, QDialogButtonBox::RejectRole);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(m_summary);
  layout->addWidget(m_estimate);
  layout->addWidget(m_finishUnfinished);
  layout->addWidget(m_bar);
  layout->addWidget(m_progressText);
  layout->addWidget(m_outcome);
  layout->addStretch(1);
  layout->addWidget(buttons);
  resize(560, 300);

  connect(m_start, &QPushButton::clicked, this, &BatchDialog::start);
  connect(m_pause, &QPushButton::clicked, this, &BatchDialog::togglePause);
  connect(m_cancel, &QPushButton::clicked, this, &BatchDialog::cancelRun);
  connect(m_resume, &QPushButton::clicked, this, &BatchDialog::resumeBatch);
  connect(m_close, &QPushButton::clicked, this, &BatchDialog::reject);
  connect(&m_bridge, &GenerationBridge::planned, this, [this](int runId, const RunPlanInfo& info) {
    if (runId == m_runId) m_batchId = info.batchId;
  });
  connect(&m_bridge, &GenerationBridge::progress, this, [this](int runId, const batch::BatchProgress& p) {
    if (runId == m_runId) showProgress(p);
  });
  connect(&m_bridge, &GenerationBridge::runFinished, this, [this](int runId, const RunEnd& end) {
    if (runId == m_runId) ended(end);
  });
  updateButtons();
  estimate();
}

BatchDialog::~BatchDialog() {
  if (m_runId != 0) m_bridge.stop(m_runId);  // the run ends on its own; what it finished is kept
}

void BatchDialog::estimate() {
  auto spec = m_options.spec;
  const auto ids = m_productIds;
  m_store.run(
      this,
      [spec, ids](Database& db) mutable -> Result<Estimate> {
        if (!ids.empty()) spec.productIds = ids;
        auto plan = batch::BatchPlanner(db).plan(spec);
        if (!plan) return plan.error();
        Estimate e;
        const auto slotList = plan->allSlots();
        e.slotCount = slotList.size();
        e.all = plan->estimate(slotList);
        e.templateName = plan->templateVersion.prompt.name;
        e.templateVersion = plan->templateVersion.version;
        BatchStore batches(db);
        auto unfinished = batches.latestUnfinished(plan->resumeKey());
        if (unfinished && *unfinished) {
          if (auto filled = batches.filledSlots((*unfinished)->id)) {
            const auto missing = batch::missingSlots(*plan, *filled);
            if (!missing.empty() && missing.size() < slotList.size()) {
              e.unfinishedBatch = (*unfinished)->id;
              e.missing = missing.size();
              e.missingCost = plan->estimate(missing);
            }
          }
        }
        return e;
      },
      [this](Result<Estimate> e) {
        if (!e) {
          m_estimate->setText(tr("This batch cannot run: %1").arg(ErrorText::describe(e.error())));
          return;
        }
        showEstimate(*e);
      });
}

void BatchDialog::showEstimate(const Estimate& e) {
  const QLocale locale;
  m_estimate->setText(tr("Drafts: %1, with “%2” version %3. Estimate: about %4 input tokens and at most %5 output "
                         "tokens; at most %6.")
                          .arg(e.slotCount)
                          .arg(QString::fromStdString(e.templateName))
                          .arg(e.templateVersion)
                          .arg(locale.toString(static_cast<qlonglong>(e.all.inputTokens)))
                          .arg(locale.toString(static_cast<qlonglong>(e.all.outputTokens)))
                          .arg(money(e.all.costUsd)));
  if (e.unfinishedBatch) {
    m_unfinishedBatch = e.unfinishedBatch;
    m_finishUnfinished->setText(tr("Finish batch #%1 started earlier: only its slots without a draft (%2, at most %3)")
                                    .arg(*e.unfinishedBatch)
                                    .arg(e.missing)
                                    .arg(money(e.missingCost.costUsd)));
    m_finishUnfinished->setChecked(true);
    m_finishUnfinished->setVisible(true);
  }
  m_estimated = true;
  updateButtons();
}

void BatchDialog::start() {
  if (!m_estimated || isRunning()) return;
  auto options = m_options;
  if (m_unfinishedBatch && m_finishUnfinished->isChecked()) {
    options.resume = true;
    options.resumeBatchId = m_unfinishedBatch;
  }
  run(std::move(options));
}

void BatchDialog::resumeBatch() {
  if (isRunning() || m_batchId == 0) return;
  auto options = m_options;
  options.resume = true;
  options.resumeBatchId = m_batchId;
  run(std::move(options));
}

void BatchDialog::run(batch::GenerateOptions options) {
  m_paused = false;
  m_cancelled = false;
  m_incomplete = false;
  m_outcome->clear();
  m_progress = {};
  m_bar->setValue(0);
  m_finishUnfinished->setEnabled(false);
  m_runId = m_bridge.start(std::move(options), m_productIds);
  m_progressText->setText(tr("Starting…"));
  updateButtons();
}

void BatchDialog::togglePause() {
  if (!isRunning()) return;
  m_paused = !m_paused;
  if (m_paused) {
    m_bridge.pause(m_runId);
  } else {
    m_bridge.resume(m_runId);
  }
  showProgress(m_progress);
  updateButtons();
}

void BatchDialog::cancelRun() {
  if (!isRunning()) return;
  m_cancelled = true;
  m_bridge.stop(m_runId);
  m_progressText->setText(tr("Cancelling: requests in flight are stopped…"));
  updateButtons();
}

void BatchDialog::reject() {
  if (isRunning()) cancelRun();
  QDialog::reject();
}

void BatchDialog::showProgress(const batch::BatchProgress& p) {
  m_progress = p;
  m_bar->setMaximum(static_cast<int>(std::max<std::size_t>(p.total, 1)));
  m_bar->setValue(static_cast<int>(p.done()));
  const QLocale locale;
  QString text = tr("%1 of %2 done, %3 failed, %4 in flight · ETA %5 · tokens %6 in / %7 out · cost %8")
                     .arg(p.done())
                     .arg(p.total)
                     .arg(p.failed)
                     .arg(p.inFlight)
                     .arg(duration(p.etaSeconds))
                     .arg(locale.toString(static_cast<qlonglong>(p.inputTokens)))
                     .arg(locale.toString(static_cast<qlonglong>(p.outputTokens)))
                     .arg(money(p.costUsd));
  if (m_paused) text = tr("Paused (requests in flight finish): %1").arg(text);
  m_progressText->setText(text);
}

void BatchDialog::ended(const RunEnd& end) {
  m_runId = 0;
  m_paused = false;
  ++m_runsFinished;
  const auto& s = end.summary;
  if (!end.error.empty()) {
    m_outcome->setText(tr("The batch stopped: %1").arg(QString::fromStdString(end.error)));
  } else {
    m_incomplete = end.status != kBatchCompleted;
    QString text = tr("%1 drafts written, %2 failed, %3 not started.").arg(s.succeeded).arg(s.failed).arg(s.notStarted);
    if (!s.failureReasons.empty()) text += QLatin1Char('\n') + tr("First failure: %1").arg(QString::fromStdString(s.failureReasons.front()));
    if (m_incomplete) text += QLatin1Char('\n') + tr("“Finish the rest” generates only the slots still without a draft.");
    m_outcome->setText(text);
  }
  if (m_progress.total > 0) showProgress(m_progress);  // without "Paused"
  updateButtons();
  emit runFinished();
}

QString BatchDialog::estimateText() const { return m_estimate->text(); }
QString BatchDialog::progressText() const { return m_progressText->text(); }
QString BatchDialog::outcomeText() const { return m_outcome->text(); }

void BatchDialog::updateButtons() {
  const bool running = isRunning();
  m_start->setEnabled(m_estimated && !running && m_runsFinished == 0);
  m_pause->setEnabled(running && !m_cancelled);
  m_pause->setText(m_paused ? tr("&Resume") : tr("&Pause"));
  m_cancel->setEnabled(running && !m_cancelled);
  m_resume->setEnabled(!running && m_batchId != 0 && m_incomplete);
}

}  // namespace copydesk::ui
