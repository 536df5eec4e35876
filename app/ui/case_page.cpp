#include "ui/case_page.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTextBrowser>
#include <QUuid>
#include <QVBoxLayout>

#include "editors/editor_factory.h"
#include "model/annotation_document.h"
#include "net/api_client.h"

namespace concord::app {

namespace {

ValidationContext contextFor(const CaseData& data) {
  ValidationContext ctx;
  ctx.textLength = static_cast<std::size_t>(data.noteText.toUcs4().size());
  ctx.imageCount = static_cast<std::size_t>(data.images().size());
  for (const auto& c : data.criteria) ctx.rubricCriterionIds.push_back(c.id.toStdString());
  return ctx;
}

QString conversationHtml(const CaseData& data) {
  QString html;
  for (const auto& m : data.messages) {
    html += QStringLiteral("<p><b>%1:</b> %2</p>").arg(m.role.toHtmlEscaped(), m.content.toHtmlEscaped());
  }
  // Responses are shown blind: only the letter the server assigned, never a model name.
  for (const auto& r : data.responses) {
    html += QStringLiteral("<h3>Response %1</h3><p>%2</p>")
                .arg(r.label.toHtmlEscaped(), r.content.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
  }
  return html;
}

}  // namespace

CasePage::CasePage(ApiClient* api, QWidget* parent) : QWidget(parent), api_(api) {
  setObjectName(QStringLiteral("casePage"));
  setFocusPolicy(Qt::StrongFocus);

  title_ = new QLabel;
  title_->setObjectName(QStringLiteral("caseTitle"));
  note_ = new QTextBrowser;
  note_->setObjectName(QStringLiteral("note"));
  note_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
  note_->setFocusPolicy(Qt::ClickFocus);
  conversation_ = new QTextBrowser;
  conversation_->setObjectName(QStringLiteral("conversation"));
  conversation_->setFocusPolicy(Qt::ClickFocus);

  auto* left = new QSplitter(Qt::Vertical);
  left->addWidget(note_);
  left->addWidget(conversation_);

  editorScroll_ = new QScrollArea;
  editorScroll_->setWidgetResizable(true);
  editorScroll_->setFocusPolicy(Qt::NoFocus);

  auto* split = new QSplitter(Qt::Horizontal);
  split->addWidget(left);
  split->addWidget(editorScroll_);
  split->setStretchFactor(0, 3);
  split->setStretchFactor(1, 2);

  auto* back = new QPushButton(tr("Back to queue"));
  flagPhi_ = new QCheckBox(tr("Contains PHI"));
  flagPhi_->setObjectName(QStringLiteral("flagPhi"));
  flagPhi_->setFocusPolicy(Qt::NoFocus);
  draft_ = new QPushButton(tr("Save draft"));
  draft_->setObjectName(QStringLiteral("saveDraft"));
  submit_ = new QPushButton(tr("Submit"));
  submit_->setObjectName(QStringLiteral("submit"));
  for (auto* b : {back, draft_, submit_}) b->setFocusPolicy(Qt::NoFocus);
  progress_ = new QProgressBar;
  progress_->setRange(0, 0);
  progress_->setMaximumWidth(120);
  progress_->setVisible(false);
  status_ = new QLabel;
  status_->setObjectName(QStringLiteral("caseStatus"));
  status_->setWordWrap(true);

  auto* bar = new QHBoxLayout;
  bar->addWidget(back);
  bar->addWidget(status_, 1);
  bar->addWidget(progress_);
  bar->addWidget(flagPhi_);
  bar->addWidget(draft_);
  bar->addWidget(submit_);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(title_);
  layout->addWidget(split, 1);
  layout->addLayout(bar);

  connect(back, &QPushButton::clicked, this, &CasePage::backToQueue);
  connect(submit_, &QPushButton::clicked, this, &CasePage::submit);
  connect(draft_, &QPushButton::clicked, this, &CasePage::saveDraft);
  connect(flagPhi_, &QCheckBox::clicked, this, [this](bool on) {
    if (document_) document_->setFlagPhi(on);
  });

  // Shortcuts live on this page (children included) so they also work while a text box has focus.
  addShortcut(tr("Submit and go to the next case"), QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { submit(); });
  addShortcut(tr("Save draft"), QKeySequence::Save, [this] { saveDraft(); });
  undo_ = addShortcut(tr("Undo"), QKeySequence::Undo, [this] {
    if (document_) document_->undoStack()->undo();
  });
  redo_ = addShortcut(tr("Redo"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), [this] {
    if (document_) document_->undoStack()->redo();
  });
  addShortcut(tr("Redo"), QKeySequence(Qt::CTRL | Qt::Key_Y), [this] {
    if (document_) document_->undoStack()->redo();
  });
  addShortcut(tr("Next field"), QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { setActiveField(active_ + 1); });
  addShortcut(tr("Previous field"), QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { setActiveField(active_ - 1); });
  addShortcut(tr("Flag / unflag contains PHI"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), [this] {
    if (document_) document_->setFlagPhi(!document_->flagPhi());
  });
  addShortcut(tr("Back to the queue"), QKeySequence(Qt::CTRL | Qt::Key_Backspace), [this] { emit backToQueue(); });
  setEnabled(true);
}

CasePage::~CasePage() = default;

QAction* CasePage::addShortcut(const QString& text, const QKeySequence& key, std::function<void()> slot) {
  auto* action = new QAction(text, this);
  action->setShortcut(key);
  action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
  connect(action, &QAction::triggered, this, std::move(slot));
  addAction(action);
  actions_.append(action);
  return action;
}

void CasePage::clear() {
  for (auto* e : editors_) e->deleteLater();
  editors_.clear();
  if (editorPanel_) editorPanel_->deleteLater();
  editorPanel_ = nullptr;
  if (document_) document_->deleteLater();
  document_ = nullptr;
  active_ = -1;
  note_->clear();
  conversation_->clear();
  title_->clear();
  flagPhi_->setChecked(false);
}

void CasePage::load(qint64 caseId) {
  clear();
  caseId_ = caseId;
  setStatus(tr("Loading case…"));
  setBusy(true);
  api_->getCase(caseId, this, [this, caseId](const ApiReply& reply) {
    if (caseId != caseId_) return;  // the clinician moved on meanwhile
    setBusy(false);
    if (!reply.ok) {
      setStatus(reply.error.message, true);
      emit loadFailed(reply.error.message);
      return;
    }
    build(CaseData::fromJson(reply.body, reply.etag));
  });
}

void CasePage::build(const CaseData& data) {
  case_ = data;
  AnnotationSchema schema;
  try {
    schema = AnnotationSchema::parse(data.schema);
  } catch (const SchemaError& e) {
    qWarning("concord: case %lld has an unusable schema: %s", static_cast<long long>(data.id), e.what());
    setStatus(tr("This project's form could not be read. Please tell your data lead."), true);
    return;
  }
  Json payload = Json::object();
  previousTimeOnTask_ = 0;
  QString annotationStatus;
  if (data.annotation.is_object()) {
    payload = data.annotation.value("payload", Json::object());
    previousTimeOnTask_ = data.annotation.value("time_on_task_ms", 0LL);
    annotationStatus = QString::fromStdString(data.annotation.value("status", std::string()));
  }
  document_ = new AnnotationDocument(std::move(schema), contextFor(data), payload, this);
  connect(document_, &AnnotationDocument::flagPhiChanged, flagPhi_, &QCheckBox::setChecked);
  connect(document_->undoStack(), &QUndoStack::canUndoChanged, this, &CasePage::updateUndoActions);
  connect(document_->undoStack(), &QUndoStack::canRedoChanged, this, &CasePage::updateUndoActions);

  title_->setText(tr("<b>%1</b> — %2 · %3").arg(data.externalId.toHtmlEscaped(), data.project.toHtmlEscaped(),
                                                  data.specialty.toHtmlEscaped()));
  note_->setPlainText(data.noteText);
  conversation_->setHtml(conversationHtml(data));
  conversation_->setVisible(!data.messages.isEmpty() || !data.responses.isEmpty());

  editorPanel_ = new QWidget;
  auto* panelLayout = new QVBoxLayout(editorPanel_);
  editors_ = EditorFactory::build(document_, case_, editorPanel_);
  for (int i = 0; i < static_cast<int>(editors_.size()); ++i) {
    panelLayout->addWidget(editors_[static_cast<std::size_t>(i)]);
    connect(editors_[static_cast<std::size_t>(i)], &FieldEditor::activated, this, [this, i] { setActiveField(i); });
  }
  panelLayout->addStretch();
  editorScroll_->setWidget(editorPanel_);
  setActiveField(0);
  updateUndoActions();
  onTask_.start();
  const bool done = annotationStatus == QLatin1String("submitted");
  setStatus(done ? tr("Submitted earlier; a new submission replaces it.")
                 : annotationStatus == QLatin1String("draft") ? tr("Draft restored.") : QString());
  setFocus();
  emit caseLoaded(data.id);
}

void CasePage::setActiveField(int index) {
  if (editors_.empty()) return;
  index = std::clamp(index, 0, static_cast<int>(editors_.size()) - 1);
  if (active_ >= 0 && active_ < static_cast<int>(editors_.size())) editors_[static_cast<std::size_t>(active_)]->setActive(false);
  active_ = index;
  auto* e = editors_[static_cast<std::size_t>(active_)];
  e->setActive(true);
  editorScroll_->ensureWidgetVisible(e);
}

void CasePage::keyPressEvent(QKeyEvent* event) {
  if (active_ >= 0 && editors_[static_cast<std::size_t>(active_)]->handleKey(event)) return;
  QWidget::keyPressEvent(event);
}

void CasePage::updateUndoActions() {
  undo_->setEnabled(document_ && document_->undoStack()->canUndo());
  redo_->setEnabled(document_ && document_->undoStack()->canRedo());
}

void CasePage::submit() { save(true); }
void CasePage::saveDraft() { save(false); }

void CasePage::save(bool submitting) {
  if (!document_) return;
  const auto errors = document_->validate(submitting ? PayloadStage::Submitted : PayloadStage::Draft);
  if (!errors.empty()) {
    QStringList lines;
    for (const auto& e : errors) lines << QString::fromStdString(e.message);
    setStatus(tr("Please check: %1").arg(lines.join(QStringLiteral("; "))), true);
    // Jump to the first field with a problem: its id is the first segment of the path.
    const QString path = QString::fromStdString(errors.front().path);
    const QString field = path.section(QLatin1Char('/'), 1, 1);
    for (int i = 0; i < static_cast<int>(editors_.size()); ++i) {
      if (editors_[static_cast<std::size_t>(i)]->fieldId() == field) setActiveField(i);
    }
    return;
  }
  Json body{{"status", submitting ? "submitted" : "draft"},
            {"payload", document_->payload()},
            {"time_on_task_ms", previousTimeOnTask_ + onTask_.elapsed()},
            {"flag_phi", document_->flagPhi()}};
  const qint64 caseId = caseId_;
  setBusy(true);
  setStatus(submitting ? tr("Submitting…") : tr("Saving draft…"));
  api_->putAnnotation(caseId, body, QUuid::createUuid().toString(QUuid::WithoutBraces), case_.etag, this,
                      [this, caseId, submitting](const ApiReply& reply) {
                        if (caseId != caseId_) return;
                        setBusy(false);
                        if (!reply.ok) {
                          setStatus(reply.error.message, true);
                          return;
                        }
                        case_.etag = reply.etag;
                        if (document_) document_->markSaved();
                        setStatus(submitting ? tr("Submitted.") : tr("Draft saved."));
                        if (submitting) emit submitted(caseId);
                      });
}

void CasePage::setBusy(bool busy) {
  progress_->setVisible(busy);
  submit_->setEnabled(!busy);
  draft_->setEnabled(!busy);
}

void CasePage::setStatus(const QString& text, bool error) {
  status_->setText(text);
  status_->setStyleSheet(error ? QStringLiteral("color: #a00;") : QString());
}

QString CasePage::statusText() const { return status_->text(); }

}  // namespace concord::app
