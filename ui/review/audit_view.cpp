#include "ui/review/audit_view.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <set>

#include "ui/review/audit_table_model.h"
#include "ui/row_table.h"
#include "ui/store_thread.h"
#include "ui/common/error_text.h"

namespace copydesk::ui {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

}  // namespace

AuditView::AuditView(StoreThread& store, QWidget* parent) : QWidget(parent), m_store(store) {
  setObjectName(QStringLiteral("auditPage"));
  m_model = new AuditTableModel(store, this);
  m_byAction = new QSortFilterProxyModel(this);
  m_byAction->setSourceModel(m_model);
  m_byAction->setFilterKeyColumn(AuditTableModel::ActionColumn);
  m_byAction->setFilterRole(AuditTableModel::ActionRole);  // the stored word, whatever the language shown
  m_byText = new QSortFilterProxyModel(this);
  m_byText->setSourceModel(m_byAction);
  m_byText->setFilterKeyColumn(-1);
  m_byText->setFilterCaseSensitivity(Qt::CaseInsensitive);

  m_search = new QLineEdit(this);
  m_search->setObjectName(QStringLiteral("auditSearch"));
  m_search->setPlaceholderText(tr("Filter by anything: who, SKU, field, comment…"));
  m_search->setClearButtonEnabled(true);
  m_action = new QComboBox(this);
  m_action->setObjectName(QStringLiteral("auditActionFilter"));
  m_action->addItem(tr("All actions"), QString());
  m_action->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  m_export = new QPushButton(tr("&Export audit…"), this);
  m_export->setObjectName(QStringLiteral("auditExport"));
  m_export->setToolTip(tr("Write the whole audit trail to a CSV or JSON file"));
  auto* filters = new QHBoxLayout;
  filters->addWidget(m_search, 1);
  filters->addWidget(m_action);
  filters->addWidget(m_export);

  m_view = new QTableView(this);
  m_view->setObjectName(QStringLiteral("auditTable"));
  m_view->setModel(m_byText);
  setUpRowTable(m_view);
  m_view->setColumnWidth(AuditTableModel::WhenColumn, 140);
  m_view->setColumnWidth(AuditTableModel::WhoColumn, 70);
  m_view->setColumnWidth(AuditTableModel::ActionColumn, 80);
  m_view->setColumnWidth(AuditTableModel::SubjectColumn, 260);
  m_view->setColumnWidth(AuditTableModel::ChangeColumn, 160);

  m_count = new QLabel(this);
  m_message = new QLabel(this);
  m_message->setObjectName(QStringLiteral("auditMessage"));
  m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
  auto* footer = new QHBoxLayout;
  footer->addWidget(m_count);
  footer->addWidget(m_message, 1);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addLayout(filters);
  layout->addWidget(m_view, 1);
  layout->addLayout(footer);

  m_reloadTimer = new QTimer(this);
  m_reloadTimer->setSingleShot(true);
  m_reloadTimer->setInterval(300);
  connect(m_reloadTimer, &QTimer::timeout, this, &AuditView::reload);
  connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
    m_byText->setFilterFixedString(text.trimmed());
    updateCount();
  });
  connect(m_action, &QComboBox::currentIndexChanged, this, [this] {
    const QString action = m_action->currentData().toString();
    // Overrides are stored as "reject" with an override mark: the filter takes them with the rejects.
    m_byAction->setFilterRegularExpression(
        action.isEmpty() ? QString() : QStringLiteral("^%1$").arg(QRegularExpression::escape(action)));
    updateCount();
  });
  connect(m_export, &QPushButton::clicked, this, &AuditView::chooseExportFile);
  connect(m_model, &AuditTableModel::loaded, this, [this] {
    refillActions();
    updateCount();
  });
  connect(m_model, &AuditTableModel::loadFailed, this,
          [this](const QString& why) { m_message->setText(tr("Could not read the audit trail: %1").arg(why)); });
}

void AuditView::reload() {
  m_reloadTimer->stop();
  m_model->reload();
}

void AuditView::reloadSoon() { m_reloadTimer->start(); }

QString AuditView::message() const { return m_message->text(); }

void AuditView::chooseExportFile() {
  auto* dialog = new QFileDialog(this, tr("Export the audit trail"),
                                 QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
  dialog->setObjectName(QStringLiteral("auditExportDialog"));
  dialog->setAcceptMode(QFileDialog::AcceptSave);
  dialog->setNameFilters({tr("CSV, spreadsheet-safe (*.csv)"), tr("JSON (*.json)")});
  dialog->setDefaultSuffix(QStringLiteral("csv"));
  dialog->selectFile(QStringLiteral("copydesk-audit.csv"));
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString& filter) {
    dialog->setDefaultSuffix(filter.contains(QStringLiteral("*.json")) ? QStringLiteral("json")
                                                                       : QStringLiteral("csv"));
  });
  connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& file) {
    const AuditFormat format =
        file.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) ? AuditFormat::Json : AuditFormat::Csv;
    exportTo(std::filesystem::path(file.toStdString()), format);
  });
  dialog->open();
}

void AuditView::exportTo(const std::filesystem::path& path, AuditFormat format) {
  const QString shown = QString::fromStdString(path.string());
  m_message->setText(tr("Exporting to %1…").arg(shown));
  m_store.run(
      this, [path, format](Database& db) { return exportAudit(db, {}, format, path); },
      [this, shown](Result<std::int64_t> written) {
        if (!written) {
          const QString why = ErrorText::describe(written.error());
          m_message->setText(tr("Could not export the audit trail: %1").arg(why));
          emit exportFailed(why);
          return;
        }
        m_message->setText(tr("Exported %n record(s) to %1", nullptr, static_cast<int>(*written)).arg(shown));
        emit exported(shown, *written);
      });
}

void AuditView::updateCount() {
  const int shown = m_byText->rowCount();
  const int all = m_model->rowCount();
  m_count->setText(shown == all ? tr("%n audit record(s)", nullptr, all)
                      : tr("%1 of %2 audit records").arg(shown).arg(all));
}

void AuditView::refillActions() {
  std::set<std::string> actions;
  for (int row = 0; row < m_model->rowCount(); ++row) actions.insert(m_model->entry(row)->action);
  const QString chosen = m_action->currentData().toString();
  const QSignalBlocker block(m_action);
  while (m_action->count() > 1) m_action->removeItem(1);
  for (const auto& action : actions) m_action->addItem(AuditTableModel::actionText(action), qs(action));
  m_action->setCurrentIndex(std::max(0, m_action->findData(chosen)));
}

}  // namespace copydesk::ui
