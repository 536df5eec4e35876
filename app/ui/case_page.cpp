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
#include <QTime>
#include <QVBoxLayout>

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QTabWidget>

#include "editors/editor_factory.h"
#include "model/annotation_document.h"
#include "net/api_client.h"
#include "offline/sync_service.h"
#include "ui/audio_panel.h"
#include "ui/help_overlay.h"
#include "ui/image_canvas.h"

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

CasePage::CasePage(ApiClient* api, SyncService* sync, QWidget* parent) : QWidget(parent), api_(api), sync_(sync) {
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

  auto* reading = new QSplitter(Qt::Vertical);
  reading->addWidget(note_);
  reading->addWidget(conversation_);
  imageView_ = new ImageCanvas;
  imageView_->setObjectName(QStringLiteral("imageView"));
  imagePicker_ = new QComboBox;
  auto* fit = new QPushButton(tr("Fit to window"));
  fit->setFocusPolicy(Qt::NoFocus);
  auto* imagesTab = new QWidget;
  auto* imagesLayout = new QVBoxLayout(imagesTab);
  auto* imageBar = new QHBoxLayout;
  imageBar->addWidget(imagePicker_, 1);
  imageBar->addWidget(fit);
  imagesLayout->addLayout(imageBar);
  imagesLayout->addWidget(imageView_, 1);
  tabs_ = new QTabWidget;
  tabs_->setFocusPolicy(Qt::NoFocus);
  tabs_->addTab(reading, tr("Note and conversation"));
  tabs_->addTab(imagesTab, tr("Images"));
  audio_ = new AudioPanel(api_);
  tabs_->addTab(audio_, tr("Audio"));
  auto* left = tabs_;
  connect(fit, &QPushButton::clicked, imageView_, &ImageCanvas::fitToWindow);
  connect(imagePicker_, &QComboBox::currentIndexChanged, this, &CasePage::showImages);

  editorScroll_ = new QScrollArea;
  editorScroll_->setWidgetResizable(true);
  editorScroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);  // editors wrap instead
  editorScroll_->setFocusPolicy(Qt::NoFocus);

  auto* split = new QSplitter(Qt::Horizontal);
  split->addWidget(left);
  split->addWidget(editorScroll_);
  split->setStretchFactor(0, 3);
  split->setStretchFactor(1, 2);
  split->setSizes({700, 560});  // a proportion: the editors need room for their rows of buttons

  auto* back = new QPushButton(tr("Back to queue"));
  auto* skipButton = new QPushButton(tr("Skip…"));
  skipButton->setObjectName(QStringLiteral("skip"));
  skipButton->setFocusPolicy(Qt::NoFocus);
  auto* helpButton = new QPushButton(tr("Keys (F1)"));
  helpButton->setFocusPolicy(Qt::NoFocus);
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
  bar->addWidget(helpButton);
  bar->addWidget(skipButton);
  bar->addWidget(flagPhi_);
  bar->addWidget(draft_);
  bar->addWidget(submit_);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(title_);
  layout->addWidget(split, 1);
  layout->addLayout(bar);

  connect(back, &QPushButton::clicked, this, &CasePage::backToQueue);
  connect(skipButton, &QPushButton::clicked, this, &CasePage::askSkipReason);
  connect(helpButton, &QPushButton::clicked, this, &CasePage::toggleHelp);
  help_ = new HelpOverlay(this);
  autosave_ = new QTimer(this);
  autosave_->setSingleShot(true);
  autosave_->setInterval(20000);
  connect(autosave_, &QTimer::timeout, this, &CasePage::saveDraftIfModified);

  // Outcomes of this page's writes arrive from the sync service (they may have waited offline).
  connect(sync_, &SyncService::annotationSaved, this, [this](qint64 id, const QString& status, const QByteArray& etag) {
    if (id != caseId_) return;
    case_.etag = etag;
    if (status == QLatin1String("submitted")) {
      submittedEarlier_ = true;
      if (awaitingSubmit_) {
        awaitingSubmit_ = false;
        setBusy(false);
        setStatus(tr("Submitted."));
        emit submitted(id);
      }
    } else {
      setStatus(tr("Draft saved at %1.").arg(QTime::currentTime().toString(QStringLiteral("HH:mm"))));
      setBusy(false);
    }
  });
  connect(sync_, &SyncService::queued, this, [this](qint64 id, const QString& why) {
    if (id != caseId_) return;
    setBusy(false);
    setStatus(tr("%1 Saved on this computer; it will be sent when the server is reachable.").arg(why.section(QLatin1Char('.'), 0, 0) + QLatin1Char('.')));
    if (awaitingSubmit_) {
      awaitingSubmit_ = false;
      emit submitted(id);  // the clinician can go on; the queue will deliver it
    }
  });
  connect(sync_, &SyncService::conflict, this, [this](const OutboxItem& item) {
    if (item.caseId != caseId_) return;
    awaitingSubmit_ = false;
    setBusy(false);
    setStatus(tr("Not saved on the server: %1 Use the indicator at the bottom right to compare and decide.").arg(item.message), true);
  });
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
  addShortcut(tr("Skip this case (asks for a reason)"), QKeySequence(Qt::CTRL | Qt::Key_K), [this] { askSkipReason(); });
  addShortcut(tr("Show images / note"), QKeySequence(Qt::CTRL | Qt::Key_I), [this] {
    tabs_->setCurrentIndex(tabs_->currentIndex() == 0 && tabs_->isTabEnabled(1) ? 1 : 0);
  });
  addShortcut(tr("Play / pause the case's audio"), QKeySequence(Qt::Key_F5), [this] {
    if (tabs_->isTabEnabled(2)) {
      tabs_->setCurrentIndex(2);
      audio_->togglePlay();
    }
  });
  addShortcut(tr("Show / hide this help"), QKeySequence(Qt::Key_F1), [this] { toggleHelp(); });
}

