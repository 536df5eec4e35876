#include "editors/preference_editor.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace concord::app {

namespace {
const char* const kChoices[] = {"A", "B", "tie"};
}

PreferenceEditor::PreferenceEditor(const FieldSpec& spec, AnnotationDocument* doc, QWidget* parent)
    : FieldEditor(spec, doc, parent) {
  auto* row = new QHBoxLayout;
  const QString texts[] = {tr("[A] Response A"), tr("[B] Response B"), tr("[T] Tie")};
  for (int i = 0; i < 3; ++i) {
    auto* b = new QPushButton(texts[i]);
    b->setCheckable(true);
    b->setFocusPolicy(Qt::NoFocus);
    b->setObjectName(QStringLiteral("choice_%1").arg(QLatin1String(kChoices[i])));
    connect(b, &QPushButton::clicked, this, [this, i] {
      emit activated();
      choose(QLatin1String(kChoices[i]));
    });
    row->addWidget(b);
    choices_.append(b);
  }
  body()->addLayout(row);
  if (spec_.strengthLevels > 0) {
    auto* strengthRow = new QHBoxLayout;
    strengthRow->addWidget(new QLabel(tr("How much better:")));
    for (int level = 1; level <= spec_.strengthLevels; ++level) {
      auto* b = new QPushButton(QString::number(level));
      b->setCheckable(true);
      b->setFocusPolicy(Qt::NoFocus);
      b->setObjectName(QStringLiteral("strength_%1").arg(level));
      connect(b, &QPushButton::clicked, this, [this, level] {
        emit activated();
        setStrength(level);
      });
      strengthRow->addWidget(b);
      strengths_.append(b);
    }
    strengthRow->addStretch();
    body()->addLayout(strengthRow);
  }
  refresh();
}

void PreferenceEditor::choose(const QString& choice) {
  Json v = value();
  if (!v.is_object()) v = Json::object();
  v["choice"] = choice.toStdString();
  if (choice == QLatin1String("tie")) v.erase("strength");  // a tie prefers neither response
  setValue(v, tr("Prefer %1").arg(choice));
  refresh();
}

void PreferenceEditor::setStrength(int level) {
  Json v = value();
  if (!v.is_object() || v.value("choice", std::string()) == "tie" || !v.contains("choice")) {
    refresh();
    return;  // strength only means something once A or B is chosen
  }
  v["strength"] = level;
  setValue(v, tr("Strength %1").arg(level));
  refresh();
}

bool PreferenceEditor::handleKey(QKeyEvent* event) {
  if (event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier)) return FieldEditor::handleKey(event);
  switch (event->key()) {
    case Qt::Key_A: choose(QStringLiteral("A")); return true;
    case Qt::Key_B: choose(QStringLiteral("B")); return true;
    case Qt::Key_T: choose(QStringLiteral("tie")); return true;
    default: break;
  }
  const int level = event->key() - Qt::Key_0;
  if (level >= 1 && level <= spec_.strengthLevels) {
    setStrength(level);
    return true;
  }
  return FieldEditor::handleKey(event);
}

QStringList PreferenceEditor::keyHelp() const {
  QStringList lines{tr("A / B — prefer response A / B"), tr("T — tie")};
  if (spec_.strengthLevels > 0) lines << tr("1–%1 — how much better").arg(spec_.strengthLevels);
  return lines + FieldEditor::keyHelp();
}

void PreferenceEditor::refresh() {
  const Json v = value();
  const std::string choice = v.is_object() ? v.value("choice", std::string()) : std::string();
  const int strength = v.is_object() && v.contains("strength") && v["strength"].is_number() ? v["strength"].get<int>() : 0;
  for (int i = 0; i < 3; ++i) {
    QSignalBlocker block(choices_[i]);
    choices_[i]->setChecked(choice == kChoices[i]);
  }
  for (int i = 0; i < strengths_.size(); ++i) {
    QSignalBlocker block(strengths_[i]);
    strengths_[i]->setChecked(strength == i + 1);
    strengths_[i]->setEnabled(choice == "A" || choice == "B");
  }
}

}  // namespace concord::app
