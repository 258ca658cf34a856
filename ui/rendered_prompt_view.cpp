#include "ui/rendered_prompt_view.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include "ui/prompt_preview.h"

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

RenderedPromptView::RenderedPromptView(QWidget* parent) : QWidget(parent) {
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

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(m_heading);
  layout->addWidget(splitter, 1);
  layout->addWidget(m_notes);

  // Typing in the editor re-renders once the writer pauses, not on every key.
  m_debounce = new QTimer(this);
  m_debounce->setSingleShot(true);
  m_debounce->setInterval(200);
  connect(m_debounce, &QTimer::timeout, this, &RenderedPromptView::render);
  render();
}

void RenderedPromptView::setProduct(std::optional<Product> product) {
  m_product = std::move(product);
  render();
}

void RenderedPromptView::setTemplate(std::optional<PromptTemplate> prompt) {
  m_template = std::move(prompt);
  m_debounce->start();
}

QString RenderedPromptView::systemText() const { return m_system->toPlainText(); }
QString RenderedPromptView::userText() const { return m_user->toPlainText(); }
QString RenderedPromptView::notesText() const { return m_notes->text(); }

void RenderedPromptView::render() {
  m_debounce->stop();
  const QString product = m_product ? tr("%1 — %2").arg(qs(m_product->sku), qs(m_product->title)) : tr("no product");
  if (!m_template) {
    m_heading->setText(tr("Select a template and a product to see the prompt they make."));
    m_system->clear();
    m_user->clear();
    m_notes->clear();
    return;
  }
  const PromptPreview preview = previewPrompt(*m_template, m_product);
  m_heading->setText(preview.rendered ? tr("Prompt for %1").arg(product)
                                      : tr("Template %1 as written (%2)").arg(qs(m_template->name), product));
  m_system->setPlainText(qs(preview.system));
  m_user->setPlainText(qs(preview.user));
  QStringList notes;
  for (const auto& note : preview.notes) notes << qs(note);
  m_notes->setText(notes.join(QLatin1Char('\n')));
  m_notes->setVisible(!notes.isEmpty());
}

}  // namespace copydesk::ui
