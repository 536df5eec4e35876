#include "editors/rubric_authoring_editor.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include "editors/text_input_guard.h"

namespace concord::app {

RubricAuthoringEditor::RubricAuthoringEditor(const FieldSpec& spec, AnnotationDocument* doc, QWidget* parent)
    : FieldEditor(spec, doc, parent) {
  rowsBox_ = new QWidget;
  new QVBoxLayout(rowsBox_);
  rowsBox_->layout()->setContentsMargins(0, 0, 0, 0);
  auto* add = new QPushButton(tr("[N] Add criterion"));
  add->setObjectName(QStringLiteral("addCriterion"));
  add->setFocusPolicy(Qt::NoFocus);
  connect(add, &QPushButton::clicked, this, [this] { emit activated(); addCriterion(); });
  body()->addWidget(rowsBox_);
  body()->addWidget(add);
  refresh();
}

Json RubricAuthoringEditor::items() const {
  Json v = value();
  return v.is_array() ? v : Json::array();
}

void RubricAuthoringEditor::addCriterion() {
  Json list = items();
  list.push_back({{"criterion", ""}, {"points", 1}});
  setValue(list, tr("Add criterion"));
  if (!rows_.isEmpty()) rows_.last().text->setFocus();
}

void RubricAuthoringEditor::removeItem(int index) {
  Json list = items();
  if (index < 0 || index >= static_cast<int>(list.size())) return;
  list.erase(list.begin() + index);
  setValue(list.empty() ? Json() : list, tr("Remove criterion"));
}

void RubricAuthoringEditor::updateItem(int index, const char* key, Json v, int mergeKey) {
  Json list = items();
  if (index < 0 || index >= static_cast<int>(list.size())) return;
  if (v.is_null() || (v.is_array() && v.empty())) list[static_cast<std::size_t>(index)].erase(key);
  else list[static_cast<std::size_t>(index)][key] = std::move(v);
  setValue(list, tr("Edit criterion"), mergeKey);
}

void RubricAuthoringEditor::rebuild(int count) {
  for (auto& r : rows_) r.box->deleteLater();
  rows_.clear();
  for (int i = 0; i < count; ++i) {
    Row r{};
    r.box = new QWidget;
    auto* line = new QHBoxLayout(r.box);
    line->setContentsMargins(0, 0, 0, 0);
    r.text = new QLineEdit;
    r.text->setObjectName(QStringLiteral("criterion_%1").arg(i));
    r.text->setPlaceholderText(tr("Criterion, e.g. \"Advises urgent ECG\""));
    TextInputGuard::install(r.text);
    r.points = new QSpinBox;
    r.points->setObjectName(QStringLiteral("points_%1").arg(i));
    r.points->setRange(-10, 10);
    r.points->setToolTip(tr("Points: positive when the criterion adds, negative when it takes away"));
    TextInputGuard::install(r.points);
    line->addWidget(r.text, 1);
    line->addWidget(r.points);
    connect(r.text, &QLineEdit::textEdited, this, [this, i](const QString& t) {
      emit activated();
      updateItem(i, "criterion", t.toStdString(), 0x4e10 + i);
    });
    connect(r.points, &QSpinBox::valueChanged, this, [this, i](int p) { updateItem(i, "points", p, 0x4f10 + i); });
    if (spec_.axes.empty()) {
      r.freeTags = new QLineEdit;
      r.freeTags->setPlaceholderText(tr("tags, comma separated"));
      r.freeTags->setMaximumWidth(160);
      TextInputGuard::install(r.freeTags);
      connect(r.freeTags, &QLineEdit::textEdited, this, [this, i](const QString& t) {
        Json tags = Json::array();
        for (const auto& part : t.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
          const auto tag = part.trimmed().toStdString();
          if (!tag.empty() && std::find(tags.begin(), tags.end(), tag) == tags.end()) tags.push_back(tag);
        }
        updateItem(i, "tags", tags, 0x5010 + i);
      });
      line->addWidget(r.freeTags);
    } else {
      for (const auto& axis : spec_.axes) {
        auto* b = new QToolButton;
        b->setText(QString::fromStdString(axis));
        b->setCheckable(true);
        b->setFocusPolicy(Qt::NoFocus);
        connect(b, &QToolButton::clicked, this, [this, i] {
          Json tags = Json::array();
          for (auto* t : rows_[i].axisTags) {
            if (t->isChecked()) tags.push_back(t->text().toStdString());
          }
          updateItem(i, "tags", tags, 0);
        });
        line->addWidget(b);
        r.axisTags.append(b);
      }
    }
    auto* remove = new QToolButton;
    remove->setText(QStringLiteral("✕"));
    remove->setToolTip(tr("Remove this criterion"));
    remove->setFocusPolicy(Qt::NoFocus);
    connect(remove, &QToolButton::clicked, this, [this, i] { removeItem(i); });
    line->addWidget(remove);
    rowsBox_->layout()->addWidget(r.box);
    rows_.append(r);
  }
}

void RubricAuthoringEditor::refresh() {
  const Json list = items();
  if (static_cast<int>(list.size()) != rows_.size()) rebuild(static_cast<int>(list.size()));
  for (int i = 0; i < rows_.size(); ++i) {
    const Json& item = list[static_cast<std::size_t>(i)];
    const QString text = QString::fromStdString(item.value("criterion", std::string()));
    Row& r = rows_[i];
    if (r.text->text() != text) {
      QSignalBlocker b(r.text);
      r.text->setText(text);
    }
    const int points = item.contains("points") && item["points"].is_number() ? item["points"].get<int>() : 0;
    if (r.points->value() != points) {
      QSignalBlocker b(r.points);
      r.points->setValue(points);
    }
    QStringList tags;
    if (item.contains("tags") && item["tags"].is_array()) {
      for (const auto& t : item["tags"]) if (t.is_string()) tags << QString::fromStdString(t.get<std::string>());
    }
    if (r.freeTags) {
      QStringList shown;
      for (const auto& part : r.freeTags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) shown << part.trimmed();
      if (shown != tags) {
        QSignalBlocker b(r.freeTags);
        r.freeTags->setText(tags.join(QStringLiteral(", ")));
      }
    }
    for (auto* b : r.axisTags) {
      QSignalBlocker block(b);
      b->setChecked(tags.contains(b->text()));
    }
  }
}

bool RubricAuthoringEditor::handleKey(QKeyEvent* event) {
  if (event->key() == Qt::Key_N && !(event->modifiers() & ~Qt::ShiftModifier)) {
    addCriterion();
    return true;
  }
  return FieldEditor::handleKey(event);
}

QStringList RubricAuthoringEditor::keyHelp() const {
  return {tr("N — add a criterion and type it"), tr("Tab — points, tags, next criterion")};
}

}  // namespace concord::app
