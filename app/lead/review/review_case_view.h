#pragma once
// One case under review: the unblinded case content, every annotator's answer side by side, and
// the lead's final answer built with the app's schema editors, with a required rationale. The
// view only edits its final-answer document; sending is the page's business (adjudicateRequested).
#include <QPointer>
#include <QWidget>
#include <optional>
#include <vector>

#include "concord/schema/annotation_schema.h"
#include "lead/review/review_case.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTableView;
class QTextBrowser;
class QHBoxLayout;
class QVBoxLayout;

namespace concord::app {

class AnnotationDocument;
class ApiClient;
class FieldEditor;
class SideBySideModel;

class ReviewCaseView : public QWidget {
  Q_OBJECT
 public:
  explicit ReviewCaseView(ApiClient* api, QWidget* parent = nullptr);

  /// Shows `data` with a fresh final answer (ReviewCase::initialFinalPayload) and an empty rationale.
  void showCase(const ReviewCase& data);
  void clear();
  bool hasCase() const { return document_ != nullptr; }
  const ReviewCase& current() const { return case_; }
  AnnotationDocument* finalAnswer() const { return document_; }
  SideBySideModel* sideBySide() const { return model_; }
  QString rationale() const;
  /// Why the lead cannot adjudicate yet (empty = they can).
  QString blocker() const;
  /// Keyboard focus to the side-by-side table (its current cell is the first disagreement).
  void focusComparison();
  /// While a request is in flight the button stays disabled.
  void setBusy(bool busy);

  /// Sets the final answer of `fieldId` to annotator `annotator`'s value (source order).
  void takeValue(int annotator, const QString& fieldId);
  /// Sets every field of the final answer to annotator `annotator`'s answers, as one undo step.
  void takeAll(int annotator);

 signals:
  /// The lead asked to adjudicate with a complete answer and a rationale.
  void adjudicateRequested();
  /// Something the lead should read in the page's status line.
  void message(const QString& text);

 protected:
  void keyPressEvent(QKeyEvent* event) override;

 private:
  void tryAdjudicate();
  void updateReadiness();
  void buildEditors();

  ApiClient* api_;
  ReviewCase case_;
  CaseData editorData_;  // outlives the editors, which keep a pointer to it
  std::optional<AnnotationSchema> schema_;
  AnnotationDocument* document_ = nullptr;
  std::vector<FieldEditor*> editors_;
  QPointer<FieldEditor> active_;
  bool busy_ = false;

  QLabel* title_;
  QTextBrowser* note_;
  QTextBrowser* conversation_;
  SideBySideModel* model_;
  QTableView* table_;
  QHBoxLayout* takeAllRow_;
  QLabel* existing_;
  QScrollArea* editorScroll_;
  QPlainTextEdit* rationale_;
  QLabel* hint_;
  QPushButton* adjudicate_;
};

}  // namespace concord::app
