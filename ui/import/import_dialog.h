#pragma once

#include <QDialog>

#include <filesystem>
#include <optional>

#include "core/catalog/catalog_preview.h"
#include "core/catalog/import_options.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace copydesk::ui {

class ColumnMappingModel;
class StoreThread;

// Import a catalog file: a preview first (the detected format, the encoding, how the columns map
// to product fields — editable for generic CSV and JSON — and the first rows), then the import
// itself off the GUI thread. Problems name the file and line.
class ImportDialog final : public QDialog {
  Q_OBJECT

 public:
  static constexpr int kPreviewRows = 20;

  ImportDialog(StoreThread& store, std::filesystem::path path, QWidget* parent = nullptr);

  const std::filesystem::path& path() const { return m_path; }
  ImportOptions options() const;  // what Import would use now
  const std::optional<CatalogPreview>& preview() const { return m_preview; }
  bool isBusy() const { return m_busy; }
  bool hasImported() const { return m_imported; }

  void startImport();

  QComboBox* formatCombo() const { return m_format; }
  QComboBox* encodingCombo() const { return m_encoding; }
  QLabel* detectedLabel() const { return m_detected; }
  QLabel* problemLabel() const { return m_problem; }
  QLabel* resultLabel() const { return m_result; }
  ColumnMappingModel* mappingModel() const { return m_mapping; }
  QTableView* mappingView() const { return m_mappingView; }
  QTableView* rowsView() const { return m_rowsView; }
  QPushButton* importButton() const { return m_import; }

 signals:
  void previewShown();
  void previewFailed(const QString& message);
  void imported(const QString& summary);  // the products are in the store
  void importFailed(const QString& message);

 private:
  void refreshPreview(bool keepMapping);
  void showPreview(CatalogPreview preview, bool keepMapping);
  void showProblem(const QString& message);
  void updateButtons();

  StoreThread& m_store;
  std::filesystem::path m_path;
  std::optional<CatalogPreview> m_preview;
  ColumnMappingModel* m_mapping;
  QStandardItemModel* m_rows;
  QLabel* m_file;
  QComboBox* m_format;
  QComboBox* m_encoding;
  QLabel* m_detected;
  QTableView* m_mappingView;
  QTableView* m_rowsView;
  QLabel* m_problem;
  QLabel* m_result;
  QDialogButtonBox* m_buttons;
  QPushButton* m_import;
  int m_previews = 0;
  bool m_busy = false;
  bool m_imported = false;
};

}  // namespace copydesk::ui
