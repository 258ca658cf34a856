#pragma once

#include <QCoreApplication>
#include <QString>

#include <string>
#include <string_view>
#include <vector>

#include "core/common/error.h"

namespace copydesk {
struct TemplateDiagnostic;
}

namespace copydesk::ui {

// The studio's words for core's errors, in the language the UI is shown in. Core reports an error
// id with its args (core/common/error_messages.h, English for the CLI); this is the one place the
// studio turns them into sentences, so every id core can report needs a line in its table here
// (error_text_test fails otherwise). Show errors with describe(), never with Error::message.
class ErrorText final {
  Q_DECLARE_TR_FUNCTIONS(ErrorText)

 public:
  // "where: what went wrong", or just what went wrong when the error names no place.
  static QString describe(const Error& error);
  // What went wrong, without the place: the id worded with its args, then each context around it.
  // A plainError (no id) is shown as its text, which is already worded.
  static QString message(const Error& error);
  // A template's syntax error or warning, without its place.
  static QString message(const TemplateDiagnostic& diagnostic);

  static bool hasWording(std::string_view id);
  // The untranslated source text of an id ("" if none), for comparing with core's English.
  static QString sourceWording(std::string_view id);
};

}  // namespace copydesk::ui
