#pragma once
// Shows an image with zoom (wheel, +/−), pan (drag with the middle or right button, or with the
// left button in view mode) and fit-to-window (0, or double-click). In a drawing mode it also
// draws rectangles (drag) and polygons (click points, Enter or double-click to close), selects a
// shape by clicking it, moves it by dragging, and asks for its removal with Delete. Shapes are in
// image pixels; the canvas never edits them itself — it emits requests, the owner edits the
// document and hands the shapes back (so every change is undoable).
#include <QImage>
#include <QPolygonF>
#include <QRectF>
#include <QVector>
#include <QWidget>

namespace concord::app {

struct CanvasShape {
  QString label;
  QColor colour;
  bool polygon = false;
  QRectF rect;       // rect shapes
  QPolygonF points;  // polygon shapes
  bool contains(const QPointF& p) const { return polygon ? points.containsPoint(p, Qt::OddEvenFill) : rect.contains(p); }
};

class ImageCanvas : public QWidget {
  Q_OBJECT
 public:
  enum class Mode { View, DrawRect, DrawPolygon };
  explicit ImageCanvas(QWidget* parent = nullptr);

  void setImage(const QImage& image);
  const QImage& image() const { return image_; }
  void setPlaceholder(const QString& text);
  void setShapes(const QVector<CanvasShape>& shapes);
  void setMode(Mode mode);
  Mode mode() const { return mode_; }
  int selected() const { return selected_; }
  void setSelected(int index);
  double scale() const { return scale_; }
  void fitToWindow();
  void zoomBy(double factor, const QPointF& anchor);
  QPointF toImage(const QPointF& widgetPoint) const;
  QPointF toWidget(const QPointF& imagePoint) const;

 signals:
  void rectDrawn(const QRectF& rect);
  void polygonDrawn(const QPolygonF& points);
  void moveRequested(int index, const QPointF& delta);
  void deleteRequested(int index);
  void selectionChanged(int index);

 protected:
  void paintEvent(QPaintEvent*) override;
  void resizeEvent(QResizeEvent*) override;
  void wheelEvent(QWheelEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void mouseDoubleClickEvent(QMouseEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;

 private:
  void finishPolygon();

  QImage image_;
  QString placeholder_;
  QVector<CanvasShape> shapes_;
  Mode mode_ = Mode::View;
  double scale_ = 1.0;
  QPointF offset_;
  bool fitted_ = true;  // keep fitting on resize until the person zooms or pans
  int selected_ = -1;
  enum class Drag { None, Pan, Draw, Move } drag_ = Drag::None;
  QPointF dragStart_;    // widget coordinates
  QPointF dragCurrent_;
  QPolygonF pending_;    // polygon being drawn, image coordinates
};

}  // namespace concord::app
