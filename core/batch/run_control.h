#pragma once

#include <atomic>
#include <functional>
#include <mutex>
#include <set>
#include <string>

namespace copydesk::batch {

// Steers a running batch from another thread (the GUI): pause (nothing new starts, requests in
// flight finish), resume, and stop single slots. Shared between the caller and the BatchRunner
// through RunOptions::control; it outlives any one run, so a paused batch stays paused.
class RunControl final {
 public:
  void pause();
  void resume();
  bool paused() const { return m_paused; }
  // A slot not started yet never starts; one in flight is cancelled (and recorded so).
  void cancelSlot(const std::string& customId);
  bool slotCancelled(const std::string& customId) const;

  // For the runner: `wake` is called (under this control's lock) whenever something changed.
  void attach(std::function<void()> wake);
  void detach();
  bool hasNewCancels() const { return m_newCancels; }
  std::set<std::string> takeNewCancels();

 private:
  void changed();  // with m_mutex held

  mutable std::mutex m_mutex;
  std::atomic<bool> m_paused{false};
  std::atomic<bool> m_newCancels{false};
  std::set<std::string> m_cancelled;
  std::set<std::string> m_unseen;  // cancelled since the runner last looked
  std::function<void()> m_wake;
};

}  // namespace copydesk::batch
