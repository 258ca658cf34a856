#pragma once

#include <QMainWindow>
#include <QStringList>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <vector>

#include "core/common/json.h"
#include "core/templates/prompt_template.h"

class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;

namespace copydesk {
struct UnsavedCopy;
}

namespace copydesk::ui {

class ProductsPane;
class ProviderBanner;
class ProviderProbe;
class RenderedPromptView;
class AuditView;
class ReviewPane;
class StoreThread;
class StudioSettings;
class TemplateEditor;
class TemplatesPane;

// What a start does with unsaved text a studio that ended without saving left in the journal.
enum class UnsavedAtStart {
  Ask,         // the restore dialog (UnsavedCopyDialog)
  RestoreAll,  // copydesk --recover
  Keep,        // leave it for another start
};

struct MainWindowOptions {
  std::filesystem::path database;
  std::filesystem::path resources;  // sample catalog and default templates; empty: resourcesDir()
  bool seedOnOpen = true;      // fill an empty store with the sample catalog and default templates
  bool probeProvider = true;   // ask the default provider for its models (tests turn this off)
  bool restoreLayout = true;   // dock layout and geometry from the settings
  UnsavedAtStart unsavedAtStart = UnsavedAtStart::Ask;
};

// The studio: the products pane, the templates pane, the template editor and the rendered
// prompt, as dock widgets whose arrangement is remembered between runs.
class MainWindow final : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(MainWindowOptions options, QWidget* parent = nullptr);
  ~MainWindow() override;

  StoreThread& store() const { return *m_store; }
  ProductsPane* productsPane() const { return m_products; }
  TemplatesPane* templatesPane() const { return m_templates; }
  TemplateEditor* templateEditor() const { return m_editor; }
  RenderedPromptView* promptView() const { return m_prompt; }
  ProviderBanner* providerBanner() const { return m_banner; }
  QString generationStatus() const;
  // Shows the workspace page whose widget's objectName starts with `name` ("write", "prompt",
  // "review", "history"); false if there is none.
  bool showPage(const QString& name);

 signals:
  void storeOpened(const QString& summary);  // seeding (if any) is done and the panes are loading
  void firstRowsShown();

 protected:
  void closeEvent(QCloseEvent* event) override;

 private:
  void createPanes();
  void createMenus();
  // Each area of the studio builds its own panes (docks or workspace pages) and its own menu
  // actions in a file of its own: main_window_<area>.cpp.
  void createGenerationPanes();
  void createGenerationActions();
  void createCopyPanes();
  void createCopyActions();
  void createReviewPanes();
  void createReviewActions();
  void createHistoryPanes();
  void createHistoryActions();
  void createSettingsActions();
  void createSettingsPanes();
  QDockWidget* addPaneDock(const QString& title, const QString& objectName, QWidget* content,
                           Qt::DockWidgetArea area);
  void restoreWindowLayout();
  void openStore();
  void showProduct(std::int64_t productId);
  void saveTemplate(const PromptTemplate& prompt, const QString& note);
  void updateProviderState();
  void probeDefaultProvider();  // the profile chosen in Preferences, else the built-in default
  bool confirmDiscardEdits();  // asks; true: go ahead and drop the editor's changes
  bool confirmDiscardCopy();   // the same for the copy editor's working copy

  MainWindowOptions m_options;
  std::unique_ptr<StoreThread> m_store;
  std::unique_ptr<StudioSettings> m_settings;
  ProductsPane* m_products = nullptr;
  TemplatesPane* m_templates = nullptr;
  TemplateEditor* m_editor = nullptr;
  RenderedPromptView* m_prompt = nullptr;
  ProviderProbe* m_probe = nullptr;
  ProviderBanner* m_banner = nullptr;
  QDockWidget* m_productsDock = nullptr;
  QDockWidget* m_templatesDock = nullptr;
  QDockWidget* m_promptDock = nullptr;
  QLabel* m_generationState = nullptr;
  QTabWidget* m_workspace = nullptr;  // the central pages: write, prompt, review, history
  QSplitter* m_writeSplitter = nullptr;  // the "Write" page: generation columns above, the copy editor below
  QMenu* m_fileMenu = nullptr;
  QMenu* m_editMenu = nullptr;
  QMenu* m_viewMenu = nullptr;
  QMenu* m_generateMenu = nullptr;
  QMenu* m_reviewMenu = nullptr;
  QMenu* m_settingsMenu = nullptr;
  QMenu* m_helpMenu = nullptr;

