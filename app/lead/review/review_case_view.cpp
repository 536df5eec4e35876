#include "lead/review/review_case_view.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "editors/editor_factory.h"
#include "lead/review/adjudication_sender.h"
#include "lead/review/side_by_side_model.h"
#include "model/annotation_document.h"

namespace concord::app {

namespace {

QString conversationHtml(const ReviewCase& c) {
  QString html;
  for (const auto& m : c.messages) {
    html += QStringLiteral("<p><b>%1:</b> %2</p>").arg(m.role.toHtmlEscaped(), m.content.toHtmlEscaped());
  }
  // Unblinded for the lead, and lettered in source order: the letters the final answer uses.
  for (const auto& r : c.responses) {
    const QString model = r.model.isEmpty() ? QString() : QStringLiteral(" — %1").arg(r.model.toHtmlEscaped());
    html += QStringLiteral("<h3>Response %1%2</h3><p>%3</p>")
                .arg(r.letter, model, r.content.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
  }
  return html;
}

QString existingText(const Json& adjudication) {
  if (!adjudication.is_object()) return {};
  return QObject::tr("Already adjudicated by %1 (version %2): “%3”. Saving again replaces it.")
      .arg(QString::fromStdString(adjudication.value("adjudicator", std::string())))
      .arg(adjudication.value("version", 0))
      .arg(QString::fromStdString(adjudication.value("rationale", std::string())));
}

}  // namespace

ReviewCaseView::ReviewCaseView(ApiClient* api, QWidget* parent) : QWidget(parent), api_(api) {
  setObjectName(QStringLiteral("reviewCaseView"));
  title_ = new QLabel;
  title_->setObjectName(QStringLiteral("reviewCaseTitle"));
  note_ = new QTextBrowser;
  note_->setObjectName(QStringLiteral("reviewCaseText"));
  note_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
  conversation_ = new QTextBrowser;
  conversation_->setObjectName(QStringLiteral("reviewConversation"));
  auto* reading = new QSplitter(Qt::Vertical);
  reading->addWidget(note_);
  reading->addWidget(conversation_);

  model_ = new SideBySideModel(this);
  table_ = new QTableView;
  table_->setObjectName(QStringLiteral("reviewSideBySide"));
  table_->setModel(model_);
  table_->setWordWrap(true);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setTabKeyNavigation(false);  // Tab goes on to the rationale; arrows move between cells
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->setToolTip(tr("Double-click (or Enter on) an annotator's value to make it the final answer."));
  connect(table_, &QTableView::activated, this, [this](const QModelIndex& index) {
    if (!model_->isAnnotatorColumn(index.column())) return;
    takeValue(index.column(), index.data(SideBySideModel::FieldIdRole).toString());
  });

  takeAllRow_ = new QHBoxLayout;
  existing_ = new QLabel;
  existing_->setObjectName(QStringLiteral("reviewExisting"));
  existing_->setWordWrap(true);
  existing_->setTextFormat(Qt::PlainText);  // another lead's rationale is text, never markup
  editorScroll_ = new QScrollArea;
  editorScroll_->setObjectName(QStringLiteral("reviewFinalEditors"));
  editorScroll_->setWidgetResizable(true);
  editorScroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  rationale_ = new QPlainTextEdit;
  rationale_->setObjectName(QStringLiteral("reviewRationale"));
  rationale_->setPlaceholderText(tr("Why is this the final answer? (required)"));
  rationale_->setTabChangesFocus(true);
  rationale_->setMaximumHeight(90);
  hint_ = new QLabel;
  hint_->setObjectName(QStringLiteral("reviewAdjudicateHint"));
  hint_->setWordWrap(true);
  hint_->setTextFormat(Qt::PlainText);
  adjudicate_ = new QPushButton(tr("Adjudicate (Ctrl+Enter)"));
  adjudicate_->setObjectName(QStringLiteral("reviewAdjudicateButton"));
  connect(adjudicate_, &QPushButton::clicked, this, &ReviewCaseView::tryAdjudicate);
  connect(rationale_, &QPlainTextEdit::textChanged, this, &ReviewCaseView::updateReadiness);

  auto* rationaleLabel = new QLabel(tr("&Rationale:"));
  rationaleLabel->setBuddy(rationale_);
  auto* send = new QHBoxLayout;
  send->addWidget(hint_, 1);
  send->addWidget(adjudicate_);
  auto* decide = new QWidget;
  auto* decideLayout = new QVBoxLayout(decide);
  decideLayout->setContentsMargins(0, 0, 0, 0);
  decideLayout->addWidget(new QLabel(tr("<b>Final answer</b> (letters name responses in the case's own order)")));
  decideLayout->addWidget(existing_);
  decideLayout->addLayout(takeAllRow_);
  decideLayout->addWidget(editorScroll_, 1);
  decideLayout->addWidget(rationaleLabel);
  decideLayout->addWidget(rationale_);
  decideLayout->addLayout(send);
  auto* right = new QSplitter(Qt::Vertical);
  right->addWidget(table_);
  right->addWidget(decide);
  right->setSizes({220, 600});  // a proportion: deciding needs more room than comparing
  auto* split = new QSplitter(Qt::Horizontal);
  split->addWidget(reading);
  split->addWidget(right);
  split->setStretchFactor(0, 2);
  split->setStretchFactor(1, 3);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(title_);
  layout->addWidget(split, 1);

  // On this view and its children, so it works while the rationale box has focus.
  for (auto key : {Qt::Key_Return, Qt::Key_Enter}) {
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | key), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &ReviewCaseView::tryAdjudicate);
  }
  clear();
}

