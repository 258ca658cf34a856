#include "ui/copy/copy_editor_pane.h"

#include <QCoreApplication>

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

#include "core/checks/draft_check.h"
#include "core/review/working_copy.h"
#include "core/store/draft_store.h"
#include "ui/checks/check_runner.h"
#include "ui/checks/finding_underlines.h"
#include "ui/checks/findings_pane.h"
#include "ui/checks/rule_book_holder.h"
#include "ui/copy/copy_counters.h"
#include "ui/copy/product_facts.h"
#include "ui/copy/save_conflict_dialog.h"
#include "ui/diff/diff_view.h"
#include "ui/questions/question_label.h"
#include "ui/store_thread.h"
#include "ui/common/error_text.h"

namespace copydesk::ui {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

struct Choice {
  const char* key;
  const char* label;
};

// The fields a copywriter edits most, in menu order; a draft of another field is added when shown.
constexpr Choice kFields[] = {
    {"title", QT_TRANSLATE_NOOP("CopyEditorPane", "Title")},
    {"description", QT_TRANSLATE_NOOP("CopyEditorPane", "Description")},
    {"bullets", QT_TRANSLATE_NOOP("CopyEditorPane", "Bullet points")},
    {"seo_title", QT_TRANSLATE_NOOP("CopyEditorPane", "SEO title")},
    {"seo_description", QT_TRANSLATE_NOOP("CopyEditorPane", "SEO description")},
    {"search_terms", QT_TRANSLATE_NOOP("CopyEditorPane", "Search terms")},
};

constexpr Choice kChannels[] = {
    {"amazon", QT_TRANSLATE_NOOP("CopyEditorPane", "Amazon")},
    {"shopify", QT_TRANSLATE_NOOP("CopyEditorPane", "Shopify")},
    {"taobao", QT_TRANSLATE_NOOP("CopyEditorPane", "Taobao")},
};

enum Compare { CompareModel, CompareShop };

QWidget* titled(const QString& title, QWidget* content, QWidget* below = nullptr) {
  auto* box = new QWidget;
  auto* layout = new QVBoxLayout(box);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(2);
  auto* heading = new QLabel(title, box);
  QFont font = heading->font();
  font.setBold(true);
  heading->setFont(font);
  layout->addWidget(heading);
  layout->addWidget(content, 1);
  if (below) layout->addWidget(below);
  return box;
}

QString statusLabel(DraftStatus status) {
  switch (status) {
    case DraftStatus::Draft: return CopyEditorPane::tr("draft");
    case DraftStatus::Submitted: return CopyEditorPane::tr("in review");
    case DraftStatus::Approved: return CopyEditorPane::tr("approved");
    case DraftStatus::Rejected: return CopyEditorPane::tr("rejected");
    case DraftStatus::Exported: return CopyEditorPane::tr("exported");
  }
  return {};
}

}  // namespace

CopyEditorPane::CopyEditorPane(StoreThread& store, QWidget* parent) : CopyEditorPane(store, nullptr, parent) {}

CopyEditorPane::CopyEditorPane(StoreThread& store, RuleBookHolder& rules, QWidget* parent)
    : CopyEditorPane(store, &rules, parent) {}

