#pragma once

#include <QObject>

#include <functional>
#include <memory>
#include <mutex>

namespace copydesk::ui {

// Hands work from another thread (the LLM client's network thread) to a QObject's own thread for
// as long as the object lives. The owner detaches it in its destructor; a post after that, or one
// still queued when the object goes, is dropped. Shared: the network thread's callback keeps it.
class GuiRelay final {
 public:
  explicit GuiRelay(QObject* target) : m_target(target) {}

  static std::shared_ptr<GuiRelay> to(QObject* target) { return std::make_shared<GuiRelay>(target); }

  // From any thread: runs `work` on the target's thread later, unless the target is gone by then.
  void post(std::function<void()> work);
  void detach();  // on the target's thread, before it is destroyed

 private:
  std::mutex m_mutex;
  QObject* m_target;
};

}  // namespace copydesk::ui
