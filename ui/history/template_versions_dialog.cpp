#include "ui/history/template_versions_dialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

#include "core/common/paths.h"
#include "ui/diff/diff_view.h"
#include "ui/store_thread.h"
#include "ui/common/error_text.h"

namespace copydesk::ui {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

template <class T>
QString optionalText(const std::optional<T>& value) {
  return value ? QString::number(*value) : QStringLiteral("—");
}

// "model: a → b" for every setting that differs.
QStringList settingChanges(const PromptTemplate& before, const PromptTemplate& after) {
  QStringList changes;
  auto compare = [&](const QString& name, const QString& a, const QString& b) {
    if (a != b) changes << QStringLiteral("%1: %2 → %3").arg(name, a.isEmpty() ? QStringLiteral("—") : a,
                                                             b.isEmpty() ? QStringLiteral("—") : b);
  };
  compare(QStringLiteral("field"), qs(before.field), qs(after.field));
  compare(QStringLiteral("channel"), qs(before.channel), qs(after.channel));
  compare(QStringLiteral("language"), qs(before.language), qs(after.language));
  compare(QStringLiteral("model"), qs(before.defaults.model), qs(after.defaults.model));
  compare(QStringLiteral("temperature"), optionalText(before.defaults.temperature),
          optionalText(after.defaults.temperature));
  compare(QStringLiteral("max_tokens"), optionalText(before.defaults.maxTokens), optionalText(after.defaults.maxTokens));
  compare(QStringLiteral("variables"), qs(before.variables.dump()), qs(after.variables.dump()));
  return changes;
}

}  // namespace

TemplateVersionsDialog::TemplateVersionsDialog(StoreThread& store, std::string templateName, std::int64_t versionId,
                                               QWidget* parent)
    : QDialog(parent), m_store(store), m_name(std::move(templateName)), m_initialVersion(versionId) {
  setObjectName(QStringLiteral("templateVersionsDialog"));
  setWindowTitle(tr("Versions of %1").arg(qs(m_name)));
  m_before = new QComboBox(this);
  m_after = new QComboBox(this);
  m_systemDiff = new DiffView(this);
  m_userDiff = new DiffView(this);
  m_tabs = new QTabWidget(this);
  m_tabs->addTab(m_userDiff, tr("User part"));
  m_tabs->addTab(m_systemDiff, tr("System part"));
  m_settings = new QLabel(this);
  m_settings->setWordWrap(true);
  m_settings->setTextFormat(Qt::PlainText);
  m_status = new QLabel(this);
  m_status->setWordWrap(true);
  m_status->setTextFormat(Qt::PlainText);
  m_restore = new QPushButton(tr("&Restore this version"), this);
  m_restore->setEnabled(false);
  m_restore->setAutoDefault(false);  // Return closes; restoring takes a deliberate click
  m_restore->setToolTip(tr("Saves the older version's text as a new version; no version is changed or removed"));

  auto* pick = new QHBoxLayout;
  pick->addWidget(new QLabel(tr("Compare"), this));
  pick->addWidget(m_before, 1);
  pick->addWidget(new QLabel(tr("with"), this));
  pick->addWidget(m_after, 1);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(pick);
  layout->addWidget(m_tabs, 1);
  layout->addWidget(m_settings);
  layout->addWidget(m_status);
  layout->addWidget(buttons);
  resize(900, 620);

  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(m_before, &QComboBox::currentIndexChanged, this, &TemplateVersionsDialog::showComparison);
  connect(m_after, &QComboBox::currentIndexChanged, this, &TemplateVersionsDialog::showComparison);
  connect(m_restore, &QPushButton::clicked, this, &TemplateVersionsDialog::restoreBefore);
  load();
}

void TemplateVersionsDialog::load() {
  m_status->setText(tr("Reading the versions…"));
  m_store.run(this, [name = m_name](Database& db) { return TemplateStore(db).versions(name); },
              [this](Result<std::vector<TemplateVersion>> versions) {
                if (!versions) {
                  m_status->setText(ErrorText::describe(versions.error()));
                  emit failed(m_status->text());
                  return;
                }
                setVersions(std::move(*versions));
                emit loaded();
              });
}

