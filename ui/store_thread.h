#pragma once

#include <QObject>
#include <QPointer>

#include <condition_variable>
#include <deque>
#include <filesystem>
#include <functional>
#include <mutex>
#include <thread>
#include <type_traits>
#include <utility>

#include "core/common/result.h"
#include "core/store/database.h"

namespace copydesk::ui {

// One thread that owns its own Database connection and runs store jobs in the order they were
// posted, so that the GUI thread never waits on SQLite. Results travel back by value and are
// handed to the receiver on the GUI thread — and only if the receiver still exists.
class StoreThread final : public QObject {
  Q_OBJECT

 public:
  explicit StoreThread(std::filesystem::path databasePath, QObject* parent = nullptr);
  ~StoreThread() override;  // finishes the running job, drops the queued ones, closes the connection
  StoreThread(const StoreThread&) = delete;
  StoreThread& operator=(const StoreThread&) = delete;

  const std::filesystem::path& databasePath() const { return m_path; }

  // job: Result<T>(Database&), run on the store thread. done: void(Result<T>), run on this
  // object's (the GUI) thread. A connection that failed to open hands its error to every done.
  template <class Job, class Done>
  void run(QObject* receiver, Job job, Done done) {
    using R = std::invoke_result_t<Job&, Database&>;
    QPointer<QObject> guard(receiver);
    enqueue([this, guard, job = std::move(job), done = std::move(done)](Database* db, const Error& openError) mutable {
      R result = db ? job(*db) : R(openError);
      deliver([guard, done, result = std::move(result)]() mutable {
        if (guard) done(std::move(result));
      });
    });
  }

  // Blocks until every job posted so far has run (for tests and orderly shutdown only).
  void waitForIdle();

 private:
  using Task = std::function<void(Database*, const Error&)>;
  void enqueue(Task task);
  void deliver(std::function<void()> callback);
  void loop();

  std::filesystem::path m_path;
  std::mutex m_mutex;
  std::condition_variable m_wake;
  std::condition_variable m_idle;
  std::deque<Task> m_tasks;
  bool m_busy = false;
  bool m_stopping = false;
  std::thread m_thread;
};

}  // namespace copydesk::ui
