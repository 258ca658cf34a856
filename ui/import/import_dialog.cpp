#include "ui/import/import_dialog.h"

#include <QColor>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

#include "core/catalog/catalog_importer.h"
#include "ui/import/column_mapping_model.h"
#include "ui/import/mapping_choice_delegate.h"
#include "ui/store_thread.h"
#include "ui/common/error_text.h"

namespace copydesk::ui {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

// Why the previewed file would not import, in the UI language.
QString problemText(const CatalogPreview& preview) {
  return preview.problemError ? ErrorText::describe(*preview.problemError) : qs(preview.problem);
}

QString formatLabel(CatalogFormat format) {
  switch (format) {
    case CatalogFormat::Auto: return ImportDialog::tr("Detect automatically");
    case CatalogFormat::Shopify: return QStringLiteral("Shopify");
    case CatalogFormat::WooCommerce: return QStringLiteral("WooCommerce");
    case CatalogFormat::Generic: return ImportDialog::tr("Generic CSV");
    case CatalogFormat::Json: return QStringLiteral("JSON");
  }
  return {};
}

QString delimiterLabel(char delimiter) {
  switch (delimiter) {
    case '\t': return ImportDialog::tr("tab");
    case ',': return ImportDialog::tr("comma");
    case ';': return ImportDialog::tr("semicolon");
    default: return QString(QLatin1Char(delimiter));
  }
}

bool mappable(CatalogFormat format) { return format == CatalogFormat::Generic || format == CatalogFormat::Json; }

QTableView* makeTable(QWidget* parent) {
  auto* view = new QTableView(parent);
  view->setAlternatingRowColors(true);
  view->setWordWrap(false);
  view->setSelectionMode(QAbstractItemView::NoSelection);
  view->horizontalHeader()->setStretchLastSection(true);
  view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
  return view;
}

}  // namespace

