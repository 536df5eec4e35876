#include "editors/rubric_grading_editor.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace concord::app {

RubricGradingEditor::RubricGradingEditor(const FieldSpec& spec, AnnotationDocument* doc,
                                         QVector<RubricCriterion> criteria, QWidget* parent)
    : FieldEditor(spec, doc, parent), criteria_(std::move(criteria)) {
  auto* grid = new QGridLayout;
  if (criteria_.isEmpty()) body()->addWidget(new QLabel(tr("This case has no rubric criteria.")));
  for (int i = 0; i < criteria_.size(); ++i) {
    auto* label = new QLabel(criteria_[i].text);
    label->setWordWrap(true);
    auto* met = new QPushButton(tr("Met"));
    auto* notMet = new QPushButton(tr("Not met"));
    for (auto* b : {met, notMet}) {
      b->setCheckable(true);
      b->setFocusPolicy(Qt::NoFocus);
    }
    met->setObjectName(QStringLiteral("met_%1").arg(i));
    notMet->setObjectName(QStringLiteral("notMet_%1").arg(i));
    connect(met, &QPushButton::clicked, this, [this, i] { emit activated(); grade(i, true); });
    connect(notMet, &QPushButton::clicked, this, [this, i] { emit activated(); grade(i, false); });
    grid->addWidget(label, i, 0);
    grid->addWidget(met, i, 1);
    grid->addWidget(notMet, i, 2);
    labels_.append(label);
    met_.append(met);
    notMet_.append(notMet);
  }
  grid->setColumnStretch(0, 1);
  body()->addLayout(grid);
  refresh();
}

void RubricGradingEditor::grade(int index, bool met) {
  Json list = Json::array();
  const Json current = value();
  const std::string id = criteria_[index].id.toStdString();
  // Keep the case's criterion order whatever order they are graded in.
  for (const auto& c : criteria_) {
    const std::string cid = c.id.toStdString();
    if (cid == id) {
      list.push_back({{"criterion_id", cid}, {"met", met}});
      continue;
    }
    if (current.is_array()) {
      for (const auto& g : current) {
        if (g.is_object() && g.value("criterion_id", std::string()) == cid) list.push_back(g);
      }
    }
  }
  setValue(list, met ? tr("Criterion met") : tr("Criterion not met"));
  setCurrent(index + 1 < criteria_.size() ? index + 1 : index);
  refresh();
}

void RubricGradingEditor::setCurrent(int index) {
  current_ = std::clamp(index, 0, std::max(0, static_cast<int>(criteria_.size()) - 1));
  refresh();
}

bool RubricGradingEditor::handleKey(QKeyEvent* event) {
  if (criteria_.isEmpty() || (event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier))) return FieldEditor::handleKey(event);
  switch (event->key()) {
    case Qt::Key_Up: setCurrent(current_ - 1); return true;
    case Qt::Key_Down: setCurrent(current_ + 1); return true;
    case Qt::Key_M: grade(current_, true); return true;
    case Qt::Key_N: grade(current_, false); return true;
    default: return FieldEditor::handleKey(event);
  }
}

QStringList RubricGradingEditor::keyHelp() const {
  return {tr("Up / Down — pick a criterion"), tr("M — met"), tr("N — not met")};
}

void RubricGradingEditor::refresh() {
  const Json current = value();
  for (int i = 0; i < criteria_.size(); ++i) {
    int state = -1;
    if (current.is_array()) {
      for (const auto& g : current) {
        if (g.is_object() && g.value("criterion_id", std::string()) == criteria_[i].id.toStdString() &&
            g.contains("met") && g["met"].is_boolean()) {
          state = g["met"].get<bool>() ? 1 : 0;
        }
      }
    }
    QSignalBlocker b1(met_[i]), b2(notMet_[i]);
    met_[i]->setChecked(state == 1);
    notMet_[i]->setChecked(state == 0);
    labels_[i]->setStyleSheet(i == current_ && isActive() ? QStringLiteral("background: palette(alternate-base); font-weight: bold;") : QString());
  }
}

}  // namespace concord::app
