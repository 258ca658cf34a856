#include "ui/store_thread.h"

#include <QMetaObject>

#include "core/store/postgres/pg_connection.h"

namespace copydesk::ui {

StoreThread::StoreThread(std::filesystem::path databasePath, QObject* parent)
    : QObject(parent), m_path(std::move(databasePath)), m_thread([this] { loop(); }) {}

StoreThread::~StoreThread() {
  {
    std::lock_guard lock(m_mutex);
    m_stopping = true;
    m_tasks.clear();
  }
  m_wake.notify_all();
  m_thread.join();
}

void StoreThread::enqueue(Task task) {
  {
    std::lock_guard lock(m_mutex);
    m_tasks.push_back(std::move(task));
  }
  m_wake.notify_one();
}

void StoreThread::deliver(std::function<void()> callback) {
  // Posted to this object: if it is destroyed first, Qt drops the pending call with it.
  QMetaObject::invokeMethod(this, std::move(callback), Qt::QueuedConnection);
}

void StoreThread::waitForIdle() {
  std::unique_lock lock(m_mutex);
  m_idle.wait(lock, [this] { return m_tasks.empty() && !m_busy; });
}

void StoreThread::loop() {
  // The connection is opened here so that it lives and dies on this thread.
  Error openError;
  std::unique_ptr<Database> db;
  if (auto opened = Database::open(m_path)) {
    db = std::move(*opened);
  } else {
    openError = opened.error();
  }
  for (;;) {
    Task task;
    {
      std::unique_lock lock(m_mutex);
      m_busy = false;
      if (m_tasks.empty()) m_idle.notify_all();
      m_wake.wait(lock, [this] { return m_stopping || !m_tasks.empty(); });
      if (m_stopping) break;
      task = std::move(m_tasks.front());
      m_tasks.pop_front();
      m_busy = true;
    }
    // A team store's connection lost to a server restart or a network drop stays dead: a job
    // finding it so opens a new one (the jobs that failed meanwhile said store.pg.unreachable).
    if (db && db->isPostgres() && !db->postgres()->checkConnected()) {
      if (auto reopened = Database::open(m_path)) db = std::move(*reopened);
    }
    task(db.get(), openError);
  }
  std::lock_guard lock(m_mutex);
  m_busy = false;
  m_idle.notify_all();
}

}  // namespace copydesk::ui
