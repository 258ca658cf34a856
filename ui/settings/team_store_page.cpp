#include "ui/settings/team_store_page.h"

#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "core/common/paths.h"
#include "core/store/postgres/source_password.h"
#include "core/store/store_source.h"
#include "ui/common/error_text.h"
#include "ui/settings/key_vault.h"
#include "ui/studio_settings.h"
#include "ui/studio_store_source.h"

namespace copydesk::ui {
namespace {

QString shown(const std::string& source) { return QString::fromStdString(redactedSource(source)); }

// This desk's own SQLite file: the default path, unless COPYDESK_DB names a team store.
std::filesystem::path localStorePath() {
  const std::filesystem::path path = defaultDatabasePath();
  if (!isPostgresSource(path.native())) return path;
  return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation).toStdString() + "/copydesk/copydesk.db";
}

}  // namespace

TeamStorePage::TeamStorePage(StudioSettings& settings, KeyVault& vault, const std::filesystem::path& current,
                             QWidget* parent)
    : QWidget(parent), m_settings(settings), m_vault(vault), m_check(new QFutureWatcher<Checked>(this)) {
  setObjectName(QStringLiteral("teamStorePage"));
  m_local = new QRadioButton(tr("&This desk's own store: a SQLite file on this computer"), this);
  auto* localPath = new QLabel(QString::fromStdString(localStorePath().string()), this);
  localPath->setTextInteractionFlags(Qt::TextSelectableByMouse);
  localPath->setContentsMargins(24, 0, 0, 0);
  m_team = new QRadioButton(tr("A t&eam store on PostgreSQL, shared by everyone who connects to it"), this);

  m_uri = new QLineEdit(this);
  m_uri->setObjectName(QStringLiteral("teamStoreUri"));
  m_uri->setPlaceholderText(QStringLiteral("postgresql://anna@db.example.com/copydesk"));
  m_password = new QLineEdit(this);
  m_password->setObjectName(QStringLiteral("teamStorePassword"));
  m_password->setEchoMode(QLineEdit::Password);
  m_password->setPlaceholderText(tr("empty: the keychain, ~/.pgpass or PGPASSWORD"));
  m_keychain = new QLabel(this);
  m_keychain->setObjectName(QStringLiteral("teamStoreKeychain"));
  m_keychain->setWordWrap(true);
  m_test = new QPushButton(tr("Test &connection"), this);
  m_switch = new QPushButton(tr("S&witch to this store"), this);
  m_test->setObjectName(QStringLiteral("teamStoreTest"));
  m_switch->setObjectName(QStringLiteral("teamStoreSwitch"));
  m_result = new QLabel(this);
  m_result->setObjectName(QStringLiteral("teamStoreResult"));
  m_result->setWordWrap(true);
  m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

  auto* team = new QWidget(this);
  auto* form = new QFormLayout(team);
  form->setContentsMargins(24, 0, 0, 0);
  form->addRow(tr("&Address:"), m_uri);
  form->addRow(tr("&Password:"), m_password);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(m_test);
  buttons->addStretch(1);
  buttons->addWidget(m_switch);

  auto* now = new QLabel(tr("Open now: %1").arg(shown(current.native())), this);
  now->setObjectName(QStringLiteral("teamStoreCurrent"));
  now->setWordWrap(true);
  auto* note = new QLabel(tr("The address is kept in the studio's settings without its password; the password "
                             "goes to the keychain, never into the settings or the database. --db and COPYDESK_DB, "
                             "when given, win over this choice at start."),
                          this);
  note->setWordWrap(true);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(m_local);
  layout->addWidget(localPath);
  layout->addSpacing(8);
  layout->addWidget(m_team);
  layout->addWidget(team);
  m_keychain->setContentsMargins(24, 0, 0, 0);
  layout->addWidget(m_keychain);
  layout->addSpacing(6);
  layout->addLayout(buttons);
  layout->addWidget(m_result);
  layout->addStretch(1);
  layout->addWidget(now);
  layout->addWidget(note);

  const QString chosen = m_settings.storeSource();
  m_uri->setText(chosen);
  (chosen.isEmpty() ? m_local : m_team)->setChecked(true);
  connect(m_local, &QRadioButton::toggled, this, &TeamStorePage::updateEnabled);
  connect(m_uri, &QLineEdit::textChanged, this, &TeamStorePage::updateEnabled);
  connect(m_test, &QPushButton::clicked, this, &TeamStorePage::testConnection);
  connect(m_switch, &QPushButton::clicked, this, &TeamStorePage::switchStore);
  connect(m_check, &QFutureWatcher<Checked>::finished, this, [this] {
    m_checking = false;
    updateEnabled();
    const Checked checked = m_check->result();
    showResult(checked);
    emit checkFinished(checked.ok());
  });
  connect(&m_vault, &KeyVault::probed, this, &TeamStorePage::showKeychain);
  showKeychain();
  if (!m_vault.isKnown()) m_vault.probe();
  updateEnabled();
}

