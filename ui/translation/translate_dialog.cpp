#include "ui/translation/translate_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace copydesk::ui {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

// "de — German · Germany (Amazon.de) · metric": the language in the studio's language where known.
QString marketLine(const Market& m) {
  const bool chinese = QLocale().language() == QLocale::Chinese;
  const QString language = chinese && !m.languageZh.empty() ? qs(m.languageZh) : qs(m.language);
  const QString units = m.units == "imperial" ? TranslateDialog::tr("imperial units") : TranslateDialog::tr("metric units");
  return TranslateDialog::tr("%1 — %2 · %3 · %4").arg(qs(m.code), language, qs(m.market), units);
}

}  // namespace

TranslateDialog::TranslateDialog(std::size_t drafts, std::vector<Market> markets, QWidget* parent)
    : QDialog(parent), m_markets(std::move(markets)), m_list(new QListWidget(this)),
      m_template(new QComboBox(this)) {
  setObjectName(QStringLiteral("translateDialog"));
  setWindowTitle(tr("Translate approved copy"));
  auto* intro = new QLabel(tr("Translate %n approved draft(s) into each language checked below: one new draft per "
                              "draft and language, reviewed like any other. Glossary terms marked “do not translate” "
                              "and brand names stay as they are; units follow the market.", nullptr,
                              static_cast<int>(drafts)), this);
  intro->setWordWrap(true);
  m_list->setObjectName(QStringLiteral("translateLanguages"));
  for (const Market& m : m_markets) {
    auto* item = new QListWidgetItem(marketLine(m), m_list);
    item->setData(Qt::UserRole, qs(m.code));
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
  }
  m_template->setObjectName(QStringLiteral("translateTemplate"));
  m_template->addItem(tr("Instructions in English (translate-en)"), QStringLiteral("translate-en"));
  m_template->addItem(tr("Instructions in Chinese (translate-zh)"), QStringLiteral("translate-zh"));
  if (QLocale().language() == QLocale::Chinese) m_template->setCurrentIndex(1);
  auto* form = new QFormLayout;
  form->addRow(tr("Template:"), m_template);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  m_ok = buttons->button(QDialogButtonBox::Ok);
  m_ok->setText(tr("Estimate…"));
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(m_list, &QListWidget::itemChanged, this, &TranslateDialog::updateButtons);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(intro);
  layout->addWidget(m_list, 1);
  layout->addLayout(form);
  layout->addWidget(buttons);
  updateButtons();
  resize(560, 420);
}

std::vector<std::string> TranslateDialog::languages() const {
  std::vector<std::string> codes;
  for (int row = 0; row < m_list->count(); ++row) {
    const QListWidgetItem* item = m_list->item(row);
    if (item->checkState() == Qt::Checked) codes.push_back(item->data(Qt::UserRole).toString().toStdString());
  }
  return codes;
}

std::string TranslateDialog::templateName() const { return m_template->currentData().toString().toStdString(); }

void TranslateDialog::setChecked(const std::vector<std::string>& codes) {
  for (int row = 0; row < m_list->count(); ++row) {
    QListWidgetItem* item = m_list->item(row);
    const std::string code = item->data(Qt::UserRole).toString().toStdString();
    const bool on = std::find(codes.begin(), codes.end(), code) != codes.end();
    item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
  }
}

void TranslateDialog::updateButtons() { m_ok->setEnabled(!languages().empty()); }

}  // namespace copydesk::ui
