#include "core/batch/run_control.h"

#include <utility>

namespace copydesk::batch {

void RunControl::pause() {
  std::lock_guard lock(m_mutex);
  m_paused = true;
  changed();
}

void RunControl::resume() {
  std::lock_guard lock(m_mutex);
  m_paused = false;
  changed();
}

void RunControl::cancelSlot(const std::string& customId) {
  std::lock_guard lock(m_mutex);
  if (!m_cancelled.insert(customId).second) return;
  m_unseen.insert(customId);
  m_newCancels = true;
  changed();
}

bool RunControl::slotCancelled(const std::string& customId) const {
  std::lock_guard lock(m_mutex);
  return m_cancelled.count(customId) > 0;
}

void RunControl::attach(std::function<void()> wake) {
  std::lock_guard lock(m_mutex);
  m_wake = std::move(wake);
}

void RunControl::detach() {
  // Once this returns no wake-up runs any more: the runner's state may go away.
  std::lock_guard lock(m_mutex);
  m_wake = nullptr;
}

std::set<std::string> RunControl::takeNewCancels() {
  std::lock_guard lock(m_mutex);
  m_newCancels = false;
  return std::exchange(m_unseen, {});
}

void RunControl::changed() {
  if (m_wake) m_wake();
}

}  // namespace copydesk::batch
