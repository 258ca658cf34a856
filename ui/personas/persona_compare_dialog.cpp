#include "ui/personas/persona_compare_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

#include "core/store/persona_versions.h"
#include "ui/common/error_text.h"
#include "ui/diff/diff_view.h"
#include "ui/store_thread.h"

namespace copydesk::ui {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

QString statusName(DraftStatus status) {
  switch (status) {
    case DraftStatus::Draft: return PersonaCompareDialog::tr("draft");
    case DraftStatus::Submitted: return PersonaCompareDialog::tr("submitted");
    case DraftStatus::Approved: return PersonaCompareDialog::tr("approved");
    case DraftStatus::Rejected: return PersonaCompareDialog::tr("rejected");
    case DraftStatus::Exported: return PersonaCompareDialog::tr("exported");
  }
  return {};
}

}  // namespace

PersonaCompareDialog::PersonaCompareDialog(StoreThread& store, std::int64_t productId, std::string field,
                                           QWidget* parent)
    : QDialog(parent),
      m_store(store),
      m_productId(productId),
      m_field(std::move(field)),
      m_status(new QLabel(this)),
      m_columnsHost(new QWidget(this)),
      m_columns(new QHBoxLayout(m_columnsHost)),
      m_left(new QComboBox(this)),
      m_right(new QComboBox(this)),
      m_diff(new DiffView(this)) {
  setObjectName(QStringLiteral("personaCompareDialog"));
  setWindowTitle(tr("Compare personas"));
  m_status->setObjectName(QStringLiteral("personaCompareStatus"));
  m_status->setWordWrap(true);
  m_columns->setContentsMargins(0, 0, 0, 0);
  auto* scroll = new QScrollArea(this);
  scroll->setWidgetResizable(true);
  scroll->setWidget(m_columnsHost);
  m_left->setObjectName(QStringLiteral("personaCompareLeft"));
  m_right->setObjectName(QStringLiteral("personaCompareRight"));
  for (QComboBox* choice : {m_left, m_right}) choice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  auto* choices = new QWidget(this);
  auto* choiceRow = new QHBoxLayout(choices);
  choiceRow->setContentsMargins(0, 0, 0, 0);
  choiceRow->addWidget(new QLabel(tr("Compare"), choices));
  choiceRow->addWidget(m_left);
  choiceRow->addWidget(new QLabel(tr("with"), choices));
  choiceRow->addWidget(m_right);
  m_diff->addHeaderWidget(choices);
  m_diff->setSideBySide(true);
  auto* split = new QSplitter(Qt::Vertical, this);
  split->addWidget(scroll);
  split->addWidget(m_diff);
  split->setStretchFactor(0, 3);
  split->setStretchFactor(1, 2);
  split->setSizes({380, 260});  // the versions first; a scroll area asks for little height of its own
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(m_status);
  layout->addWidget(split, 1);
  layout->addWidget(buttons);
  connect(m_left, &QComboBox::currentIndexChanged, this, &PersonaCompareDialog::compare);
  connect(m_right, &QComboBox::currentIndexChanged, this, &PersonaCompareDialog::compare);
  resize(1100, 720);
  m_status->setText(tr("Loading…"));
  load();
}

QString PersonaCompareDialog::statusText() const { return m_status->text(); }

void PersonaCompareDialog::load() {
  const std::int64_t product = m_productId;
  const std::string field = m_field;
  m_store.run(
      this, [product, field](Database& db) { return personaVersions(db, product, field); },
      [this](Result<std::vector<Draft>> versions) {
        if (!versions) {
          m_status->setText(tr("Could not read the drafts: %1").arg(ErrorText::describe(versions.error())));
          emit loaded(-1);
          return;
        }
        showVersions(std::move(*versions));
      });
}

QString PersonaCompareDialog::labelOf(const Draft& draft) const {
  return draft.persona.empty() ? tr("For everyone") : tr("For %1").arg(qs(draft.persona));
}

void PersonaCompareDialog::showVersions(std::vector<Draft> versions) {
  m_versions = std::move(versions);
  int personas = 0;
  for (const Draft& d : m_versions) personas += d.persona.empty() ? 0 : 1;
  const QString sku = m_versions.empty() ? QString() : qs(m_versions.front().sku);
  if (m_versions.empty()) {
    m_status->setText(tr("This product has no %1 drafts yet. Generate with personas chosen to write one per persona.")
                          .arg(qs(m_field)));
  } else {
    m_status->setText(tr("%1 · %2: the copy for %n persona(s), side by side.", nullptr, personas)
                          .arg(sku, qs(m_field)));
  }
  const QSignalBlocker blockLeft(m_left);
  const QSignalBlocker blockRight(m_right);
  m_left->clear();
  m_right->clear();
  for (std::size_t i = 0; i < m_versions.size(); ++i) {
    const Draft& d = m_versions[i];
    auto* column = new QFrame(m_columnsHost);
    column->setObjectName(QStringLiteral("personaVersion%1").arg(i + 1));
    column->setFrameShape(QFrame::StyledPanel);
    column->setMinimumWidth(220);
    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(labelOf(d).toHtmlEscaped()), column);
    auto* meta = new QLabel(tr("Draft #%1 · variant %2 · %3%4")
                                .arg(d.id)
                                .arg(d.variant)
                                .arg(statusName(d.status))
                                .arg(d.isWorking ? tr(" · working copy") : QString()),
                            column);
    meta->setForegroundRole(QPalette::PlaceholderText);
    auto* text = new QPlainTextEdit(qs(d.text), column);
    text->setObjectName(QStringLiteral("personaVersionText"));
    text->setReadOnly(true);
    auto* open = new QPushButton(tr("Open in editor"), column);
    open->setObjectName(QStringLiteral("personaVersionOpen"));
    connect(open, &QPushButton::clicked, this, [this, id = d.id] { emit openRequested(id); });
    auto* layout = new QVBoxLayout(column);
    layout->addWidget(title);
    layout->addWidget(meta);
    layout->addWidget(text, 1);
    layout->addWidget(open);
    m_columns->addWidget(column, 1);
    m_left->addItem(labelOf(d));
    m_right->addItem(labelOf(d));
  }
  m_left->setCurrentIndex(0);
  m_right->setCurrentIndex(m_versions.size() > 1 ? 1 : 0);
  compare();
  emit loaded(static_cast<int>(m_versions.size()));
}

void PersonaCompareDialog::compare() {
  const int left = m_left->currentIndex();
  const int right = m_right->currentIndex();
  if (left < 0 || right < 0 || left >= static_cast<int>(m_versions.size()) ||
      right >= static_cast<int>(m_versions.size())) {
    m_diff->setTexts(QString(), QString());
    return;
  }
  const Draft& a = m_versions[static_cast<std::size_t>(left)];
  const Draft& b = m_versions[static_cast<std::size_t>(right)];
  m_diff->setTexts(qs(a.text), qs(b.text), labelOf(a), labelOf(b));
}

}  // namespace copydesk::ui
