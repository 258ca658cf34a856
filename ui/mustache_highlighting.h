#pragma once

#include <QString>

#include <filesystem>
#include <memory>

class QSyntaxHighlighter;
class QTextDocument;

namespace copydesk::ui {

// The syntax highlighting of our Mustache prompt templates, through KSyntaxHighlighting and the
// definition we ship in resources/syntax/syntax/copydesk-mustache.xml. Loading the repository
// takes a while, so the process shares one, made on first use (GUI thread only).
class MustacheHighlighting final {
 public:
  static constexpr const char* kDefinitionName = "Copydesk Mustache";

  static MustacheHighlighting& instance();
  ~MustacheHighlighting();
  MustacheHighlighting(const MustacheHighlighting&) = delete;
  MustacheHighlighting& operator=(const MustacheHighlighting&) = delete;

  bool isAvailable() const;  // false if the definition was not found (the editor then stays plain)
  QString problem() const { return m_problem; }
  // A highlighter for the document, owned by it, themed light or dark after the current palette.
  QSyntaxHighlighter* attach(QTextDocument* document);
  // Re-themes highlighters after the palette changed.
  void applyTheme(QSyntaxHighlighter* highlighter);

 private:
  explicit MustacheHighlighting(const std::filesystem::path& syntaxRoot);
  struct Impl;
  std::unique_ptr<Impl> m_impl;
  QString m_problem;
};

}  // namespace copydesk::ui
