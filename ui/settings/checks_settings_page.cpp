#include "ui/settings/checks_settings_page.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <system_error>

#include "core/checks/rule_book.h"
#include "ui/checks/rule_book_holder.h"
#include "ui/row_table.h"
#include "ui/common/error_text.h"

namespace copydesk::ui {
namespace {

namespace fs = std::filesystem;

QString qs(const std::string& text) { return QString::fromStdString(text); }
QString qs(const fs::path& path) { return QString::fromStdString(path.string()); }

// Red that stays readable: deep on a light base, soft on a dark one.
QColor problemColour(const QPalette& palette) {
  return palette.color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

// A problem's where is FILE:LINE:COLUMN (or only FILE when the file could not be read).
fs::path problemFile(const Error& problem) {
  static const QRegularExpression position(QStringLiteral(":\\d+:\\d+$"));
  QString where = qs(problem.where);
  where.remove(position);
  return fs::path(where.toStdString());
}

bool sameFolder(const fs::path& a, const fs::path& b) {
  return !a.empty() && !b.empty() && a.lexically_normal() == b.lexically_normal();
}

bool fileExists(const fs::path& path) {
  std::error_code ec;
  return fs::exists(path, ec);
}

fs::path shippedCounterpart(const fs::path& file) { return shippedRulesDir() / file.filename(); }

}  // namespace

ChecksSettingsPage::ChecksSettingsPage(RuleBookHolder& rules, QWidget* parent)
    : QWidget(parent),
      m_rules(rules),
      m_openUrl([](const QUrl& url) { QDesktopServices::openUrl(url); }),
      m_confirm([this](const QString& question) {
        return QMessageBox::question(this, tr("Restore the shipped file"), question,
                                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
      }) {
  setObjectName(QStringLiteral("checksSettingsPage"));
  auto* intro = new QLabel(tr("The checks read their rules from these files. A file of the same name in your checks "
                              "folder replaces the shipped one; a file with a new name adds a rule set."),
                           this);
  intro->setWordWrap(true);

  m_table = new QTableWidget(0, ColumnCount, this);
  m_table->setObjectName(QStringLiteral("ruleSetTable"));
  m_table->setHorizontalHeaderLabels({tr("Rule set"), tr("Id"), tr("From"), tr("Rules"), tr("File")});
  setUpRowTable(m_table);
  m_table->setSelectionMode(QAbstractItemView::SingleSelection);
  m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_table->setTextElideMode(Qt::ElideMiddle);  // paths keep their folder and their file name

  m_problemsHeading = new QLabel(this);
  m_problemsHeading->setObjectName(QStringLiteral("ruleProblemsHeading"));
  m_problems = new QListWidget(this);
  m_problems->setObjectName(QStringLiteral("ruleProblems"));
  m_problems->setWordWrap(true);
  m_problems->setMaximumHeight(m_problems->fontMetrics().height() * 7);
  auto* statusLabel = new QLabel(this);
  statusLabel->setObjectName(QStringLiteral("checksStatus"));
  statusLabel->setWordWrap(true);
  statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
  connect(this, &ChecksSettingsPage::status, statusLabel, &QLabel::setText);
  m_folderLabel = new QLabel(this);
  m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_folderLabel->setWordWrap(true);

  m_edit = new QPushButton(tr("&Edit rule file"), this);
  m_edit->setToolTip(tr("Opens the file in your text editor; a shipped file is copied into your checks folder first"));
  m_folder = new QPushButton(tr("Show &folder"), this);
  m_reload = new QPushButton(tr("Re&load"), this);
  m_reload->setToolTip(tr("Reads every rule file again, after you edited one"));
  m_restore = new QPushButton(tr("Restore &shipped"), this);
  m_restore->setToolTip(tr("Removes your copy, so the shipped file is used again"));
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(m_edit);
  buttons->addWidget(m_restore);
  buttons->addStretch(1);
  buttons->addWidget(m_folder);
  buttons->addWidget(m_reload);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(intro);
  layout->addWidget(m_table, 1);
  layout->addLayout(buttons);
  layout->addWidget(statusLabel);
  layout->addWidget(m_problemsHeading);
  layout->addWidget(m_problems);
  layout->addWidget(m_folderLabel);

  connect(m_table, &QTableWidget::itemSelectionChanged, this, &ChecksSettingsPage::updateButtons);
  connect(m_table, &QTableWidget::cellDoubleClicked, this, &ChecksSettingsPage::editSelected);
  connect(m_edit, &QPushButton::clicked, this, &ChecksSettingsPage::editSelected);
  connect(m_folder, &QPushButton::clicked, this, &ChecksSettingsPage::showFolder);
  connect(m_reload, &QPushButton::clicked, this, [this] {
    m_rules.reload();  // changed() refreshes the page
    const int problems = static_cast<int>(m_rules.problems().size());
    emit status(problems == 0 ? tr("Reloaded: every rule file loads.")
                              : tr("Reloaded: %n rule file(s) do not load.", nullptr, problems));
  });
  connect(m_restore, &QPushButton::clicked, this, &ChecksSettingsPage::restoreSelected);
  connect(&m_rules, &RuleBookHolder::changed, this, &ChecksSettingsPage::refresh);
  refresh();
}

std::vector<ChecksSettingsPage::FileRow> ChecksSettingsPage::currentRows() const {
  std::vector<FileRow> rows;
  const bool chinese = QLocale().language() == QLocale::Chinese;  // QLocale() follows the UI language
  for (const RuleSetInfo& set : m_rules.book()->sets) {
    FileRow row;
    row.name = qs(chinese && !set.nameZh.empty() ? set.nameZh : set.nameEn);
    row.id = qs(set.id);
    row.fromUser = set.fromUser;
    row.rules = static_cast<int>(set.ruleCount);
    row.file = set.file;
    rows.push_back(std::move(row));
  }
  // A file that does not load is left out of the book; it is listed all the same, with its problem.
  const fs::path userDir = userRulesDir();
  for (const Error& problem : m_rules.problems()) {
    FileRow row;
    row.file = problemFile(problem);
    row.fromUser = sameFolder(row.file.parent_path(), userDir);
    row.problem = ErrorText::describe(problem);
    rows.push_back(std::move(row));
  }
  std::stable_sort(rows.begin(), rows.end(),
                   [](const FileRow& a, const FileRow& b) { return a.file.filename() < b.file.filename(); });
  return rows;
}

void ChecksSettingsPage::refresh() {
  const fs::path selected = selectedRow() ? selectedRow()->file : fs::path();
  m_rows = currentRows();
  fillTable();
  fillProblems();
  const QString folder = qs(userRulesDir());
  m_folderLabel->setText(folder.isEmpty() ? tr("Your checks folder: none (no home folder is set)")
                                          : tr("Your checks folder: %1").arg(folder));
  if (!selected.empty()) selectFile(selected);
  if (!selectedRow() && !m_rows.empty()) m_table->selectRow(0);
  updateButtons();
}

void ChecksSettingsPage::fillTable() {
  const QSignalBlocker block(m_table);
  m_table->clearContents();
  m_table->setRowCount(static_cast<int>(m_rows.size()));
  const QColor red = problemColour(palette());
  for (int r = 0; r < static_cast<int>(m_rows.size()); ++r) {
    const FileRow& row = m_rows[static_cast<std::size_t>(r)];
    const bool broken = row.rules < 0;
    const bool replaces = row.fromUser && fileExists(shippedCounterpart(row.file));
    const QString origin = !row.fromUser ? tr("Shipped") : replaces ? tr("Yours (replaces shipped)") : tr("Yours");
    const QStringList cells = {broken ? tr("Does not load") : row.name, broken ? QStringLiteral("—") : row.id, origin,
                               broken ? QStringLiteral("—") : QLocale().toString(row.rules), qs(row.file)};
    for (int c = 0; c < ColumnCount; ++c) {
      auto* item = new QTableWidgetItem(cells[c]);
      item->setToolTip(broken ? row.problem : cells[c]);
      if (c == RulesColumn) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
      if (broken) item->setForeground(red);
      m_table->setItem(r, c, item);
    }
  }
  m_table->resizeColumnsToContents();
  m_table->setColumnWidth(NameColumn, std::min(m_table->columnWidth(NameColumn), 320));
}

void ChecksSettingsPage::fillProblems() {
  m_problems->clear();
  const QColor red = problemColour(palette());
  for (const Error& problem : m_rules.problems()) {
    auto* item = new QListWidgetItem(ErrorText::describe(problem), m_problems);
    item->setForeground(red);
    item->setToolTip(tr("Fix the file, then Reload"));
  }
  const int count = m_problems->count();
  m_problems->setVisible(count > 0);
  m_problemsHeading->setText(count == 0 ? tr("Every rule file loads.")
                                        : tr("%n rule file(s) do not load; the checks run without them:", nullptr, count));
}

int ChecksSettingsPage::rowOf(const fs::path& file) const {
  for (std::size_t i = 0; i < m_rows.size(); ++i)
    if (m_rows[i].file.lexically_normal() == file.lexically_normal()) return static_cast<int>(i);
  return -1;
}

void ChecksSettingsPage::selectFile(const fs::path& file) {
  const int row = rowOf(file);
  if (row >= 0) m_table->selectRow(row);
}

const ChecksSettingsPage::FileRow* ChecksSettingsPage::selectedRow() const {
  const QModelIndexList rows = m_table->selectionModel()->selectedRows();
  if (rows.isEmpty()) return nullptr;
  const int row = rows.first().row();
  return row >= 0 && row < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

void ChecksSettingsPage::updateButtons() {
  const FileRow* row = selectedRow();
  m_edit->setEnabled(row != nullptr);
  m_restore->setEnabled(row && row->fromUser && fileExists(shippedCounterpart(row->file)));
}

bool ChecksSettingsPage::ensureUserFolder() {
  const fs::path dir = userRulesDir();
  std::error_code ec;
  if (!dir.empty()) fs::create_directories(dir, ec);
  if (dir.empty() || ec) {
    emit status(tr("Your checks folder could not be made: %1")
                    .arg(dir.empty() ? tr("no home folder is set") : qs(ec.message())));
    return false;
  }
  return true;
}

void ChecksSettingsPage::editSelected() {
  const FileRow* row = selectedRow();
  if (!row) return;
  fs::path target = row->file;
  if (!row->fromUser) {
    // Edits go to the user's copy, which replaces the shipped file (that one stays as shipped).
    target = userRulesDir() / row->file.filename();
    if (!fileExists(target)) {
      if (!ensureUserFolder()) return;
      std::error_code ec;
      fs::copy_file(row->file, target, ec);
      if (ec) {
        emit status(tr("%1 could not be copied into your checks folder: %2").arg(qs(row->file), qs(ec.message())));
        return;
      }
      fs::permissions(target, fs::perms::owner_write, fs::perm_options::add, ec);  // shipped files may be read-only
      emit status(tr("Copied %1 into your checks folder; your copy is used from now on. Reload after editing it.")
                      .arg(qs(target.filename())));
    }
    m_rules.reload();  // the set is now the user's
    selectFile(target);
  }
  const QString path = qs(target);
  m_openUrl(QUrl::fromLocalFile(path));
  emit fileOpened(path);
}

void ChecksSettingsPage::showFolder() {
  if (!ensureUserFolder()) return;
  m_openUrl(QUrl::fromLocalFile(qs(userRulesDir())));
}

void ChecksSettingsPage::restoreSelected() {
  const FileRow* row = selectedRow();
  if (!row || !row->fromUser || !fileExists(shippedCounterpart(row->file))) return;
  const fs::path file = row->file;
  if (!m_confirm(tr("Remove your copy %1? The shipped rules are used again and your changes to them are lost.")
                     .arg(qs(file))))
    return;
  std::error_code ec;
  fs::remove(file, ec);
  if (ec) {
    emit status(tr("%1 could not be removed: %2").arg(qs(file), qs(ec.message())));
    return;
  }
  m_rules.reload();
  selectFile(shippedCounterpart(file));
  emit status(tr("The shipped %1 is used again.").arg(qs(file.filename())));
}

void ChecksSettingsPage::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  if (event->type() == QEvent::PaletteChange) {
    fillTable();  // the problem red follows the palette
    fillProblems();
  }
}

}  // namespace copydesk::ui
