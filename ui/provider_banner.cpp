#include "ui/provider_banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

#include "ui/provider_probe.h"

namespace copydesk::ui {

ProviderBanner::ProviderBanner(const ProviderProbe& probe, QWidget* parent) : QFrame(parent), m_probe(probe) {
  setObjectName(QStringLiteral("providerBanner"));
  setFrameShape(QFrame::StyledPanel);
  setAutoFillBackground(true);
  QPalette highlighted = palette();
  highlighted.setColor(QPalette::Window, palette().color(QPalette::AlternateBase));
  setPalette(highlighted);

  auto* icon = new QLabel(this);
  icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(24, 24));
  icon->setAlignment(Qt::AlignTop);
  m_text = new QLabel(this);
  m_text->setWordWrap(true);
  m_text->setTextFormat(Qt::RichText);
  m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
  m_close = new QToolButton(this);
  m_close->setAutoRaise(true);
  m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
  m_close->setToolTip(tr("Dismiss this guide"));
  m_close->setAccessibleName(tr("Dismiss"));

  auto* layout = new QHBoxLayout(this);
  layout->addWidget(icon, 0, Qt::AlignTop);
  layout->addWidget(m_text, 1);
  layout->addWidget(m_close, 0, Qt::AlignTop);
  connect(m_close, &QToolButton::clicked, this, [this] {
    hide();
    emit dismissed();
  });
  refresh();
}

QString ProviderBanner::text() const { return m_text->text(); }

void ProviderBanner::refresh() {
  const QString where = QStringLiteral("%1 (<code>%2</code>)").arg(m_probe.name().toHtmlEscaped(),
                                                                    m_probe.baseUrl().toHtmlEscaped());
  QString state;
  if (m_probe.name().isEmpty()) {  // the studio was told not to check (tests, screenshots)
    state = tr("<b>The model provider was not checked.</b>");
  } else if (m_probe.isChecking()) {
    state = tr("Checking the default model provider, %1…").arg(where);
  } else if (m_probe.isReachable()) {
    state = tr("<b>Generation is available</b> through %1 (models offered: %2).").arg(where).arg(m_probe.modelCount());
  } else {
    state = tr("<b>Generation is unavailable:</b> no model provider is reachable at %1 (%2).")
                .arg(where, m_probe.problem().toHtmlEscaped());
  }
  // How to get a provider going is only worth reading while there is none.
  if (m_probe.isReachable()) {
    m_text->setText(state);
    return;
  }
  const QString guide =
      tr("To generate copy, start a local OpenAI-compatible server such as Ollama, llama.cpp or LM Studio "
         "at that address, or choose a hosted provider (OpenAI, DeepSeek, Qwen, Anthropic…) and put its API key "
         "in the environment variable its profile names. Writing, editing templates, reviewing and exporting "
         "work without a provider.");
  m_text->setText(state + QStringLiteral("<br>") + guide);
}

}  // namespace copydesk::ui
