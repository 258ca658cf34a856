#include "ui/provider_probe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace copydesk::ui {

ProviderProbe::ProviderProbe(QObject* parent) : QObject(parent), m_network(new QNetworkAccessManager(this)) {}

void ProviderProbe::probe(const QString& name, const QString& baseUrl) {
  m_name = name;
  m_baseUrl = baseUrl;
  m_checking = true;
  m_reachable = false;
  m_problem.clear();
  m_models = 0;
  QString base = baseUrl;
  while (base.endsWith(QLatin1Char('/'))) base.chop(1);
  QNetworkRequest request(QUrl(base + QStringLiteral("/models")));
  request.setTransferTimeout(kTimeoutMs);
  QNetworkReply* reply = m_network->get(request);
  connect(reply, &QNetworkReply::finished, this, [this, reply] {
    reply->deleteLater();
    m_checking = false;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && status == 0) {
      m_problem = reply->errorString();
    } else if (status >= 400) {
      m_problem = tr("the server answered HTTP %1").arg(status);
    } else {
      const QJsonDocument json = QJsonDocument::fromJson(reply->readAll());
      m_models = static_cast<int>(json.object().value(QStringLiteral("data")).toArray().size());
      m_reachable = true;
    }
    emit finished();
  });
}

}  // namespace copydesk::ui
