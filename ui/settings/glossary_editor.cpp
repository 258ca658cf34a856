#include "ui/settings/glossary_editor.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <set>
#include <system_error>

#include "core/checks/rule_book.h"
#include "ui/common/error_text.h"
#include "core/common/error_id.h"

namespace copydesk::ui {
namespace {

namespace fs = std::filesystem;

QString qs(const std::string& text) { return QString::fromStdString(text); }

QColor problemColour(const QPalette& palette) {
  return palette.color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

QString cell(const QTableWidget* table, int row, int column) {
  const QTableWidgetItem* item = table->item(row, column);
  return item ? item->text().trimmed() : QString();
}

// The terms of a one-column list: blank rows dropped, each term once.
std::vector<std::string> termsOf(const QTableWidget* table) {
  std::vector<std::string> terms;
  std::set<QString> seen;
  for (int row = 0; row < table->rowCount(); ++row) {
    const QString term = cell(table, row, 0);
    if (!term.isEmpty() && seen.insert(term).second) terms.push_back(term.toStdString());
  }
  return terms;
}

std::vector<std::pair<std::string, std::string>> pairsOf(const QTableWidget* table) {
  std::vector<std::pair<std::string, std::string>> pairs;
  std::set<QString> seen;
  for (int row = 0; row < table->rowCount(); ++row) {
    const QString found = cell(table, row, 0), preferred = cell(table, row, 1);
    if (found.isEmpty() || preferred.isEmpty() || !seen.insert(found).second) continue;
    pairs.emplace_back(found.toStdString(), preferred.toStdString());
  }
  return pairs;
}

void fillRows(QTableWidget* table, const std::vector<QStringList>& rows) {
  table->setRowCount(0);
  table->setRowCount(static_cast<int>(rows.size()));
  for (int r = 0; r < static_cast<int>(rows.size()); ++r)
    for (int c = 0; c < rows[static_cast<std::size_t>(r)].size(); ++c)
      table->setItem(r, c, new QTableWidgetItem(rows[static_cast<std::size_t>(r)][c]));
}

bool fileExists(const fs::path& path) {
  std::error_code ec;
  return fs::exists(path, ec);
}

}  // namespace

GlossaryEditor::GlossaryEditor(fs::path file, QWidget* parent) : QWidget(parent), m_file(std::move(file)) {
  setObjectName(QStringLiteral("glossaryEditor"));
  m_brand = new QComboBox(this);
  m_brand->setObjectName(QStringLiteral("glossaryBrand"));
  m_brand->setMinimumContentsLength(24);
  m_addBrand = new QPushButton(tr("Add &brand…"), this);
  m_removeBrand = new QPushButton(tr("Remove brand"), this);
  auto* brandRow = new QHBoxLayout;
  auto* brandLabel = new QLabel(tr("&Brand:"), this);
  brandLabel->setBuddy(m_brand);
  brandRow->addWidget(brandLabel);
  brandRow->addWidget(m_brand);
  brandRow->addWidget(m_addBrand);
  brandRow->addWidget(m_removeBrand);
  brandRow->addStretch(1);

  auto* intro = new QLabel(tr("The terms under “Every brand” apply to all copy; a brand's terms apply to the copy of "
                              "its products as well. Banned terms are errors, missing required terms warnings, "
                              "and spellings to replace hints."),
                           this);
  intro->setWordWrap(true);

  auto* lists = new QHBoxLayout;
  lists->addWidget(makeTermList(tr("Banned terms"), m_banned, {tr("Term")}), 1);
  lists->addWidget(makeTermList(tr("Required terms"), m_required, {tr("Term")}), 1);
  lists->addWidget(makeTermList(tr("Preferred spellings"), m_preferred, {tr("Found"), tr("Preferred")}), 2);
  // Names translations keep exactly (issue 14); the brand name is kept without being listed.
  lists->addWidget(makeTermList(tr("Do not translate"), m_keep, {tr("Term")}), 1);

  m_problem = new QLabel(this);
  m_problem->setObjectName(QStringLiteral("glossaryProblem"));
  m_problem->setWordWrap(true);
  m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
  auto* where = new QLabel(tr("Saved to %1 when you press OK.").arg(qs(m_file.string())), this);
  where->setWordWrap(true);
  where->setTextInteractionFlags(Qt::TextSelectableByMouse);
  where->setForegroundRole(QPalette::PlaceholderText);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(brandRow);
  layout->addWidget(intro);
  layout->addLayout(lists, 1);
  layout->addWidget(m_problem);
  layout->addWidget(where);

  connect(m_brand, &QComboBox::currentIndexChanged, this, [this] { showBrand(currentBrand()); });
  connect(m_addBrand, &QPushButton::clicked, this, &GlossaryEditor::askForBrand);
  connect(m_removeBrand, &QPushButton::clicked, this, &GlossaryEditor::removeCurrentBrand);
  load();
}

QWidget* GlossaryEditor::makeTermList(const QString& title, QTableWidget*& table, const QStringList& headings) {
  auto* box = new QGroupBox(title, this);
  table = new QTableWidget(0, static_cast<int>(headings.size()), box);
  table->setHorizontalHeaderLabels(headings);
  table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  table->verticalHeader()->hide();
  table->setSelectionBehavior(QAbstractItemView::SelectRows);
  table->setAlternatingRowColors(true);
  table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                         QAbstractItemView::AnyKeyPressed);
  auto* add = new QPushButton(tr("Add"), box);
  auto* remove = new QPushButton(tr("Remove"), box);
  add->setToolTip(tr("A new row: type the term, then Enter"));
  remove->setToolTip(tr("Removes the selected rows"));
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(add);
  buttons->addWidget(remove);
  buttons->addStretch(1);
  auto* layout = new QVBoxLayout(box);
  layout->addWidget(table, 1);
  layout->addLayout(buttons);

