#include "editors/regions_editor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>
#include <cmath>

#include "net/api_client.h"

namespace concord::app {

namespace {
double round1(double v) { return std::round(v * 10.0) / 10.0; }  // tenths of a pixel are plenty
}

RegionsEditor::RegionsEditor(const FieldSpec& spec, AnnotationDocument* doc, const EditorEnv& env, QWidget* parent)
    : FieldEditor(spec, doc, parent), api_(env.api) {
  if (env.data) images_ = env.data->images();
  status_ = new QLabel;
  status_->setWordWrap(true);
  canvas_ = new ImageCanvas;
  canvas_->setObjectName(QStringLiteral("regionsCanvas"));
  canvas_->setMinimumHeight(320);
  canvas_->setMode(allows("rect") ? ImageCanvas::Mode::DrawRect : ImageCanvas::Mode::DrawPolygon);
  if (images_.size() > 1) {
    imagePicker_ = new QComboBox;
    for (int i = 0; i < images_.size(); ++i) imagePicker_->addItem(tr("Image %1").arg(i + 1));
    connect(imagePicker_, &QComboBox::currentIndexChanged, this, &RegionsEditor::showImage);
    body()->addWidget(imagePicker_);
  }
  body()->addWidget(canvas_, 1);
  body()->addWidget(status_);
  connect(canvas_, &ImageCanvas::rectDrawn, this, &RegionsEditor::addRect);
  connect(canvas_, &ImageCanvas::polygonDrawn, this, &RegionsEditor::addPolygon);
  connect(canvas_, &ImageCanvas::moveRequested, this, &RegionsEditor::moveShape);
  connect(canvas_, &ImageCanvas::deleteRequested, this, &RegionsEditor::removeShape);
  connect(canvas_, &ImageCanvas::selectionChanged, this, [this] { emit activated(); });
  showImage(0);
}

bool RegionsEditor::allows(const char* shape) const {
  return spec_.shapes.empty() || std::find(spec_.shapes.begin(), spec_.shapes.end(), shape) != spec_.shapes.end();
}

void RegionsEditor::showImage(int index) {
  image_ = index;
  if (images_.isEmpty()) {
    canvas_->setPlaceholder(tr("This case has no images."));
    refresh();
    return;
  }
  canvas_->setImage({});
  canvas_->setPlaceholder(tr("Loading image…"));
  if (api_) {
    api_->getBytes(images_[index].url, this, [this, index](const ApiReply& reply) {
      if (index != image_) return;
      QImage img;
      if (reply.ok) img.loadFromData(reply.raw);
      if (img.isNull()) {
        canvas_->setPlaceholder(reply.ok ? tr("This image could not be shown.") : reply.error.message);
      } else {
        canvas_->setImage(img);
      }
    });
  }
  refresh();
}

void RegionsEditor::setCurrentLabel(int index) {
  if (index < 0 || index >= static_cast<int>(spec_.options.size())) return;
  label_ = index;
  updateStatus();
}

QColor RegionsEditor::colourFor(const std::string& label) const {
  static const QColor palette[] = {QColor(255, 193, 7), QColor(76, 175, 80), QColor(33, 150, 243),
                                   QColor(233, 30, 99), QColor(156, 39, 176), QColor(255, 87, 34)};
  for (std::size_t i = 0; i < spec_.options.size(); ++i) {
    if (spec_.options[i].value == label) return palette[i % std::size(palette)];
  }
  return Qt::white;
}

void RegionsEditor::addRect(const QRectF& r) {
  if (!allows("rect")) return;
  Json list = value().is_array() ? value() : Json::array();
  list.push_back({{"image", image_}, {"label", spec_.options[static_cast<std::size_t>(label_)].value},
                  {"shape", "rect"}, {"x", round1(r.x())}, {"y", round1(r.y())}, {"w", round1(r.width())},
                  {"h", round1(r.height())}});
  emit activated();
  setValue(list, tr("Draw rectangle"));
}

void RegionsEditor::addPolygon(const QPolygonF& points) {
  if (!allows("polygon")) return;
  Json pts = Json::array();
  for (const auto& p : points) pts.push_back({round1(p.x()), round1(p.y())});
  Json list = value().is_array() ? value() : Json::array();
  list.push_back({{"image", image_}, {"label", spec_.options[static_cast<std::size_t>(label_)].value},
                  {"shape", "polygon"}, {"points", pts}});
  emit activated();
  setValue(list, tr("Draw polygon"));
}

void RegionsEditor::moveShape(int canvasIndex, const QPointF& delta) {
  if (canvasIndex < 0 || canvasIndex >= shown_.size()) return;
  Json list = value();
  Json& item = list[static_cast<std::size_t>(shown_[canvasIndex])];
  if (item.value("shape", std::string()) == "rect") {
    item["x"] = round1(item.value("x", 0.0) + delta.x());
    item["y"] = round1(item.value("y", 0.0) + delta.y());
  } else {
    for (auto& p : item["points"]) p = Json::array({round1(p[0].get<double>() + delta.x()), round1(p[1].get<double>() + delta.y())});
  }
  setValue(list, tr("Move region"));
}

void RegionsEditor::removeShape(int canvasIndex) {
  if (canvasIndex < 0 || canvasIndex >= shown_.size()) return;
  Json list = value();
  list.erase(list.begin() + shown_[canvasIndex]);
  setValue(list.empty() ? Json() : list, tr("Remove region"));
}

bool RegionsEditor::handleKey(QKeyEvent* event) {
  if (event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier)) return FieldEditor::handleKey(event);
  const int index = optionForKey(spec_, event->text());
  if (index >= 0) {
    setCurrentLabel(index);
    return true;
  }
  switch (event->key()) {
    case Qt::Key_R:
      if (allows("rect")) canvas_->setMode(ImageCanvas::Mode::DrawRect);
      updateStatus();
      return true;
    case Qt::Key_P:
      if (allows("polygon")) canvas_->setMode(ImageCanvas::Mode::DrawPolygon);
      updateStatus();
      return true;
    case Qt::Key_V:
      canvas_->setMode(ImageCanvas::Mode::View);
      updateStatus();
      return true;
    case Qt::Key_BracketLeft:
    case Qt::Key_BracketRight:
      if (images_.size() > 1) {
        const int next = (image_ + (event->key() == Qt::Key_BracketRight ? 1 : images_.size() - 1)) % images_.size();
        if (imagePicker_) imagePicker_->setCurrentIndex(next);
        else showImage(next);
      }
      return true;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
      if (canvas_->selected() >= 0) {
        removeShape(canvas_->selected());
        return true;
      }
      return false;  // never clear every region by accident
    default: return FieldEditor::handleKey(event);
  }
}