QString TemplateVersionsDialog::versionLabel(const TemplateVersion& version) const {
  const QDateTime saved = QDateTime::fromString(qs(version.createdAt), Qt::ISODateWithMs);
  QString label = tr("version %1").arg(version.version);
  if (saved.isValid()) label += QStringLiteral(" · ") + saved.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
  if (!version.author.empty()) label += QStringLiteral(" · ") + qs(version.author);
  if (!version.note.empty()) label += QStringLiteral(" · ") + qs(version.note);
  return label;
}

void TemplateVersionsDialog::setVersions(std::vector<TemplateVersion> versions) {
  m_versions = std::move(versions);
  const QSignalBlocker blockBefore(m_before);
  const QSignalBlocker blockAfter(m_after);
  m_before->clear();
  m_after->clear();
  for (const TemplateVersion& version : m_versions) {
    m_before->addItem(versionLabel(version));
    m_after->addItem(versionLabel(version));
  }
  const int latest = static_cast<int>(m_versions.size()) - 1;
  int before = std::max(0, latest - 1);
  for (int i = 0; i < latest; ++i) {
    if (m_versions[static_cast<size_t>(i)].id == m_initialVersion) before = i;
  }
  m_status->setText(m_versions.size() < 2 ? tr("This template has one version only.") : QString());
  compare(before, latest);
}

void TemplateVersionsDialog::compare(int before, int after) {
  m_before->setCurrentIndex(before);
  m_after->setCurrentIndex(after);
  showComparison();
}

void TemplateVersionsDialog::showComparison() {
  const int before = m_before->currentIndex();
  const int after = m_after->currentIndex();
  if (before < 0 || after < 0) {
    m_restore->setEnabled(false);
    return;
  }
  const TemplateVersion& a = m_versions[static_cast<size_t>(before)];
  const TemplateVersion& b = m_versions[static_cast<size_t>(after)];
  const QString labelA = tr("version %1").arg(a.version);
  const QString labelB = tr("version %1").arg(b.version);
  m_systemDiff->setTexts(qs(a.prompt.systemPart), qs(b.prompt.systemPart), labelA, labelB);
  m_userDiff->setTexts(qs(a.prompt.userPart), qs(b.prompt.userPart), labelA, labelB);
  const QStringList changes = settingChanges(a.prompt, b.prompt);
  m_settings->setText(changes.isEmpty() ? tr("Settings: the same.") : tr("Settings: %1").arg(changes.join(QStringLiteral("; "))));
  // Restoring the latest version would only copy it.
  const bool isLatest = before == static_cast<int>(m_versions.size()) - 1;
  m_restore->setEnabled(!isLatest);
  m_restore->setText(tr("&Restore version %1").arg(a.version));
}

void TemplateVersionsDialog::restoreBefore() {
  const int before = m_before->currentIndex();
  if (before < 0 || before == static_cast<int>(m_versions.size()) - 1) return;
  const TemplateVersion& chosen = m_versions[static_cast<size_t>(before)];
  const std::string note = tr("restored from version %1").arg(chosen.version).toStdString();
  m_restore->setEnabled(false);
  m_store.run(
      this,
      [prompt = chosen.prompt, note](Database& db) { return TemplateStore(db).save(prompt, currentUserName(), note); },
      [this](Result<TemplateVersion> saved) {
        if (!saved) {
          m_status->setText(tr("Not restored: %1").arg(ErrorText::describe(saved.error())));
          m_restore->setEnabled(true);
          emit failed(m_status->text());
          return;
        }
        m_status->setText(tr("Saved as version %1.").arg(saved->version));
        const TemplateVersion savedVersion = *saved;
        m_versions.push_back(savedVersion);
        m_before->addItem(versionLabel(savedVersion));
        m_after->addItem(versionLabel(savedVersion));
        compare(m_before->currentIndex(), static_cast<int>(m_versions.size()) - 1);
        emit restored(savedVersion);
      });
}

}  // namespace copydesk::ui
