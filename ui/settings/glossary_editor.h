#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

#include <filesystem>
#include <map>
#include <vector>

#include "core/checks/glossary.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace copydesk::ui {

// Preferences → Glossary: for each brand (and for every brand at once), the terms the copy must
// not use, the terms it must use, and the spellings it prefers (found → preferred). It edits a
// copy; save() writes the whole glossary rule set (core's writeGlossary) — Preferences does that
// on OK, then reloads the rule book so the checks use it at once.
class GlossaryEditor final : public QWidget {
  Q_OBJECT

 public:
  // `file`: the user's glossary.toml. When it does not exist yet, the shipped glossary (if any) is
  // the starting point, and OK writes the user's file.
  explicit GlossaryEditor(std::filesystem::path file, QWidget* parent = nullptr);

  const std::filesystem::path& file() const { return m_file; }
  bool isModified() const { return m_modified; }
  bool hasLoadProblem() const { return !m_loadProblem.isEmpty(); }
  std::vector<GlossaryEntry> entries();  // as edited, the "every brand" entry first
  Status save();                         // when modified; creates the folder if needed

  QStringList brands() const;       // as listed; "" is every brand
  QString currentBrand() const;     // "" for every brand
  void selectBrand(const QString& brand);
  QComboBox* brandBox() const { return m_brand; }
  QPushButton* addBrandButton() const { return m_addBrand; }
  QPushButton* removeBrandButton() const { return m_removeBrand; }
  QTableWidget* bannedTable() const { return m_banned; }
  QTableWidget* requiredTable() const { return m_required; }
  QTableWidget* preferredTable() const { return m_preferred; }
  QTableWidget* keepTable() const { return m_keep; }  // do-not-translate terms (issue 14)
  // A new row in that table, ready for typing; returns its row.
  int addRow(QTableWidget* table);

 public slots:
  bool addBrand(const QString& brand);  // false: empty or already there; either way it is chosen
  void removeCurrentBrand();            // not "every brand"
  // Reads the file again (after it was edited by hand and the rule book reloaded), unless the
  // user has changed something here: what they typed is not thrown away.
  void reloadUnlessModified();

 private:
  void load();
  QWidget* makeTermList(const QString& title, QTableWidget*& table, const QStringList& headings);
  void fillBrands(const QString& select);
  void showBrand(const QString& brand);
  void keepShown();  // the tables' rows back into m_entries for the brand shown
  void askForBrand();
  void markModified();
  void updateButtons();

  std::filesystem::path m_file;
  std::map<QString, GlossaryEntry> m_entries;  // by brand ("" first)
  QString m_shown;                             // the brand the tables show
  bool m_modified = false;
  bool m_filling = false;      // tables being filled: not an edit
  bool m_tablesShown = false;  // the tables hold m_shown's terms
  QString m_loadProblem;
  QComboBox* m_brand;
  QPushButton* m_addBrand;
  QPushButton* m_removeBrand;
  QTableWidget* m_banned = nullptr;
  QTableWidget* m_required = nullptr;
  QTableWidget* m_preferred = nullptr;
  QTableWidget* m_keep = nullptr;
  QLabel* m_problem;
};

}  // namespace copydesk::ui
