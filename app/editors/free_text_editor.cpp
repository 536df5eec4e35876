#include "editors/free_text_editor.h"

#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include "editors/text_input_guard.h"

namespace concord::app {

FreeTextEditor::FreeTextEditor(const FieldSpec& spec, AnnotationDocument* doc, QWidget* parent)
    : FieldEditor(spec, doc, parent) {
  input_ = new QPlainTextEdit;
  input_->setObjectName(QStringLiteral("freeText"));
  input_->setUndoRedoEnabled(false);  // the document's undo stack is the one history
  input_->setTabChangesFocus(true);
  input_->setMinimumHeight(90);
  TextInputGuard::install(input_);
  count_ = new QLabel;
  count_->setAlignment(Qt::AlignRight);
  body()->addWidget(input_);
  body()->addWidget(count_);
  connect(input_, &QPlainTextEdit::textChanged, this, [this] {
    const QString text = input_->toPlainText();
    const Json current = value();
    const QString stored = current.is_string() ? QString::fromStdString(current.get<std::string>()) : QString();
    if (text == stored) return;  // the change came from refresh()
    emit activated();
    setValue(text.isEmpty() ? Json() : Json(text.toStdString()), tr("Edit %1").arg(QString::fromStdString(spec_.label)),
             0x4e01);
    updateCount();
  });
  refresh();
}

bool FreeTextEditor::handleKey(QKeyEvent* event) {
  // Enter while the field is active moves the cursor into the text box.
  if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
    input_->setFocus();
    input_->moveCursor(QTextCursor::End);
    return true;
  }
  return FieldEditor::handleKey(event);
}

QStringList FreeTextEditor::keyHelp() const { return {tr("Enter — start typing; Tab — leave the text box")}; }

void FreeTextEditor::updateCount() {
  const auto n = input_->toPlainText().toUcs4().size();
  QString text = tr("%n character(s)", nullptr, static_cast<int>(n));
  if (spec_.min) text += tr(", at least %1").arg(*spec_.min);
  if (spec_.max) text += tr(", at most %1").arg(*spec_.max);
  count_->setText(text);
}

void FreeTextEditor::refresh() {
  const Json v = value();
  const QString text = v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString();
  if (input_->toPlainText() != text) {
    QSignalBlocker block(input_);
    input_->setPlainText(text);
    input_->moveCursor(QTextCursor::End);
  }
  updateCount();
}

}  // namespace concord::app