CopyEditorPane::CopyEditorPane(StoreThread& store, RuleBookHolder* rules, QWidget* parent)
    : QWidget(parent), m_store(store), m_rules(rules ? rules : new RuleBookHolder(this)) {
  setObjectName(QStringLiteral("copyEditor"));
  m_heading = new QLabel(this);
  m_heading->setObjectName(QStringLiteral("copyHeading"));
  m_heading->setWordWrap(true);
  m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
  // An answer is written to what was asked: the question stands above it, as on the Review page (issue 14).
  m_question = new QuestionLabel(this);
  m_question->setObjectName(QStringLiteral("copyQuestion"));
  m_message = new QLabel(this);
  m_message->setObjectName(QStringLiteral("copyMessage"));
  m_message->setWordWrap(true);
  m_message->hide();

  m_field = new QComboBox(this);
  m_field->setObjectName(QStringLiteral("copyField"));
  for (const auto& field : kFields) m_field->addItem(QCoreApplication::translate("CopyEditorPane", field.label), QString::fromLatin1(field.key));
  m_field->setCurrentIndex(1);  // description
  m_channel = new QComboBox(this);
  m_channel->setObjectName(QStringLiteral("copyChannel"));
  m_channel->setToolTip(tr("The shop whose length limits the counters check"));
  for (const auto& channel : kChannels) m_channel->addItem(QCoreApplication::translate("CopyEditorPane", channel.label), QString::fromLatin1(channel.key));

  buildActions();
  m_saveButton = new QPushButton(tr("Save"), this);
  m_saveButton->setObjectName(QStringLiteral("saveCopy"));
  m_saveButton->setToolTip(tr("Save the working copy as a new version (%1)").arg(m_save->shortcut().toString(QKeySequence::NativeText)));
  m_submitButton = new QPushButton(tr("Submit for review"), this);
  m_submitButton->setObjectName(QStringLiteral("submitCopy"));
  connect(m_saveButton, &QPushButton::clicked, m_save, &QAction::trigger);
  connect(m_submitButton, &QPushButton::clicked, m_submit, &QAction::trigger);

  auto* top = new QHBoxLayout;
  top->addWidget(new QLabel(tr("Field:"), this));
  top->addWidget(m_field);
  top->addWidget(new QLabel(tr("Limits of:"), this));
  top->addWidget(m_channel);
  top->addStretch(1);
  top->addWidget(m_saveButton);
  top->addWidget(m_submitButton);

  m_diff = new DiffView(this);
  m_diff->setObjectName(QStringLiteral("copyDiff"));
  m_compare = new QComboBox(this);
  m_compare->setObjectName(QStringLiteral("copyCompare"));
  m_compare->addItem(tr("Working copy against the model's draft"), CompareModel);
  m_compare->addItem(tr("Working copy against the shop's copy"), CompareShop);
  m_diff->addHeaderWidget(m_compare);

  QWidget* columns = buildColumns();  // the working copy, which the checks underline
  // The diff and the findings side by side below the columns: the page is wider than it is tall.
  auto* below = new QSplitter(Qt::Horizontal, this);
  below->addWidget(m_diff);
  below->addWidget(buildChecks());
  below->setStretchFactor(0, 3);
  below->setStretchFactor(1, 2);
  below->setChildrenCollapsible(false);

  auto* splitter = new QSplitter(Qt::Vertical, this);
  splitter->addWidget(columns);
  splitter->addWidget(below);
  splitter->setStretchFactor(0, 3);
  splitter->setStretchFactor(1, 2);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(m_heading);
  layout->addWidget(m_question);
  layout->addLayout(top);
  layout->addWidget(m_message);
  layout->addWidget(splitter, 1);

  // Counting is cheap and follows every key; the diff waits for a pause in the typing.
  m_diffDelay = new QTimer(this);
  m_diffDelay->setSingleShot(true);
  m_diffDelay->setInterval(150);
  connect(m_diffDelay, &QTimer::timeout, this, &CopyEditorPane::updateDiff);
  connect(m_working, &QPlainTextEdit::textChanged, this, [this] {
    m_counters->setText(m_working->toPlainText());
    m_diffDelay->start();
    m_checks->setText(m_working->toPlainText());  // checked once the typing pauses
    updateActions();
  });
  connect(m_channel, &QComboBox::currentIndexChanged, this, &CopyEditorPane::updateLimit);
  connect(m_channel, &QComboBox::currentIndexChanged, this, &CopyEditorPane::updateCheckSubject);
  connect(m_rules, &RuleBookHolder::changed, this, [this] {
    m_checks->setBook(m_rules->book());
    m_findings->setRuleBook(m_rules->book());
    updateCheckSubject();  // a new channel file may name other channels
  });
  connect(m_compare, &QComboBox::currentIndexChanged, this, &CopyEditorPane::updateDiff);
  connect(m_field, &QComboBox::activated, this, [this] {
    if (m_productId != 0) setProduct(m_productId);
  });
  updateHeading();
  updateLimit();
  updateActions();
}

void CopyEditorPane::buildActions() {
  // The pane's shortcuts work where the focus is in the pane, so other pages keep theirs.
  auto make = [this](const QString& text, const QKeySequence& key, const QString& name) {
    auto* action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
  };
  m_undo = make(tr("&Undo edit"), QKeySequence::Undo, QStringLiteral("copyUndo"));
  m_redo = make(tr("&Redo edit"), QKeySequence(QStringLiteral("Ctrl+Shift+Z")), QStringLiteral("copyRedo"));
  m_save = make(tr("&Save copy"), QKeySequence::Save, QStringLiteral("saveCopyAction"));
  m_submit = make(tr("Submit copy for re&view"), QKeySequence(QStringLiteral("Ctrl+Shift+Return")),
                  QStringLiteral("submitCopyAction"));
  connect(m_save, &QAction::triggered, this, &CopyEditorPane::save);
  connect(m_submit, &QAction::triggered, this, &CopyEditorPane::submitForReview);
}

