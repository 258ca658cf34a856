#include "ui/unsaved/unsaved_copy_tracker.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QTimer>

#include "core/store/journal_owner.h"
#include "core/store/template_store.h"
#include "core/store/unsaved_copy_writer.h"
#include "ui/copy/copy_editor_pane.h"
#include "ui/store_thread.h"
#include "ui/template_editor.h"
#include "ui/common/error_text.h"

namespace copydesk::ui {

UnsavedCopyTracker::UnsavedCopyTracker(StoreThread& store, CopyEditorPane* copy, TemplateEditor* prompt,
                                       QObject* parent)
    : QObject(parent), m_store(store), m_copy(copy), m_prompt(prompt) {
  QPointer<UnsavedCopyTracker> self(this);
  m_writer = std::make_unique<UnsavedCopyWriter>(
      store.databasePath(), JournalOwner::current().id(), [self](const Error& error) {
        // On the writer's thread: the message travels to the GUI thread.
        const QString why = ErrorText::describe(error);
        QMetaObject::invokeMethod(self, [self, why] { if (self) emit self->failed(why); }, Qt::QueuedConnection);
      });
  // Not restarted by each key: a steady typist is journaled every half second, not at the end.
  m_delay = new QTimer(this);
  m_delay->setSingleShot(true);
  m_delay->setInterval(kDelayMs);
  connect(m_delay, &QTimer::timeout, this, &UnsavedCopyTracker::writeDue);
  if (m_copy) {
    connect(m_copy->workingEdit(), &QPlainTextEdit::textChanged, this, &UnsavedCopyTracker::copyEdited);
    connect(m_copy, &CopyEditorPane::loaded, this, &UnsavedCopyTracker::copyLoaded);
    connect(m_copy, &CopyEditorPane::saved, this, &UnsavedCopyTracker::copySaved);
  }
  if (m_prompt) connect(m_prompt, &TemplateEditor::edited, this, &UnsavedCopyTracker::templateEdited);
}

UnsavedCopyTracker::~UnsavedCopyTracker() {
  writeDue();  // what waited for the timer; the writer's destructor writes what it was given
}

const std::string& UnsavedCopyTracker::owner() const { return m_writer->owner(); }

void UnsavedCopyTracker::flush() {
  writeDue();
  m_writer->flush();
}

std::optional<UnsavedCopyKey> UnsavedCopyTracker::copyKey() const {
  if (!m_copy || m_copy->productId() == 0) return std::nullopt;
  return UnsavedCopyKey::copy(m_copy->productId(), m_copy->fieldCombo()->currentData().toString().toStdString(),
                              m_copy->draftId());
}

std::optional<UnsavedCopyKey> UnsavedCopyTracker::templateKey() const {
  if (!m_prompt || !m_prompt->hasTemplate()) return std::nullopt;
  return UnsavedCopyKey::templateParts(m_prompt->version().id);
}

const std::string* UnsavedCopyTracker::held(const UnsavedCopyKey& key) const {
  for (const auto& [k, text] : m_held) {
    if (k == key) return &text;
  }
  return nullptr;
}

void UnsavedCopyTracker::hold(const UnsavedCopyKey& key, const std::string& text) {
  for (auto& [k, kept] : m_held) {
    if (k == key) {
      kept = text;
      return;
    }
  }
  m_held.emplace_back(key, text);
}

void UnsavedCopyTracker::release(const UnsavedCopyKey& key) {
  std::erase_if(m_held, [&](const auto& entry) { return entry.first == key; });
}

void UnsavedCopyTracker::write(Pending& pending) {
  if (!pending.dirty) return;
  pending.dirty = false;
  if (pending.unsaved) {
    hold(pending.key, pending.text);
    m_writer->put(pending.key, pending.text);
  } else {
    release(pending.key);
    m_writer->remove(pending.key);
  }
}

void UnsavedCopyTracker::writeDue() {
  m_delay->stop();
  if (m_copyState) write(*m_copyState);
  if (m_templateState) write(*m_templateState);
}

void UnsavedCopyTracker::copyEdited() {
  const auto key = copyKey();
  if (!key) return;
  // Another text is shown now: what the last one held goes to the journal at once, under its own key.
  if (m_copyState && !(m_copyState->key == *key)) write(*m_copyState);
  m_copyState = Pending{*key, m_copy->workingText().toStdString(), m_copy->hasUnsavedEdits(), true};
  if (!m_delay->isActive()) m_delay->start();
}

void UnsavedCopyTracker::copyLoaded() {
  const auto key = copyKey();
  if (!key) return;
  if (m_opening && m_opening->productId == key->productId && m_opening->field == key->field) {
    const UnsavedCopyKey from = *m_opening;
    m_opening.reset();
    if (const std::string* text = held(from)) apply(from, std::string(*text));
    return;
  }
  // Text held unsaved for this copy, which the editor itself did not keep (a product with no draft yet).
  if (const std::string* text = held(*key); text && QString::fromStdString(*text) != m_copy->workingText()) {
    apply(*key, std::string(*text));
  }
}

void UnsavedCopyTracker::apply(const UnsavedCopyKey& from, const std::string& text) {
  const auto now = copyKey();
  if (now && !(from == *now)) {
    // Written against "no draft yet", and the product has one now: the text moves to that draft.
    release(from);
    m_writer->remove(from);
  }
  m_copy->setWorkingText(QString::fromStdString(text));  // undoable, unsaved
  if (m_copyState) write(*m_copyState);
  emit opened(tr("The unsaved copy is back in the copy editor; it is not saved yet."));
}

void UnsavedCopyTracker::copySaved() {
  const auto key = copyKey();
  if (!key) return;
  // A first save made the draft: the text journaled as "no draft yet" is this draft's now.
  if (m_copyState && m_copyState->key.draftId == 0 && !(m_copyState->key == *key)) {
    release(m_copyState->key);
    m_writer->remove(m_copyState->key);
  }
  // Typing may have gone on while the store saved: what is unsaved is what differs from the stored text.
  m_copyState = Pending{*key, m_copy->workingText().toStdString(), m_copy->hasUnsavedEdits(), true};
  write(*m_copyState);
}

void UnsavedCopyTracker::templateEdited() {
  const auto key = templateKey();
  if (!key) return;
  if (m_templateState && !(m_templateState->key == *key)) {
    // Another version is shown: the old one was saved or discarded when the user asked for it; a restore
    // switching the editor keeps it instead.
    if (m_keepTemplate) {
      write(*m_templateState);
    } else {
      release(m_templateState->key);
      m_writer->remove(m_templateState->key);
    }
  }
  m_keepTemplate = false;
  const TemplateParts parts{m_prompt->systemEdit()->toPlainText().toStdString(),
                            m_prompt->userEdit()->toPlainText().toStdString()};
  m_templateState = Pending{*key, encodeTemplateParts(parts), m_prompt->isModified(), true};
  if (!m_delay->isActive()) m_delay->start();
}

void UnsavedCopyTracker::restore(const std::vector<UnsavedCopy>& entries) {
  for (const UnsavedCopy& entry : entries) {
    // A write still waiting for the timer about this key (the editor showing it unchanged just
    // before) is older than the restore: left to run, it would take the restored text out again.
    for (auto* state : {&m_copyState, &m_templateState}) {
      if (*state && (*state)->key == entry.key) (*state)->dirty = false;
    }
    hold(entry.key, entry.text);
    m_writer->put(entry.key, entry.text);  // this studio's now: a crash from here on offers it again
    if (entry.owner != owner()) m_writer->discard({entry.id});
  }
  if (!entries.empty()) open(entries.front());
}

void UnsavedCopyTracker::discard(const std::vector<UnsavedCopy>& entries) {
  std::vector<std::int64_t> ids;
  for (const UnsavedCopy& entry : entries) {
    if (entry.owner == owner()) release(entry.key);
    ids.push_back(entry.id);
  }
  m_writer->discard(std::move(ids));
}

void UnsavedCopyTracker::open(const UnsavedCopy& entry) {
  const UnsavedCopyKey& key = entry.key;
  if (key.kind == UnsavedKind::Template) {
    openTemplate(key);
    return;
  }
  if (!m_copy) return;
  emit openRequested(false);
  m_opening = key;
  if (key.draftId != 0 && entry.draftExists) {
    m_copy->showDraft(key.draftId);
    return;
  }
  // No draft (or it is gone): the product's copy of that field.
  QComboBox* field = m_copy->fieldCombo();
  const QString name = QString::fromStdString(key.field);
  if (field->findData(name) < 0) field->addItem(name, name);
  const bool shown = m_copy->productId() == key.productId && m_copy->snapshot() &&
                     field->currentData().toString() == name;
  field->setCurrentIndex(field->findData(name));
  if (shown) {
    copyLoaded();
  } else {
    m_copy->setProduct(key.productId);
  }
}

void UnsavedCopyTracker::openTemplate(const UnsavedCopyKey& key) {
  if (!m_prompt) return;
  emit openRequested(true);
  const int request = ++m_templateRequest;
  const std::int64_t id = key.templateVersionId;
  m_store.run(
      this, [id](Database& db) { return TemplateStore(db).byVersionId(id); },
      [this, request, key, id](Result<std::optional<TemplateVersion>> version) {
        if (request != m_templateRequest) return;
        const std::string* text = held(key);
        if (!version || !*version || !text) {
          emit failed(tr("The template version of the unsaved text could not be read: %1")
                          .arg(version ? tr("it no longer exists")
                                       : ErrorText::describe(version.error())));
          return;
        }
        const auto parts = decodeTemplateParts(*text);
        if (!parts) return;
        if (!m_prompt->hasTemplate() || m_prompt->version().id != id) {
          m_keepTemplate = true;  // what the editor holds now stays journaled
          m_prompt->setVersion(**version);
        }
        m_prompt->systemEdit()->setPlainText(QString::fromStdString(parts->systemPart));
        m_prompt->userEdit()->setPlainText(QString::fromStdString(parts->userPart));
        if (m_templateState) write(*m_templateState);
        emit opened(tr("The unsaved template is back in the prompt editor; it is not saved yet."));
      });
}

void UnsavedCopyTracker::forgetShown() {
  writeDue();
  if (m_copy && m_copy->hasUnsavedEdits()) {
    if (const auto key = copyKey()) {
      release(*key);
      m_writer->remove(*key);
    }
  }
  if (m_prompt && m_prompt->isModified()) {
    if (const auto key = templateKey()) {
      release(*key);
      m_writer->remove(*key);
    }
  }
  m_writer->flush();
}

}  // namespace copydesk::ui
