#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <string>

#include "core/common/result.h"

class QSocketNotifier;
class QTimer;
template <class T>
class QFutureWatcher;

namespace copydesk::pg {
class StoreEvents;
}

namespace copydesk::ui {

// Live updates from a team store (issue 11): what other studios and CLIs change in drafts, reviews
// and products, as storeChanged(tables). A pg::StoreEvents listener on a connection of its own, read
// on the GUI thread through a QSocketNotifier (reading never waits); connecting runs off the GUI
// thread. A burst of notifications (a bulk approval, an import) becomes one storeChanged after
// kCoalesceMs. A lost connection is said once (unreachable), retried with a doubling delay, and
// said again when it is back (reconnected): what changed meanwhile was not notified, so a receiver
// reads everything again.
class StoreWatcher final : public QObject {
  Q_OBJECT

 public:
  enum class State { Idle, Connecting, Listening, Unreachable };
  static constexpr int kCoalesceMs = 150;
  static constexpr int kFirstRetryMs = 1000;
  static constexpr int kLongestRetryMs = 30000;

  // source: the store's PostgreSQL connection string, as the store thread opens it.
  explicit StoreWatcher(std::string source, QObject* parent = nullptr);
  ~StoreWatcher() override;  // a connection attempt still running finishes unseen

  void start();
  State state() const { return m_state; }
  bool isListening() const { return m_state == State::Listening; }
  // The last failure to connect, worded (ErrorText), or empty.
  QString problem() const { return m_problem; }
  int nextRetryMs() const { return m_retryMs; }
  // Notifications of this server process (the studio's own store connection) are not news.
  void ignoreSender(int backendPid);

 signals:
  void storeChanged(const QStringList& tables);  // sorted, each once
  void listening();                    // the first connection is up
  void unreachable(const QString& why);  // the connection was lost or could not be made; retrying
  void reconnected();                  // back after unreachable: read everything again

 private:
  using Opened = Result<std::shared_ptr<pg::StoreEvents>>;
  void attempt();
  void adopt(Opened opened);
  void readEvents();
  void lose(const QString& why);
  void flush();

  std::string m_source;
  std::shared_ptr<pg::StoreEvents> m_events;
  QSocketNotifier* m_notifier = nullptr;
  QFutureWatcher<Opened>* m_connecting = nullptr;
  QTimer* m_retry;
  QTimer* m_coalesce;
  QSet<QString> m_changed;
  QString m_problem;
  State m_state = State::Idle;
  bool m_wasLost = false;
  int m_retryMs = kFirstRetryMs;
  int m_ignoredSender = 0;
};

}  // namespace copydesk::ui