  // --- generation area (main_window_generation.cpp) ---
 public:
  class GenerationPane* generationPane() const { return m_generation; }  // emits variantChosen(draftId)
  class BatchDialog* openBatchDialog();  // Generate → Batch over selection…; deletes itself on close

 private:
  void updateGenerationInputs();  // the selected products and the open template, for the pane
  class GenerationBridge* m_generationBridge = nullptr;
  class GenerationPane* m_generation = nullptr;

  // --- copy editing area (main_window_copy.cpp) ---
 public:
  class CopyEditorPane* copyEditor() const { return m_copyEditor; }  // on the Write page, below the columns

 private:
  class CopyEditorPane* m_copyEditor = nullptr;

  // --- review area (main_window_review.cpp) ---
 public:
  ReviewPane* reviewPane() const { return m_reviewPane; }
  AuditView* auditView() const { return m_auditView; }

 private:
  void showReviewPage();
  ReviewPane* m_reviewPane = nullptr;  // the "Review" page
  AuditView* m_auditView = nullptr;    // the "Audit" page

  // --- history area (main_window_history.cpp) ---
 public:
  class HistoryPage* historyPage() const { return m_history; }  // the "History" page
  // File → Import catalog… and dropped files: the preview dialog (deletes itself on close).
  class ImportDialog* openImportDialog(const QString& path);
  // Edit → Compare template versions… for the template chosen in the templates pane.
  class TemplateVersionsDialog* openTemplateVersions();

 private:
  void restoreDraftText(std::int64_t draftId, const QString& text);  // into the copy editor
  class HistoryPage* m_history = nullptr;

  // --- settings area (main_window_settings.cpp) ---
 public:
  class VariablesPane* variablesPane() const { return m_variables; }
  class TemplateAssist* templateAssist() const { return m_assist; }
  class ShortcutOverlay* shortcutOverlay() const { return m_shortcuts; }
  class KeyVault* keyVault() const { return m_keyVault; }
  Json currentVariables() const;  // the Variables pane's: what the prompt is rendered and generated with
  class SettingsDialog* openPreferences();  // Settings → Preferences; the dialog deletes itself on close

 private:
  void updateCostProfile();      // the default profile's prices for the estimate under the prompt
  void updateTemplateAssist();   // names and diagnostics of the latest render for the editor
  void loadStoredKeys();         // keychain / opted-in file keys into the vault, for the LLM client
  class VariablesPane* m_variables = nullptr;
  class TemplateAssist* m_assist = nullptr;
  class ShortcutOverlay* m_shortcuts = nullptr;
  class KeyVault* m_keyVault = nullptr;
  QDockWidget* m_variablesDock = nullptr;

  // --- related products on the Write page, issue 14 (main_window_related.cpp) ---
 public:
  class RelatedPane* relatedPane() const { return m_related; }

 private:
  void createRelatedPanes();
  class RelatedPane* m_related = nullptr;

  // --- customer questions, issue 14 (main_window_questions.cpp) ---
 public:
  class QuestionsPage* questionsPage() const { return m_questions; }  // the "Questions" page
  // Generate → Answer customer questions…: a batch over the selection's questions; deletes itself on close.
  class BatchDialog* openAnswerBatchDialog();
  class FaqExportDialog* openFaqExportDialog();  // File → Export customer answers as FAQ…

 private:
  void createQuestionsPanes();
  void createQuestionsActions();
  class QuestionsPage* m_questions = nullptr;

  // --- keyword trends, issue 13 (main_window_trends.cpp) ---
 public:
  class TrendsPage* trendsPage() const { return m_trends; }  // the "Trends" page

 private:
  void createTrendsPanes();
  void useTrendKeywords(const QStringList& keywords);  // into the Variables pane's keywords
  class TrendsPage* m_trends = nullptr;