ImportDialog::ImportDialog(StoreThread& store, std::filesystem::path path, QWidget* parent)
    : QDialog(parent), m_store(store), m_path(std::move(path)) {
  setObjectName(QStringLiteral("importDialog"));
  setWindowTitle(tr("Import catalog"));
  m_mapping = new ColumnMappingModel(this);
  m_rows = new QStandardItemModel(this);

  m_file = new QLabel(qs(m_path.string()), this);
  m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_file->setWordWrap(true);
  m_format = new QComboBox(this);
  for (CatalogFormat format : {CatalogFormat::Auto, CatalogFormat::Shopify, CatalogFormat::WooCommerce,
                               CatalogFormat::Generic, CatalogFormat::Json}) {
    m_format->addItem(formatLabel(format), static_cast<int>(format));
  }
  m_encoding = new QComboBox(this);
  m_encoding->addItem(QStringLiteral("UTF-8"), static_cast<int>(TextEncoding::Utf8));
  m_encoding->addItem(tr("GB18030 (Chinese Excel exports)"), static_cast<int>(TextEncoding::Gb18030));
  m_detected = new QLabel(this);
  m_detected->setTextFormat(Qt::PlainText);

  m_mappingView = makeTable(this);
  m_mappingView->setObjectName(QStringLiteral("mappingTable"));
  m_mappingView->verticalHeader()->hide();
  m_mappingView->setModel(m_mapping);
  m_mappingView->setItemDelegateForColumn(ColumnMappingModel::TargetColumn, new MappingChoiceDelegate(m_mappingView));
  m_mappingView->horizontalHeader()->setSectionResizeMode(ColumnMappingModel::SourceColumn, QHeaderView::ResizeToContents);
  m_mappingView->horizontalHeader()->setSectionResizeMode(ColumnMappingModel::ExampleColumn, QHeaderView::Stretch);
  m_mappingView->horizontalHeader()->setSectionResizeMode(ColumnMappingModel::TargetColumn, QHeaderView::Fixed);
  m_mappingView->horizontalHeader()->setStretchLastSection(false);
  m_mappingView->setColumnWidth(ColumnMappingModel::TargetColumn, 150);
  m_mappingView->verticalHeader()->setDefaultSectionSize(m_format->sizeHint().height() + 2);  // room for the drop-downs
  m_rowsView = makeTable(this);
  m_rowsView->setObjectName(QStringLiteral("previewRows"));
  m_rowsView->setModel(m_rows);
  m_rowsView->horizontalHeader()->setStretchLastSection(false);

  m_problem = new QLabel(this);
  m_problem->setObjectName(QStringLiteral("importProblem"));
  m_problem->setTextFormat(Qt::PlainText);
  m_problem->setWordWrap(true);
  m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_problem->setStyleSheet(QStringLiteral("color: #d03a3a;"));
  m_problem->hide();
  m_result = new QLabel(this);
  m_result->setTextFormat(Qt::PlainText);
  m_result->setWordWrap(true);
  m_result->hide();

  m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
  m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
  m_import->setEnabled(false);

  auto* form = new QFormLayout;
  form->addRow(tr("File:"), m_file);
  auto* formatRow = new QHBoxLayout;
  formatRow->addWidget(m_format);
  formatRow->addWidget(m_detected, 1);
  form->addRow(tr("Format:"), formatRow);
  auto* encodingRow = new QHBoxLayout;
  encodingRow->addWidget(m_encoding);
  encodingRow->addStretch(1);
  form->addRow(tr("Encoding:"), encodingRow);
  auto* mappingBox = new QWidget(this);
  auto* mappingLayout = new QVBoxLayout(mappingBox);
  mappingLayout->setContentsMargins(0, 0, 0, 0);
  mappingLayout->addWidget(new QLabel(tr("Columns"), mappingBox));
  mappingLayout->addWidget(m_mappingView);
  auto* rowsBox = new QWidget(this);
  auto* rowsLayout = new QVBoxLayout(rowsBox);
  rowsLayout->setContentsMargins(0, 0, 0, 0);
  rowsLayout->addWidget(new QLabel(tr("First rows"), rowsBox));
  rowsLayout->addWidget(m_rowsView);
  auto* splitter = new QSplitter(Qt::Vertical, this);
  splitter->addWidget(mappingBox);
  splitter->addWidget(rowsBox);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(splitter, 1);
  layout->addWidget(m_problem);
  layout->addWidget(m_result);
  layout->addWidget(m_buttons);
  resize(960, 700);

  connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
  connect(m_format, &QComboBox::currentIndexChanged, this, [this] { refreshPreview(false); });
  connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] { refreshPreview(false); });  // the header may read differently
  connect(m_mapping, &ColumnMappingModel::mappingEdited, this, [this] { refreshPreview(true); });
  refreshPreview(false);
}

ImportOptions ImportDialog::options() const {
  ImportOptions options;
  options.format = static_cast<CatalogFormat>(m_format->currentData().toInt());
  options.encoding = static_cast<TextEncoding>(m_encoding->currentData().toInt());
  // The products are committed first and found by search at once; the studio builds their search
  // index afterwards, in the background (SearchIndexer), so the import costs a third as much.
  options.searchIndexing = SearchIndexing::AfterImport;
  if (m_preview && mappable(m_preview->format) && m_mapping->rowCount() > 0) options.mapping = m_mapping->mapping();
  return options;
}

void ImportDialog::refreshPreview(bool keepMapping) {
  ImportOptions opts = options();
  if (!keepMapping) opts.mapping.reset();  // another format or file: match the columns by name again
  const int request = ++m_previews;
  m_busy = true;
  updateButtons();
  m_store.run(this, [path = m_path, opts](Database&) { return previewCatalog(path, opts, kPreviewRows); },
              [this, request, keepMapping](Result<CatalogPreview> preview) {
                if (request != m_previews) return;
                m_busy = false;
                if (!preview) {
                  m_preview.reset();
                  m_mapping->setSource({}, {}, {});
                  m_rows->clear();
                  m_detected->clear();
                  showProblem(ErrorText::describe(preview.error()));
                  emit previewFailed(m_problem->text());
                  return;
                }
                showPreview(std::move(*preview), keepMapping);
                emit previewShown();
              });
}

