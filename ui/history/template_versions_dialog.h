#pragma once

#include <QDialog>

#include <cstdint>
#include <string>
#include <vector>

#include "core/store/template_store.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace copydesk::ui {

class DiffView;
class StoreThread;

// Two versions of one template side by side: what changed in the system and user parts (and in
// the settings), and "Restore this version", which saves the chosen older text as a new version —
// history is never rewritten.
class TemplateVersionsDialog final : public QDialog {
  Q_OBJECT

 public:
  // Compares `versionId` (or the one before the latest) with the latest version.
  TemplateVersionsDialog(StoreThread& store, std::string templateName, std::int64_t versionId = 0,
                         QWidget* parent = nullptr);

  void setVersions(std::vector<TemplateVersion> versions);  // oldest first
  const std::vector<TemplateVersion>& versions() const { return m_versions; }
  // Indexes into versions(): `before` is shown as the old text, `after` as the new.
  void compare(int before, int after);
  void restoreBefore();  // saves the "before" version's template as the newest version

  QComboBox* beforeCombo() const { return m_before; }
  QComboBox* afterCombo() const { return m_after; }
  DiffView* systemDiff() const { return m_systemDiff; }
  DiffView* userDiff() const { return m_userDiff; }
  QLabel* settingsLabel() const { return m_settings; }
  QPushButton* restoreButton() const { return m_restore; }

 signals:
  void loaded();
  void restored(const copydesk::TemplateVersion& saved);
  void failed(const QString& message);

 private:
  void load();
  void showComparison();
  QString versionLabel(const TemplateVersion& version) const;

  StoreThread& m_store;
  std::string m_name;
  std::int64_t m_initialVersion;
  std::vector<TemplateVersion> m_versions;
  QComboBox* m_before;
  QComboBox* m_after;
  QTabWidget* m_tabs;
  DiffView* m_systemDiff;
  DiffView* m_userDiff;
  QLabel* m_settings;
  QLabel* m_status;
  QPushButton* m_restore;
};

}  // namespace copydesk::ui
