#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace copydesk::ui {

// API keys in the OS keychain (QtKeychain: Secret Service, KWallet, macOS Keychain, Windows
// Credential Store), one entry per provider profile under the service "Copydesk". Every call is
// asynchronous; answers come back as signals on the GUI thread.
//
// The LLM client reads a key from the profile's environment variable (core has no keychain), so a
// key loaded from the keychain is put into the studio's own environment under that name — never
// into the store, the settings or a log.
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

  // Puts the key into this process's environment under envName (for the LLM client).
  static void exportToEnvironment(const QString& envName, const QString& key);

 signals:
  void probed(bool available);
  void stored(const QString& profile, bool ok, const QString& error);
  void loaded(const QString& profile, const QString& key, const QString& error);  // key "" + error "": none stored
  void removed(const QString& profile);

 private:
  static QString noBusProblem();
  void answerLater(std::function<void()> answer);

  bool m_known = false;
  bool m_available = false;
  QString m_problem;
};

}  // namespace copydesk::ui
