#pragma once

#include <QWidget>

#include <filesystem>
#include <string>

#include "core/common/result.h"
#include "core/store/postgres/team_store_check.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
template <class T>
class QFutureWatcher;

namespace copydesk::ui {

class KeyVault;
class StudioSettings;

// Preferences → Team store (issue 11): this desk's own store (a SQLite file, the default) or a team
// store on PostgreSQL. The URI goes to the studio settings without a password; a password typed here
// goes to the OS keychain under teamStoreKeyName(), and where no keychain answers the page says so
// and libpq reads ~/.pgpass or PGPASSWORD. "Test connection" runs off the GUI thread and words the
// answer; "Switch" keeps the choice and asks the studio to reopen on it (switchRequested).
class TeamStorePage final : public QWidget {
  Q_OBJECT

 public:
  // current: the store the studio has open (shown redacted).
  TeamStorePage(StudioSettings& settings, KeyVault& vault, const std::filesystem::path& current,
                QWidget* parent = nullptr);
  ~TeamStorePage() override;

  QRadioButton* localChoice() const { return m_local; }
  QRadioButton* teamChoice() const { return m_team; }
  QLineEdit* uriEdit() const { return m_uri; }
  QLineEdit* passwordEdit() const { return m_password; }
  QPushButton* testButton() const { return m_test; }
  QPushButton* switchButton() const { return m_switch; }
  QString resultText() const;
  QString keychainText() const;
  bool isChecking() const { return m_checking; }

  void testConnection();
  void switchStore();

 signals:
  void checkFinished(bool ok);
  // The studio should reopen on this store: a SQLite path, or a team store's conninfo with its
  // password in memory (never shown or kept). The choice is in the settings already.
  void switchRequested(const std::filesystem::path& source);

 private:
  using Checked = Result<pg::TeamStoreCheck>;
  void updateEnabled();
  void showKeychain();
  void showResult(const Checked& checked);
  void setResult(const QString& text);
  // The URI with a password for libpq: the typed one, else the one written in the URI, else the
  // keychain's (asked first; done gets the source), else none (libpq's own ~/.pgpass, PGPASSWORD).
  void withPassword(std::function<void(Result<std::string>)> done);
  std::string uriWithoutPassword() const;

  StudioSettings& m_settings;
  KeyVault& m_vault;
  QRadioButton* m_local;
  QRadioButton* m_team;
  QLineEdit* m_uri;
  QLineEdit* m_password;
  QLabel* m_keychain;
  QLabel* m_result;
  QPushButton* m_test;
  QPushButton* m_switch;
  QFutureWatcher<Checked>* m_check;
  bool m_checking = false;
};

}  // namespace copydesk::ui
