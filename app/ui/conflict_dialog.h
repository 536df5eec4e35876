#pragma once
// Shows a queued item the server refused next to what the server has now, and lets the clinician
// decide: send mine over the server's version, or keep the server's version. Opened non-modally.
#include <QDialog>

#include "offline/outbox_item.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace concord::app {

class ApiClient;
class SyncService;

class ConflictDialog : public QDialog {
  Q_OBJECT
 public:
  ConflictDialog(const OutboxItem& item, ApiClient* api, SyncService* sync, QWidget* parent = nullptr);
  QString mineText() const;
  QString theirsText() const;

 private:
  OutboxItem item_;
  SyncService* sync_;
  QByteArray serverEtag_;
  QLabel* reason_;
  QPlainTextEdit* mine_;
  QPlainTextEdit* theirs_;
  QPushButton* keepMine_;
};

}  // namespace concord::app
