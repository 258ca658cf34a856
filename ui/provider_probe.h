#pragma once

#include <QObject>
#include <QString>

class QNetworkAccessManager;

namespace copydesk::ui {

// Asks a provider's OpenAI-compatible endpoint for its models (GET {base}/models), without
// blocking: tells whether generation can work and, if not, why in words a writer understands.
class ProviderProbe final : public QObject {
  Q_OBJECT

 public:
  static constexpr int kTimeoutMs = 2500;

  explicit ProviderProbe(QObject* parent = nullptr);

  void probe(const QString& name, const QString& baseUrl);
  bool isChecking() const { return m_checking; }
  bool isReachable() const { return m_reachable; }
  QString name() const { return m_name; }
  QString baseUrl() const { return m_baseUrl; }
  QString problem() const { return m_problem; }
  int modelCount() const { return m_models; }

 signals:
  void finished();

 private:
  QNetworkAccessManager* m_network;
  QString m_name;
  QString m_baseUrl;
  QString m_problem;
  int m_models = 0;
  bool m_checking = false;
  bool m_reachable = false;
};

}  // namespace copydesk::ui
