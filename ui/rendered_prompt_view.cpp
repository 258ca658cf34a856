#include "ui/rendered_prompt_view.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include "ui/prompt_preview.h"
#include "ui/store_thread.h"

namespace copydesk::ui {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

QPlainTextEdit* makeView(QWidget* parent) {
  auto* view = new QPlainTextEdit(parent);
  view->setReadOnly(true);
  view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  return view;
}

}  // namespace

RenderedPromptView::RenderedPromptView(StoreThread& store, QWidget* parent) : QWidget(parent), m_store(store) {
  m_heading = new QLabel(this);
  m_heading->setWordWrap(true);
  m_system = makeView(this);
  m_user = makeView(this);
  m_system->setPlaceholderText(tr("System message"));
  m_user->setPlaceholderText(tr("User message"));
  auto* splitter = new QSplitter(Qt::Vertical, this);
  splitter->addWidget(m_system);
  splitter->addWidget(m_user);
  splitter->setStretchFactor(1, 2);
  m_notes = new QLabel(this);
  m_notes->setWordWrap(true);
  m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_notes->hide();

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(m_heading);
  layout->addWidget(splitter, 1);
  layout->addWidget(m_notes);

  // Typing in the editor re-renders once the writer pauses, not on every key.
  m_debounce = new QTimer(this);
  m_debounce->setSingleShot(true);
  m_debounce->setInterval(200);
  connect(m_debounce, &QTimer::timeout, this, &RenderedPromptView::render);
  m_heading->setText(tr("Select a template and a product to see the prompt they make."));
}

void RenderedPromptView::setProduct(std::int64_t productId) {
  m_productId = productId;
  render();
}

void RenderedPromptView::setTemplate(std::optional<PromptTemplate> prompt) {
  m_template = std::move(prompt);
  m_debounce->start();
}

QString RenderedPromptView::headingText() const { return m_heading->text(); }
QString RenderedPromptView::systemText() const { return m_system->toPlainText(); }
QString RenderedPromptView::userText() const { return m_user->toPlainText(); }
QString RenderedPromptView::notesText() const { return m_notes->text(); }

void RenderedPromptView::render() {
  m_debounce->stop();
  const int generation = ++m_generation;
  if (!m_template) {
    m_heading->setText(tr("Select a template and a product to see the prompt they make."));
    m_system->clear();
    m_user->clear();
    m_notes->hide();
    emit rendered();
    return;
  }
  m_store.run(
      this,
      [prompt = *m_template, productId = m_productId](Database& db) { return previewPrompt(db, prompt, productId); },
      [this, generation](Result<PromptPreview> preview) {
        if (generation != m_generation) return;  // a newer edit or selection is on its way
        if (!preview) {
          m_notes->setText(qs(preview.error().describe()));
          m_notes->show();
        } else {
          display(*preview);
        }
        emit rendered();
      });
}

void RenderedPromptView::display(const PromptPreview& preview) {
  const QString name = qs(m_template->name);
  if (preview.rendered) {
    m_heading->setText(tr("Prompt for <b>%1</b> with template <b>%2</b>")
                           .arg(qs(preview.productLabel).toHtmlEscaped(), name.toHtmlEscaped()));
  } else if (preview.hasErrors) {
    m_heading->setText(tr("Template <b>%1</b> has errors; it is shown as written.").arg(name.toHtmlEscaped()));
  } else {
    m_heading->setText(tr("Template <b>%1</b> as written — select a product to see its prompt.")
                           .arg(name.toHtmlEscaped()));
  }
  m_system->setPlainText(qs(preview.system));
  m_user->setPlainText(qs(preview.user));
  QStringList notes;
  for (const auto& note : preview.notes) notes << qs(note);
  m_notes->setText(notes.join(QLatin1Char('\n')));
  m_notes->setVisible(!notes.isEmpty());
}

}  // namespace copydesk::ui