CasePage::~CasePage() {
  // The document's undo stack signals while it is destroyed; this page's actions must not hear it.
  if (document_) {
    document_->undoStack()->disconnect(this);
    document_->disconnect(this);
  }
}

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
  autosave_->stop();
  help_->hide();
  awaitingSubmit_ = false;
  submittedEarlier_ = false;
  imagePicker_->clear();
  imageView_->setImage({});
  for (auto* e : editors_) e->deleteLater();
  editors_.clear();
  if (editorPanel_) editorPanel_->deleteLater();
  editorPanel_ = nullptr;
  if (document_) {
    document_->undoStack()->disconnect(this);
    document_->disconnect(this);
    document_->deleteLater();
  }
  document_ = nullptr;
  active_ = -1;
  note_->clear();
  conversation_->clear();
  title_->clear();
  flagPhi_->setChecked(false);
}

void CasePage::load(qint64 caseId) {
  saveDraftIfModified();  // leaving a case never loses its edits
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
  connect(document_, &AnnotationDocument::changed, this, [this] {
    if (!submittedEarlier_ && autosave_->interval() > 0) autosave_->start();
  });
  connect(document_->undoStack(), &QUndoStack::canUndoChanged, this, &CasePage::updateUndoActions);
  connect(document_->undoStack(), &QUndoStack::canRedoChanged, this, &CasePage::updateUndoActions);

  title_->setText(tr("<b>%1</b> — %2 · %3").arg(data.externalId.toHtmlEscaped(), data.project.toHtmlEscaped(),
                                                  data.specialty.toHtmlEscaped()));
  note_->setPlainText(data.noteText);
  conversation_->setHtml(conversationHtml(data));
  conversation_->setVisible(!data.messages.isEmpty() || !data.responses.isEmpty());

  editorPanel_ = new QWidget;
  auto* panelLayout = new QVBoxLayout(editorPanel_);
  EditorEnv env{&case_, note_, api_};
  editors_ = EditorFactory::build(document_, env, editorPanel_);
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
  submittedEarlier_ = done;
  draft_->setEnabled(!done);
  const auto images = case_.images();
  for (int i = 0; i < images.size(); ++i) imagePicker_->addItem(tr("Image %1 of %2").arg(i + 1).arg(images.size()));
  tabs_->setTabEnabled(1, !images.isEmpty());
  tabs_->setTabText(1, images.isEmpty() ? tr("No images") : tr("Images (%1)").arg(images.size()));
  const auto recordings = case_.recordings();
  audio_->setRecordings(case_.id, recordings);
  tabs_->setTabEnabled(2, !recordings.isEmpty());
  tabs_->setTabText(2, recordings.isEmpty() ? tr("No audio") : tr("Audio (%1)").arg(recordings.size()));
  tabs_->setCurrentIndex(0);
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

void CasePage::save(bool submitting, bool quiet) {
  if (!document_) return;
  const auto errors = document_->validate(submitting ? PayloadStage::Submitted : PayloadStage::Draft);
  if (!errors.empty()) {
    if (quiet) return;  // autosave of an invalid draft waits for the next edit
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
  autosave_->stop();
  if (submitting) {
    awaitingSubmit_ = true;
    setBusy(true);
  }
  if (!quiet || submitting) setStatus(submitting ? tr("Submitting…") : tr("Saving draft…"));
  sync_->saveAnnotation(caseId_, case_.externalId, body, case_.etag);
  // What is queued is safe: the undo history stays, but the page counts as saved.
  document_->markSaved();
}

void CasePage::saveDraftIfModified() {
  if (document_ && document_->modified() && !submittedEarlier_ && !awaitingSubmit_) save(false, true);
}

void CasePage::setAutosaveDelay(int ms) { autosave_->setInterval(ms); }

void CasePage::skip(const QString& reason) {
  if (caseId_ == 0 || reason.trimmed().isEmpty()) return;
  autosave_->stop();
  if (document_) document_->markSaved();  // a skipped case keeps no draft
  sync_->skip(caseId_, case_.externalId, reason.trimmed());
  emit skipped(caseId_);
}

void CasePage::askSkipReason() {
  if (!document_) return;
  auto* dialog = new QDialog(this);
  dialog->setObjectName(QStringLiteral("skipDialog"));
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->setWindowTitle(tr("Skip case %1").arg(case_.externalId));
  auto* reason = new QComboBox;
  reason->setObjectName(QStringLiteral("skipReason"));
  reason->setEditable(true);
  reason->addItems({tr("Outside my specialty"), tr("Not enough information to decide"), tr("Image quality too poor"),
                    tr("Conflict of interest"), tr("Other")});
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Skip case"));
  auto* form = new QFormLayout(dialog);
  form->addRow(tr("Reason"), reason);
  form->addRow(buttons);
  connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, reason] {
    skip(reason->currentText());
    dialog->accept();
  });
  connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
  dialog->open();  // not exec(): no nested event loop
}