  // --- translations for other markets, issue 14 (main_window_translation.cpp) ---
 public:
  // Review → Translate approved…: the queue's selected approved drafts, the languages chosen in the
  // TranslateDialog it returns (null: nothing selected), then the batch dialog (estimate, run, resume).
  class TranslateDialog* openTranslateDialog();

 private:
  void createTranslationActions();
  void startTranslation(std::vector<std::int64_t> draftIds, std::vector<std::string> languages,
                        std::string templateName);

  // --- audience personas, issue 13 (main_window_personas.cpp) ---
 public:
  class PersonasDialog* openPersonasDialog();              // Settings → Audience personas…
  class PersonaCompareDialog* openPersonaComparison();     // Generate → Compare personas…; null: nothing to compare

 private:
  void createPersonaActions();

  // --- A/B experiments, issue 13 (main_window_experiments.cpp) ---
 public:
  class ExperimentsPage* experimentsPage() const { return m_experiments; }         // the "A/B tests" page
  class VersionResultsPanel* versionResults() const { return m_versionResults; }  // under the Prompt page's editors
  void startExperimentWith(const QList<qint64>& draftIds);  // History's Start A/B test

 signals:
  void experimentStarted(std::int64_t experimentId);
  void experimentRefused(const QString& why);

 private:
  void createExperimentPanes();
  void createExperimentActions();
  class ExperimentsPage* m_experiments = nullptr;
  class VersionResultsPanel* m_versionResults = nullptr;

  // --- checks ---
 public:
  // The studio's one rule book: everyone who checks text uses it; Preferences reloads it.
  class RuleBookHolder* ruleBook() const { return m_ruleBook; }
  // Keeps the review queue's Checks column current (main_window_checks.cpp).
  class CheckSummaryRefresher* checkRefresher() const { return m_checkRefresher; }

 private:
  void createCheckRefresh();  // after the copy and review panes, whose work it follows
  class RuleBookHolder* m_ruleBook = nullptr;
  class CheckSummaryRefresher* m_checkRefresher = nullptr;

  // --- search indexing (main_window_indexing.cpp) ---
 public:
  class SearchIndexer* searchIndexer() const { return m_searchIndexer; }
  QString indexingStatus() const;  // the status bar's "Indexing the catalog for search… 45%", or empty

 private:
  void createIndexingStatus();  // the status-bar label; called by createPanes()
  void startSearchIndexing();   // at start and after an import: rows waiting for the index, in the background
  class SearchIndexer* m_searchIndexer = nullptr;
  QLabel* m_indexingState = nullptr;

  // --- the store file: unsaved copy, backups, a store that cannot be used ---
  // (main_window_unsaved.cpp, main_window_store.cpp)
 public:
  class UnsavedCopyTracker* unsavedCopy() const { return m_unsavedCopy; }
  void backUpStore(const QString& path);  // File → Back up… once a file is chosen; reports in a message box
  void listUnsavedCopy();                 // File → Unsaved copy…

 signals:
  void storeUnusable();  // the database could not be opened, and the user has read why
  void backupFinished(bool ok, const QString& message);

 private:
  void watchStoreOpen();     // a damaged, read-only or locked store: said in a dialog at start
  void createUnsavedCopy();  // journals the editors' unsaved text; offers what a crashed studio left
  void createStoreActions();
  void offerUnsavedCopy();
  class UnsavedCopyDialog* showUnsavedCopy(int mode, std::vector<UnsavedCopy> entries);
  class UnsavedCopyTracker* m_unsavedCopy = nullptr;

  // --- live updates from a team store (main_window_live.cpp) ---
 public:
  class StoreWatcher* storeWatcher() const { return m_storeWatcher; }  // null on a SQLite store
  QString storeState() const;  // the status bar's "Team store unreachable — retrying", or empty

 signals:
  // Preferences → Team store → Switch: the studio should reopen on this store (app/gui/main.cpp
  // does); a team store's source carries its password in memory only.
  void storeSwitchRequested(const std::filesystem::path& source);

 private:
  void createLiveUpdates();  // on PostgreSQL only
  void ignoreOwnChanges();
  void showStoreChanges(const QStringList& tables);
  void reloadFromStore();  // back after a lost connection: every list read again
  class StoreWatcher* m_storeWatcher = nullptr;
  QLabel* m_storeState = nullptr;
};

}  // namespace copydesk::ui
