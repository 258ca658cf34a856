#pragma once

#include <QWidget>

#include "core/common/json.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace copydesk::ui {

class StoreThread;

// The user's variables (brand voice, audience, language, keywords, tone, length): what the rendered
// prompt shows and what generation sends along. Named presets of them live in the store.
class VariablesPane final : public QWidget {
  Q_OBJECT

 public:
  explicit VariablesPane(StoreThread& store, QWidget* parent = nullptr);

  // Only the variables with a value: an empty one must stay falsy for {{#tone}}…{{/tone}}.
  Json currentVariables() const;
  void setVariables(const Json& variables);  // unknown keys are ignored; emits variablesChanged

  void reloadPresets(const QString& select = QString());
  void savePreset(const QString& name);  // the current variables under that name
  void loadPreset(const QString& name);
  void removePreset(const QString& name);
  QStringList presetNames() const;
  QString statusText() const;

  QLineEdit* field(const QString& key) const;  // "brand_voice", "audience", "language", …

 signals:
  void variablesChanged(const copydesk::Json& variables);
  void presetsLoaded();
  void presetSaved(const QString& name);
  void presetLoaded(const QString& name);

 private:
  void setStatus(const QString& text);

  StoreThread& m_store;
  QList<QPair<QString, QLineEdit*>> m_fields;
  QComboBox* m_presets;
  QPushButton* m_save;
  QPushButton* m_delete;
  QLabel* m_status;
};

}  // namespace copydesk::ui