QWidget* CopyEditorPane::buildColumns() {
  m_facts = new QTextBrowser;
  m_facts->setObjectName(QStringLiteral("productFacts"));
  m_facts->setOpenLinks(false);
  m_model = new QPlainTextEdit;
  m_model->setObjectName(QStringLiteral("modelDraft"));
  m_model->setReadOnly(true);
  m_model->setPlaceholderText(tr("The draft as the model wrote it appears here once you pick a variant."));
  m_working = new QPlainTextEdit;
  m_working->setObjectName(QStringLiteral("workingCopy"));
  m_working->setPlaceholderText(tr("Pick a product, then write here or use a generated variant."));
  m_counters = new CopyCounters;
  m_counters->setObjectName(QStringLiteral("copyCounters"));

  connect(m_working, &QPlainTextEdit::undoAvailable, m_undo, &QAction::setEnabled);
  connect(m_working, &QPlainTextEdit::redoAvailable, m_redo, &QAction::setEnabled);
  connect(m_undo, &QAction::triggered, m_working, &QPlainTextEdit::undo);
  connect(m_redo, &QAction::triggered, m_working, &QPlainTextEdit::redo);
  m_undo->setEnabled(false);
  m_redo->setEnabled(false);

  auto* columns = new QSplitter(Qt::Horizontal);
  columns->addWidget(titled(tr("Product facts"), m_facts));
  columns->addWidget(titled(tr("Model draft"), m_model));
  columns->addWidget(titled(tr("Working copy"), m_working, m_counters));
  for (int i = 0; i < columns->count(); ++i) columns->setStretchFactor(i, 1);
  columns->setChildrenCollapsible(false);
  return columns;
}

QWidget* CopyEditorPane::buildChecks() {
  m_checks = new CheckRunner(this);
  m_checks->setBook(m_rules->book());
  m_underlines = new FindingUnderlines(m_working);
  m_findings = new FindingsPane;
  m_findings->setTitle(tr("Checks"));
  m_findings->setRuleBook(m_rules->book());
  m_findings->setEditor(m_working);
  m_findings->setNotice(tr("Pick a product: its copy is checked as you type."));
  connect(m_checks, &CheckRunner::checked, this, [this](const std::vector<Finding>& findings, const QString& text) {
    m_underlines->setFindings(findings, text);
    m_findings->setFindings(findings, text);
    emit checked();
  });
  return m_findings;
}

// The check channel of the shop chosen under "Limits of:" for the field: the same limits the
// counters show (a draft's own channel is chosen there when it is shown).
std::string CopyEditorPane::checkChannel() const {
  const CheckChannel* channel =
      m_rules->book()->channelFor(m_channel->currentData().toString().toStdString(), fieldName().toStdString());
  return channel ? channel->id : std::string();
}

void CopyEditorPane::updateCheckSubject() {
  const int request = ++m_checkRequest;
  if (!m_snapshot || m_productId == 0) {
    m_checks->clear();
    m_underlines->clear();
    m_findings->setNotice(tr("Pick a product: its copy is checked as you type."));
    return;
  }
  const std::string channel = checkChannel();
  if (!m_snapshot->draft) {
    // No stored draft yet: the text is held to the product's facts, the chosen field and channel.
    auto product = std::make_shared<const Product>(m_snapshot->product);
    const std::string field = fieldName().toStdString();
    m_checks->setSubject([product, field, channel](std::string_view text) {
      CheckInput input;
      input.text = text;
      input.field = field;
      input.channel = channel;
      input.product = product.get();
      input.brand = product->brand;
      input.html = looksLikeHtml(text);
      return input;
    });
    m_checks->checkNow();
    return;
  }
  // A draft: its template's keywords too, read once on the store thread.
  m_checks->setSubject(nullptr);
  const std::int64_t id = m_snapshot->draft->id;
  m_store.run(
      this, [book = m_rules->book(), id](Database& db) { return loadDraftCheckSubject(db, *book, id); },
      [this, request, channel](Result<DraftCheckSubject> loaded) {
        if (request != m_checkRequest) return;
        if (!loaded) {
          m_findings->setNotice(tr("Could not check this copy: %1").arg(ErrorText::describe(loaded.error())));
          return;
        }
        auto subject = std::make_shared<const DraftCheckSubject>(std::move(*loaded));
        m_checks->setSubject([subject, channel](std::string_view text) {
          CheckInput input = subject->input(text);
          input.channel = channel;
          return input;
        });
        m_checks->checkNow();
      });
}

