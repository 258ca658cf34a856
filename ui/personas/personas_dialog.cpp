#include "ui/personas/personas_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/common/paths.h"
#include "core/seed/example_personas.h"
#include "core/store/persona_store.h"
#include "ui/common/error_text.h"
#include "ui/store_thread.h"

namespace copydesk::ui {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }
std::string str(const QString& text) { return text.trimmed().toStdString(); }

}  // namespace

PersonasDialog::PersonasDialog(StoreThread& store, QWidget* parent)
    : QDialog(parent),
      m_store(store),
      m_list(new QListWidget(this)),
      m_name(new QLineEdit(this)),
      m_description(new QPlainTextEdit(this)),
      m_audience(new QLineEdit(this)),
      m_interests(new QLineEdit(this)),
      m_tone(new QLineEdit(this)),
      m_language(new QLineEdit(this)),
      m_channel(new QLineEdit(this)),
      m_message(new QLabel(this)),
      m_new(new QPushButton(tr("&New"), this)),
      m_save(new QPushButton(tr("&Save"), this)),
      m_remove(new QPushButton(tr("&Remove"), this)),
      m_examples(new QPushButton(tr("Add &examples"), this)) {
  setObjectName(QStringLiteral("personasDialog"));
  setWindowTitle(tr("Audience personas"));
  m_list->setObjectName(QStringLiteral("personaList"));
  m_name->setObjectName(QStringLiteral("personaName"));
  m_description->setObjectName(QStringLiteral("personaDescription"));
  m_tone->setObjectName(QStringLiteral("personaTone"));
  m_save->setObjectName(QStringLiteral("personaSave"));
  m_remove->setObjectName(QStringLiteral("personaRemove"));
  m_new->setObjectName(QStringLiteral("personaNew"));
  m_examples->setObjectName(QStringLiteral("personaExamples"));
  m_examples->setToolTip(tr("Adds the shipped example personas (budget students, gift buyers, outdoor enthusiasts, "
                            "parents) in the studio's language, where none of that name exists"));
  m_message->setObjectName(QStringLiteral("personaMessage"));
  m_message->setWordWrap(true);
  m_description->setTabChangesFocus(true);
  m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4);
  m_name->setPlaceholderText(tr("e.g. gift-buyers"));
  m_audience->setPlaceholderText(tr("who they are: age, situation"));
  m_interests->setPlaceholderText(tr("what they care about"));
  m_tone->setPlaceholderText(tr("the tone to write in for them"));
  m_language->setPlaceholderText(tr("en, zh, …"));
  m_channel->setPlaceholderText(tr("generic, social, amazon-title, …"));

  auto* form = new QFormLayout;
  form->addRow(tr("&Name:"), m_name);
  form->addRow(tr("&Description:"), m_description);
  form->addRow(tr("&Audience:"), m_audience);
  form->addRow(tr("&Interests:"), m_interests);
  form->addRow(tr("&Tone:"), m_tone);
  form->addRow(tr("&Language:"), m_language);
  form->addRow(tr("&Channel:"), m_channel);
  auto* hint = new QLabel(tr("Templates see these as {{persona.name}}, {{persona.description}}, {{persona.audience}}, "
                             "{{persona.interests}}, {{persona.tone}}, {{persona.language}}, {{persona.channel}}."),
                          this);
  hint->setWordWrap(true);
  hint->setForegroundRole(QPalette::PlaceholderText);
  form->addRow(hint);
  auto* editButtons = new QHBoxLayout;
  editButtons->addWidget(m_new);
  editButtons->addWidget(m_remove);
  editButtons->addStretch(1);
  editButtons->addWidget(m_save);
  auto* right = new QVBoxLayout;
  right->addLayout(form);
  right->addLayout(editButtons);
  right->addStretch(1);
  auto* left = new QVBoxLayout;
  left->addWidget(m_list, 1);
  left->addWidget(m_examples);
  auto* columns = new QHBoxLayout;
  columns->addLayout(left, 1);
  columns->addLayout(right, 2);
  auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(columns, 1);
  layout->addWidget(m_message);
  layout->addWidget(close);

  connect(m_list, &QListWidget::currentRowChanged, this, &PersonasDialog::showPersona);
  connect(m_new, &QPushButton::clicked, this, &PersonasDialog::startNew);
  connect(m_save, &QPushButton::clicked, this, &PersonasDialog::save);
  connect(m_remove, &QPushButton::clicked, this, &PersonasDialog::removeCurrent);
  connect(m_examples, &QPushButton::clicked, this, &PersonasDialog::addExamples);
  resize(820, 460);
  startNew();
  reload();
}

