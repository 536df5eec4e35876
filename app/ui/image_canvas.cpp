#include "ui/image_canvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace concord::app {

ImageCanvas::ImageCanvas(QWidget* parent) : QWidget(parent) {
  setFocusPolicy(Qt::ClickFocus);
  setMinimumSize(200, 160);
  setMouseTracking(true);
}

void ImageCanvas::setImage(const QImage& image) {
  image_ = image;
  fitted_ = true;
  fitToWindow();
}

void ImageCanvas::setPlaceholder(const QString& text) {
  placeholder_ = text;
  update();
}

void ImageCanvas::setShapes(const QVector<CanvasShape>& shapes) {
  shapes_ = shapes;
  if (selected_ >= shapes_.size()) setSelected(-1);
  update();
}

void ImageCanvas::setMode(Mode mode) {
  mode_ = mode;
  pending_.clear();
  setCursor(mode == Mode::View ? Qt::OpenHandCursor : Qt::CrossCursor);
  update();
}

void ImageCanvas::setSelected(int index) {
  if (index == selected_) return;
  selected_ = index;
  emit selectionChanged(index);
  update();
}

void ImageCanvas::fitToWindow() {
  if (image_.isNull() || width() <= 0 || height() <= 0) return;
  scale_ = std::min(width() / double(image_.width()), height() / double(image_.height()));
  offset_ = QPointF((width() - image_.width() * scale_) / 2, (height() - image_.height() * scale_) / 2);
  fitted_ = true;
  update();
}

void ImageCanvas::zoomBy(double factor, const QPointF& anchor) {
  if (image_.isNull()) return;
  const double next = std::clamp(scale_ * factor, 0.05, 40.0);
  // Keep the image point under the anchor where it is.
  const QPointF imagePoint = toImage(anchor);
  scale_ = next;
  offset_ = anchor - imagePoint * scale_;
  fitted_ = false;
  update();
}

QPointF ImageCanvas::toImage(const QPointF& p) const { return (p - offset_) / scale_; }
QPointF ImageCanvas::toWidget(const QPointF& p) const { return p * scale_ + offset_; }

void ImageCanvas::resizeEvent(QResizeEvent*) {
  if (fitted_) fitToWindow();
}

void ImageCanvas::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.fillRect(rect(), palette().color(QPalette::Dark));
  if (image_.isNull()) {
    p.setPen(palette().color(QPalette::BrightText));
    p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, placeholder_);
    return;
  }
  p.setRenderHint(QPainter::SmoothPixmapTransform, scale_ < 1.0);
  p.drawImage(QRectF(offset_, image_.size() * scale_), image_);
  p.setRenderHint(QPainter::Antialiasing);
  for (int i = 0; i < shapes_.size(); ++i) {
    const auto& s = shapes_[i];
    QPen pen(s.colour, i == selected_ ? 3 : 2);
    p.setPen(pen);
    QColor fill = s.colour;
    fill.setAlpha(i == selected_ ? 90 : 50);
    p.setBrush(fill);
    QPointF labelAt;
    if (s.polygon) {
      QPolygonF w;
      for (const auto& pt : s.points) w << toWidget(pt);
      p.drawPolygon(w);
      labelAt = w.boundingRect().topLeft();
    } else {
      QRectF w(toWidget(s.rect.topLeft()), toWidget(s.rect.bottomRight()));
      p.drawRect(w);
      labelAt = w.topLeft();
    }
    p.drawText(labelAt + QPointF(3, -4), s.label);
  }
  p.setBrush(Qt::NoBrush);
  p.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
  if (drag_ == Drag::Draw) p.drawRect(QRectF(dragStart_, dragCurrent_).normalized());
  if (!pending_.isEmpty()) {
    QPolygonF w;
    for (const auto& pt : pending_) w << toWidget(pt);
    w << dragCurrent_;
    p.drawPolyline(w);
  }
}

void ImageCanvas::wheelEvent(QWheelEvent* event) {
  const double steps = event->angleDelta().y() / 120.0;
  zoomBy(std::pow(1.2, steps), event->position());
  event->accept();
}

void ImageCanvas::mousePressEvent(QMouseEvent* event) {
  setFocus();
  dragStart_ = dragCurrent_ = event->position();
  if (event->button() == Qt::MiddleButton || event->button() == Qt::RightButton) {
    drag_ = Drag::Pan;
    return;
  }
  if (event->button() != Qt::LeftButton || image_.isNull()) return;
  const QPointF at = toImage(event->position());
  // A click on a shape selects it (topmost first) and starts moving it — unless a polygon is
  // being drawn, whose points may well fall inside other shapes.
  if (pending_.isEmpty()) {
    for (int i = static_cast<int>(shapes_.size()) - 1; i >= 0; --i) {
      if (shapes_[i].contains(at)) {
        setSelected(i);
        drag_ = Drag::Move;
        return;
      }
    }
  }
  if (mode_ == Mode::DrawPolygon) {
    pending_ << at;
    update();
    return;
  }
  setSelected(-1);
  drag_ = mode_ == Mode::DrawRect ? Drag::Draw : Drag::Pan;
}

void ImageCanvas::mouseMoveEvent(QMouseEvent* event) {
  const QPointF previous = dragCurrent_;
  dragCurrent_ = event->position();
  if (drag_ == Drag::Pan) {
    offset_ += dragCurrent_ - previous;
    fitted_ = false;
  }
  update();
}

void ImageCanvas::mouseReleaseEvent(QMouseEvent* event) {
  dragCurrent_ = event->position();
  if (drag_ == Drag::Draw) {
    QRectF r(toImage(dragStart_), toImage(dragCurrent_));
    r = r.normalized().intersected(QRectF(QPointF(0, 0), image_.size()));
    if (r.width() >= 2 && r.height() >= 2) emit rectDrawn(r);  // ignore accidental clicks
  } else if (drag_ == Drag::Move && selected_ >= 0) {
    const QPointF delta = (dragCurrent_ - dragStart_) / scale_;
    if (delta.manhattanLength() > 0.5) emit moveRequested(selected_, delta);
  }
  drag_ = Drag::None;
  update();
}

void ImageCanvas::mouseDoubleClickEvent(QMouseEvent* event) {
  if (mode_ == Mode::DrawPolygon) {
    finishPolygon();
    return;
  }
  if (mode_ == Mode::View) fitToWindow();
  QWidget::mouseDoubleClickEvent(event);
}

void ImageCanvas::finishPolygon() {
  // A double-click adds its position twice; drop repeated points.
  QPolygonF clean;
  for (const auto& pt : pending_) {
    if (clean.isEmpty() || (clean.last() - pt).manhattanLength() > 1.0) clean << pt;
  }
  pending_.clear();
  if (clean.size() >= 3) emit polygonDrawn(clean);
  update();
}

void ImageCanvas::keyPressEvent(QKeyEvent* event) {
  const QPointF centre(width() / 2.0, height() / 2.0);
  switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(1.25, centre); return;
    case Qt::Key_Minus: zoomBy(0.8, centre); return;
    case Qt::Key_0: fitToWindow(); return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
      if (!pending_.isEmpty()) return finishPolygon();
      break;
    case Qt::Key_Escape:
      if (!pending_.isEmpty()) {
        pending_.clear();
        update();
        return;
      }
      break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
      if (selected_ >= 0) {
        emit deleteRequested(selected_);
        return;
      }
      break;
    default: break;
  }
  QWidget::keyPressEvent(event);
}

}  // namespace concord::app
