#include "core/store/unsaved_copy_writer.h"

namespace copydesk {

UnsavedCopyWriter::UnsavedCopyWriter(std::filesystem::path database, std::string owner, ErrorHandler onError)
    : m_path(std::move(database)), m_owner(std::move(owner)), m_onError(std::move(onError)),
      m_thread([this] { loop(); }) {}

UnsavedCopyWriter::~UnsavedCopyWriter() {
  {
    std::lock_guard lock(m_mutex);
    m_stopping = true;  // the loop still empties the queue before it ends
  }
  m_wake.notify_all();
  m_thread.join();
}

void UnsavedCopyWriter::put(UnsavedCopyKey key, std::string text) {
  enqueue(Op{OpKind::Put, std::move(key), std::move(text), {}});
}

void UnsavedCopyWriter::remove(UnsavedCopyKey key) { enqueue(Op{OpKind::Remove, std::move(key), {}, {}}); }

void UnsavedCopyWriter::discard(std::vector<std::int64_t> ids) {
  enqueue(Op{OpKind::Discard, {}, {}, std::move(ids)});
}

void UnsavedCopyWriter::enqueue(Op op) {
  {
    std::lock_guard lock(m_mutex);
    // Only the newest state of a key matters: one still waiting is replaced where it stands.
    bool replaced = false;
    if (op.kind != OpKind::Discard) {
      for (auto it = m_ops.rbegin(); it != m_ops.rend(); ++it) {
        if (it->kind == OpKind::Discard) break;
        if (it->key == op.key) {
          *it = std::move(op);
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) m_ops.push_back(std::move(op));
  }
  m_wake.notify_one();
}

void UnsavedCopyWriter::flush() {
  std::unique_lock lock(m_mutex);
  m_idle.wait(lock, [this] { return m_ops.empty() && !m_busy; });
}

void UnsavedCopyWriter::loop() {
  for (;;) {
    Op op;
    {
      std::unique_lock lock(m_mutex);
      m_busy = false;
      if (m_ops.empty()) m_idle.notify_all();
      m_wake.wait(lock, [this] { return m_stopping || !m_ops.empty(); });
      if (m_ops.empty()) break;  // stopping, and everything is written
      op = std::move(m_ops.front());
      m_ops.pop_front();
      m_busy = true;
    }
    apply(op);
  }
  m_db.reset();  // closed on the thread that used it
  std::lock_guard lock(m_mutex);
  m_busy = false;
  m_idle.notify_all();
}

void UnsavedCopyWriter::apply(const Op& op) {
  if (!m_db) {
    auto opened = Database::open(m_path);
    if (!opened) {
      if (m_onError) m_onError(opened.error());
      return;  // tried again with the next text
    }
    m_db = std::move(*opened);
  }
  UnsavedCopyJournal journal(*m_db, m_owner);
  Status done = op.kind == OpKind::Put      ? journal.put(op.key, op.text)
                : op.kind == OpKind::Remove ? journal.remove(op.key)
                                            : journal.discard(op.ids);
  if (!done && m_onError) m_onError(done.error());
}

}  // namespace copydesk
