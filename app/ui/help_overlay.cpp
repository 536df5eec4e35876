#include "ui/help_overlay.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace concord::app {

HelpOverlay::HelpOverlay(QWidget* parent) : QFrame(parent) {
  setObjectName(QStringLiteral("helpOverlay"));
  setStyleSheet(QStringLiteral("#helpOverlay { background: rgba(20, 20, 30, 242); }"
                               "#helpOverlay QLabel { color: white; }"));
  label_ = new QLabel;
  label_->setWordWrap(true);
  label_->setTextFormat(Qt::RichText);
  auto* scroll = new QScrollArea;
  scroll->setWidget(label_);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setStyleSheet(QStringLiteral("background: transparent;"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(40, 30, 40, 30);
  layout->addWidget(scroll);
  setFocusPolicy(Qt::StrongFocus);
  parent->installEventFilter(this);
  hide();
}

void HelpOverlay::setContent(const QString& html) { label_->setText(html); }
QString HelpOverlay::text() const { return label_->text(); }

void HelpOverlay::mousePressEvent(QMouseEvent*) { hide(); }

void HelpOverlay::keyPressEvent(QKeyEvent* event) {
  if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_F1) {
    hide();
    return;
  }
  QFrame::keyPressEvent(event);
}

bool HelpOverlay::eventFilter(QObject* watched, QEvent* event) {
  // Cover the whole page whenever it is resized.
  if (watched == parentWidget() && event->type() == QEvent::Resize) setGeometry(parentWidget()->rect());
  return QFrame::eventFilter(watched, event);
}

}  // namespace concord::app
