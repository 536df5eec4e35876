#pragma once
// Text boxes inside editors must not keep Ctrl+Z / Ctrl+Shift+Z for their own (disabled) undo:
// every edit is a document command, so the page's Undo/Redo actions have to win. This event
// filter declines those shortcut overrides so the page's shortcuts fire.
#include <QObject>

namespace concord::app {

class TextInputGuard : public QObject {
 public:
  using QObject::QObject;
  /// Installs a guard on `widget` (owned by it).
  static void install(QObject* widget);

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;
};

}  // namespace concord::app
