#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <catch2/catch.hpp>

#include "ui/product_table_model.h"
#include "ui/review/audit_table_model.h"
#include "ui/studio_translations.h"

using namespace copydesk;

namespace {

// Removes whatever installTranslations() installed, so other tests keep seeing English.
struct TranslatorsReset {
  ~TranslatorsReset() {
    for (auto* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
      QCoreApplication::removeTranslator(translator);
      delete translator;
    }
    QLocale::setDefault(QLocale(QLocale::English));
  }
};

}  // namespace

TEST_CASE("the Chinese translation is chosen by language and translates the studio") {
  TranslatorsReset reset;
  const QString loaded = ui::installTranslations(*QCoreApplication::instance(), "zh_CN", {COPYDESK_TEST_QM_DIR});
  CHECK(loaded.startsWith("zh"));
  CHECK(QLocale().language() == QLocale::Chinese);  // what speaks the UI's language from data (checks' explanations)
  CHECK(ui::ProductTableModel::statusText(CopyStatus::Approved) == QString::fromUtf8("已通过"));
  CHECK(ui::ProductTableModel::statusText(CopyStatus::None) == QString::fromUtf8("无文案"));
  // The audit trail stores English words; the audit view says them in Chinese, unknown ones as stored.
  CHECK(ui::AuditTableModel::actionText("approve") == QString::fromUtf8("通过"));
  CHECK(ui::AuditTableModel::actionText("supersede") == QString::fromUtf8("被取代"));
  CHECK(ui::AuditTableModel::actionText("archive") == "archive");
}

TEST_CASE("English needs no translator and an unknown language falls back to English") {
  TranslatorsReset reset;
  CHECK(ui::installTranslations(*QCoreApplication::instance(), "en", {COPYDESK_TEST_QM_DIR}).isEmpty());
  CHECK(ui::installTranslations(*QCoreApplication::instance(), "sw", {COPYDESK_TEST_QM_DIR}).isEmpty());
  CHECK(QLocale().language() == QLocale::English);
  CHECK(ui::ProductTableModel::statusText(CopyStatus::Approved) == "approved");
  CHECK(ui::AuditTableModel::actionText("approve") == "approve");
}
