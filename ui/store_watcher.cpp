#include "ui/store_watcher.h"

#include <QFutureWatcher>
#include <QSocketNotifier>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

#include "core/store/postgres/store_events.h"
#include "ui/common/error_text.h"

namespace copydesk::ui {

StoreWatcher::StoreWatcher(std::string source, QObject* parent)
    : QObject(parent),
      m_source(std::move(source)),
      m_connecting(new QFutureWatcher<Opened>(this)),
      m_retry(new QTimer(this)),
      m_coalesce(new QTimer(this)) {
  m_retry->setSingleShot(true);
  m_coalesce->setSingleShot(true);
  m_coalesce->setInterval(kCoalesceMs);
  connect(m_retry, &QTimer::timeout, this, &StoreWatcher::attempt);
  connect(m_coalesce, &QTimer::timeout, this, &StoreWatcher::flush);
  connect(m_connecting, &QFutureWatcher<Opened>::finished, this, [this] { adopt(m_connecting->result()); });
}

StoreWatcher::~StoreWatcher() {
  if (m_notifier) m_notifier->setEnabled(false);
}

void StoreWatcher::start() {
  if (m_state == State::Idle) attempt();
}

void StoreWatcher::ignoreSender(int backendPid) {
  m_ignoredSender = backendPid;
  if (m_events) m_events->ignoreSender(backendPid);
}

void StoreWatcher::attempt() {
  m_state = m_wasLost ? State::Unreachable : State::Connecting;
  // Connecting waits for the server (up to libpq's connect_timeout): never on the GUI thread.
  m_connecting->setFuture(QtConcurrent::run([source = m_source]() -> Opened {
    auto opened = pg::StoreEvents::open(source);
    if (!opened) return opened.error();
    return std::shared_ptr<pg::StoreEvents>(std::move(*opened));
  }));
}

void StoreWatcher::adopt(Opened opened) {
  if (!opened) {
    lose(ErrorText::describe(opened.error()));
    return;
  }
  m_events = std::move(*opened);
  m_events->ignoreSender(m_ignoredSender);
  m_problem.clear();
  m_retryMs = kFirstRetryMs;
  m_state = State::Listening;
  m_notifier = new QSocketNotifier(static_cast<qintptr>(m_events->socket()), QSocketNotifier::Read, this);
  connect(m_notifier, &QSocketNotifier::activated, this, &StoreWatcher::readEvents);
  if (m_wasLost) {
    m_wasLost = false;
    emit reconnected();
  } else {
    emit listening();
  }
  readEvents();  // anything that arrived between LISTEN and the notifier
}

void StoreWatcher::readEvents() {
  if (!m_events) return;
  for (const std::string& table : m_events->drain()) m_changed.insert(QString::fromStdString(table));
  if (!m_changed.isEmpty() && !m_coalesce->isActive()) m_coalesce->start();
  if (m_events->lost()) lose(tr("the connection to the team store was closed"));
}

void StoreWatcher::lose(const QString& why) {
  if (m_notifier) {
    // libpq has closed the socket already: the notifier must stop watching that number at once.
    m_notifier->setEnabled(false);
    m_notifier->deleteLater();
    m_notifier = nullptr;
  }
  m_events.reset();
  m_problem = why;
  const bool firstLoss = !m_wasLost;
  m_wasLost = true;
  m_state = State::Unreachable;
  m_retry->start(m_retryMs);
  m_retryMs = std::min(m_retryMs * 2, kLongestRetryMs);
  if (firstLoss) emit unreachable(why);
}

void StoreWatcher::flush() {
  QStringList tables(m_changed.begin(), m_changed.end());
  m_changed.clear();
  tables.sort();
  emit storeChanged(tables);
}

}  // namespace copydesk::ui