QString PersonasDialog::messageText() const { return m_message->text(); }

void PersonasDialog::fail(const QString& why) {
  m_message->setText(why);
  emit failed(why);
}

void PersonasDialog::reload() {
  m_store.run(
      this, [](Database& db) { return PersonaStore(db).list(); },
      [this](Result<std::vector<Persona>> personas) {
        if (!personas) {
          fail(tr("Could not read the personas: %1").arg(ErrorText::describe(personas.error())));
          return;
        }
        m_personas = std::move(*personas);
        const QSignalBlocker block(m_list);
        m_list->clear();
        int select = -1;
        for (std::size_t i = 0; i < m_personas.size(); ++i) {
          const Persona& p = m_personas[i];
          auto* item = new QListWidgetItem(qs(p.name), m_list);
          item->setToolTip(qs(p.description));
          if (qs(p.name) == m_select) select = static_cast<int>(i);
        }
        m_select.clear();
        if (select >= 0) {
          m_list->setCurrentRow(select);
          showPersona(select);
        }
        emit reloaded(static_cast<int>(m_personas.size()));
      });
}

void PersonasDialog::showPersona(int row) {
  if (row < 0 || row >= static_cast<int>(m_personas.size())) return;
  const Persona& p = m_personas[static_cast<std::size_t>(row)];
  m_editing = p.id;
  m_name->setText(qs(p.name));
  m_description->setPlainText(qs(p.description));
  m_audience->setText(qs(p.audience));
  m_interests->setText(qs(p.interests));
  m_tone->setText(qs(p.tone));
  m_language->setText(qs(p.language));
  m_channel->setText(qs(p.channel));
  m_remove->setEnabled(true);
  m_message->clear();
}

void PersonasDialog::startNew() {
  m_editing = 0;
  m_list->clearSelection();
  for (QLineEdit* edit : {m_name, m_audience, m_interests, m_tone, m_language, m_channel}) edit->clear();
  m_description->clear();
  m_remove->setEnabled(false);
  m_name->setFocus();
}

Persona PersonasDialog::formValues() const {
  Persona p;
  p.id = m_editing;
  p.name = str(m_name->text());
  p.description = str(m_description->toPlainText());
  p.audience = str(m_audience->text());
  p.interests = str(m_interests->text());
  p.tone = str(m_tone->text());
  p.language = str(m_language->text());
  p.channel = str(m_channel->text());
  return p;
}

void PersonasDialog::save() {
  const Persona persona = formValues();
  m_store.run(
      this,
      [persona](Database& db) {
        PersonaStore store(db);
        return persona.id == 0 ? store.add(persona) : store.update(persona);
      },
      [this](Result<Persona> saved) {
        if (!saved) {
          fail(tr("Not saved: %1").arg(ErrorText::describe(saved.error())));
          return;
        }
        m_message->setText(tr("Saved “%1”.").arg(qs(saved->name)));
        m_select = qs(saved->name);
        m_editing = saved->id;
        emit changed();
        reload();
      });
}

void PersonasDialog::removeCurrent() {
  const int row = m_list->currentRow();
  if (row < 0 || row >= static_cast<int>(m_personas.size())) return;
  const std::string name = m_personas[static_cast<std::size_t>(row)].name;
  m_store.run(
      this, [name](Database& db) { return PersonaStore(db).remove(name); },
      [this, name](Result<bool> removed) {
        if (!removed) {
          fail(tr("Not removed: %1").arg(ErrorText::describe(removed.error())));
          return;
        }
        m_message->setText(tr("Removed “%1”. Drafts written for it keep its name.").arg(qs(name)));
        startNew();
        emit changed();
        reload();
      });
}

void PersonasDialog::addExamples() {
  // Translated as "zh" in the Chinese studio: the examples come in the language the studio speaks.
  const std::string language = tr("en", "the language of the example personas: en or zh").toStdString();
  m_store.run(
      this, [language](Database& db) { return addExamplePersonas(db, resourcesDir(), language); },
      [this](Result<int> added) {
        if (!added) {
          fail(tr("Could not add the examples: %1").arg(ErrorText::describe(added.error())));
          return;
        }
        m_message->setText(tr("Added %n example persona(s).", nullptr, *added));
        emit changed();
        reload();
      });
}

}  // namespace copydesk::ui
