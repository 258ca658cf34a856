#include "ui/checks/finding_text.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <iterator>

namespace copydesk::ui {
namespace {

struct Wording {
  std::string_view id;
  const char* text;  // %1, %2 … in the order of core's arguments (docs/checks.md)
};

// Every message id of core/checks/finding_message.h. finding_text_test fails when core reports
// an id that has no line here.
constexpr Wording kWordings[] = {
    {"limit.over", QT_TRANSLATE_NOOP("FindingText", "Too long: %1 %3 where at most %2 are allowed (%4 over)")},
    {"limit.items", QT_TRANSLATE_NOOP("FindingText", "%1 bullet points where at most %2 are allowed")},
    {"term.banned", QT_TRANSLATE_NOOP("FindingText", "“%1” is an absolute claim that advertising may not make")},
    {"term.maybe", QT_TRANSLATE_NOOP("FindingText", "“%1” may read as an absolute claim")},
    {"term.medical", QT_TRANSLATE_NOOP("FindingText", "“%1” is a medical claim, not allowed for ordinary goods")},
    {"chars.forbidden", QT_TRANSLATE_NOOP("FindingText", "The character “%1” is not allowed here")},
    {"term.promotional", QT_TRANSLATE_NOOP("FindingText", "“%1” is promotional wording the marketplace forbids")},
    {"chars.emoji", QT_TRANSLATE_NOOP("FindingText", "Emoji in the copy: %1")},
    {"chars.symbol", QT_TRANSLATE_NOOP("FindingText", "Symbol in the copy: %1")},
    {"word.repeated", QT_TRANSLATE_NOOP("FindingText", "“%1” appears %2 times in the title")},
    {"word.all-caps", QT_TRANSLATE_NOOP("FindingText", "“%1” is written in capitals")},
    {"claim.health", QT_TRANSLATE_NOOP("FindingText", "“%1” is a health claim the product's facts do not state")},
    {"claim.green", QT_TRANSLATE_NOOP("FindingText", "“%1” is a green claim the product's facts do not state")},
    {"glossary.banned", QT_TRANSLATE_NOOP("FindingText", "“%1” is banned by the glossary")},
    {"glossary.required", QT_TRANSLATE_NOOP("FindingText", "The glossary requires “%1”, which the text does not use")},
    {"glossary.preferred", QT_TRANSLATE_NOOP("FindingText", "Write “%2” instead of “%1”")},
    {"glossary.keep-missing",
     QT_TRANSLATE_NOOP("FindingText", "“%1” must stay exactly as the source writes it (do not translate)")},
    {"html.removed", QT_TRANSLATE_NOOP("FindingText", "The export removes this markup: %1")},
    {"facts.number-mismatch", QT_TRANSLATE_NOOP("FindingText", "The copy says %1, the product's facts say %2")},
    {"facts.number-unstated", QT_TRANSLATE_NOOP("FindingText", "%1 is not in the product's facts")},
    {"facts.material-mismatch", QT_TRANSLATE_NOOP("FindingText", "Material: the copy says %1, the product's facts say %2")},
    {"facts.colour-mismatch", QT_TRANSLATE_NOOP("FindingText", "Colour: the copy says %1, the product's facts say %2")},
    {"keyword.missing", QT_TRANSLATE_NOOP("FindingText", "The keyword “%1” is not used")},
    {"keyword.density", QT_TRANSLATE_NOOP("FindingText", "The keyword “%1” makes up %2% of the text (keyword stuffing)")},
    {"sentence.long", QT_TRANSLATE_NOOP("FindingText", "A long sentence: %1 %3 where %2 read well")},
    {"phrase.repeated", QT_TRANSLATE_NOOP("FindingText", "“%1” is repeated %2 times")},
    {"grounding.unsupported", QT_TRANSLATE_NOOP("FindingText", "Not supported by the product's facts: “%1” (%2)")},
};

// The units core names in its arguments ("chars", "width", "bytes", "words"), in the reader's words.
QString unitName(const std::string& unit) {
  if (unit == "chars") return FindingText::tr("characters");
  if (unit == "width") return FindingText::tr("width units (a Chinese character counts 2)");
  if (unit == "bytes") return FindingText::tr("bytes");
  if (unit == "words") return FindingText::tr("words");
  return QString::fromStdString(unit);
}

const Wording* wordingOf(std::string_view id) {
  auto it = std::find_if(std::begin(kWordings), std::end(kWordings), [id](const Wording& w) { return w.id == id; });
  return it == std::end(kWordings) ? nullptr : &*it;
}

// Which argument of a message is a unit word, or -1.
int unitArgument(std::string_view id) {
  if (id == "limit.over" || id == "sentence.long") return 2;
  return -1;
}

QString plural(int n, const QString& one, const QString& many) { return (n == 1 ? one : many).arg(QLocale().toString(n)); }

}  // namespace

QString FindingText::fill(const QString& wording, const std::vector<QString>& args) {
  QString out;
  out.reserve(wording.size() + 16);
  for (qsizetype i = 0; i < wording.size(); ++i) {
    const QChar c = wording.at(i);
    if (c == QLatin1Char('%') && i + 1 < wording.size() && wording.at(i + 1).isDigit()) {
      qsizetype end = i + 1;
      int number = 0;
      while (end < wording.size() && wording.at(end).isDigit() && end - i <= 2) number = number * 10 + wording.at(end++).digitValue();
      if (number >= 1 && static_cast<std::size_t>(number) <= args.size()) {
        out += args[static_cast<std::size_t>(number) - 1];
        i = end - 1;
        continue;
      }
    }
    out += c;
  }
  return out;
}

QString FindingText::message(const Finding& finding) {
  std::vector<QString> args;
  args.reserve(finding.args.size());
  const int unit = unitArgument(finding.message);
  for (std::size_t i = 0; i < finding.args.size(); ++i)
    args.push_back(static_cast<int>(i) == unit ? unitName(finding.args[i]) : QString::fromStdString(finding.args[i]));
  if (const Wording* wording = wordingOf(finding.message)) return fill(tr(wording->text), args);
  QStringList parts{QString::fromStdString(finding.message)};
  for (const QString& arg : args) parts << arg;
  return parts.join(QStringLiteral(" · "));
}

bool FindingText::hasWording(std::string_view messageId) { return wordingOf(messageId) != nullptr; }

QString FindingText::sourceWording(std::string_view messageId) {
  const Wording* wording = wordingOf(messageId);
  return wording ? QString::fromUtf8(wording->text) : QString();
}

QString FindingText::severityName(Severity severity) {
  switch (severity) {
    case Severity::Error: return tr("Error");
    case Severity::Warning: return tr("Warning");
    case Severity::Info: return tr("Info");
  }
  return {};
}

QString FindingText::ruleSetName(const RuleBook* book, const std::string& setId) {
  if (book) {
    for (const RuleSetInfo& set : book->sets) {
      if (set.id != setId) continue;
      const std::string& name = chineseUi() && !set.nameZh.empty() ? set.nameZh : set.nameEn;
      if (!name.empty()) return QString::fromStdString(name);
    }
  }
  return QString::fromStdString(setId);
}

QString FindingText::explanation(const Finding& finding) {
  const bool zh = chineseUi() ? !finding.explanationZh.empty() : finding.explanationEn.empty();
  return QString::fromStdString(zh ? finding.explanationZh : finding.explanationEn);
}

QString FindingText::source(const Finding& finding) {
  return finding.source.empty() ? QString() : tr("Source: %1").arg(QString::fromStdString(finding.source));
}

QString FindingText::counts(int errors, int warnings, int infos, bool worstOnly) {
  // Singular and plural spelled out: English has no plural translation file to resolve "%n … (s)".
  QStringList parts;
  if (errors > 0) parts << plural(errors, tr("%1 error"), tr("%1 errors"));
  if (warnings > 0 && !(worstOnly && !parts.isEmpty())) parts << plural(warnings, tr("%1 warning"), tr("%1 warnings"));
  if (infos > 0 && !(worstOnly && !parts.isEmpty())) parts << plural(infos, tr("%1 info"), tr("%1 info"));
  return parts.isEmpty() ? tr("No findings") : parts.join(tr(", "));
}

QString FindingText::counts(const std::vector<Finding>& findings) {
  int errors = 0, warnings = 0, infos = 0;
  for (const Finding& f : findings) {
    if (f.severity == Severity::Error) ++errors;
    else if (f.severity == Severity::Warning) ++warnings;
    else ++infos;
  }
  return counts(errors, warnings, infos);
}

bool FindingText::chineseUi() { return QLocale().language() == QLocale::Chinese; }

}  // namespace copydesk::ui
