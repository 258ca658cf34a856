#include "ui/settings/key_vault.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <qt6keychain/keychain.h>

namespace copydesk::ui {
namespace {

const QString kService = QStringLiteral("Copydesk");
const QString kProbeKey = QStringLiteral("copydesk-keychain-probe");

QJsonObject readKeyFile() {
  QFile file(KeyVault::plainTextFilePath());
  if (!file.open(QIODevice::ReadOnly)) return {};
  return QJsonDocument::fromJson(file.readAll()).object();
}

bool writeKeyFile(const QJsonObject& keys, QString* error) {
  const QString path = KeyVault::plainTextFilePath();
  QDir().mkpath(QFileInfo(path).absolutePath());
  QFile file(path);
  // Created readable by the owner only, before any byte of a key is written.
  const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
  if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, ownerOnly) || !file.setPermissions(ownerOnly) ||
      file.write(QJsonDocument(keys).toJson()) < 0 || !file.flush()) {
    if (error) *error = file.errorString();
    return false;
  }
  return true;
}

}  // namespace

KeyVault::KeyVault(QObject* parent) : QObject(parent) {}

void KeyVault::probe() {
  if (qEnvironmentVariableIntValue("COPYDESK_NO_KEYCHAIN") == 1) {
    m_known = true;
    m_available = false;
    m_problem = tr("the keychain is switched off (COPYDESK_NO_KEYCHAIN=1)");
    emit probed(false);
    return;
  }
  // Reading an entry that does not exist tells a working keychain ("not found") from none at all.
  auto* job = new QKeychain::ReadPasswordJob(kService, this);
  job->setAutoDelete(true);
  job->setKey(kProbeKey);
  connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job* done) {
    m_known = true;
    m_available = done->error() == QKeychain::NoError || done->error() == QKeychain::EntryNotFound;
    m_problem = m_available ? QString() : done->errorString();
    emit probed(m_available);
  });
  job->start();
}

void KeyVault::store(const QString& profile, const QString& key) {
  auto* job = new QKeychain::WritePasswordJob(kService, this);
  job->setAutoDelete(true);
  job->setKey(profile);
  job->setTextData(key);
  connect(job, &QKeychain::Job::finished, this, [this, profile](QKeychain::Job* done) {
    const bool ok = done->error() == QKeychain::NoError;
    emit stored(profile, ok, ok ? QString() : done->errorString());
  });
  job->start();
}

void KeyVault::load(const QString& profile) {
  auto* job = new QKeychain::ReadPasswordJob(kService, this);
  job->setAutoDelete(true);
  job->setKey(profile);
  connect(job, &QKeychain::Job::finished, this, [this, profile](QKeychain::Job* done) {
    auto* read = static_cast<QKeychain::ReadPasswordJob*>(done);
    if (done->error() == QKeychain::NoError) emit loaded(profile, read->textData(), QString());
    else if (done->error() == QKeychain::EntryNotFound) emit loaded(profile, QString(), QString());
    else emit loaded(profile, QString(), done->errorString());
  });
  job->start();
}

void KeyVault::remove(const QString& profile) {
  auto* job = new QKeychain::DeletePasswordJob(kService, this);
  job->setAutoDelete(true);
  job->setKey(profile);
  connect(job, &QKeychain::Job::finished, this, [this, profile](QKeychain::Job*) { emit removed(profile); });
  job->start();
}

QString KeyVault::plainTextFilePath() {
  return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/api-keys.json");
}

bool KeyVault::storeInPlainTextFile(const QString& profile, const QString& key, QString* error) {
  QJsonObject keys = readKeyFile();
  keys.insert(profile, key);
  return writeKeyFile(keys, error);
}

QString KeyVault::loadFromPlainTextFile(const QString& profile) { return readKeyFile().value(profile).toString(); }

void KeyVault::removeFromPlainTextFile(const QString& profile) {
  QJsonObject keys = readKeyFile();
  if (!keys.contains(profile)) return;
  keys.remove(profile);
  writeKeyFile(keys, nullptr);
}

void KeyVault::exportToEnvironment(const QString& envName, const QString& key) {
  if (envName.isEmpty() || key.isEmpty()) return;
  qputenv(envName.toLocal8Bit().constData(), key.toUtf8());
}

}  // namespace copydesk::ui
