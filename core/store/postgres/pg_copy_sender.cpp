#include "core/store/postgres/pg_copy_sender.h"

#include <libpq-fe.h>

namespace copydesk::pg {

CopySender::CopySender(pg_conn* connection) : m_connection(connection), m_thread([this] { loop(); }) {}

CopySender::~CopySender() {
  {
    std::lock_guard lock(m_mutex);
    m_stopping = true;
  }
  m_wake.notify_one();
  m_thread.join();
}

void CopySender::waitIdle(std::unique_lock<std::mutex>& lock) {
  m_idle.wait(lock, [this] { return !m_pending; });
}

bool CopySender::hand(std::string& chunk) {
  std::unique_lock lock(m_mutex);
  waitIdle(lock);
  if (m_failed) return false;
  m_chunk.swap(chunk);
  chunk.clear();
  m_pending = true;
  lock.unlock();
  m_wake.notify_one();
  return true;
}

bool CopySender::drain() {
  std::unique_lock lock(m_mutex);
  waitIdle(lock);
  return !m_failed;
}

void CopySender::loop() {
  std::unique_lock lock(m_mutex);
  for (;;) {
    m_wake.wait(lock, [this] { return m_pending || m_stopping; });
    if (!m_pending) return;
    lock.unlock();
    const bool sent = PQputCopyData(m_connection, m_chunk.data(), static_cast<int>(m_chunk.size())) == 1;
    lock.lock();
    if (!sent) m_failed = true;
    m_pending = false;
    m_idle.notify_all();
  }
}

}  // namespace copydesk::pg
