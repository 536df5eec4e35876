#pragma once
// regions fields: draw rectangles and polygons on the case's images, each with a label.
// Keys: 1–9 pick the label, R draws rectangles, P polygons, V just looks (pan); Delete removes
// the selected shape; [ and ] switch image. Moving a shape is a drag.
#include <QVector>

#include "editors/field_editor.h"
#include "ui/image_canvas.h"

class QComboBox;
class QLabel;

namespace concord::app {

class RegionsEditor : public FieldEditor {
  Q_OBJECT
 public:
  RegionsEditor(const FieldSpec& spec, AnnotationDocument* doc, const EditorEnv& env, QWidget* parent = nullptr);
  bool handleKey(QKeyEvent* event) override;
  QStringList keyHelp() const override;
  ImageCanvas* canvas() const { return canvas_; }
  int currentImage() const { return image_; }
  int currentLabel() const { return label_; }
  void setCurrentLabel(int index);

 protected:
  void refresh() override;

 private:
  bool allows(const char* shape) const;
  void showImage(int index);
  void addRect(const QRectF& r);
  void addPolygon(const QPolygonF& points);
  void moveShape(int canvasIndex, const QPointF& delta);
  void removeShape(int canvasIndex);
  QColor colourFor(const std::string& label) const;
  void updateStatus();

  QVector<CaseMedia> images_;
  ApiClient* api_;
  ImageCanvas* canvas_;
  QComboBox* imagePicker_ = nullptr;
  QLabel* status_;
  int image_ = 0;
  int label_ = 0;
  QVector<int> shown_;  // canvas shape index → payload index
};

}  // namespace concord::app
