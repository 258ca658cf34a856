#pragma once

#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

struct pg_conn;

namespace copydesk::pg {

// Writes a COPY's chunks to the server on a thread of its own, one chunk while the next is built.
// A blocking write returns only once the socket has taken nearly all of a chunk, that is once the
// server has read it; done on the caller's thread, the server then waited with nothing to read
// while the next chunk was parsed and built, and the two took turns (a first import's COPY was the
// client's time plus the server's). Here they overlap: the server reads one chunk while the next
// is made. Only this thread touches the connection between the first hand() and drain().
class CopySender final {
 public:
  explicit CopySender(pg_conn* connection);
  ~CopySender();  // waits for the chunk in flight
  CopySender(const CopySender&) = delete;
  CopySender& operator=(const CopySender&) = delete;

  // Takes the chunk (leaving `chunk` empty, its capacity kept) once the previous one is written.
  // False when an earlier write failed: nothing more is sent, the connection holds the reason.
  bool hand(std::string& chunk);
  // Waits until everything handed is written; false if a write failed.
  bool drain();

 private:
  void loop();
  void waitIdle(std::unique_lock<std::mutex>& lock);

  pg_conn* m_connection;
  std::mutex m_mutex;
  std::condition_variable m_wake;
  std::condition_variable m_idle;
  std::string m_chunk;  // the chunk being written
  bool m_pending = false;
  bool m_failed = false;
  bool m_stopping = false;
  std::thread m_thread;
};

}  // namespace copydesk::pg
