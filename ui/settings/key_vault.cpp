#include "ui/settings/key_vault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <qt6keychain/keychain.h>

#include <map>
#include <mutex>
#include <optional>
#include <string>

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

// QtKeychain reaches the Secret Service over the D-Bus session bus. Where there is none (headless
// machines, CI) Debian 12's QtKeychain 0.13 can answer a libsecret job twice, the second time after
// the job is gone, and crash the studio; with no bus there is no keychain to ask anyway. GLib finds
// the bus through the variable, or the socket in XDG_RUNTIME_DIR.
bool sessionBusReachable() {
  if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) return true;
  const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
  return !runtime.isEmpty() && QFileInfo::exists(runtime + QStringLiteral("/bus"));
}

}  // namespace

// Written on the GUI thread, read on whichever thread submits a request.
struct KeyVault::RememberedKeys {
  mutable std::mutex mutex;
  std::map<std::string, std::string> byProfile;

  std::optional<std::string> find(const std::string& profile) const {
    std::lock_guard lock(mutex);
    const auto it = byProfile.find(profile);
    if (it == byProfile.end()) return std::nullopt;
    return it->second;
  }
};

KeyVault::KeyVault(QObject* parent) : QObject(parent), m_keys(std::make_shared<RememberedKeys>()) {}

void KeyVault::remember(const QString& profile, const QString& key) {
  if (key.isEmpty()) return forget(profile);
  std::lock_guard lock(m_keys->mutex);
  m_keys->byProfile[profile.toStdString()] = key.toStdString();
}

void KeyVault::forget(const QString& profile) {
  std::lock_guard lock(m_keys->mutex);
  m_keys->byProfile.erase(profile.toStdString());
}

bool KeyVault::remembers(const QString& profile) const { return m_keys->find(profile.toStdString()).has_value(); }

llm::ApiKeySource KeyVault::keySource() const {
  return [keys = std::shared_ptr<const RememberedKeys>(m_keys)](const llm::ProviderProfile& profile) {
    if (auto key = keys->find(profile.name)) return key;
    return llm::environmentKey(profile);
  };
}

QString KeyVault::noBusProblem() {
  return tr("no D-Bus session bus answers here (DBUS_SESSION_BUS_ADDRESS is not set), so no keychain can be asked");
}

// A job's answer comes later, from the event loop; so does this one, the same way for every caller.
void KeyVault::answerLater(std::function<void()> answer) {
  QMetaObject::invokeMethod(this, std::move(answer), Qt::QueuedConnection);
}

void KeyVault::probe() {
  if (qEnvironmentVariableIntValue("COPYDESK_NO_KEYCHAIN") == 1) {
    m_known = true;
    m_available = false;
    m_problem = tr("the keychain is switched off (COPYDESK_NO_KEYCHAIN=1)");
    emit probed(false);
    return;
  }
  if (!sessionBusReachable()) {
    m_known = true;
    m_available = false;
    m_problem = noBusProblem();
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
  if (!sessionBusReachable()) {
    answerLater([this, profile] { emit stored(profile, false, noBusProblem()); });
    return;
  }
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
  if (!sessionBusReachable()) {
    answerLater([this, profile] { emit loaded(profile, QString(), noBusProblem()); });
    return;
  }
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
  if (!sessionBusReachable()) {  // nothing can be in a keychain nobody can reach
    answerLater([this, profile] { emit removed(profile); });
    return;
  }
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

}  // namespace copydesk::ui
