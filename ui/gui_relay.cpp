#include "ui/gui_relay.h"

namespace copydesk::ui {

void GuiRelay::post(std::function<void()> work) {
  // Posting under the lock: the target cannot be destroyed in between, and what was posted before
  // detach() is removed with the target's other pending events when it is destroyed.
  std::lock_guard lock(m_mutex);
  if (m_target) QMetaObject::invokeMethod(m_target, std::move(work), Qt::QueuedConnection);
}

void GuiRelay::detach() {
  std::lock_guard lock(m_mutex);
  m_target = nullptr;
}

}  // namespace copydesk::ui
