#include "ui/questions/faq_export_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include "ui/common/error_text.h"
#include "ui/store_thread.h"

namespace copydesk::ui {
namespace {

QString documents() { return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation); }

}  // namespace

FaqExportDialog::FaqExportDialog(StoreThread& store, QWidget* parent)
    : QDialog(parent),
      m_store(store),
      m_format(new QComboBox(this)),
      m_path(new QLineEdit(this)),
      m_browse(new QPushButton(tr("&Browse…"), this)),
      m_spreadsheetSafe(new QCheckBox(tr("&Spreadsheet-safe: a cell that looks like a formula starts with '"), this)),
      m_export(new QPushButton(tr("&Export"), this)),
      m_message(new QLabel(this)) {
  setObjectName(QStringLiteral("faqExportDialog"));
  setWindowTitle(tr("Export customer answers as FAQ"));
  m_format->setObjectName(QStringLiteral("faqFormat"));
  m_path->setObjectName(QStringLiteral("faqTarget"));
  m_export->setObjectName(QStringLiteral("faqExport"));
  m_message->setObjectName(QStringLiteral("faqExportMessage"));
  m_message->setWordWrap(true);
  m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_format->addItem(tr("FAQ CSV: one file, sku,question,answer"), static_cast<int>(FaqFormat::Csv));
  m_format->addItem(tr("FAQ JSON-LD: a folder, a schema.org FAQPage per product (SKU.json)"),
                    static_cast<int>(FaqFormat::JsonLd));
  m_export->setDefault(true);

  auto* target = new QHBoxLayout;
  target->addWidget(m_path, 1);
  target->addWidget(m_browse);
  auto* form = new QFormLayout;
  form->addRow(tr("&Format:"), m_format);
  form->addRow(tr("&To:"), target);
  form->addRow(QString(), m_spreadsheetSafe);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  buttons->addButton(m_export, QDialogButtonBox::ActionRole);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(new QLabel(tr("Only approved answers are exported; the latest approved answer of each question."), this));
  layout->addLayout(form);
  layout->addWidget(m_message);
  layout->addWidget(buttons);

  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(m_browse, &QPushButton::clicked, this, &FaqExportDialog::choosePath);
  connect(m_export, &QPushButton::clicked, this, &FaqExportDialog::exportNow);
  connect(m_path, &QLineEdit::textChanged, this, &FaqExportDialog::updateControls);
  connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
    // The shown default follows the format: a file for the CSV, a folder for the JSON-LD.
    const QString base = QFileInfo(m_path->text()).absolutePath();
    const QString dir = m_path->text().isEmpty() ? documents() : base;
    m_path->setText(QDir(dir).filePath(format() == FaqFormat::Csv ? QStringLiteral("faq.csv") : QStringLiteral("faq")));
    updateControls();
  });
  m_path->setText(QDir(documents()).filePath(QStringLiteral("faq.csv")));
  updateControls();
}

FaqFormat FaqExportDialog::format() const { return static_cast<FaqFormat>(m_format->currentData().toInt()); }

void FaqExportDialog::setFormat(FaqFormat format) { m_format->setCurrentIndex(m_format->findData(static_cast<int>(format))); }

void FaqExportDialog::setTarget(const QString& path) { m_path->setText(path); }

QString FaqExportDialog::message() const { return m_message->text(); }

void FaqExportDialog::choosePath() {
  const bool csv = format() == FaqFormat::Csv;
  auto* dialog = new QFileDialog(this, csv ? tr("Export the FAQ as CSV") : tr("Folder for the FAQ JSON-LD files"),
                                 QFileInfo(m_path->text()).absolutePath());
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  if (csv) {
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("CSV (*.csv)")});
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(m_path->text());
  } else {
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
  }
  connect(dialog, &QFileDialog::fileSelected, m_path, &QLineEdit::setText);
  dialog->open();
}

void FaqExportDialog::exportNow() {
  if (m_running || m_path->text().trimmed().isEmpty()) return;
  FaqExportOptions options;
  options.format = format();
  options.out = std::filesystem::path(m_path->text().trimmed().toStdString());
  options.mode = m_spreadsheetSafe->isChecked() ? CsvMode::SpreadsheetSafe : CsvMode::Upload;
  const QString shown = QString::fromStdString(options.out.string());
  m_running = true;
  updateControls();
  m_message->setText(tr("Exporting to %1…").arg(shown));
  m_store.run(
      this, [options](Database& db) { return exportFaq(db, options); },
      [this, shown](Result<FaqExportResult> result) {
        m_running = false;
        updateControls();
        if (!result) {
          const QString why = ErrorText::describe(result.error());
          m_message->setText(tr("Could not export the FAQ: %1").arg(why));
          emit exportFailed(why);
          return;
        }
        QString text = tr("Exported %n approved answer(s) of %1 product(s) to %2", nullptr, static_cast<int>(result->answers))
                           .arg(result->products)
                           .arg(shown);
        if (result->answers == 0) {
          text += QStringLiteral("\n") + tr("No answer is approved yet: approve answers on the Review page first.");
        }
        m_message->setText(text);
        emit exported(text.section(QLatin1Char('\n'), 0, 0));
      });
}

void FaqExportDialog::updateControls() {
  m_spreadsheetSafe->setEnabled(format() == FaqFormat::Csv);
  m_export->setEnabled(!m_running && !m_path->text().trimmed().isEmpty());
  m_browse->setEnabled(!m_running);
}

}  // namespace copydesk::ui