QStringList RegionsEditor::keyHelp() const {
  QStringList lines;
  for (int i = 0; i < static_cast<int>(spec_.options.size()); ++i) {
    const QString key = optionKey(spec_, i);
    if (!key.isEmpty()) lines << tr("%1 — draw with label %2").arg(key, QString::fromStdString(spec_.options[static_cast<std::size_t>(i)].label));
  }
  lines << tr("R / P / V — rectangle / polygon / look around") << tr("Enter or double-click — close a polygon")
        << tr("Delete — remove the selected region") << tr("Wheel, + / − — zoom; 0 — fit; right-drag — pan")
        << tr("[ / ] — previous / next image");
  return lines;
}

void RegionsEditor::updateStatus() {
  const QString mode = canvas_->mode() == ImageCanvas::Mode::DrawRect      ? tr("rectangles")
                       : canvas_->mode() == ImageCanvas::Mode::DrawPolygon ? tr("polygons")
                                                                           : tr("looking (no drawing)");
  status_->setText(tr("Label: <b>%1</b> · drawing %2 · %n region(s)", nullptr, shown_.size())
                       .arg(QString::fromStdString(spec_.options[static_cast<std::size_t>(label_)].label).toHtmlEscaped(), mode));
}

void RegionsEditor::refresh() {
  QVector<CanvasShape> shapes;
  shown_.clear();
  const Json list = value();
  if (list.is_array()) {
    for (std::size_t i = 0; i < list.size(); ++i) {
      const Json& item = list[i];
      if (!item.is_object() || item.value("image", -1) != image_) continue;
      CanvasShape s;
      const std::string label = item.value("label", std::string());
      s.label = QString::fromStdString(label);
      s.colour = colourFor(label);
      s.polygon = item.value("shape", std::string()) == "polygon";
      if (s.polygon) {
        for (const auto& p : item.value("points", Json::array())) {
          if (p.is_array() && p.size() == 2 && p[0].is_number() && p[1].is_number()) s.points << QPointF(p[0].get<double>(), p[1].get<double>());
        }
      } else {
        s.rect = QRectF(item.value("x", 0.0), item.value("y", 0.0), item.value("w", 0.0), item.value("h", 0.0));
      }
      shapes.append(s);
      shown_.append(static_cast<int>(i));
    }
  }
  canvas_->setShapes(shapes);
  updateStatus();
}

}  // namespace concord::app
