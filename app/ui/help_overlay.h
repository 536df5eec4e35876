#pragma once
// F1: every keyboard shortcut of the case page and of each field editor, drawn over the page.
// Built from the actions and the editors themselves, so it cannot drift from what the keys do.
#include <QFrame>

class QLabel;

namespace concord::app {

class HelpOverlay : public QFrame {
  Q_OBJECT
 public:
  explicit HelpOverlay(QWidget* parent);
  void setContent(const QString& html);
  QString text() const;

 protected:
  void mousePressEvent(QMouseEvent*) override;
  void keyPressEvent(QKeyEvent* event) override;
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  QLabel* label_;
};

}  // namespace concord::app
