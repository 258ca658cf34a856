#include "ui/settings/provider_check.h"

#include <QElapsedTimer>
#include <QThread>

#include "core/llm/llm_client.h"

namespace copydesk::ui {

ProviderCheck::ProviderCheck(QObject* parent) : QObject(parent) {}

ProviderCheck::~ProviderCheck() {
  if (!m_thread) return;
  m_thread->wait();
  delete m_thread;
}

void ProviderCheck::start(const llm::ProviderProfile& profile) {
  if (m_thread) return;
  m_thread = QThread::create([this, profile] {
    QElapsedTimer clock;
    clock.start();
    llm::ClientOptions options;
    options.retry.maxAttempts = 1;  // a test reports what happens now, it does not insist
    llm::LlmClient client(options);
    auto models = client.listModels(profile);
    const int elapsed = static_cast<int>(clock.elapsed());
    QMetaObject::invokeMethod(
        this,
        [this, models = std::move(models), elapsed] {
          if (m_thread) {
            m_thread->wait();
            m_thread->deleteLater();
            m_thread = nullptr;
          }
          if (!models) {
            emit failed(QString::fromStdString(models.error().describe()));
            return;
          }
          QStringList names;
          for (const auto& name : *models) names << QString::fromStdString(name);
          emit succeeded(names, elapsed);
        },
        Qt::QueuedConnection);
  });
  m_thread->start();
}

}  // namespace copydesk::ui
