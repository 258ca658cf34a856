#include "ui/settings/provider_check.h"

#include <chrono>

#include "core/llm/llm_client.h"
#include "ui/gui_relay.h"
#include "ui/common/error_text.h"

namespace copydesk::ui {

ProviderCheck::ProviderCheck(llm::LlmClient& client, QObject* parent)
    : QObject(parent), m_client(client), m_relay(GuiRelay::to(this)) {}

ProviderCheck::~ProviderCheck() {
  m_relay->detach();
  if (m_running) m_client.cancel(m_request);
}

void ProviderCheck::start(const llm::ProviderProfile& profile, std::optional<std::string> key) {
  if (m_running) return;
  m_running = true;
  llm::ModelsQuery query;  // one attempt: a test reports what happens now, it does not insist
  query.apiKey = std::move(key);
  const auto started = std::chrono::steady_clock::now();
  m_request = m_client.submitListModels(
      profile, std::move(query), [relay = m_relay, this, started](Result<std::vector<std::string>> models) {
        const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                                    started);
        relay->post([this, models = std::move(models), ms = static_cast<int>(elapsed.count())] {
          m_running = false;
          if (!models) {
            emit failed(ErrorText::describe(models.error()));
            return;
          }
          QStringList names;
          for (const auto& name : *models) names << QString::fromStdString(name);
          emit succeeded(names, ms);
        });
      });
}

}  // namespace copydesk::ui
