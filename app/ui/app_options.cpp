#include "ui/app_options.h"

#include <QCommandLineParser>
#include <QSettings>

namespace concord::app {

AppOptions AppOptions::remembered() {
  QSettings settings;
  AppOptions o;
  o.server = settings.value(QStringLiteral("server/address")).toString();
  o.caFile = settings.value(QStringLiteral("server/caFile")).toString();
  o.user = settings.value(QStringLiteral("login/user")).toString();
  return o;
}

void AppOptions::remember() const {
  QSettings settings;
  settings.setValue(QStringLiteral("server/address"), server);
  settings.setValue(QStringLiteral("server/caFile"), caFile);
  settings.setValue(QStringLiteral("login/user"), user);
}

AppOptions AppOptions::fromArguments(const QStringList& arguments, QString* error) {
  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral("Concord: clinical annotation"));
  parser.addHelpOption();
  QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Server address, e.g. https://concord.example:8443"),
                            QStringLiteral("URL"));
  QCommandLineOption ca(QStringLiteral("ca-file"), QStringLiteral("Also trust this certificate authority (PEM)"),
                        QStringLiteral("FILE"));
  QCommandLineOption user(QStringLiteral("user"), QStringLiteral("User name to log in as"), QStringLiteral("NAME"));
  QCommandLineOption outbox(QStringLiteral("outbox"), QStringLiteral("Offline queue file (SQLite)"), QStringLiteral("FILE"));
  QCommandLineOption tour(QStringLiteral("screenshot-tour"), QStringLiteral("Save the main screens as PNG files in DIR, then quit"),
                          QStringLiteral("DIR"));
  parser.addOptions({server, ca, user, outbox, tour});
  AppOptions o = remembered();
  if (!parser.parse(arguments)) {
    if (error) *error = parser.errorText();
    return o;
  }
  if (parser.isSet(server)) o.server = parser.value(server);
  if (parser.isSet(ca)) o.caFile = parser.value(ca);
  if (parser.isSet(user)) o.user = parser.value(user);
  if (parser.isSet(outbox)) o.outboxPath = parser.value(outbox);
  if (parser.isSet(tour)) o.screenshotDir = parser.value(tour);
  o.password = qEnvironmentVariable("CONCORD_PASSWORD");
  return o;
}

}  // namespace concord::app
