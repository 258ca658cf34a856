#include "ui/unsaved/unsaved_copy_dialog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace copydesk::ui {
namespace {

constexpr int kPreviewChars = 90;
enum Column { ColumnSubject, ColumnField, ColumnWhen, ColumnPreview, ColumnCount };

QString qs(const std::string& text) { return QString::fromStdString(text); }

// The copy editor's names of the fields (its own translations), other fields as they are stored.
QString copyFieldLabel(const std::string& field) {
  static const std::pair<const char*, const char*> kKnown[] = {
      {"title", QT_TRANSLATE_NOOP("CopyEditorPane", "Title")},
      {"description", QT_TRANSLATE_NOOP("CopyEditorPane", "Description")},
      {"bullets", QT_TRANSLATE_NOOP("CopyEditorPane", "Bullet points")},
      {"seo_title", QT_TRANSLATE_NOOP("CopyEditorPane", "SEO title")},
      {"seo_description", QT_TRANSLATE_NOOP("CopyEditorPane", "SEO description")},
      {"search_terms", QT_TRANSLATE_NOOP("CopyEditorPane", "Search terms")},
  };
  for (const auto& [key, label] : kKnown) {
    if (field == key) return QCoreApplication::translate("CopyEditorPane", label);
  }
  return qs(field);
}

}  // namespace

UnsavedCopyDialog::UnsavedCopyDialog(Mode mode, std::vector<UnsavedCopy> entries, QWidget* parent)
    : QDialog(parent), m_mode(mode), m_entries(std::move(entries)) {
  setObjectName(QStringLiteral("unsavedCopyDialog"));
  setWindowTitle(mode == Mode::Offer ? tr("Unsaved copy found") : tr("Unsaved copy"));
  m_intro = new QLabel(this);
  m_intro->setWordWrap(true);
  m_intro->setText(mode == Mode::Offer
                       ? tr("Copydesk ended without saving these texts (a crash, or it was stopped). Restore them "
                            "to go on editing: each opens in its editor as unsaved copy.")
                       : tr("Texts you have edited in this session and not saved yet."));

  m_list = new QTreeWidget(this);
  m_list->setObjectName(QStringLiteral("unsavedCopyList"));
  m_list->setColumnCount(ColumnCount);
  m_list->setHeaderLabels({tr("Product"), tr("Field"), tr("Last edited"), tr("Text")});
  m_list->setRootIsDecorated(false);
  m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
  m_list->setAlternatingRowColors(true);
  m_list->header()->setStretchLastSection(true);

  auto* buttons = new QDialogButtonBox(this);
  if (mode == Mode::Offer) {
    m_restoreAll = buttons->addButton(tr("Restore &all"), QDialogButtonBox::AcceptRole);
    m_restoreAll->setObjectName(QStringLiteral("restoreAll"));
    m_restore = buttons->addButton(tr("&Restore selected"), QDialogButtonBox::AcceptRole);
  } else {
    m_restore = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
  }
  m_restore->setObjectName(QStringLiteral("restoreSelected"));
  m_discard = buttons->addButton(tr("&Discard selected"), QDialogButtonBox::DestructiveRole);
  m_discard->setObjectName(QStringLiteral("discardSelected"));
  QPushButton* later = buttons->addButton(mode == Mode::Offer ? tr("Decide &later") : tr("&Close"),
                                          QDialogButtonBox::RejectRole);
  later->setObjectName(QStringLiteral("decideLater"));
  if (mode == Mode::Offer) later->setToolTip(tr("Keep the texts; they are offered again at the next start"));

  // The buttons act on click: the dialog's own accept/reject only close it.
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  if (m_restoreAll) {
    connect(m_restoreAll, &QPushButton::clicked, this, [this] {
      emit restoreRequested(m_entries);
      accept();
    });
  }
  connect(m_restore, &QPushButton::clicked, this, [this] {
    const auto chosen = selected();
    if (chosen.empty()) return;
    emit restoreRequested(chosen);
    accept();
  });
  connect(m_discard, &QPushButton::clicked, this, &UnsavedCopyDialog::discardSelected);
  connect(m_list, &QTreeWidget::itemSelectionChanged, this, &UnsavedCopyDialog::updateButtons);
  connect(m_list, &QTreeWidget::itemDoubleClicked, m_restore, &QPushButton::click);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(m_intro);
  layout->addWidget(m_list, 1);
  layout->addWidget(buttons);
  resize(820, 360);
  fill();
  if (m_list->topLevelItemCount() > 0) m_list->setCurrentItem(m_list->topLevelItem(0));
  updateButtons();
}

