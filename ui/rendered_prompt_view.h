#pragma once

#include <QWidget>

#include <cstdint>
#include <optional>

#include "core/common/json.h"
#include "core/llm/provider_profile.h"
#include "core/templates/prompt_template.h"
#include "core/templates/template_diagnostic.h"

class QLabel;
class QPlainTextEdit;
class QTimer;

namespace copydesk::ui {

class StoreThread;
struct PromptPreview;

// The prompt the selected product would be sent with the template being edited: the system and
// user messages exactly as rendered, and what the renderer had to say about them. Rendering runs
// on the store thread (it reads the product and the partials).
class RenderedPromptView final : public QWidget {
  Q_OBJECT

 public:
  explicit RenderedPromptView(StoreThread& store, QWidget* parent = nullptr);

  void setProduct(std::int64_t productId);                 // 0: none
  void setTemplate(std::optional<PromptTemplate> prompt);  // re-renders shortly after the last call
  void setVariables(const Json& variables);                // the user's variables; re-renders shortly
  // The profile the estimate prices the prompt for, and the output tokens it allows at most.
  void setCostProfile(const llm::ProviderProfile& profile, int maxOutputTokens);

  QString headingText() const;
  QString systemText() const;
  QString userText() const;
  QString notesText() const;
  QString estimateText() const;
  // Of the latest render: its diagnostics (parts and places) and the names a template can use.
  const std::vector<TemplateDiagnostic>& diagnostics() const { return m_diagnostics; }
  const std::vector<std::string>& variableNames() const { return m_variableNames; }

 signals:
  void rendered();  // the panes show the result of the latest request

 public slots:
  void render();  // now, without waiting

 private:
  void display(const PromptPreview& preview);
  void updateEstimate();

  StoreThread& m_store;
  std::int64_t m_productId = 0;
  std::optional<PromptTemplate> m_template;
  Json m_variables = Json::object();
  std::optional<llm::ProviderProfile> m_costProfile;
  int m_maxOutputTokens = 0;
  std::vector<TemplateDiagnostic> m_diagnostics;
  std::vector<std::string> m_variableNames;
  int m_generation = 0;
  QLabel* m_heading;
  QPlainTextEdit* m_system;
  QPlainTextEdit* m_user;
  QLabel* m_notes;
  QLabel* m_estimate;
  QTimer* m_debounce;
};

}  // namespace copydesk::ui
