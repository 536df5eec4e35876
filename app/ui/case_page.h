#pragma once
// One case: what the clinician reads (note, conversation, media) on the left, the editors built
// from the project schema on the right, and the actions (submit, draft, skip, flag PHI, undo)
// with their shortcuts. Keys the focused widget does not use go to the active field's editor.
#include <QElapsedTimer>
#include <QTimer>
#include <QPointer>
#include <QWidget>
#include <memory>
#include <vector>

#include "model/case_data.h"

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QTextBrowser;
class QVBoxLayout;

namespace concord::app {

class AnnotationDocument;
class AudioPanel;
class ApiClient;
class FieldEditor;
class HelpOverlay;
class ImageCanvas;
class SyncService;

class CasePage : public QWidget {
  Q_OBJECT
 public:
  CasePage(ApiClient* api, SyncService* sync, QWidget* parent = nullptr);
  ~CasePage() override;

  /// Fetches the case and builds its editors (asynchronously).
  void load(qint64 caseId);
  qint64 caseId() const { return caseId_; }
  bool loaded() const { return document_ != nullptr; }
  AnnotationDocument* document() const { return document_; }
  const std::vector<FieldEditor*>& editors() const { return editors_; }
  int activeField() const { return active_; }
  void setActiveField(int index);
  QString statusText() const;
  const CaseData& caseData() const { return case_; }

  void submit();
  void saveDraft();
  /// Skips the case with a reason (queued like any other write) and moves on.
  void skip(const QString& reason);
  /// Opens the non-modal skip form (Ctrl+K).
  void askSkipReason();
  void toggleHelp();
  HelpOverlay* helpOverlay() const { return help_; }
  QList<QAction*> shortcutActions() const { return actions_; }
  /// Draft autosave after this many ms without edits (0 = off).
  void setAutosaveDelay(int ms);
  /// Saves a draft now if there are unsaved edits (leaving the case, autosave).
  void saveDraftIfModified();
  QTextBrowser* noteView() const { return note_; }
  AudioPanel* audioPanel() const { return audio_; }

 signals:
  void submitted(qint64 caseId);
  void skipped(qint64 caseId);
  void backToQueue();
  void loadFailed(const QString& message);
  void caseLoaded(qint64 caseId);

 protected:
  void keyPressEvent(QKeyEvent* event) override;

 private:
  void build(const CaseData& data);
  void clear();
  void save(bool submit, bool quiet = false);
  void showImages();
  void setStatus(const QString& text, bool error = false);
  void setBusy(bool busy);
  QAction* addShortcut(const QString& text, const QKeySequence& key, std::function<void()> slot);
  void updateUndoActions();

  ApiClient* api_;
  SyncService* sync_;
  qint64 caseId_ = 0;
  bool submittedEarlier_ = false;  // the server refuses drafts after a submission
  bool awaitingSubmit_ = false;
  QTimer* autosave_;
  CaseData case_;
  AnnotationDocument* document_ = nullptr;
  std::vector<FieldEditor*> editors_;
  int active_ = -1;
  QElapsedTimer onTask_;
  qint64 previousTimeOnTask_ = 0;

  QLabel* title_;
  QTextBrowser* note_;
  QTextBrowser* conversation_;
  QTabWidget* tabs_;
  ImageCanvas* imageView_;
  AudioPanel* audio_;
  QComboBox* imagePicker_;
  HelpOverlay* help_;
  QScrollArea* editorScroll_;
  QWidget* editorPanel_ = nullptr;
  QCheckBox* flagPhi_;
  QPushButton* submit_;
  QPushButton* draft_;
  QProgressBar* progress_;
  QLabel* status_;
  QList<QAction*> actions_;
  QAction* undo_ = nullptr;
  QAction* redo_ = nullptr;
};

}  // namespace concord::app
