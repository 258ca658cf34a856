#include "ui/rendered_prompt_view.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include "core/llm/usage_cost.h"
#include "ui/prompt_preview.h"
#include "ui/store_thread.h"
#include "ui/common/error_text.h"

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
  m_estimate = new QLabel(this);
  m_estimate->setObjectName(QStringLiteral("promptEstimate"));
  m_estimate->setWordWrap(true);
  m_estimate->setTextInteractionFlags(Qt::TextSelectableByMouse);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(m_heading);
  layout->addWidget(splitter, 1);
  layout->addWidget(m_notes);
  layout->addWidget(m_estimate);

  // Typing in the editor re-renders once the writer pauses, not on every key.
  m_debounce = new QTimer(this);
  m_debounce->setSingleShot(true);
  m_debounce->setInterval(200);
  connect(m_debounce, &QTimer::timeout, this, &RenderedPromptView::render);
  m_heading->setText(tr("Select a template and a product to see the prompt they make."));
  updateEstimate();
}

void RenderedPromptView::setProduct(std::int64_t productId) {
  m_productId = productId;
  render();
}

void RenderedPromptView::setTemplate(std::optional<PromptTemplate> prompt) {
  m_template = std::move(prompt);
  m_debounce->start();
}

void RenderedPromptView::setVariables(const Json& variables) {
  m_variables = variables.is_object() ? variables : Json::object();
  m_debounce->start();
}

void RenderedPromptView::setCostProfile(const llm::ProviderProfile& profile, int maxOutputTokens) {
  m_costProfile = profile;
  m_maxOutputTokens = maxOutputTokens;
  updateEstimate();
}

QString RenderedPromptView::estimateText() const { return m_estimate->text(); }

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
    m_diagnostics.clear();
    m_variableNames.clear();
    updateEstimate();
    emit rendered();
    return;
  }
  m_store.run(
      this,
      [prompt = *m_template, productId = m_productId, variables = m_variables](Database& db) {
        return previewPrompt(db, prompt, productId, variables);
      },
      [this, generation](Result<PromptPreview> preview) {
        if (generation != m_generation) return;  // a newer edit or selection is on its way
        if (!preview) {
          m_notes->setText(ErrorText::describe(preview.error()));
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
  m_diagnostics = preview.diagnostics;
  m_variableNames = preview.variableNames;
  updateEstimate();
}

// Input tokens are estimated from the text (the provider counts exactly only after the call); the
// output side is the most the request allows, so the figure is an upper bound for one call.
void RenderedPromptView::updateEstimate() {
  const std::string text = m_system->toPlainText().toStdString() + m_user->toPlainText().toStdString();
  if (text.empty()) {
    m_estimate->clear();
    m_estimate->hide();
    return;
  }
  const auto inputTokens = static_cast<std::int64_t>(llm::estimateTokens(text) + 0.5);
  QString line = tr("Input ≈ %1 tokens").arg(inputTokens);
  if (m_costProfile) {
    llm::Usage usage;
    usage.inputTokens = inputTokens;
    usage.outputTokens = m_maxOutputTokens;
    const double cost = llm::costOf(*m_costProfile, usage);
    const QString profile = QString::fromStdString(m_costProfile->name);
    if (m_costProfile->inputPricePerMTok == 0 && m_costProfile->outputPricePerMTok == 0) {
      line += tr(" · %1 has no prices set (free or unknown)").arg(profile);
    } else {
      line += tr(" · up to $%1 with %2 (%3 output tokens at most)")
                  .arg(QString::number(cost, 'f', cost < 0.01 ? 5 : 4), profile)
                  .arg(m_maxOutputTokens);
    }
  }
  m_estimate->setText(line);
  m_estimate->show();
}

}  // namespace copydesk::ui
