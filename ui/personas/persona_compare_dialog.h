#pragma once

#include <QDialog>

#include <cstdint>
#include <string>
#include <vector>

#include "core/store/draft.h"

class QComboBox;
class QHBoxLayout;
class QLabel;

namespace copydesk::ui {

class DiffView;
class StoreThread;

// Write → Compare personas… (issue 13): one product field as told to each audience persona, side by
// side — a column per persona (and one for the copy written for no persona) with its text, status and
// "Open in editor" — and below, any two of them word by word in the diff view the copy editor uses.
class PersonaCompareDialog final : public QDialog {
  Q_OBJECT

 public:
  PersonaCompareDialog(StoreThread& store, std::int64_t productId, std::string field, QWidget* parent = nullptr);

  const std::vector<Draft>& versions() const { return m_versions; }
  QComboBox* leftChoice() const { return m_left; }
  QComboBox* rightChoice() const { return m_right; }
  DiffView* diffView() const { return m_diff; }
  QString statusText() const;

 signals:
  void loaded(int versions);  // -1: could not read them
  void openRequested(std::int64_t draftId);

 private:
  void load();
  void showVersions(std::vector<Draft> versions);
  void compare();
  QString labelOf(const Draft& draft) const;

  StoreThread& m_store;
  std::int64_t m_productId;
  std::string m_field;
  std::vector<Draft> m_versions;
  QLabel* m_status;
  QWidget* m_columnsHost;
  QHBoxLayout* m_columns;
  QComboBox* m_left;
  QComboBox* m_right;
  DiffView* m_diff;
};

}  // namespace copydesk::ui