QString CopyEditorPane::workingText() const { return m_working->toPlainText(); }
bool CopyEditorPane::hasUnsavedEdits() const { return m_productId != 0 && workingText() != m_savedText; }
QString CopyEditorPane::headingText() const { return m_heading->text(); }
QLabel* CopyEditorPane::questionLabel() const { return m_question; }

QString CopyEditorPane::messageText() const { return m_message->isHidden() ? QString() : m_message->text(); }

QString CopyEditorPane::fieldName() const { return m_field->currentData().toString(); }

void CopyEditorPane::setProduct(std::int64_t productId) {
  // The variant just chosen for this product stays; another product shows its own copy.
  if (productId == m_productId && m_snapshot && m_snapshot->draft && m_snapshot->draft->field == fieldName().toStdString())
    return;
  m_productId = productId;
  if (productId == 0) {
    ++m_request;
    m_snapshot.reset();
    m_facts->clear();
    m_model->clear();
    m_savedText.clear();
    m_working->setPlainText({});
    updateHeading();
    updateActions();
    updateCheckSubject();
    return;
  }
  const std::string field = fieldName().toStdString();
  load([productId, field](Database& db) { return loadProductSnapshot(db, productId, field); });
}

void CopyEditorPane::setTemplateField(const QString& field) {
  if (field.isEmpty() || field == fieldName() || (m_snapshot && m_snapshot->draft) || hasUnsavedEdits()) return;
  if (m_field->findData(field) < 0) m_field->addItem(field, field);
  m_field->setCurrentIndex(m_field->findData(field));
  if (m_productId != 0) setProduct(m_productId);  // the product's copy of that field
  updateLimit();
}

void CopyEditorPane::productDraftStored(std::int64_t productId) {
  if (productId == 0 || productId != m_productId || !m_snapshot || m_snapshot->draft || hasUnsavedEdits() || m_storing)
    return;
  const std::string field = fieldName().toStdString();
  load([productId, field](Database& db) { return loadProductSnapshot(db, productId, field); });
}

void CopyEditorPane::showDraft(std::int64_t draftId) {
  load([draftId](Database& db) { return loadDraftSnapshot(db, draftId); });
}

void CopyEditorPane::load(std::function<Result<DraftSnapshot>(Database&)> job) {
  const int request = ++m_request;
  m_store.run(this, std::move(job), [this, request](Result<DraftSnapshot> snapshot) {
    if (request != m_request) return;
    if (!snapshot) {
      showError(tr("Could not load the copy"), snapshot.error());
      return;
    }
    display(std::move(*snapshot));
  });
}

void CopyEditorPane::display(DraftSnapshot snapshot) {
  m_message->hide();
  m_retryWhenBack.reset();  // another draft: the kept edits of this one wait for it (m_unsaved)
  // Showing another draft never loses typing: the edits wait for their draft to come back.
  if (draftId() != 0 && hasUnsavedEdits()) m_unsaved.insert(draftId(), workingText());
  m_productId = snapshot.product.id;
  if (snapshot.draft) {
    const QString field = qs(snapshot.draft->field);
    if (m_field->findData(field) < 0) m_field->addItem(field, field);
    m_field->setCurrentIndex(m_field->findData(field));
    // The limits of the channel the template was written for, when it names one we know.
    const int channel = m_channel->findData(qs(snapshot.draft->channel));
    if (channel >= 0) m_channel->setCurrentIndex(channel);
  }
  m_snapshot = std::move(snapshot);
  const auto& shown = *m_snapshot;
  m_facts->setHtml(productFactsHtml(shown.product, m_field->currentText(), shown.shopCopy));
  m_model->setPlainText(qs(shown.modelText));
  m_savedText = shown.draft ? qs(shown.draft->text) : QString();
  // A new document: the previous draft's edits are not this one's undo history.
  m_working->setPlainText(m_savedText);
  m_working->document()->clearUndoRedoStacks();
  if (const auto kept = m_unsaved.find(draftId()); kept != m_unsaved.end()) {
    setWorkingText(*kept);  // undoable: Undo shows the stored text again
    m_unsaved.erase(kept);
    m_message->setText(tr("Your unsaved edits to this copy are back; they are not saved yet."));
    m_message->show();
  }
  updateHeading();
  updateLimit();
  updateDiff();
  updateActions();
  // Other copy: the last copy's findings go at once, this one's follow in a moment.
  m_underlines->clear();
  m_findings->setNotice(tr("Checking…"));
  updateCheckSubject();
  emit loaded(draftId());
}

