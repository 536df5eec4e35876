#pragma once
// Shows a queued item the server refused next to what the server has now, and lets the clinician
// decide: send mine over the server's version, or keep the server's version. When the case was
// reassigned (the server no longer shows it to this clinician) only "discard mine" is possible, so
// the clinician's version stays visible and can be copied first. Opened non-modally.
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
  QString reasonText() const;
  /// True once the server said the case is no longer assigned to this clinician.
  bool reassigned() const { return reassigned_; }

 private:
  OutboxItem item_;
  SyncService* sync_;
  QByteArray serverEtag_;
  QLabel* reason_;
  QPlainTextEdit* mine_;
  QPlainTextEdit* theirs_;
  QPushButton* keepMine_;
  QPushButton* keepTheirs_;
  bool reassigned_ = false;

  void showReassigned();
};

}  // namespace concord::app
