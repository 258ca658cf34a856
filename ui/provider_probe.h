#pragma once

#include <QObject>
#include <QString>

#include <memory>

#include "core/llm/provider_profile.h"

namespace copydesk::llm {
class LlmClient;
}

namespace copydesk::ui {

class GuiRelay;

// Asks a provider for its models (GET {base}/models) through the studio's LLM client, without
// blocking: tells whether generation can work and, if not, why in words a writer understands.
class ProviderProbe final : public QObject {
  Q_OBJECT

 public:
  static constexpr int kTimeoutMs = 2500;

  explicit ProviderProbe(QObject* parent = nullptr);
  ~ProviderProbe() override;  // an answer still on its way is dropped

  // Forgets an earlier probe's answer (a newer one supersedes it). The client must outlive the probe
  // or cancel everything first (its destructor does).
  void probe(llm::LlmClient& client, const llm::ProviderProfile& profile);
  bool isChecking() const { return m_checking; }
  bool isReachable() const { return m_reachable; }
  QString name() const { return m_name; }
  QString baseUrl() const { return m_baseUrl; }
  QString problem() const { return m_problem; }
  int modelCount() const { return m_models; }

 signals:
  void finished();

 private:
  std::shared_ptr<GuiRelay> m_relay;
  std::uint64_t m_generation = 0;  // which probe an answer belongs to
  QString m_name;
  QString m_baseUrl;
  QString m_problem;
  int m_models = 0;
  bool m_checking = false;
  bool m_reachable = false;
};

}  // namespace copydesk::ui
