#pragma once
// Log in: server address, optional certificate authority to trust, user name and password.
#include <QWidget>

#include "concord/core/json.h"
#include "ui/app_options.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QProgressBar;

namespace concord::app {

class ApiClient;

class LoginPage : public QWidget {
  Q_OBJECT
 public:
  LoginPage(ApiClient* api, const AppOptions& options, QWidget* parent = nullptr);
  /// Starts logging in with what the form holds (the Log in button does the same).
  void submit();
  QString errorText() const;

 signals:
  void loggedIn(const QString& username, const concord::Json& user);

 private:
  void chooseCaFile();
  void setBusy(bool busy);
  void showError(const QString& message);

  ApiClient* api_;
  QLineEdit* server_;
  QCheckBox* trustCa_;
  QLineEdit* caFile_;
  QPushButton* browse_;
  QLineEdit* user_;
  QLineEdit* password_;
  QPushButton* login_;
  QProgressBar* progress_;
  QLabel* error_;
};

}  // namespace concord::app
