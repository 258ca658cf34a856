#pragma once

#include <QWidget>

#include <filesystem>

#include "core/export/audit_export.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace copydesk::ui {

class AuditTableModel;
class StoreThread;

// The "Audit" page: the append-only audit trail, newest first, filtered by action and by any text
// (who, SKU, comment…), and "Export audit…" writing the whole trail as CSV or JSON, exactly as
// `copydesk-cli audit --csv / --json` prints it.
class AuditView final : public QWidget {
  Q_OBJECT

 public:
  explicit AuditView(StoreThread& store, QWidget* parent = nullptr);

  void reload();
  void reloadSoon();  // many decisions in a row reload once

  AuditTableModel* model() const { return m_model; }
  QSortFilterProxyModel* filtered() const { return m_byText; }
  QTableView* view() const { return m_view; }
  QLineEdit* searchEdit() const { return m_search; }
  QComboBox* actionFilter() const { return m_action; }
  QPushButton* exportButton() const { return m_export; }
  QString message() const;

  void chooseExportFile();  // opens the file dialog (non-blocking)
  void exportTo(const std::filesystem::path& path, AuditFormat format);

 signals:
  void exported(const QString& path, qint64 entries);
  void exportFailed(const QString& message);

 private:
  void updateCount();
  void refillActions();

  StoreThread& m_store;
  AuditTableModel* m_model;
  QSortFilterProxyModel* m_byAction;
  QSortFilterProxyModel* m_byText;
  QLineEdit* m_search;
  QComboBox* m_action;
  QPushButton* m_export;
  QTableView* m_view;
  QLabel* m_count;
  QLabel* m_message;
  QTimer* m_reloadTimer;
};

}  // namespace copydesk::ui
