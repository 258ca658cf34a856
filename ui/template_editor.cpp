#include "ui/template_editor.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include "ui/mustache_highlighting.h"

namespace copydesk::ui {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

QPlainTextEdit* makeEdit(QWidget* parent, const QString& placeholder) {
  auto* edit = new QPlainTextEdit(parent);
  edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  edit->setPlaceholderText(placeholder);
  edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
  edit->setTabChangesFocus(true);
  return edit;
}

QWidget* labelled(const QString& label, QWidget* editor, QWidget* parent) {
  auto* box = new QWidget(parent);
  auto* layout = new QVBoxLayout(box);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(2);
  auto* caption = new QLabel(label, box);
  caption->setBuddy(editor);
  layout->addWidget(caption);
  layout->addWidget(editor);
  return box;
}

}  // namespace

TemplateEditor::TemplateEditor(QWidget* parent) : QWidget(parent) {
  m_title = new QLabel(tr("No template selected"), this);
  QFont titleFont = m_title->font();
  titleFont.setBold(true);
  m_title->setFont(titleFont);

  m_system = makeEdit(this, tr("Instructions for the model: voice, rules, format…"));
  m_user = makeEdit(this, tr("The request for one product, e.g. Write a description of {{title}}…"));
  for (auto* edit : {m_system, m_user}) m_highlighters << MustacheHighlighting::instance().attach(edit->document());
  auto* splitter = new QSplitter(Qt::Vertical, this);
  splitter->addWidget(labelled(tr("&System part"), m_system, splitter));
  splitter->addWidget(labelled(tr("&User part"), m_user, splitter));
  splitter->setStretchFactor(0, 1);
  splitter->setStretchFactor(1, 2);

  m_note = new QLineEdit(this);
  m_note->setPlaceholderText(tr("What changed (optional)"));
  m_save = new QPushButton(tr("Save as new version"), this);
  m_revert = new QPushButton(tr("Revert"), this);
  auto* actions = new QHBoxLayout;
  actions->addWidget(m_note, 1);
  actions->addWidget(m_revert);
  actions->addWidget(m_save);

  auto* layout = m_layout = new QVBoxLayout(this);
  layout->addWidget(m_title);
  layout->addWidget(splitter, 1);
  layout->addLayout(actions);

  for (auto* edit : {m_system, m_user}) {
    connect(edit, &QPlainTextEdit::textChanged, this, [this] {
      updateState();
      emit edited();
    });
  }
  connect(m_revert, &QPushButton::clicked, this, [this] { setVersion(m_version); });
  connect(m_save, &QPushButton::clicked, this, [this] {
    emit saveRequested(currentTemplate(), m_note->text().trimmed());
  });
  updateState();
}

void TemplateEditor::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  if (event->type() == QEvent::PaletteChange) {
    for (auto* highlighter : m_highlighters) MustacheHighlighting::instance().applyTheme(highlighter);
  }
}

void TemplateEditor::setVersion(const TemplateVersion& version) {
  m_version = version;
  m_base = version.prompt;
  m_title->setText(tr("%1 — version %2 · field %3 · channel %4")
                       .arg(qs(m_base.name))
                       .arg(version.version)
                       .arg(qs(m_base.field), qs(m_base.channel)));
  {
    const QSignalBlocker blockSystem(m_system);
    const QSignalBlocker blockUser(m_user);
    m_system->setPlainText(qs(m_base.systemPart));
    m_user->setPlainText(qs(m_base.userPart));
  }
  m_note->clear();
  updateState();
  emit edited();
}

void TemplateEditor::addBelowEditors(QWidget* widget) { m_layout->insertWidget(m_layout->count() - 1, widget); }

bool TemplateEditor::isModified() const {
  return hasTemplate() && (m_system->toPlainText().toStdString() != m_base.systemPart ||
                           m_user->toPlainText().toStdString() != m_base.userPart);
}

PromptTemplate TemplateEditor::currentTemplate() const {
  PromptTemplate prompt = m_base;
  prompt.systemPart = m_system->toPlainText().toStdString();
  prompt.userPart = m_user->toPlainText().toStdString();
  return prompt;
}

void TemplateEditor::updateState() {
  const bool modified = isModified();
  m_save->setEnabled(modified);
  m_revert->setEnabled(modified);
  m_note->setEnabled(hasTemplate());
  m_system->setReadOnly(!hasTemplate());
  m_user->setReadOnly(!hasTemplate());
}

}  // namespace copydesk::ui
