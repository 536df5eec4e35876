#include "editors/spans_editor.h"

#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QTextEdit>
#include <QVBoxLayout>
#include <algorithm>

#include "model/text_offsets.h"

namespace concord::app {

SpansEditor::SpansEditor(const FieldSpec& spec, AnnotationDocument* doc, QTextEdit* note, QWidget* parent)
    : FieldEditor(spec, doc, parent), note_(note) {
  QStringList legend;
  for (int i = 0; i < static_cast<int>(spec_.options.size()); ++i) {
    const auto& opt = spec_.options[static_cast<std::size_t>(i)];
    const QString key = optionKey(spec_, i);
    legend << QStringLiteral("<span style='background:%1'>&nbsp;%2%3&nbsp;</span>")
                  .arg(colourFor(opt.value.get<std::string>()).name(),
                       key.isEmpty() ? QString() : QStringLiteral("[%1] ").arg(key),
                       QString::fromStdString(opt.label).toHtmlEscaped());
  }
  auto* help = new QLabel(tr("Select text in the note, then press a key: ") + legend.join(QLatin1Char(' ')));
  help->setWordWrap(true);
  body()->addWidget(help);
  list_ = new QListWidget;
  list_->setObjectName(QStringLiteral("spans"));
  list_->setMaximumHeight(140);
  list_->installEventFilter(this);
  body()->addWidget(list_);
  if (note_) {
    // A selection in the note makes this the active field, so the next key labels it.
    connect(note_, &QTextEdit::selectionChanged, this, [this] {
      if (note_->textCursor().hasSelection()) emit activated();
    });
  }
  refresh();
}

QColor SpansEditor::colourFor(const std::string& label) const {
  static const QColor palette[] = {QColor(255, 224, 130), QColor(165, 214, 167), QColor(144, 202, 249),
                                   QColor(244, 143, 177), QColor(206, 147, 216), QColor(255, 171, 145)};
  for (std::size_t i = 0; i < spec_.options.size(); ++i) {
    if (spec_.options[i].value == label) return palette[i % std::size(palette)];
  }
  return QColor(224, 224, 224);
}

bool SpansEditor::labelSelection(int labelIndex) {
  if (!note_ || labelIndex < 0) return false;
  const QTextCursor cursor = note_->textCursor();
  if (!cursor.hasSelection()) return false;
  const QString text = note_->toPlainText();
  const int start = codePointOffset(text, cursor.selectionStart());
  const int end = codePointOffset(text, cursor.selectionEnd());
  if (start >= end) return false;
  const std::string label = spec_.options[static_cast<std::size_t>(labelIndex)].value.get<std::string>();
  Json list = value().is_array() ? value() : Json::array();
  Json span{{"start", start}, {"end", end}, {"label", label}};
  if (std::find(list.begin(), list.end(), span) != list.end()) return true;  // already there
  list.push_back(span);
  std::sort(list.begin(), list.end(), [](const Json& a, const Json& b) {
    return std::make_pair(a.value("start", 0), a.value("end", 0)) < std::make_pair(b.value("start", 0), b.value("end", 0));
  });
  setValue(list, tr("Mark %1").arg(QString::fromStdString(spec_.options[static_cast<std::size_t>(labelIndex)].label)));
  QTextCursor cleared = note_->textCursor();
  cleared.clearSelection();
  note_->setTextCursor(cleared);
  return true;
}

void SpansEditor::removeSelected() {
  const int row = list_->currentRow();
  Json list = value();
  if (!list.is_array() || row < 0 || row >= static_cast<int>(list.size())) return;
  list.erase(list.begin() + row);
  setValue(list.empty() ? Json() : list, tr("Remove span"));
}

bool SpansEditor::eventFilter(QObject* watched, QEvent* event) {
  if (watched == list_ && event->type() == QEvent::KeyPress) {
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
      removeSelected();
      return true;
    }
  }
  return FieldEditor::eventFilter(watched, event);
}

bool SpansEditor::handleKey(QKeyEvent* event) {
  if (!(event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier))) {
    const int index = optionForKey(spec_, event->text());
    if (index >= 0 && labelSelection(index)) return true;
  }
  if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && list_->currentRow() >= 0) {
    removeSelected();
    return true;
  }
  return FieldEditor::handleKey(event);
}

QStringList SpansEditor::keyHelp() const {
  QStringList lines;
  for (int i = 0; i < static_cast<int>(spec_.options.size()); ++i) {
    const QString key = optionKey(spec_, i);
    if (!key.isEmpty()) lines << tr("%1 — mark the selected note text as %2").arg(key, QString::fromStdString(spec_.options[static_cast<std::size_t>(i)].label));
  }
  return lines << tr("Delete — remove the span picked in the list");
}

void SpansEditor::refresh() {
  const Json spans = value();
  const QString text = note_ ? note_->toPlainText() : QString();
  list_->clear();
  QList<QTextEdit::ExtraSelection> marks;
  if (spans.is_array()) {
    for (const auto& s : spans) {
      if (!s.is_object()) continue;
      const int start = s.value("start", 0), end = s.value("end", 0);
      const std::string label = s.value("label", std::string());
      const int a = utf16Offset(text, start), b = utf16Offset(text, end);
      list_->addItem(QStringLiteral("%1: “%2”").arg(QString::fromStdString(label), text.mid(a, b - a)));
      if (!note_) continue;
      QTextEdit::ExtraSelection mark;
      mark.cursor = QTextCursor(note_->document());
      mark.cursor.setPosition(a);
      mark.cursor.setPosition(b, QTextCursor::KeepAnchor);
      mark.format.setBackground(colourFor(label));
      marks.append(mark);
    }
  }
  // Several span fields may share the note: the note shows the marks of all of them.
  marks_ = marks;
  if (note_) {
    // Only editors of this document: the previous case's editors may still await deletion, and
    // this one may not be in the window yet while it is being built.
    QList<SpansEditor*> editors = note_->window()->findChildren<SpansEditor*>();
    if (!editors.contains(this)) editors.append(this);
    QList<QTextEdit::ExtraSelection> all;
    for (auto* editor : editors) {
      if (editor->note_ == note_ && editor->doc_ == doc_) all += editor->marks_;
    }
    note_->setExtraSelections(all);
  }
}

}  // namespace concord::app
