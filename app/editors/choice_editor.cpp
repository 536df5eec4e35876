#include "editors/choice_editor.h"

#include <QCheckBox>
#include <QKeyEvent>
#include <QRadioButton>
#include <QVBoxLayout>
#include <algorithm>

namespace concord::app {

ChoiceEditor::ChoiceEditor(const FieldSpec& spec, AnnotationDocument* doc, QWidget* parent)
    : FieldEditor(spec, doc, parent) {
  for (int i = 0; i < static_cast<int>(spec_.options.size()); ++i) {
    const auto& opt = spec_.options[static_cast<std::size_t>(i)];
    const QString key = optionKey(spec_, i);
    const QString text = key.isEmpty() ? QString::fromStdString(opt.label)
                                       : QStringLiteral("[%1] %2").arg(key, QString::fromStdString(opt.label));
    QAbstractButton* button = multi() ? static_cast<QAbstractButton*>(new QCheckBox(text, this))
                                      : static_cast<QAbstractButton*>(new QRadioButton(text, this));
    // Exclusivity comes from the document (refresh), not from Qt, so that undo can clear a choice.
    button->setAutoExclusive(false);
    button->setFocusPolicy(Qt::NoFocus);
    button->setObjectName(QStringLiteral("option_%1").arg(i));
    connect(button, &QAbstractButton::clicked, this, [this, i]() {
      emit activated();
      choose(i);
    });
    body()->addWidget(button);
    buttons_.append(button);
  }
  refresh();
}

void ChoiceEditor::choose(int index) {
  const Json& optValue = spec_.options.at(static_cast<std::size_t>(index)).value;
  const QString label = QString::fromStdString(spec_.options.at(static_cast<std::size_t>(index)).label);
  if (!multi()) {
    setValue(optValue, tr("Choose %1").arg(label));
    refresh();  // a click on the already-chosen radio must not uncheck it visually
    return;
  }
  Json current = value();
  if (!current.is_array()) current = Json::array();
  auto it = std::find(current.begin(), current.end(), optValue);
  if (it != current.end()) {
    current.erase(it);
  } else {
    // Keep schema order so payloads are stable whatever the click order.
    Json ordered = Json::array();
    for (const auto& o : spec_.options) {
      if (o.value == optValue || std::find(current.begin(), current.end(), o.value) != current.end()) ordered.push_back(o.value);
    }
    current = ordered;
  }
  setValue(current.empty() ? Json() : current, tr("Toggle %1").arg(label));
  refresh();
}

bool ChoiceEditor::handleKey(QKeyEvent* event) {
  if (event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier)) return FieldEditor::handleKey(event);
  const int index = optionForKey(spec_, event->text());
  if (index < 0) return FieldEditor::handleKey(event);
  choose(index);
  return true;
}

QStringList ChoiceEditor::keyHelp() const {
  QStringList lines;
  for (int i = 0; i < static_cast<int>(spec_.options.size()); ++i) {
    const QString key = optionKey(spec_, i);
    if (key.isEmpty()) continue;
    lines << tr("%1 — %2 %3").arg(key, multi() ? tr("toggle") : tr("choose"),
                                  QString::fromStdString(spec_.options[static_cast<std::size_t>(i)].label));
  }
  return lines + FieldEditor::keyHelp();
}

void ChoiceEditor::refresh() {
  const Json current = value();
  for (int i = 0; i < buttons_.size(); ++i) {
    const Json& optValue = spec_.options[static_cast<std::size_t>(i)].value;
    bool on = false;
    if (multi()) {
      on = current.is_array() && std::find(current.begin(), current.end(), optValue) != current.end();
    } else if (spec_.kind == FieldKind::Ordinal) {
      on = current.is_number() && optValue.is_number() && current.get<double>() == optValue.get<double>();
    } else {
      on = current == optValue;
    }
    QSignalBlocker block(buttons_[i]);
    buttons_[i]->setChecked(on);
  }
}

}  // namespace concord::app
