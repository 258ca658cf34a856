#pragma once

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>
#include <string>

#include "core/llm/provider_profile.h"

namespace copydesk::llm {
class LlmClient;
}

namespace copydesk::ui {

class GuiRelay;

// "Test connection" and "Fetch models" for a profile: GET {base}/models through the studio's own LLM
// client (its one network thread), so the dialog stays live however slow the server is. One check
// at a time; the answer arrives as a signal on the GUI thread.
class ProviderCheck final : public QObject {
  Q_OBJECT

 public:
  explicit ProviderCheck(llm::LlmClient& client, QObject* parent = nullptr);
  ~ProviderCheck() override;  // cancels a running check; its answer is dropped

  bool isRunning() const { return m_running; }
  // key: one typed but not saved yet, tried instead of the profile's stored key. Ignored while one runs.
  void start(const llm::ProviderProfile& profile, std::optional<std::string> key = std::nullopt);

 signals:
  void succeeded(const QStringList& models, int milliseconds);
  void failed(const QString& message);

 private:
  llm::LlmClient& m_client;
  std::shared_ptr<GuiRelay> m_relay;
  std::uint64_t m_request = 0;
  bool m_running = false;
};

}  // namespace copydesk::ui