void CopyEditorPane::setWorkingText(const QString& text) {
  QTextCursor cursor(m_working->document());
  cursor.select(QTextCursor::Document);
  cursor.insertText(text);  // through the cursor, so Undo brings the replaced text back
}

void CopyEditorPane::save() { storeWorkingCopy(false); }

void CopyEditorPane::storeIsBack() {
  if (!m_retryWhenBack) return;
  const bool thenSubmit = *m_retryWhenBack;
  m_retryWhenBack.reset();
  storeWorkingCopy(thenSubmit);
}
void CopyEditorPane::submitForReview() { storeWorkingCopy(true); }

void CopyEditorPane::refreshShownDraft() {
  const std::int64_t id = draftId();
  if (id == 0 || m_storing || hasUnsavedEdits()) return;
  const int request = m_request;  // a load begun meanwhile shows what it read
  m_store.run(
      this, [id](Database& db) { return DraftStore(db).get(id); },
      [this, id, request](Result<std::optional<Draft>> fresh) {
        if (!fresh || !*fresh || request != m_request || draftId() != id || m_storing || hasUnsavedEdits()) return;
        const Draft& draft = **fresh;
        if (draft.rowVersion == m_snapshot->draft->rowVersion) return;
        if (qs(draft.text) != m_savedText) {
          showDraft(id);  // someone else's text: shown as the new stored copy
          return;
        }
        m_snapshot->draft = draft;  // a decision: the same text, another status
        updateHeading();
        updateActions();
      });
}

void CopyEditorPane::storeWorkingCopy(bool thenSubmit) {
  if (m_productId == 0 || m_storing || !m_snapshot) return;
  const QString text = workingText();
  if (thenSubmit && text.trimmed().isEmpty()) {
    showError(tr("Nothing to submit"), makeError(ErrorCode::InvalidInput, tr("write the copy first").toStdString()));
    return;
  }
  const bool changed = hasUnsavedEdits() || draftId() == 0;
  if (!changed && !thenSubmit) return;
  m_storing = true;
  updateActions();
  WorkingCopy copy;
  copy.draftId = draftId();
  copy.productId = m_productId;
  copy.field = fieldName().toStdString();
  copy.text = text.toStdString();
  copy.submit = thenSubmit;
  if (m_snapshot->draft) copy.seenVersion = m_snapshot->draft->rowVersion;
  m_store.run(
      this, [copy](Database& db) { return saveWorkingCopy(db, copy); },
      [this, text, thenSubmit](Result<Draft> result) {
        m_storing = false;
        if (!result && result.error().id == "draft.edit-conflict") {
          showError(thenSubmit ? tr("Could not submit the copy") : tr("Could not save the copy"), result.error());
          updateActions();
          resolveConflict(result.error(), thenSubmit);
          return;
        }
        if (!result) {
          // The text stays in the editor; a lost team store gets it when it is back (storeIsBack).
          if (result.error().id == "store.pg.unreachable") m_retryWhenBack = thenSubmit;
          showError(thenSubmit ? tr("Could not submit the copy") : tr("Could not save the copy"), result.error());
          updateActions();
          return;
        }
        m_retryWhenBack.reset();
        stored(*result, text, thenSubmit);
      });
}

void CopyEditorPane::resolveConflict(const Error& conflict, bool thenSubmit) {
  const std::int64_t id = draftId();
  m_store.run(
      this, [id](Database& db) { return DraftStore(db).get(id); },
      [this, id, conflict, thenSubmit](Result<std::optional<Draft>> theirs) {
        if (!theirs || !*theirs || draftId() != id) return;  // the message already says what happened
        const Draft other = std::move(**theirs);
        const QString author = conflict.args.size() > 1 ? qs(conflict.args[1]) : qs(other.author);
        auto* dialog = new SaveConflictDialog(ErrorText::describe(conflict), qs(other.text), workingText(), author, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, this, [this, id, other, thenSubmit](int choice) {
          if (draftId() != id || choice == QDialog::Rejected) return;
          adoptTheirs(other, choice == SaveConflictDialog::TakeTheirs);
          if (choice == SaveConflictDialog::KeepMine) storeWorkingCopy(thenSubmit);
        });
        dialog->open();
      });
}

