#pragma once
// Command line and remembered settings. The server address, CA file and user name are kept with
// QSettings; the password never is (it comes from the person, or CONCORD_PASSWORD in demos).
#include <QString>
#include <QStringList>

namespace concord::app {

struct AppOptions {
  QString server;    // https://host:port
  QString caFile;    // extra certificate authority to trust ("" = system only)
  QString user;
  QString password;  // only from CONCORD_PASSWORD (demo scripts); never written anywhere
  QString outboxPath;  // SQLite file of the offline queue ("" = default location)
  QString screenshotDir;  // --screenshot-tour DIR: save the main screens there and quit

  /// `concord [--server URL] [--ca-file FILE] [--user NAME] [--outbox FILE]`, over the remembered
  /// settings. Unknown arguments are reported in `error`.
  static AppOptions fromArguments(const QStringList& arguments, QString* error);
  /// The remembered values (no password).
  static AppOptions remembered();
  /// Remembers server, CA file and user. The password is not a member that gets saved.
  void remember() const;
};

}  // namespace concord::app
