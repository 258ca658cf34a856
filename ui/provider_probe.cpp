#include "ui/provider_probe.h"

#include "core/llm/llm_client.h"
#include "ui/gui_relay.h"
#include "ui/common/error_text.h"

namespace copydesk::ui {

ProviderProbe::ProviderProbe(QObject* parent) : QObject(parent), m_relay(GuiRelay::to(this)) {}

ProviderProbe::~ProviderProbe() { m_relay->detach(); }

void ProviderProbe::probe(llm::LlmClient& client, const llm::ProviderProfile& profile) {
  const std::uint64_t generation = ++m_generation;
  m_name = QString::fromStdString(profile.name);
  m_baseUrl = QString::fromStdString(profile.baseUrl);
  m_checking = true;
  m_reachable = false;
  m_problem.clear();
  m_models = 0;
  llm::ModelsQuery query;  // one short try: the banner says what is true now
  query.timeoutMs = kTimeoutMs;
  client.submitListModels(profile, query, [relay = m_relay, this, generation](Result<std::vector<std::string>> models) {
    relay->post([this, generation, models = std::move(models)] {
      if (generation != m_generation) return;  // a newer probe is running
      m_checking = false;
      if (models) {
        m_reachable = true;
        m_models = static_cast<int>(models->size());
      } else {
        m_problem = ErrorText::describe(models.error());
      }
      emit finished();
    });
  });
}

}  // namespace copydesk::ui
