#include "ui/variables/variables_pane.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/store/variable_preset_store.h"
#include "ui/store_thread.h"
#include "ui/common/error_text.h"

namespace copydesk::ui {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

struct FieldSpec {
  const char* key;
  const char* label;
  const char* placeholder;
  QStringList suggestions;
};

}  // namespace

VariablesPane::VariablesPane(StoreThread& store, QWidget* parent) : QWidget(parent), m_store(store) {
  const QList<FieldSpec> specs = {
      {"brand_voice", QT_TR_NOOP("&Brand voice:"), QT_TR_NOOP("e.g. warm, expert, no hype"), {}},
      {"audience", QT_TR_NOOP("&Audience / persona:"), QT_TR_NOOP("e.g. busy parents who cook at home"), {}},
      {"language", QT_TR_NOOP("La&nguage:"), QT_TR_NOOP("e.g. English, 简体中文"),
       {QStringLiteral("English"), QStringLiteral("简体中文"), QStringLiteral("Deutsch"), QStringLiteral("Français")}},
      {"keywords", QT_TR_NOOP("&Keywords:"), QT_TR_NOOP("comma-separated, e.g. organic, loose leaf"), {}},
      {"tone", QT_TR_NOOP("&Tone:"), QT_TR_NOOP("e.g. friendly"),
       {QStringLiteral("friendly"), QStringLiteral("formal"), QStringLiteral("playful"), QStringLiteral("温和")}},
      {"length", QT_TR_NOOP("&Length:"), QT_TR_NOOP("e.g. about 120 words"),
       {QStringLiteral("short"), QStringLiteral("about 120 words"), QStringLiteral("about 300 words")}},
  };
  auto* form = new QFormLayout;
  for (const FieldSpec& spec : specs) {
    auto* edit = new QLineEdit(this);
    edit->setObjectName(QStringLiteral("variable_") + QString::fromLatin1(spec.key));
    edit->setPlaceholderText(tr(spec.placeholder));
    edit->setClearButtonEnabled(true);
    if (!spec.suggestions.isEmpty()) edit->setCompleter(new QCompleter(spec.suggestions, edit));
    form->addRow(tr(spec.label), edit);
    m_fields.append({QString::fromLatin1(spec.key), edit});
    connect(edit, &QLineEdit::textChanged, this, [this] { emit variablesChanged(currentVariables()); });
  }

  m_presets = new QComboBox(this);
  m_presets->setObjectName(QStringLiteral("variablePresets"));
  m_presets->setPlaceholderText(tr("Presets"));
  m_save = new QPushButton(tr("Save &as…"), this);
  m_delete = new QPushButton(tr("&Delete"), this);
  auto* presetRow = new QHBoxLayout;
  presetRow->addWidget(m_presets, 1);
  presetRow->addWidget(m_save);
  presetRow->addWidget(m_delete);
  m_status = new QLabel(this);
  m_status->setWordWrap(true);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addLayout(presetRow);
  layout->addLayout(form);
  layout->addWidget(m_status);
  layout->addStretch(1);

  connect(m_presets, &QComboBox::textActivated, this, &VariablesPane::loadPreset);
  connect(m_save, &QPushButton::clicked, this, [this] {
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save variables"), tr("Preset name:"), QLineEdit::Normal,
                                               m_presets->currentText(), &ok);
    if (ok && !name.trimmed().isEmpty()) savePreset(name.trimmed());
  });
  connect(m_delete, &QPushButton::clicked, this, [this] {
    if (m_presets->currentIndex() >= 0) removePreset(m_presets->currentText());
  });
  m_delete->setEnabled(false);
}

Json VariablesPane::currentVariables() const {
  Json variables = Json::object();
  for (const auto& [key, edit] : m_fields) {
    const QString value = edit->text().trimmed();
    if (!value.isEmpty()) variables[key.toStdString()] = value.toStdString();
  }
  return variables;
}

void VariablesPane::setVariables(const Json& variables) {
  for (const auto& [key, edit] : m_fields) {
    const QSignalBlocker block(edit);  // one variablesChanged for the whole set, not one per field
    const auto found = variables.find(key.toStdString());
    edit->setText(found != variables.end() && found->is_string() ? qs(found->get<std::string>()) : QString());
  }
  emit variablesChanged(currentVariables());
}

QLineEdit* VariablesPane::field(const QString& key) const {
  for (const auto& [name, edit] : m_fields)
    if (name == key) return edit;
  return nullptr;
}

void VariablesPane::reloadPresets(const QString& select) {
  m_store.run(this, [](Database& db) { return VariablePresetStore(db).names(); },
              [this, select](Result<std::vector<std::string>> names) {
                if (!names) {
                  setStatus(ErrorText::describe(names.error()));
                  return;
                }
                const QSignalBlocker block(m_presets);
                m_presets->clear();
                for (const auto& name : *names) m_presets->addItem(qs(name));
                m_presets->setCurrentIndex(m_presets->findText(select));
                m_delete->setEnabled(m_presets->currentIndex() >= 0);
                emit presetsLoaded();
              });
}

void VariablesPane::savePreset(const QString& name) {
  m_store.run(this,
              [name = name.toStdString(), variables = currentVariables()](Database& db) {
                return VariablePresetStore(db).save(name, variables);
              },
              [this, name](Status saved) {
                if (!saved) {
                  setStatus(ErrorText::describe(saved.error()));
                  return;
                }
                setStatus(tr("Saved preset %1.").arg(name));
                reloadPresets(name);
                emit presetSaved(name);
              });
}

void VariablesPane::loadPreset(const QString& name) {
  m_store.run(this, [name = name.toStdString()](Database& db) { return VariablePresetStore(db).load(name); },
              [this, name](Result<std::optional<Json>> loaded) {
                if (!loaded || !*loaded) {
                  setStatus(loaded ? tr("There is no preset %1 any more.").arg(name) : ErrorText::describe(loaded.error()));
                  return;
                }
                setVariables(**loaded);
                m_presets->setCurrentIndex(m_presets->findText(name));
                m_delete->setEnabled(true);
                setStatus(tr("Loaded preset %1.").arg(name));
                emit presetLoaded(name);
              });
}

void VariablesPane::removePreset(const QString& name) {
  m_store.run(this, [name = name.toStdString()](Database& db) { return VariablePresetStore(db).remove(name); },
              [this, name](Result<bool> removed) {
                setStatus(removed ? tr("Deleted preset %1.").arg(name) : ErrorText::describe(removed.error()));
                reloadPresets();
              });
}

QStringList VariablesPane::presetNames() const {
  QStringList names;
  for (int i = 0; i < m_presets->count(); ++i) names << m_presets->itemText(i);
  return names;
}

QString VariablesPane::statusText() const { return m_status->text(); }
void VariablesPane::setStatus(const QString& text) { m_status->setText(text); }

}  // namespace copydesk::ui
