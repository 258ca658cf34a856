#pragma once

#include <QDialog>

#include <vector>

#include "core/store/persona.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace copydesk::ui {

class StoreThread;

// Settings → Audience personas… (issue 13): the personas copy is written for, shared by everyone on
// the store. Add, edit and remove them; "Add examples" offers the shipped ones in the studio's
// language (resources/personas). The same PersonaStore as `copydesk-cli personas`.
class PersonasDialog final : public QDialog {
  Q_OBJECT

 public:
  explicit PersonasDialog(StoreThread& store, QWidget* parent = nullptr);

  QListWidget* list() const { return m_list; }
  QLineEdit* nameEdit() const { return m_name; }
  QLineEdit* toneEdit() const { return m_tone; }
  QPlainTextEdit* descriptionEdit() const { return m_description; }
  QPushButton* saveButton() const { return m_save; }
  QPushButton* removeButton() const { return m_remove; }
  QPushButton* newButton() const { return m_new; }
  QPushButton* examplesButton() const { return m_examples; }
  QString messageText() const;
  const std::vector<Persona>& personas() const { return m_personas; }

 public slots:
  void reload();
  void startNew();
  void save();
  void removeCurrent();
  void addExamples();

 signals:
  void reloaded(int personas);    // after every read of the list
  void changed();                 // a persona was added, changed or removed
  void failed(const QString& why);

 private:
  void showPersona(int row);
  Persona formValues() const;
  void fail(const QString& why);

  StoreThread& m_store;
  std::vector<Persona> m_personas;
  std::int64_t m_editing = 0;  // the persona in the form; 0: a new one
  QString m_select;            // the name to select after the next reload
  QListWidget* m_list;
  QLineEdit* m_name;
  QPlainTextEdit* m_description;
  QLineEdit* m_audience;
  QLineEdit* m_interests;
  QLineEdit* m_tone;
  QLineEdit* m_language;
  QLineEdit* m_channel;
  QLabel* m_message;
  QPushButton* m_new;
  QPushButton* m_save;
  QPushButton* m_remove;
  QPushButton* m_examples;
};

}  // namespace copydesk::ui