// The writer has seen the other text: from now on edits are made over its version. Taking it puts
// it in the editor; keeping one's own leaves the editor as it is, unsaved against their text.
void CopyEditorPane::adoptTheirs(const Draft& theirs, bool intoEditor) {
  m_snapshot->draft = theirs;
  m_savedText = qs(theirs.text);
  if (intoEditor) setWorkingText(m_savedText);
  m_message->hide();
  updateHeading();
  updateDiff();
  updateActions();
}

void CopyEditorPane::stored(const Draft& draft, const QString& text, bool submittedNow) {
  const bool created = !m_snapshot->draft;
  if (created) m_snapshot->modelText.clear();
  m_snapshot->draft = draft;
  // Typing may have gone on while the store worked: only the text that was stored is saved.
  m_savedText = text;
  m_message->hide();
  updateHeading();
  updateDiff();
  updateActions();
  emit saved(draft.id);
  if (submittedNow) emit submitted(draft.id);
}

void CopyEditorPane::showError(const QString& what, const Error& error) {
  m_message->setText(QStringLiteral("%1: %2").arg(what, ErrorText::describe(error)));
  m_message->show();
}

void CopyEditorPane::updateHeading() {
  m_question->showFor(m_snapshot && m_snapshot->draft ? &*m_snapshot->draft : nullptr);
  if (!m_snapshot) {
    m_heading->setText(tr("Choose a product to edit its copy, or use a generated variant."));
    return;
  }
  const auto& product = m_snapshot->product;
  QString text = QStringLiteral("<b>%1</b> · %2").arg(qs(product.sku).toHtmlEscaped(), qs(product.title).toHtmlEscaped());
  if (const auto& draft = m_snapshot->draft) {
    text += QStringLiteral(" · ") + tr("copy #%1, %2").arg(draft->id).arg(statusLabel(draft->status));
    const QString model = qs(draft->model).toHtmlEscaped();
    if (draft->templateVersionId) {
      text += QStringLiteral(" · ") +
              tr("made by template %1 v%2").arg(qs(draft->templateName).toHtmlEscaped()).arg(draft->templateVersion);
      if (!model.isEmpty()) text += QStringLiteral(" (%1)").arg(model);
    } else if (!model.isEmpty() || draft->generationId) {
      text += QStringLiteral(" · ") + tr("made by %1").arg(model.isEmpty() ? tr("a model") : model);
    } else {
      text += QStringLiteral(" · ") + tr("written by hand");
    }
  } else {
    text += QStringLiteral(" · ") + tr("no draft for this field yet");
  }
  m_heading->setText(text);
}

void CopyEditorPane::updateLimit() {
  const ExportLimits limits = m_snapshot ? m_snapshot->limits : ExportLimits{};
  const std::string channel = m_channel->currentData().toString().toStdString();
  m_counters->setLimit(findLimit(channelLimits(limits), channel, fieldName().toStdString()), m_channel->currentText(),
                       m_field->currentText());
}

void CopyEditorPane::updateDiff() {
  m_diffDelay->stop();
  const bool againstShop = m_compare->currentData().toInt() == CompareShop;
  const QString before = !m_snapshot ? QString() : againstShop ? qs(m_snapshot->shopCopy) : qs(m_snapshot->modelText);
  m_diff->setTexts(before, workingText(), againstShop ? tr("Shop's copy") : tr("Model draft"), tr("Working copy"));
}

void CopyEditorPane::updateActions() {
  const bool ready = m_productId != 0 && m_snapshot && !m_storing;
  m_save->setEnabled(ready && hasUnsavedEdits());
  const bool submittable = !m_snapshot || !m_snapshot->draft ||
                           m_snapshot->draft->status == DraftStatus::Draft ||
                           m_snapshot->draft->status == DraftStatus::Rejected || hasUnsavedEdits();
  m_submit->setEnabled(ready && submittable && !workingText().trimmed().isEmpty());
  m_saveButton->setEnabled(m_save->isEnabled());
  m_submitButton->setEnabled(m_submit->isEnabled());
  m_working->setReadOnly(m_productId == 0);
}

}  // namespace copydesk::ui
