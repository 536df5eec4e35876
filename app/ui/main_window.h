#pragma once
// The app's window: log in, then the queue, then cases one after another. It wires pages
// together and owns the shared objects; the pages do the work.
#include <QMainWindow>

#include "ui/app_options.h"

class QLabel;
class QStackedWidget;

namespace concord::app {

class ApiClient;
class AssignmentModel;
class CasePage;
class LoginPage;
class QueuePage;

class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  explicit MainWindow(const AppOptions& options, QWidget* parent = nullptr);
  ~MainWindow() override;

  ApiClient* api() const { return api_; }
  LoginPage* loginPage() const { return login_; }
  QueuePage* queuePage() const { return queue_; }
  CasePage* casePage() const { return case_; }
  AssignmentModel* assignments() const { return assignments_; }
  QWidget* currentPage() const;

 private:
  void onLoggedIn(const QString& username);
  void openCase(qint64 caseId);
  void onSubmitted(qint64 caseId);
  void showQueue();

  ApiClient* api_;
  AssignmentModel* assignments_;
  QStackedWidget* pages_;
  LoginPage* login_;
  QueuePage* queue_;
  CasePage* case_;
  QLabel* userLabel_;
  QLabel* activity_;
};

}  // namespace concord::app
