#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

#include "core/llm/api_key_source.h"

namespace copydesk::ui {

// API keys in the OS keychain (QtKeychain: Secret Service, KWallet, macOS Keychain, Windows
// Credential Store), one entry per provider profile under the service "Copydesk". Every call is
// asynchronous; answers come back as signals on the GUI thread.
//
// The LLM client asks keySource() for a request's key. It answers from keys remembered here — put
// in on the GUI thread as they are loaded, saved or removed — never from the keychain itself (the
// network thread must not wait for it) and never through the process environment (which every
// child process would inherit, and which the GUI thread would write while workers read it).
class KeyVault final : public QObject {
  Q_OBJECT

 public:
  explicit KeyVault(QObject* parent = nullptr);

  // Finds out whether a keychain answers here (headless sessions and CI usually have none).
  // COPYDESK_NO_KEYCHAIN=1 makes it report "unavailable" without asking (tests, kiosk setups).
  void probe();
  bool isKnown() const { return m_known; }
  bool isAvailable() const { return m_available; }
  QString problem() const { return m_problem; }  // why not, in the keychain's words

  void store(const QString& profile, const QString& key);
  void load(const QString& profile);
  void remove(const QString& profile);

  // The plain-text fallback the user must opt into: a file readable only by the user.
  static QString plainTextFilePath();
  static bool storeInPlainTextFile(const QString& profile, const QString& key, QString* error);
  static QString loadFromPlainTextFile(const QString& profile);
  static void removeFromPlainTextFile(const QString& profile);

  // The keys the LLM client uses, by profile name; GUI thread. remember() with "" forgets.
  void remember(const QString& profile, const QString& key);
  void forget(const QString& profile);
  bool remembers(const QString& profile) const;
  // For llm::ClientOptions::apiKey: the profile's remembered key, else its environment variable
  // (set outside the studio). Thread-safe, never blocks; stays valid after the vault is gone.
  llm::ApiKeySource keySource() const;

 signals:
  void probed(bool available);
  void stored(const QString& profile, bool ok, const QString& error);
  void loaded(const QString& profile, const QString& key, const QString& error);  // key "" + error "": none stored
  void removed(const QString& profile);

 private:
  static QString noBusProblem();
  void answerLater(std::function<void()> answer);

  struct RememberedKeys;
  std::shared_ptr<RememberedKeys> m_keys;
  bool m_known = false;
  bool m_available = false;
  QString m_problem;
};

}  // namespace copydesk::ui