void UnsavedCopyDialog::fill() {
  m_list->clear();
  for (std::size_t i = 0; i < m_entries.size(); ++i) {
    const UnsavedCopy& entry = m_entries[i];
    auto* item = new QTreeWidgetItem(m_list);
    item->setText(ColumnSubject, subject(entry));
    item->setText(ColumnField, fieldLabel(entry));
    item->setText(ColumnWhen, when(entry));
    item->setText(ColumnPreview, preview(entry));
    item->setToolTip(ColumnPreview, qs(entry.text).left(2000));
    item->setData(ColumnSubject, Qt::UserRole, static_cast<int>(i));
  }
  for (int c = 0; c < ColumnPreview; ++c) m_list->resizeColumnToContents(c);
}

void UnsavedCopyDialog::updateButtons() {
  const bool any = !m_list->selectedItems().isEmpty();
  m_restore->setEnabled(any);
  m_discard->setEnabled(any);
  if (m_restoreAll) m_restoreAll->setEnabled(!m_entries.empty());
}

std::vector<UnsavedCopy> UnsavedCopyDialog::selected() const {
  std::vector<UnsavedCopy> chosen;
  for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
    const QTreeWidgetItem* item = m_list->topLevelItem(row);
    if (item->isSelected()) chosen.push_back(m_entries[item->data(ColumnSubject, Qt::UserRole).toInt()]);
  }
  return chosen;
}

void UnsavedCopyDialog::discardSelected() {
  const auto chosen = selected();
  if (chosen.empty()) return;
  const auto answer = QMessageBox::question(
      this, tr("Discard unsaved copy"),
      tr("Discard %n unsaved text(s)? They cannot be brought back.", nullptr, static_cast<int>(chosen.size())),
      QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
  if (answer != QMessageBox::Discard) return;
  emit discardRequested(chosen);
  std::erase_if(m_entries, [&](const UnsavedCopy& entry) {
    return std::any_of(chosen.begin(), chosen.end(), [&](const UnsavedCopy& c) { return c.id == entry.id; });
  });
  fill();
  updateButtons();
  if (m_entries.empty()) accept();
}

QString UnsavedCopyDialog::subject(const UnsavedCopy& entry) {
  if (entry.key.kind == UnsavedKind::Template) {
    return tr("Template %1, version %2").arg(qs(entry.templateName)).arg(entry.templateVersion);
  }
  return QStringLiteral("%1 · %2").arg(qs(entry.sku), qs(entry.productTitle));
}

QString UnsavedCopyDialog::fieldLabel(const UnsavedCopy& entry) {
  if (entry.key.kind == UnsavedKind::Template) return tr("system and user parts");
  return copyFieldLabel(entry.key.field);
}

QString UnsavedCopyDialog::when(const UnsavedCopy& entry) {
  QDateTime at = QDateTime::fromString(qs(entry.updatedAt), Qt::ISODateWithMs);
  if (!at.isValid()) return qs(entry.updatedAt);
  return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

QString UnsavedCopyDialog::preview(const UnsavedCopy& entry) {
  QString text;
  if (entry.key.kind == UnsavedKind::Template) {
    const auto parts = decodeTemplateParts(entry.text);
    text = parts ? qs(parts->userPart) : QString();
  } else {
    text = qs(entry.text);
  }
  text = text.simplified();  // one line: new lines and runs of spaces as single spaces
  if (text.size() > kPreviewChars) text = text.left(kPreviewChars) + QStringLiteral("…");
  return text;
}

}  // namespace copydesk::ui