TeamStorePage::~TeamStorePage() = default;  // a check still running finishes unseen

QString TeamStorePage::resultText() const { return m_result->text(); }
QString TeamStorePage::keychainText() const { return m_keychain->text(); }

void TeamStorePage::updateEnabled() {
  const bool team = m_team->isChecked();
  m_uri->setEnabled(team);
  m_password->setEnabled(team);
  m_test->setEnabled(team && !m_checking && !m_uri->text().trimmed().isEmpty());
  m_switch->setEnabled(!m_checking && (!team || !m_uri->text().trimmed().isEmpty()));
}

void TeamStorePage::showKeychain() {
  if (!m_vault.isKnown()) {
    m_keychain->setText(tr("Looking for a keychain…"));
  } else if (m_vault.isAvailable()) {
    m_keychain->setText(tr("A password typed here is kept in the keychain."));
  } else {
    m_keychain->setText(tr("No keychain answers here: %1. Put the password in ~/.pgpass or PGPASSWORD; one typed "
                           "here is used until the studio closes.")
                            .arg(m_vault.problem()));
  }
}

std::string TeamStorePage::uriWithoutPassword() const {
  return pg::withoutPassword(m_uri->text().trimmed().toStdString());
}

void TeamStorePage::withPassword(std::function<void(Result<std::string>)> done) {
  const std::string uri = m_uri->text().trimmed().toStdString();
  const QString typed = m_password->text();
  if (!typed.isEmpty()) return done(pg::withPassword(uri, typed.toStdString()));
  if (!pg::passwordIn(uri).empty()) return done(uri);
  withKeychainPassword(m_vault, uri, this, [done](const std::filesystem::path& source) { done(source.native()); });
}

void TeamStorePage::testConnection() {
  if (m_checking) return;
  const std::string uri = m_uri->text().trimmed().toStdString();
  if (!isPostgresSource(uri)) {
    setResult(tr("That is not a PostgreSQL address. Write postgresql://USER@HOST/DATABASE, or host=… dbname=…"));
    emit checkFinished(false);
    return;
  }
  m_checking = true;
  updateEnabled();
  setResult(tr("Connecting to %1…").arg(shown(uri)));
  withPassword([this](Result<std::string> source) {
    if (!source) {
      m_checking = false;
      updateEnabled();
      showResult(source.error());
      emit checkFinished(false);
      return;
    }
    // Connecting waits for the server, up to a network timeout: never on the GUI thread.
    m_check->setFuture(QtConcurrent::run([source = *source]() -> Checked { return pg::checkTeamStore(source); }));
  });
}

void TeamStorePage::showResult(const Checked& checked) {
  if (!checked) {
    setResult(tr("Not connected: %1").arg(ErrorText::describe(checked.error())));
    return;
  }
  const QString role = QString::fromStdString(checked->role);
  if (checked->schemaVersion == 0) {
    setResult(tr("Connected as %1. The database has no Copydesk store yet; switching to it creates one.").arg(role));
  } else {
    setResult(tr("Connected as %1, schema version %2.").arg(role).arg(checked->schemaVersion));
  }
}

void TeamStorePage::switchStore() {
  if (m_local->isChecked()) {
    m_settings.setStoreSource(QString());
    emit switchRequested(localStorePath());
    return;
  }
  // Only a store that answers is switched to: a studio reopened on one that does not could do nothing.
  connect(this, &TeamStorePage::checkFinished, this, [this](bool ok) {
    if (!ok) return;
    const std::string uri = m_uri->text().trimmed().toStdString();
    m_settings.setStoreSource(QString::fromStdString(uriWithoutPassword()));
    const QString typed = m_password->text().isEmpty() ? QString::fromStdString(pg::passwordIn(uri)) : m_password->text();
    if (!typed.isEmpty() && m_vault.isAvailable()) m_vault.store(teamStoreKeyName(uri), typed);
    withPassword([this](Result<std::string> source) {
      if (source) emit switchRequested(std::filesystem::path(*source));
    });
  }, Qt::SingleShotConnection);
  testConnection();
}

void TeamStorePage::setResult(const QString& text) { m_result->setText(text); }

}  // namespace copydesk::ui
