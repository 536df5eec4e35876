#include "editors/number_editor.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>
#include <cmath>

#include "editors/text_input_guard.h"

namespace concord::app {

NumberEditor::NumberEditor(const FieldSpec& spec, AnnotationDocument* doc, QWidget* parent)
    : FieldEditor(spec, doc, parent) {
  input_ = new QLineEdit;
  input_->setObjectName(QStringLiteral("number"));
  TextInputGuard::install(input_);
  QStringList limits;
  if (spec_.min) limits << tr("from %1").arg(*spec_.min);
  if (spec_.max) limits << tr("to %1").arg(*spec_.max);
  if (spec_.integer) limits << tr("whole number");
  input_->setPlaceholderText(limits.join(QStringLiteral(", ")));
  auto* row = new QHBoxLayout;
  row->addWidget(input_, 1);
  if (!spec_.unit.empty()) row->addWidget(new QLabel(QString::fromStdString(spec_.unit)));
  body()->addLayout(row);
  hint_ = new QLabel;
  hint_->setStyleSheet(QStringLiteral("color: #a00;"));
  hint_->setVisible(false);
  body()->addWidget(hint_);
  connect(input_, &QLineEdit::textEdited, this, &NumberEditor::onEdited);
  connect(input_, &QLineEdit::textEdited, this, &FieldEditor::activated);
  refresh();
}

void NumberEditor::onEdited(const QString& text) {
  const QString t = text.trimmed();
  if (t.isEmpty()) {
    hint_->setVisible(false);
    setValue(Json(), tr("Clear %1").arg(QString::fromStdString(spec_.label)), 0x4e00);
    return;
  }
  bool ok = false;
  const double v = t.toDouble(&ok);
  QString problem;
  if (!ok || !std::isfinite(v)) problem = tr("Enter a number.");
  else if (spec_.integer && v != std::floor(v)) problem = tr("Enter a whole number.");
  else if (spec_.min && v < *spec_.min) problem = tr("The lowest allowed is %1.").arg(*spec_.min);
  else if (spec_.max && v > *spec_.max) problem = tr("The highest allowed is %1.").arg(*spec_.max);
  hint_->setText(problem);
  hint_->setVisible(!problem.isEmpty());
  if (!ok || !std::isfinite(v)) return;  // keep the last number until the text is one again
  Json value = spec_.integer && std::fabs(v) < 9e15 ? Json(static_cast<long long>(v)) : Json(v);
  setValue(value, tr("Set %1").arg(QString::fromStdString(spec_.label)), 0x4e00);
}

bool NumberEditor::handleKey(QKeyEvent* event) {
  // A digit pressed while this field is active starts typing into it.
  const QString t = event->text();
  if (!t.isEmpty() && (t.at(0).isDigit() || t == QLatin1String("-") || t == QLatin1String("."))) {
    input_->setFocus();
    input_->clear();
    input_->insert(t);
    onEdited(input_->text());
    return true;
  }
  return FieldEditor::handleKey(event);
}

QStringList NumberEditor::keyHelp() const { return {tr("digits — type the number")}; }

void NumberEditor::refresh() {
  const Json v = value();
  QString text;
  if (v.is_number_integer()) text = QString::number(v.get<long long>());
  else if (v.is_number()) text = QString::number(v.get<double>(), 'g', 15);
  bool ok = false;
  const double shown = input_->text().trimmed().toDouble(&ok);
  // Leave "12." alone while the clinician is typing 12.5; only replace text that disagrees.
  if (v.is_null() ? !input_->text().trimmed().isEmpty() && ok : (!ok || shown != v.get<double>())) {
    input_->setText(text);
  }
}

}  // namespace concord::app
