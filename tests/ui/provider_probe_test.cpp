#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

#include <catch2/catch.hpp>

#include "core/llm/llm_client.h"
#include "ui/provider_banner.h"
#include "ui/provider_probe.h"

using namespace copydesk;

namespace {

// A one-route HTTP server on 127.0.0.1: answers every request with the given status and body.
class TinyHttpServer {
 public:
  TinyHttpServer(int status, QByteArray body) {
    REQUIRE(m_server.listen(QHostAddress::LocalHost));
    QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this, status, body] {
      QTcpSocket* socket = m_server.nextPendingConnection();
      QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, status, body] {
        m_requests += socket->readAll();
        if (!m_requests.contains("\r\n\r\n")) return;
        socket->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n" +
                      "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
      });
    });
  }
  QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server.serverPort()); }
  const QByteArray& requests() const { return m_requests; }

 private:
  QTcpServer m_server;
  QByteArray m_requests;
};

llm::ProviderProfile profileAt(const QString& name, const QString& baseUrl) {
  llm::ProviderProfile profile;
  profile.name = name.toStdString();
  profile.baseUrl = baseUrl.toStdString();
  return profile;
}

}  // namespace

TEST_CASE("the provider probe lists the models of a reachable OpenAI-compatible server") {
  TinyHttpServer server(200, R"({"object":"list","data":[{"id":"llama3.2"},{"id":"qwen2.5"}]})");
  llm::LlmClient client;
  ui::ProviderProbe probe;
  ui::ProviderBanner banner(probe);
  QObject::connect(&probe, &ui::ProviderProbe::finished, &banner, &ui::ProviderBanner::refresh);
  QSignalSpy finished(&probe, &ui::ProviderProbe::finished);
  probe.probe(client, profileAt("Local test", server.baseUrl()));
  CHECK(probe.isChecking());
  REQUIRE(finished.wait(5000));
  CHECK(server.requests().startsWith("GET /v1/models "));
  CHECK(probe.isReachable());
  CHECK(probe.modelCount() == 2);
  CHECK(banner.text().contains("Generation is available"));
  // Once it works, the banner no longer tells the user to start a server.
  CHECK_FALSE(banner.text().contains("start a local OpenAI-compatible server"));
  CHECK_FALSE(banner.text().contains("work without a provider"));
}

TEST_CASE("an unreachable provider makes generation unavailable and the banner says why") {
  quint16 closedPort = 0;
  {
    QTcpServer server;
    REQUIRE(server.listen(QHostAddress::LocalHost));
    closedPort = server.serverPort();
  }  // closed again: nothing listens there now
  llm::LlmClient client;
  ui::ProviderProbe probe;
  ui::ProviderBanner banner(probe);
  QObject::connect(&probe, &ui::ProviderProbe::finished, &banner, &ui::ProviderBanner::refresh);
  QSignalSpy finished(&probe, &ui::ProviderProbe::finished);
  probe.probe(client, profileAt("Ollama (local)", QStringLiteral("http://127.0.0.1:%1/v1").arg(closedPort)));
  REQUIRE(finished.wait(5000));
  CHECK_FALSE(probe.isReachable());
  CHECK_FALSE(probe.problem().isEmpty());
  CHECK(banner.text().contains("Generation is unavailable"));
  CHECK(banner.text().contains(QStringLiteral("127.0.0.1:%1").arg(closedPort)));
  CHECK(banner.text().contains("reviewing and exporting work without a provider"));
}

TEST_CASE("a banner over a probe that never ran says the provider was not checked, naming no empty address") {
  ui::ProviderProbe probe;
  ui::ProviderBanner banner(probe);
  CHECK(banner.text().contains("was not checked"));
  CHECK_FALSE(banner.text().contains("<code></code>"));
  CHECK_FALSE(banner.text().contains("unavailable"));
}

TEST_CASE("a server answering with an error status is not a usable provider") {
  TinyHttpServer server(401, R"({"error":{"message":"no key"}})");
  llm::LlmClient client;
  ui::ProviderProbe probe;
  QSignalSpy finished(&probe, &ui::ProviderProbe::finished);
  probe.probe(client, profileAt("Hosted", server.baseUrl()));
  REQUIRE(finished.wait(5000));
  CHECK_FALSE(probe.isReachable());
  CHECK(probe.problem().contains("401"));
}
