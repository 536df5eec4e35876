#include "ui/conflict_dialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

#include "concord/core/json.h"
#include "net/api_client.h"
#include "offline/sync_service.h"

namespace concord::app {

namespace {
QString pretty(const Json& j) { return QString::fromStdString(j.dump(2)); }
}

ConflictDialog::ConflictDialog(const OutboxItem& item, ApiClient* api, SyncService* sync, QWidget* parent)
    : QDialog(parent), item_(item), sync_(sync) {
  setObjectName(QStringLiteral("conflictDialog"));
  setWindowTitle(tr("Case %1: your version and the server's").arg(item.caseLabel));
  setAttribute(Qt::WA_DeleteOnClose);
  reason_ = new QLabel(item.message);
  reason_->setWordWrap(true);
  mine_ = new QPlainTextEdit;
  mine_->setReadOnly(true);
  theirs_ = new QPlainTextEdit;
  theirs_->setReadOnly(true);
  const Json body = Json::parse(item.body.toStdString(), nullptr, false);
  mine_->setPlainText(item.kind == OutboxItem::Kind::Skip
                          ? tr("Skip: %1").arg(QString::fromStdString(body.value("reason", std::string())))
                          : pretty(body.is_object() ? body.value("payload", Json::object()) : Json()));
  theirs_->setPlainText(tr("Loading the server's version…"));

  keepMine_ = new QPushButton(tr("Send mine (replace the server's)"));
  keepMine_->setEnabled(false);  // only once the server's version is known
  keepTheirs_ = new QPushButton(tr("Keep the server's (discard mine)"));
  auto* copyMine = new QPushButton(tr("Copy my version"));
  copyMine->setObjectName(QStringLiteral("copyMine"));
  copyMine->setToolTip(tr("Puts your version on the clipboard, e.g. to send it to your data lead."));
  auto* later = new QPushButton(tr("Decide later"));
  auto* buttons = new QDialogButtonBox;
  buttons->addButton(keepMine_, QDialogButtonBox::AcceptRole);
  buttons->addButton(keepTheirs_, QDialogButtonBox::DestructiveRole);
  buttons->addButton(copyMine, QDialogButtonBox::ActionRole);
  buttons->addButton(later, QDialogButtonBox::RejectRole);

  auto* grid = new QGridLayout(this);
  grid->addWidget(reason_, 0, 0, 1, 2);
  grid->addWidget(new QLabel(tr("<b>Your version</b> (kept on this computer)")), 1, 0);
  grid->addWidget(new QLabel(tr("<b>On the server now</b>")), 1, 1);
  grid->addWidget(mine_, 2, 0);
  grid->addWidget(theirs_, 2, 1);
  grid->addWidget(buttons, 3, 0, 1, 2);
  resize(900, 520);

  connect(keepMine_, &QPushButton::clicked, this, [this] {
    sync_->overwrite(item_.idempotencyKey, serverEtag_);
    accept();
  });
  connect(copyMine, &QPushButton::clicked, this, [this] {
    QGuiApplication::clipboard()->setText(tr("Case %1 — my answer\n%2").arg(item_.caseLabel, mine_->toPlainText()));
  });
  connect(keepTheirs_, &QPushButton::clicked, this, [this] {
    sync_->discard(item_.idempotencyKey);
    accept();
  });
  connect(later, &QPushButton::clicked, this, &QDialog::reject);

  api->getCase(item.caseId, this, [this](const ApiReply& reply) {
    if (!reply.ok) {
      if (reply.error.kind == ApiError::Kind::NotFound) return showReassigned();
      theirs_->setPlainText(reply.error.message);
      return;  // without the server's version, sending mine over it would be blind
    }
    const Json annotation = reply.body.value("annotation", Json());
    serverEtag_ = reply.etag;
    if (annotation.is_object()) {
      theirs_->setPlainText(tr("Version %1, %2\n\n%3")
                                .arg(annotation.value("version", 0))
                                .arg(QString::fromStdString(annotation.value("status", std::string())),
                                     pretty(annotation.value("payload", Json::object()))));
    } else {
      theirs_->setPlainText(tr("No annotation on the server yet."));
    }
    keepMine_->setEnabled(item_.kind == OutboxItem::Kind::Annotation);
  });
}

void ConflictDialog::showReassigned() {
  // Nothing can be sent any more: say so plainly, keep the clinician's version in view, and offer
  // only copying it and discarding it.
  reassigned_ = true;
  setWindowTitle(tr("Case %1 was reassigned: your version").arg(item_.caseLabel));
  reason_->setText(tr("This case was reassigned to another clinician (or withdrawn), so the server no longer "
                      "accepts your answer for it. Your version is shown on the left and stays on this computer "
                      "until you discard it: copy it first if you want to keep it."));
  theirs_->setPlainText(tr("You no longer have access to this case on the server."));
  keepMine_->setVisible(false);
  keepTheirs_->setText(tr("Discard mine"));
}

QString ConflictDialog::mineText() const { return mine_->toPlainText(); }
QString ConflictDialog::theirsText() const { return theirs_->toPlainText(); }
QString ConflictDialog::reasonText() const { return reason_->text(); }

}  // namespace concord::app
