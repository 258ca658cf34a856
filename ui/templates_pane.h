#pragma once

#include <QWidget>

#include <cstdint>

#include "core/store/template_store.h"

class QTreeView;

namespace copydesk::ui {

class StoreThread;
class TemplateListModel;

// The prompt templates and their versions; choosing a row opens that version in the editor.
class TemplatesPane final : public QWidget {
  Q_OBJECT

 public:
  explicit TemplatesPane(StoreThread& store, QWidget* parent = nullptr);

  void reload(std::int64_t selectVersionId = 0);  // selects that version (or keeps the current template)
  void selectVersion(std::int64_t versionId);     // without announcing it (versionChosen is not emitted)
  TemplateListModel* model() const { return m_model; }
  QTreeView* view() const { return m_view; }

 signals:
  void versionChosen(const copydesk::TemplateVersion& version);

 private:
  TemplateListModel* m_model;
  QTreeView* m_view;
  std::int64_t m_pendingSelection = 0;
  std::string m_currentTemplate;
  bool m_quiet = false;
};

}  // namespace copydesk::ui
