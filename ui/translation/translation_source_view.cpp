#include "ui/translation/translation_source_view.h"

#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace copydesk::ui {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

QPlainTextEdit* readOnlyText(const QString& name, QWidget* parent) {
  auto* edit = new QPlainTextEdit(parent);
  edit->setObjectName(name);
  edit->setReadOnly(true);
  edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
  return edit;
}

}  // namespace

TranslationSourceView::TranslationSourceView(QWidget* parent)
    : QWidget(parent), m_outdated(new QLabel(this)), m_sourceTitle(new QLabel(this)),
      m_translationTitle(new QLabel(this)), m_source(readOnlyText(QStringLiteral("translationSource"), this)),
      m_translation(readOnlyText(QStringLiteral("translationText"), this)) {
  setObjectName(QStringLiteral("translationSourceView"));
  m_outdated->setObjectName(QStringLiteral("translationOutdated"));
  m_outdated->setWordWrap(true);
  m_outdated->setStyleSheet(QStringLiteral("QLabel { color: #b35c00; font-weight: bold; }"));
  m_outdated->setVisible(false);
  auto* layout = new QGridLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(m_outdated, 0, 0, 1, 2);
  layout->addWidget(m_sourceTitle, 1, 0);
  layout->addWidget(m_translationTitle, 1, 1);
  layout->addWidget(m_source, 2, 0);
  layout->addWidget(m_translation, 2, 1);
  layout->setRowStretch(2, 1);
}

void TranslationSourceView::setContext(const ReviewContext& context) {
  const Draft& d = context.draft;
  if (!d.sourceDraftId) {
    m_outdated->setVisible(false);
    m_source->clear();
    m_translation->clear();
    return;
  }
  if (context.source) {
    m_sourceTitle->setText(tr("Source · draft %1 · %2").arg(context.source->id).arg(qs(context.source->field)));
    m_source->setPlainText(qs(context.source->text));
  } else {
    m_sourceTitle->setText(tr("Source · draft %1 (deleted)").arg(*d.sourceDraftId));
    m_source->clear();
  }
  m_translationTitle->setText(tr("Translation · %1 · draft %2").arg(qs(d.language)).arg(d.id));
  m_translation->setPlainText(qs(d.text));
  m_outdated->setText(tr("Outdated: the source was edited after this translation was made. Translate it again, "
                         "or bring it up to date by hand."));
  m_outdated->setVisible(d.outdated);
}

QString TranslationSourceView::sourceText() const { return m_source->toPlainText(); }
QString TranslationSourceView::translationText() const { return m_translation->toPlainText(); }
bool TranslationSourceView::showsOutdated() const { return !m_outdated->isHidden(); }
QString TranslationSourceView::outdatedText() const { return m_outdated->text(); }

}  // namespace copydesk::ui
