#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

#include "core/checks/rule_book.h"

namespace copydesk::ui {

// The studio's rule book: loaded at start (a handful of small files, read on the spot), reloaded
// when the user edits a rule file or the glossary. Everyone who checks text holds the shared book
// they were given; reload() hands out a new one and says so.
class RuleBookHolder final : public QObject {
  Q_OBJECT

 public:
  explicit RuleBookHolder(QObject* parent = nullptr);

  std::shared_ptr<const RuleBook> book() const { return m_book; }
  const std::vector<Error>& problems() const { return m_problems; }  // broken rule files, FILE:LINE:COLUMN
  QString fingerprint() const;

 public slots:
  void reload();

 signals:
  void changed();

 private:
  std::shared_ptr<const RuleBook> m_book;
  std::vector<Error> m_problems;
};

}  // namespace copydesk::ui
