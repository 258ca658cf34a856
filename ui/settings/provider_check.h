#pragma once

#include <QObject>
#include <QStringList>

#include "core/llm/provider_profile.h"

class QThread;

namespace copydesk::ui {

// "Test connection" and "Fetch models" for a profile: GET {base}/models through the LLM client
// on a thread of its own, so the dialog stays live however slow the server is. One check at a
// time; the answer arrives as a signal on the GUI thread.
class ProviderCheck final : public QObject {
  Q_OBJECT

 public:
  explicit ProviderCheck(QObject* parent = nullptr);
  ~ProviderCheck() override;  // waits for a running check (bounded by the profile's timeouts)

  bool isRunning() const { return m_thread != nullptr; }
  void start(const llm::ProviderProfile& profile);  // ignored while one is running

 signals:
  void succeeded(const QStringList& models, int milliseconds);
  void failed(const QString& message);

 private:
  QThread* m_thread = nullptr;
};

}  // namespace copydesk::ui
