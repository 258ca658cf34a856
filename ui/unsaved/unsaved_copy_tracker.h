#pragma once

#include <QObject>
#include <QPointer>

#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

#include "core/store/unsaved_copy_journal.h"

class QTimer;

namespace copydesk {
class UnsavedCopyWriter;
}

namespace copydesk::ui {

class CopyEditorPane;
class StoreThread;
class TemplateEditor;

// Keeps the unsaved-copy journal (core/store/unsaved_copy_journal.h) in step with the studio's
// editors: what the copy editor and the template editor hold unsaved is written within about half
// a second of typing (UnsavedCopyWriter: its own thread and connection), and dropped from the journal
// when it is saved or the typing comes back to the saved text. Text the copy editor lets go of
// unsaved (another product shown) stays journaled and held here, and comes back when its product
// and field are shown again. Restoring a text left by a studio that is gone (restore()) journals it
// under this studio and puts it in its editor as unsaved working copy.
class UnsavedCopyTracker final : public QObject {
  Q_OBJECT

 public:
  UnsavedCopyTracker(StoreThread& store, CopyEditorPane* copy, TemplateEditor* prompt, QObject* parent = nullptr);
  ~UnsavedCopyTracker() override;  // writes what waits before it returns

  const std::string& owner() const;
  static constexpr int kDelayMs = 500;  // after the first key of a burst of typing

  // Writes what waits now and blocks until the journal holds it (close, tests).
  void flush();
  // The entries become this studio's (journaled under its owner, the old rows discarded) and are
  // held until shown; the first is opened in its editor.
  void restore(const std::vector<UnsavedCopy>& entries);
  void discard(const std::vector<UnsavedCopy>& entries);
  // At a close the user agreed to: the texts the editors show are dropped (they were discarded, or
  // there were none); texts held but not shown stay journaled for the next start.
  void forgetShown();

 signals:
  void failed(const QString& why);      // journaling failed (the typing itself is not affected)
  void opened(const QString& what);     // a restored text is in its editor now, unsaved
  void openRequested(bool prompt);      // a restored text is being opened: show the Write (or Prompt) page

 private:
  struct Pending {
    UnsavedCopyKey key;
    std::string text;
    bool unsaved = false;
    bool dirty = false;
  };
  std::optional<UnsavedCopyKey> copyKey() const;
  std::optional<UnsavedCopyKey> templateKey() const;
  void copyEdited();
  void copyLoaded();
  void copySaved();
  void templateEdited();
  void write(Pending& pending);
  void writeDue();
  void open(const UnsavedCopy& entry);
  void openTemplate(const UnsavedCopyKey& key);
  void apply(const UnsavedCopyKey& from, const std::string& text);

  StoreThread& m_store;
  QPointer<CopyEditorPane> m_copy;
  QPointer<TemplateEditor> m_prompt;
  std::unique_ptr<UnsavedCopyWriter> m_writer;
  QTimer* m_delay;
  std::optional<Pending> m_copyState;
  std::optional<Pending> m_templateState;
  // Unsaved texts this studio holds (journaled), shown or not, by key.
  std::vector<std::pair<UnsavedCopyKey, std::string>> m_held;
  std::optional<UnsavedCopyKey> m_opening;  // a restored copy text waiting for its editor to load
  bool m_keepTemplate = false;              // the template editor switches for a restore: keep the old text
  int m_templateRequest = 0;

  const std::string* held(const UnsavedCopyKey& key) const;
  void hold(const UnsavedCopyKey& key, const std::string& text);
  void release(const UnsavedCopyKey& key);
};

}  // namespace copydesk::ui
