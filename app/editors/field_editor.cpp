#include "editors/field_editor.h"

#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace concord::app {

FieldEditor::FieldEditor(const FieldSpec& spec, AnnotationDocument* doc, QWidget* parent)
    : QFrame(parent), doc_(doc), spec_(spec) {
  setObjectName(QStringLiteral("field_") + QString::fromStdString(spec.id));
  setFrameShape(QFrame::StyledPanel);
  auto* outer = new QVBoxLayout(this);
  auto* title = new QLabel(QStringLiteral("<b>%1</b>%2").arg(QString::fromStdString(spec.label).toHtmlEscaped(),
                                                              spec.required ? QStringLiteral(" <span style='color:#a00'>*</span>") : QString()));
  outer->addWidget(title);
  if (!spec.help.empty()) {
    auto* help = new QLabel(QString::fromStdString(spec.help));
    help->setWordWrap(true);
    help->setStyleSheet(QStringLiteral("color: palette(mid);"));
    outer->addWidget(help);
  }
  body_ = new QVBoxLayout;
  outer->addLayout(body_);
  connect(doc_, &AnnotationDocument::fieldChanged, this, [this](const QString& id) {
    if (id.toStdString() == spec_.id) refresh();
  });
}

bool FieldEditor::handleKey(QKeyEvent* event) {
  if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && event->modifiers() == Qt::NoModifier &&
      !value().is_null()) {
    setValue(Json(), tr("Clear %1").arg(QString::fromStdString(spec_.label)));
    return true;
  }
  return false;
}

QStringList FieldEditor::keyHelp() const { return {tr("Delete — clear this answer")}; }

void FieldEditor::setActive(bool active) {
  active_ = active;
  // A coloured border shows which field the number keys go to.
  setStyleSheet(active ? QStringLiteral("#%1 { border: 2px solid palette(highlight); border-radius: 4px; }").arg(objectName())
                       : QString());
}

QString FieldEditor::optionKey(const FieldSpec& spec, int index) {
  const auto& opt = spec.options.at(static_cast<std::size_t>(index));
  if (!opt.key.empty()) return QString::fromStdString(opt.key);
  // Keys 1–9 by position, unless another option claimed that key explicitly.
  if (index >= 9) return {};
  const QString k = QString::number(index + 1);
  for (const auto& other : spec.options) {
    if (QString::fromStdString(other.key).compare(k, Qt::CaseInsensitive) == 0) return {};
  }
  return k;
}

int FieldEditor::optionForKey(const FieldSpec& spec, const QString& text) {
  if (text.isEmpty()) return -1;
  for (int i = 0; i < static_cast<int>(spec.options.size()); ++i) {
    if (optionKey(spec, i).compare(text, Qt::CaseInsensitive) == 0) return i;
  }
  return -1;
}

void FieldEditor::setValue(Json v, const QString& description, int mergeKey) {
  doc_->edit(spec_.id, std::move(v), description, mergeKey);
}

void FieldEditor::mousePressEvent(QMouseEvent* event) {
  emit activated();
  QFrame::mousePressEvent(event);
}

}  // namespace concord::app
