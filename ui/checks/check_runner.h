#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/checks/check_input.h"
#include "core/checks/finding.h"
#include "core/checks/rule_book.h"

class QTimer;

namespace copydesk::ui {

// Checks a text as it is typed without ever holding up the typing: a check starts kDelayMs after
// the last change (QtConcurrent, off the GUI thread), one at a time; a text changed while a check
// runs is checked next and the older result is dropped. Results come back on the GUI thread.
class CheckRunner final : public QObject {
  Q_OBJECT

 public:
  static constexpr int kDelayMs = 250;

  // What a text is checked against: the CheckInput for a text. It keeps alive whatever the input
  // points into (a DraftCheckSubject, a Product) by holding it, since it runs on another thread.
  using InputMaker = std::function<CheckInput(std::string_view text)>;

  explicit CheckRunner(QObject* parent = nullptr);
  ~CheckRunner() override;  // waits for a running check (a few milliseconds at most)

  void setBook(std::shared_ptr<const RuleBook> book);
  std::shared_ptr<const RuleBook> book() const { return m_book; }
  // A new subject checks the current text again (after the delay); null: nothing is checked.
  void setSubject(InputMaker subject);
  bool hasSubject() const { return static_cast<bool>(m_subject); }

  void setText(const QString& text);  // checked kDelayMs after the last call
  void checkNow();                    // skips the delay (a draft just shown)
  void clear();                       // no subject, no text; a check on its way is dropped

  bool isChecking() const;  // a check is waiting or running
  const std::vector<Finding>& findings() const { return m_findings; }
  const QString& checkedText() const { return m_checkedText; }  // the text `findings` are about

 signals:
  void started();  // a check was asked for: the findings shown are about to be replaced
  void checked(const std::vector<Finding>& findings, const QString& text);

 private:
  struct Outcome {
    int generation = 0;
    QString text;
    std::vector<Finding> findings;
  };

  void startCheck();
  void adopt();

  std::shared_ptr<const RuleBook> m_book;
  InputMaker m_subject;
  QString m_text;
  int m_generation = 0;  // of the latest request; results of older ones are dropped
  bool m_rerun = false;  // asked for while a check was running
  // From setFuture() until adopt(): the future itself stops running on the worker thread before
  // its result reaches this thread, and until then the findings are not the text's yet.
  bool m_running = false;
  QTimer* m_delay;
  QFutureWatcher<Outcome> m_watcher;
  std::vector<Finding> m_findings;
  QString m_checkedText;
};

}  // namespace copydesk::ui