void ImportDialog::showPreview(CatalogPreview preview, bool keepMapping) {
  m_preview = std::move(preview);
  const CatalogPreview& p = *m_preview;
  QString detected = tr("read as %1").arg(formatLabel(p.format));
  if (p.delimiter) detected += tr(", columns separated by %1").arg(delimiterLabel(p.delimiter));
  if (!mappable(p.format)) detected += tr(" (its columns are fixed)");
  m_detected->setText(detected);

  const ColumnMapping mapping = keepMapping && m_mapping->rowCount() > 0 ? m_mapping->mapping() : p.mapping;
  m_mapping->setEditable(mappable(p.format));
  m_mapping->setSource(p.header, p.rows.empty() ? std::vector<std::string>{} : p.rows.front(), mapping);
  for (int row = 0; row < m_mapping->rowCount(); ++row) {
    const QModelIndex target = m_mapping->index(row, ColumnMappingModel::TargetColumn);
    if (m_mapping->isEditable()) {
      m_mappingView->openPersistentEditor(target);
    } else {
      m_mappingView->closePersistentEditor(target);
    }
  }

  m_rows->clear();
  int problemRow = -1;
  QStringList header;
  for (const std::string& name : p.header) header << qs(name);
  m_rows->setColumnCount(static_cast<int>(p.header.size()));
  m_rows->setHorizontalHeaderLabels(header);
  for (size_t r = 0; r < p.rows.size(); ++r) {
    const auto& row = p.rows[r];
    const std::int64_t line = r < p.lines.size() ? p.lines[r] : 0;
    const bool problem = line != 0 && line == p.problemLine;
    QList<QStandardItem*> items;
    for (size_t c = 0; c < p.header.size(); ++c) {
      const QString cell = c < row.size() ? qs(row[c]) : QString();
      auto* item = new QStandardItem(cell.simplified().left(120));
      item->setToolTip(problem ? problemText(p) : cell.left(2000));
      item->setEditable(false);
      if (problem) item->setBackground(QColor(0xd0, 0x3a, 0x3a, 60));
      items << item;
    }
    m_rows->appendRow(items);
    // Row headers are the file's line numbers, so "FILE:LINE" below points at a row here.
    m_rows->setVerticalHeaderItem(static_cast<int>(r), new QStandardItem(line ? QString::number(line) : QString()));
    if (problem) problemRow = static_cast<int>(r);
  }
  m_rowsView->resizeColumnsToContents();
  for (int column = 0; column < m_rows->columnCount(); ++column) {
    m_rowsView->setColumnWidth(column, std::min(m_rowsView->columnWidth(column), 260));
  }
  if (problemRow >= 0) m_rowsView->scrollTo(m_rows->index(problemRow, 0));
  showProblem(problemText(p));
  updateButtons();
}

void ImportDialog::showProblem(const QString& message) {
  m_problem->setText(message);
  m_problem->setVisible(!message.isEmpty());
  updateButtons();
}

void ImportDialog::updateButtons() {
  m_import->setEnabled(!m_busy && !m_imported && m_preview && m_preview->problem.empty());
  m_format->setEnabled(!m_imported);
  m_encoding->setEnabled(!m_imported);
  m_mappingView->setEnabled(!m_imported);
}

void ImportDialog::startImport() {
  if (m_busy || m_imported || !m_preview) return;
  const ImportOptions opts = options();
  m_busy = true;
  m_result->setText(tr("Importing…"));
  m_result->show();
  updateButtons();
  m_store.run(this, [path = m_path, opts](Database& db) { return importCatalog(db, path, opts); },
              [this](Result<ImportSummary> summary) {
                m_busy = false;
                if (!summary) {
                  m_result->hide();
                  showProblem(tr("Nothing was imported: %1").arg(ErrorText::describe(summary.error())));
                  emit importFailed(m_problem->text());
                  return;
                }
                m_imported = true;
                const QString text =
                    tr("Imported %n product(s) from %1 as %2: %3 new, %4 updated, %5 variants.", nullptr,
                       static_cast<int>(summary->products))
                        .arg(qs(m_path.filename().string()), formatLabel(summary->format))
                        .arg(summary->inserted)
                        .arg(summary->updated)
                        .arg(summary->variants);
                m_result->setText(text);
                m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
                updateButtons();
                emit imported(text);
              });
}

}  // namespace copydesk::ui
