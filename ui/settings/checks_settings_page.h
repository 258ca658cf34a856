#pragma once

#include <QString>
#include <QUrl>
#include <QWidget>

#include <filesystem>
#include <functional>
#include <vector>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace copydesk::ui {

class RuleBookHolder;

// Preferences → Checks: the rule files in force (the shipped ones and the user's), each broken
// file's problem with its FILE:LINE:COLUMN, and the way to change them: edit a file (a shipped
// one is copied into the user's checks folder first, so the edit overrides it), show that
// folder, reload, and put the shipped file back by removing the user's copy.
class ChecksSettingsPage final : public QWidget {
  Q_OBJECT

 public:
  enum Column { NameColumn, IdColumn, OriginColumn, RulesColumn, FileColumn, ColumnCount };

  explicit ChecksSettingsPage(RuleBookHolder& rules, QWidget* parent = nullptr);

  // What opens files and folders (QDesktopServices::openUrl); tests record the URL instead.
  void setUrlOpener(std::function<void(const QUrl&)> open) { m_openUrl = std::move(open); }
  // What asks before the user's copy is removed (a question box); tests answer it.
  void setConfirmation(std::function<bool(const QString& question)> confirm) { m_confirm = std::move(confirm); }

  QTableWidget* table() const { return m_table; }
  QListWidget* problemList() const { return m_problems; }
  QPushButton* editButton() const { return m_edit; }
  QPushButton* folderButton() const { return m_folder; }
  QPushButton* reloadButton() const { return m_reload; }
  QPushButton* restoreButton() const { return m_restore; }
  // The row showing that file (-1: none), and choosing it.
  int rowOf(const std::filesystem::path& file) const;
  void selectFile(const std::filesystem::path& file);

 public slots:
  void refresh();  // the table and the problems as the rule book has them now

 signals:
  void fileOpened(const QString& path);  // after "Edit rule file"
  void status(const QString& message);   // what was done, or why not

 protected:
  void changeEvent(QEvent* event) override;

 private:
  struct FileRow {
    QString name;
    QString id;
    bool fromUser = false;
    int rules = -1;  // -1: the file does not load
    std::filesystem::path file;
    QString problem;  // FILE:LINE:COLUMN: cause, for a file that does not load
  };

  std::vector<FileRow> currentRows() const;
  void fillTable();
  void fillProblems();
  void updateButtons();
  const FileRow* selectedRow() const;
  void editSelected();
  void showFolder();
  void restoreSelected();
  bool ensureUserFolder();

  RuleBookHolder& m_rules;
  std::vector<FileRow> m_rows;  // as listed
  std::function<void(const QUrl&)> m_openUrl;
  std::function<bool(const QString&)> m_confirm;
  QTableWidget* m_table;
  QListWidget* m_problems;
  QLabel* m_problemsHeading;
  QLabel* m_folderLabel;
  QPushButton* m_edit;
  QPushButton* m_folder;
  QPushButton* m_reload;
  QPushButton* m_restore;
};

}  // namespace copydesk::ui