void ReviewCaseView::clear() {
  model_->clear();
  active_ = nullptr;
  for (auto* e : editors_) e->deleteLater();
  editors_.clear();
  if (document_) document_->deleteLater();
  document_ = nullptr;
  case_ = ReviewCase();
  schema_.reset();
  title_->setText(tr("Choose a case in the queue (Enter opens it)."));
  note_->clear();
  conversation_->clear();
  existing_->clear();
  existing_->setVisible(false);
  rationale_->clear();
  while (QLayoutItem* item = takeAllRow_->takeAt(0)) {
    delete item->widget();
    delete item;
  }
  updateReadiness();
}

void ReviewCaseView::showCase(const ReviewCase& data) {
  clear();
  try {
    schema_ = AnnotationSchema::parse(data.schema);
  } catch (const SchemaError& e) {
    emit message(tr("This project's schema cannot be read (%1).").arg(QString::fromUtf8(e.what())));
    return;
  }
  case_ = data;
  editorData_ = data.editorData();
  title_->setText(tr("<b>Case %1</b> · %2%3 · %4 annotations")
                      .arg(data.externalId.toHtmlEscaped(), data.specialty.toHtmlEscaped(),
                           data.isGold ? tr(" · gold") : QString())
                      .arg(data.annotations.size()));
  note_->setPlainText(data.noteText);
  conversation_->setHtml(conversationHtml(data));
  conversation_->setVisible(!data.messages.isEmpty() || !data.responses.isEmpty());
  existing_->setText(existingText(data.adjudication));
  existing_->setVisible(data.adjudicated());

  document_ = new AnnotationDocument(*schema_, data.validationContext(), data.initialFinalPayload(*schema_), this);
  connect(document_, &AnnotationDocument::changed, this, &ReviewCaseView::updateReadiness);
  model_->setCase(data, *schema_, document_);
  buildEditors();

  for (int i = 0; i < data.annotations.size(); ++i) {
    const ReviewAnnotation& a = data.annotations[i];
    if (!a.submitted()) continue;
    auto* take = new QPushButton(tr("Take all of %1's answers").arg(a.username));
    take->setObjectName(QStringLiteral("reviewTakeAll_%1").arg(a.username));
    connect(take, &QPushButton::clicked, this, [this, i] { takeAll(i); });
    takeAllRow_->addWidget(take);
  }
  takeAllRow_->addStretch();
  // Start on the first value to decide: arrows pick an annotator, Enter takes their value.
  for (int row = 0; row < model_->rowCount(); ++row) {
    if (model_->index(row, 0).data(SideBySideModel::DisagreesRole).toBool()) {
      table_->setCurrentIndex(model_->index(row, 0));
      break;
    }
  }
  updateReadiness();
}

void ReviewCaseView::focusComparison() { table_->setFocus(Qt::OtherFocusReason); }

void ReviewCaseView::buildEditors() {
  auto* panel = new QWidget;
  auto* panelLayout = new QVBoxLayout(panel);
  EditorEnv env{&editorData_, note_, api_};
  editors_ = EditorFactory::build(document_, env, panel);
  for (auto* e : editors_) {
    panelLayout->addWidget(e);
    connect(e, &FieldEditor::activated, this, [this, e] {
      if (active_) active_->setActive(false);
      active_ = e;
      e->setActive(true);
    });
  }
  panelLayout->addStretch();
  editorScroll_->setWidget(panel);  // deletes the previous panel
}

QString ReviewCaseView::rationale() const { return rationale_->toPlainText(); }

QString ReviewCaseView::blocker() const {
  if (!document_) return tr("No case is open.");
  return adjudicationBlocker(*document_, rationale());
}

void ReviewCaseView::setBusy(bool busy) {
  busy_ = busy;
  updateReadiness();
}

void ReviewCaseView::updateReadiness() {
  const QString why = busy_ ? tr("Sending…") : blocker();
  adjudicate_->setEnabled(why.isEmpty());
  adjudicate_->setToolTip(why);
  hint_->setText(why);
}

void ReviewCaseView::tryAdjudicate() {
  if (busy_) return;
  const QString why = blocker();
  if (!why.isEmpty()) {
    emit message(why);
    return;
  }
  emit adjudicateRequested();
}

void ReviewCaseView::takeValue(int annotator, const QString& fieldId) {
  if (!document_ || annotator < 0 || annotator >= case_.annotations.size()) return;
  const Json& payload = case_.annotations[annotator].sourcePayload;
  const std::string id = fieldId.toStdString();
  document_->edit(id, payload.is_object() && payload.contains(id) ? payload[id] : Json(),
                  tr("Take %1's %2").arg(case_.annotations[annotator].username, fieldId));
}

void ReviewCaseView::takeAll(int annotator) {
  if (!document_ || !schema_ || annotator < 0 || annotator >= case_.annotations.size()) return;
  document_->undoStack()->beginMacro(tr("Take all of %1's answers").arg(case_.annotations[annotator].username));
  for (const auto& field : schema_->fields()) takeValue(annotator, QString::fromStdString(field.id));
  document_->undoStack()->endMacro();
}

void ReviewCaseView::keyPressEvent(QKeyEvent* event) {
  // The active field's keys (choices by number, span labels…) as in the clinician's case view.
  if (active_ && active_->handleKey(event)) return;
  if (event->matches(QKeySequence::Undo) && document_) {
    document_->undoStack()->undo();
    return;
  }
  QWidget::keyPressEvent(event);
}

}  // namespace concord::app
