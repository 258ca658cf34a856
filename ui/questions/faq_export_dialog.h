#pragma once

#include <QDialog>
#include <QString>

#include <filesystem>

#include "core/questions/faq_export.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace copydesk::ui {

class StoreThread;

// File → Export customer answers as FAQ… (issue 14): the approved answers as FAQ CSV (one file,
// sku,question,answer) or FAQ JSON-LD (a folder, SKU.json per product, a schema.org FAQPage),
// through core's exportFaq on the store thread, exactly as `copydesk-cli export --format faq-csv |
// faq-jsonld` writes them. The outcome stays in the dialog, as the audit export's does on its page.
class FaqExportDialog final : public QDialog {
  Q_OBJECT

 public:
  explicit FaqExportDialog(StoreThread& store, QWidget* parent = nullptr);

  void setFormat(FaqFormat format);
  void setTarget(const QString& path);  // the CSV file, or the folder of JSON-LD files
  void exportNow();                     // with the chosen format and target
  QString message() const;

 signals:
  void exported(const QString& summary);
  void exportFailed(const QString& message);

 private:
  FaqFormat format() const;
  void choosePath();  // a save dialog for the CSV, a folder dialog for JSON-LD (non-blocking)
  void updateControls();

  StoreThread& m_store;
  QComboBox* m_format;
  QLineEdit* m_path;
  QPushButton* m_browse;
  QCheckBox* m_spreadsheetSafe;
  QPushButton* m_export;
  QLabel* m_message;
  bool m_running = false;
};

}  // namespace copydesk::ui
