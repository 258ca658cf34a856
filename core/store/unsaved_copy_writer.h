#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "core/common/error.h"
#include "core/store/unsaved_copy_journal.h"

namespace copydesk {

// Writes the unsaved-copy journal on a thread and a connection of its own, so that journaling
// never waits behind the store thread's long jobs (an import, a scan) and never blocks typing.
// Calls only queue; a newer text for a key replaces one still queued. The destructor writes what
// is queued before it returns, so a clean exit loses nothing either.
class UnsavedCopyWriter final {
 public:
  using ErrorHandler = std::function<void(const Error&)>;  // called on the writer's thread

  UnsavedCopyWriter(std::filesystem::path database, std::string owner, ErrorHandler onError = {});
  ~UnsavedCopyWriter();
  UnsavedCopyWriter(const UnsavedCopyWriter&) = delete;
  UnsavedCopyWriter& operator=(const UnsavedCopyWriter&) = delete;

  const std::string& owner() const { return m_owner; }
  void put(UnsavedCopyKey key, std::string text);
  void remove(UnsavedCopyKey key);
  void discard(std::vector<std::int64_t> ids);  // rows of any owner, by id
  void flush();  // blocks until everything queued so far is written

 private:
  enum class OpKind { Put, Remove, Discard };
  struct Op {
    OpKind kind;
    UnsavedCopyKey key;
    std::string text;
    std::vector<std::int64_t> ids;
  };
  void enqueue(Op op);
  void loop();
  void apply(const Op& op);

  std::filesystem::path m_path;
  std::string m_owner;
  ErrorHandler m_onError;
  std::unique_ptr<Database> m_db;  // opened and used on the writer's thread only
  std::mutex m_mutex;
  std::condition_variable m_wake;
  std::condition_variable m_idle;
  std::deque<Op> m_ops;
  bool m_busy = false;
  bool m_stopping = false;
  std::thread m_thread;
};

}  // namespace copydesk
