#pragma once

#include <QObject>
#include <QStringList>

class QCompleter;
class QPlainTextEdit;
class QStringListModel;

namespace copydesk::ui {

// Completes variable names inside a Mustache tag: typing after "{{" (also "{{#", "{{^", "{{/",
// "{{&", "{{{") offers the names the selected product and the user's variables provide; choosing
// one finishes the tag.
class VariableCompletion final : public QObject {
  Q_OBJECT

 public:
  explicit VariableCompletion(QPlainTextEdit* edit);

  void setNames(const QStringList& names);
  QStringList names() const;
  QCompleter* completer() const { return m_completer; }
  // The name being typed inside an open tag before the cursor, or a null string outside one.
  QString typedPrefix() const;
  void insertCompletion(const QString& name);

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void update();

  QPlainTextEdit* m_edit;
  QStringListModel* m_model;
  QCompleter* m_completer;
};

}  // namespace copydesk::ui
