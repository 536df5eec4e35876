#include "editors/text_input_guard.h"

#include <QKeyEvent>

namespace concord::app {

void TextInputGuard::install(QObject* widget) { widget->installEventFilter(new TextInputGuard(widget)); }

bool TextInputGuard::eventFilter(QObject* watched, QEvent* event) {
  if (event->type() == QEvent::ShortcutOverride) {
    auto* key = static_cast<QKeyEvent*>(event);
    const bool ctrl = key->modifiers() & Qt::ControlModifier;
    if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
        (ctrl && (key->key() == Qt::Key_Y || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter ||
                  key->key() == Qt::Key_S || key->key() == Qt::Key_Up || key->key() == Qt::Key_Down))) {
      event->ignore();
      return true;  // not overridden: the shortcut map gets it
    }
  }
  return QObject::eventFilter(watched, event);
}

}  // namespace concord::app
