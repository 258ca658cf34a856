#pragma once

#include <QDialog>

#include <string>
#include <vector>

#include "core/translation/market.h"

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace copydesk::ui {

// Translate approved copy (issue 14): which languages (the markets of core/translation, checkable)
// and which translation template. Accepting hands the choice to the batch dialog, which estimates,
// runs and resumes it like any batch.
class TranslateDialog final : public QDialog {
  Q_OBJECT

 public:
  TranslateDialog(std::size_t drafts, std::vector<Market> markets, QWidget* parent = nullptr);

  std::vector<std::string> languages() const;  // the checked markets' codes, in list order
  std::string templateName() const;            // translate-en or translate-zh
  void setChecked(const std::vector<std::string>& codes);  // for tests and remembered choices

 private:
  void updateButtons();

  std::vector<Market> m_markets;
  QListWidget* m_list;
  QComboBox* m_template;
  QPushButton* m_ok;
};

}  // namespace copydesk::ui
