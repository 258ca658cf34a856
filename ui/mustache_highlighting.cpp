#include "ui/mustache_highlighting.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTextDocument>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include "core/common/paths.h"

namespace copydesk::ui {

namespace ksh = KSyntaxHighlighting;

struct MustacheHighlighting::Impl {
  ksh::Repository repository;
  ksh::Definition definition;
};

MustacheHighlighting& MustacheHighlighting::instance() {
  static MustacheHighlighting highlighting(resourcesDir() / "syntax");
  return highlighting;
}

MustacheHighlighting::MustacheHighlighting(const std::filesystem::path& syntaxRoot) : m_impl(std::make_unique<Impl>()) {
  // The repository reads <root>/syntax/*.xml from each custom search path.
  m_impl->repository.addCustomSearchPath(QString::fromStdString(syntaxRoot.string()));
  m_impl->definition = m_impl->repository.definitionForName(QLatin1String(kDefinitionName));
  if (!m_impl->definition.isValid()) {
    m_problem = QStringLiteral("%1 not found under %2/syntax")
                    .arg(QLatin1String(kDefinitionName), QString::fromStdString(syntaxRoot.string()));
  }
}

MustacheHighlighting::~MustacheHighlighting() = default;

bool MustacheHighlighting::isAvailable() const { return m_impl->definition.isValid(); }

QSyntaxHighlighter* MustacheHighlighting::attach(QTextDocument* document) {
  auto* highlighter = new ksh::SyntaxHighlighter(document);
  highlighter->setDefinition(m_impl->definition);
  applyTheme(highlighter);
  return highlighter;
}

void MustacheHighlighting::applyTheme(QSyntaxHighlighter* highlighter) {
  auto* ksHighlighter = dynamic_cast<ksh::SyntaxHighlighter*>(highlighter);
  if (!ksHighlighter) return;
  const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
  ksHighlighter->setTheme(m_impl->repository.defaultTheme(dark ? ksh::Repository::DarkTheme
                                                               : ksh::Repository::LightTheme));
  ksHighlighter->rehighlight();
}

}  // namespace copydesk::ui
