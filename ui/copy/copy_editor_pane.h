#pragma once

#include <QHash>
#include <QWidget>

#include <cstdint>
#include <functional>
#include <optional>

#include "ui/copy/draft_snapshot.h"

class QAction;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace copydesk::ui {

class CheckRunner;
class CopyCounters;
class DiffView;
class FindingUnderlines;
class FindingsPane;
class QuestionLabel;
class RuleBookHolder;
class StoreThread;

// Editing one piece of copy, three columns side by side: the product's facts and what the shop
// shows now | the draft as the model wrote it | the working copy, with its counters against the
// chosen channel's limit. Below them, a diff of the working copy against the model's draft (or
// the shop's copy). Saving stores a new version through the review lifecycle (ReviewService::edit:
// edited approved text needs approval again); everything reaches the store through StoreThread.
class CopyEditorPane final : public QWidget {
  Q_OBJECT

 public:
  explicit CopyEditorPane(StoreThread& store, QWidget* parent = nullptr);  // checks with a rule book of its own
  CopyEditorPane(StoreThread& store, RuleBookHolder& rules, QWidget* parent = nullptr);

  std::int64_t productId() const { return m_productId; }
  std::int64_t draftId() const { return m_snapshot && m_snapshot->draft ? m_snapshot->draft->id : 0; }
  const std::optional<DraftSnapshot>& snapshot() const { return m_snapshot; }
  QString workingText() const;
  bool hasUnsavedEdits() const;
  bool hasKeptEdits(std::int64_t draftId) const { return m_unsaved.contains(draftId); }
  QString headingText() const;
  QString messageText() const;
  QLabel* questionLabel() const;  // an answer's customer question above the text (issue 14); hidden otherwise

  QAction* undoAction() const { return m_undo; }
  QAction* redoAction() const { return m_redo; }
  QAction* saveAction() const { return m_save; }
  QAction* submitAction() const { return m_submit; }
  QPlainTextEdit* workingEdit() const { return m_working; }
  QPlainTextEdit* modelDraftView() const { return m_model; }
  QTextBrowser* factsView() const { return m_facts; }
  DiffView* diffView() const { return m_diff; }
  CopyCounters* counters() const { return m_counters; }
  QComboBox* channelCombo() const { return m_channel; }
  QComboBox* fieldCombo() const { return m_field; }
  QComboBox* compareCombo() const { return m_compare; }
  FindingsPane* findingsPane() const { return m_findings; }
  FindingUnderlines* findingUnderlines() const { return m_underlines; }
  CheckRunner* checkRunner() const { return m_checks; }

 public slots:
  void setProduct(std::int64_t productId);  // its working draft of the chosen field, if any
  void showDraft(std::int64_t draftId);     // the model's text and the current text as working copy
  // The open template's field becomes the Field choice while no draft is shown (and no typing would be lost).
  void setTemplateField(const QString& field);
  void setWorkingText(const QString& text); // replaces the working copy as one undoable edit
  // A draft for this product was stored elsewhere (a generation finished): shown with no draft of
  // the field and nothing typed, the product's copy is read again, so the line above the editor
  // names the new draft. A draft already shown stays, and so does typing.
  void productDraftStored(std::int64_t productId);
  void save();
  void submitForReview();                   // saves first when there are unsaved edits
  // The team store answers again (StoreWatcher::reconnected): a save or submission that failed
  // because the store could not be reached is made now, with the text typed since.
  void storeIsBack();
  // Someone else changed drafts (a team store's live update): the draft shown is read again, so its
  // status and version are the store's. Typing in progress is left alone: a save of it then meets
  // the change (draft.edit-conflict) and the writer chooses.
  void refreshShownDraft();

 signals:
  void loaded(std::int64_t draftId);  // a snapshot is shown (0: the product has no draft for the field)
  void checked();                     // the findings shown are those of the working copy now
  void saved(std::int64_t draftId);
  void submitted(std::int64_t draftId);

 private:
  CopyEditorPane(StoreThread& store, RuleBookHolder* rules, QWidget* parent);
  void buildActions();
  QWidget* buildChecks();
  void updateCheckSubject();  // what the working copy is checked against: the draft, or the product
  std::string checkChannel() const;
  QWidget* buildColumns();
  void load(std::function<Result<DraftSnapshot>(Database&)> job);
  void display(DraftSnapshot snapshot);
  void storeWorkingCopy(bool thenSubmit);
  void stored(const Draft& draft, const QString& text, bool submittedNow);
  void showError(const QString& what, const Error& error);
  void resolveConflict(const Error& conflict, bool thenSubmit);
  void adoptTheirs(const Draft& theirs, bool intoEditor);
  void updateHeading();
  void updateLimit();
  void updateDiff();
  void updateActions();
  QString fieldName() const;

  StoreThread& m_store;
  RuleBookHolder* m_rules;
  std::int64_t m_productId = 0;
  std::optional<DraftSnapshot> m_snapshot;
  QString m_savedText;  // what the store holds for the working copy
  // Edits not saved when another draft was shown, by draft id: they come back with their draft.
  QHash<std::int64_t, QString> m_unsaved;
  int m_request = 0;    // answers to older loads are dropped
  int m_checkRequest = 0;  // the same for the draft's check subject
  bool m_storing = false;
  std::optional<bool> m_retryWhenBack;  // a store that could not be reached: submit too?

  QLabel* m_heading;
  QuestionLabel* m_question;
  QLabel* m_message;
  QComboBox* m_field;
  QComboBox* m_channel;
  QComboBox* m_compare;
  QPushButton* m_saveButton;
  QPushButton* m_submitButton;
  QTextBrowser* m_facts;
  QPlainTextEdit* m_model;
  QPlainTextEdit* m_working;
  CopyCounters* m_counters;
  DiffView* m_diff;
  QTimer* m_diffDelay;
  CheckRunner* m_checks;
  FindingUnderlines* m_underlines;
  FindingsPane* m_findings;
  QAction* m_undo;
  QAction* m_redo;
  QAction* m_save;
  QAction* m_submit;
};

}  // namespace copydesk::ui
