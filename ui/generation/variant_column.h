#pragma once

#include <QFrame>

#include <cstdint>

#include "core/store/draft.h"
#include "ui/generation/generation_run.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace copydesk::ui {

// One generation shown live: which product, variant and model; the text as it streams; how it
// ended (an error inline, with what to do); Stop, Retry and "Use this variant". Or a stored draft
// of an earlier run, shown before anything is generated.
class VariantColumn final : public QFrame {
  Q_OBJECT

 public:
  enum class State { Queued, Writing, Saving, Done, Failed, Stopped };

  VariantColumn(int index, SlotInfo slot, QWidget* parent = nullptr);
  // A draft already stored (from an earlier run), shown read-only with only "Use this variant".
  VariantColumn(int index, const Draft& stored, QWidget* parent = nullptr);

  const SlotInfo& slot() const { return m_slot; }
  State state() const { return m_state; }
  std::int64_t draftId() const { return m_draftId; }
  QString text() const;
  QString statusText() const;

  void setStarted();
  void appendText(const QString& text, bool restart);
  void setFinished(const SlotEnd& end);
  void setCommitted(std::int64_t draftId);
  void setRetrying();
  void setGenerationAllowed(bool allowed);  // Retry needs a reachable provider

 signals:
  void stopRequested();
  void retryRequested();
  void useRequested(std::int64_t draftId);

 private:
  void setState(State state, const QString& status);

  SlotInfo m_slot;
  State m_state = State::Queued;
  std::int64_t m_draftId = 0;
  bool m_allowed = true;
  QLabel* m_title;
  QPlainTextEdit* m_text;
  QLabel* m_status;
  QPushButton* m_stop;
  QPushButton* m_retry;
  QPushButton* m_use;
};

}  // namespace copydesk::ui