void CasePage::toggleHelp() {
  if (help_->isVisible()) {
    help_->hide();
    setFocus();
    return;
  }
  QString html = tr("<h2>Keyboard</h2><p>Esc or F1 closes this help.</p><table cellspacing=6>");
  for (auto* a : actions_) {
    html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                .arg(a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped(), a->text().toHtmlEscaped());
  }
  html += QStringLiteral("</table>");
  for (int i = 0; i < static_cast<int>(editors_.size()); ++i) {
    auto* e = editors_[static_cast<std::size_t>(i)];
    html += QStringLiteral("<h3>%1%2</h3><ul>")
                .arg(QString::fromStdString(e->spec().label).toHtmlEscaped(), i == active_ ? tr(" (active)") : QString());
    for (const auto& line : e->keyHelp()) html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    html += QStringLiteral("</ul>");
  }
  help_->setContent(html);
  help_->setGeometry(rect());
  help_->show();
  help_->raise();
  help_->setFocus();
}

void CasePage::showImages() {
  const auto images = case_.images();
  const int index = imagePicker_->currentIndex();
  if (index < 0 || index >= images.size()) return;
  imageView_->setImage({});
  imageView_->setPlaceholder(tr("Loading image…"));
  const qint64 caseId = caseId_;
  api_->getBytes(images[index].url, this, [this, caseId, index](const ApiReply& reply) {
    if (caseId != caseId_ || index != imagePicker_->currentIndex()) return;
    QImage img;
    if (reply.ok) img.loadFromData(reply.raw);
    if (img.isNull()) imageView_->setPlaceholder(reply.ok ? tr("This image could not be shown.") : reply.error.message);
    else imageView_->setImage(img);
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
