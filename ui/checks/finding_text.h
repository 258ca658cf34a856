#pragma once

#include <QCoreApplication>
#include <QString>

#include <string>
#include <string_view>
#include <vector>

#include "core/checks/finding.h"
#include "core/checks/rule_book.h"

namespace copydesk::ui {

// The studio's words for what the checks found, in the language the UI is shown in. Core reports
// message ids and arguments (core/checks/finding_message.h); this is the one place the studio
// turns them into sentences, so every id core can report needs a line in its table here.
class FindingText final {
  Q_DECLARE_TR_FUNCTIONS(FindingText)

 public:
  // The finding's sentence with its arguments filled in; an id without wording shows the id and
  // its arguments rather than nothing.
  static QString message(const Finding& finding);
  static bool hasWording(std::string_view messageId);
  // The untranslated source text of an id ("" if none), for comparing with core's English.
  static QString sourceWording(std::string_view messageId);

  static QString severityName(Severity severity);  // "Error", "Warning", "Info"
  static QString ruleSetName(const RuleBook* book, const std::string& setId);  // the set's id when unknown
  static QString explanation(const Finding& finding);  // Chinese when the UI is Chinese, else English
  static QString source(const Finding& finding);       // "Source: …", or "" when the rule names none

  // "2 errors, 1 warning", "3 info", "No findings"; `worstOnly` gives just the worst kind's count.
  static QString counts(int errors, int warnings, int infos, bool worstOnly = false);
  static QString counts(const std::vector<Finding>& findings);

  // True when the studio speaks Chinese (QLocale() follows the UI language, see installTranslations).
  static bool chineseUi();

  // Fills %1…%N of a wording in one pass, so an argument that itself holds "%2" stays as it is.
  static QString fill(const QString& wording, const std::vector<QString>& args);
};

}  // namespace copydesk::ui