  QTableWidget* list = table;
  connect(add, &QPushButton::clicked, this, [this, list] { addRow(list); });
  connect(remove, &QPushButton::clicked, this, [this, list] {
    std::set<int, std::greater<>> rows;
    for (const QModelIndex& index : list->selectionModel()->selectedIndexes()) rows.insert(index.row());
    for (int row : rows) list->removeRow(row);
    if (!rows.empty()) markModified();
  });
  connect(list, &QTableWidget::itemChanged, this, [this] {
    if (!m_filling) markModified();
  });
  return box;
}

void GlossaryEditor::load() {
  const QString shown = m_shown;
  m_entries.clear();
  m_loadProblem.clear();
  m_tablesShown = false;
  // The user's glossary if there is one, else the shipped one to start from.
  fs::path source = m_file;
  if (!fileExists(source)) source = shippedRulesDir() / "glossary.toml";
  if (fileExists(source)) {
    auto read = readGlossary(source);
    if (!read) {
      m_loadProblem = ErrorText::describe(read.error());
    } else {
      for (auto& entry : *read) m_entries[qs(entry.brand)] = std::move(entry);
    }
  }
  m_entries[QString()].brand.clear();  // "every brand" is always offered
  // Saving over a file that did not load would lose what is in it: the user fixes it first.
  for (QWidget* part : {static_cast<QWidget*>(m_brand), static_cast<QWidget*>(m_addBrand), m_banned->parentWidget(),
                        m_required->parentWidget(), m_preferred->parentWidget(), m_keep->parentWidget()})
    part->setEnabled(!hasLoadProblem());
  QPalette red = m_problem->palette();
  red.setColor(QPalette::WindowText, problemColour(palette()));
  m_problem->setPalette(red);
  m_problem->setText(hasLoadProblem() ? tr("The glossary does not load, so it cannot be edited here: %1 — fix the "
                                           "file (Checks → Edit rule file), then Reload.")
                                            .arg(m_loadProblem)
                                      : QString());
  m_problem->setVisible(hasLoadProblem());
  fillBrands(shown);
}

void GlossaryEditor::reloadUnlessModified() {
  if (!m_modified) load();
}

QStringList GlossaryEditor::brands() const {
  QStringList names;
  for (int i = 0; i < m_brand->count(); ++i) names << m_brand->itemData(i).toString();
  return names;
}

QString GlossaryEditor::currentBrand() const { return m_brand->currentData().toString(); }

void GlossaryEditor::fillBrands(const QString& select) {
  {
    const QSignalBlocker block(m_brand);
    m_brand->clear();
    m_brand->addItem(tr("Every brand"), QString());
    QStringList names;
    for (const auto& [brand, entry] : m_entries)
      if (!brand.isEmpty()) names << brand;
    names.sort(Qt::CaseInsensitive);
    for (const QString& name : names) m_brand->addItem(name, name);
    m_brand->setCurrentIndex(std::max(0, m_brand->findData(select)));
  }
  showBrand(currentBrand());
}

void GlossaryEditor::selectBrand(const QString& brand) {
  const int index = m_brand->findData(brand);
  if (index >= 0) m_brand->setCurrentIndex(index);
}

void GlossaryEditor::showBrand(const QString& brand) {
  if (m_tablesShown && brand == m_shown) return;
  keepShown();
  m_shown = brand;
  const GlossaryEntry& entry = m_entries[brand];
  m_filling = true;
  std::vector<QStringList> banned, required, preferred, keep;
  for (const auto& term : entry.banned) banned.push_back({qs(term)});
  for (const auto& term : entry.required) required.push_back({qs(term)});
  for (const auto& [found, better] : entry.preferred) preferred.push_back({qs(found), qs(better)});
  for (const auto& term : entry.keep) keep.push_back({qs(term)});
  fillRows(m_banned, banned);
  fillRows(m_required, required);
  fillRows(m_preferred, preferred);
  fillRows(m_keep, keep);
  m_filling = false;
  m_tablesShown = true;
  updateButtons();
}

void GlossaryEditor::keepShown() {
  if (!m_tablesShown) return;  // nothing shown yet: the tables hold no brand's terms
  auto found = m_entries.find(m_shown);
  if (found == m_entries.end()) return;  // removed
  GlossaryEntry& entry = found->second;
  entry.brand = m_shown.toStdString();
  entry.banned = termsOf(m_banned);
  entry.required = termsOf(m_required);
  entry.preferred = pairsOf(m_preferred);
  entry.keep = termsOf(m_keep);
}

int GlossaryEditor::addRow(QTableWidget* table) {
  const int row = table->rowCount();
  m_filling = true;
  table->insertRow(row);
  for (int c = 0; c < table->columnCount(); ++c) table->setItem(row, c, new QTableWidgetItem);
  m_filling = false;
  table->setCurrentCell(row, 0);
  table->scrollToItem(table->item(row, 0));
  if (table->isVisible()) table->editItem(table->item(row, 0));
  return row;  // a blank row is not a change until something is typed into it
}

bool GlossaryEditor::addBrand(const QString& brand) {
  const QString name = brand.trimmed();
  if (name.isEmpty()) return false;
  const bool added = m_entries.find(name) == m_entries.end();
  if (added) {
    keepShown();
    m_entries[name].brand = name.toStdString();
    markModified();
  }
  fillBrands(name);
  return added;
}

void GlossaryEditor::askForBrand() {
  bool ok = false;
  const QString brand = QInputDialog::getText(this, tr("Add brand"), tr("Brand, as the products' brand field names it:"),
                                              QLineEdit::Normal, QString(), &ok);
  if (ok) addBrand(brand);
}

void GlossaryEditor::removeCurrentBrand() {
  const QString brand = currentBrand();
  if (brand.isEmpty()) return;
  m_entries.erase(brand);
  markModified();
  fillBrands(QString());
}

std::vector<GlossaryEntry> GlossaryEditor::entries() {
  keepShown();
  std::vector<GlossaryEntry> list;
  for (const auto& [brand, entry] : m_entries) {  // "" sorts first
    const bool empty = entry.banned.empty() && entry.required.empty() && entry.preferred.empty() && entry.keep.empty();
    if (brand.isEmpty() && empty) continue;  // an empty "every brand" says nothing
    list.push_back(entry);
  }
  return list;
}

Status GlossaryEditor::save() {
  if (!m_modified || hasLoadProblem()) return {};
  std::error_code ec;
  fs::create_directories(m_file.parent_path(), ec);
  if (ec) return makeError("file.cannot-create-folder", ErrorCode::Io, {ec.message()}, m_file.parent_path().string());
  Status written = writeGlossary(m_file, entries());
  if (written) m_modified = false;
  return written;
}

void GlossaryEditor::markModified() { m_modified = true; }

void GlossaryEditor::updateButtons() { m_removeBrand->setEnabled(!hasLoadProblem() && !currentBrand().isEmpty()); }

}  // namespace copydesk::ui
