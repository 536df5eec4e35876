#pragma once
// The app's window: log in, then the queue, then cases one after another. It wires pages
// together and owns the shared objects; the pages do the work.
#include <QMainWindow>

#include "ui/app_options.h"

class QAction;
class QLabel;
class QStackedWidget;

namespace concord::app {

class ApiClient;
class AssignmentModel;
class CasePage;
class LoginPage;
class Outbox;
class QueuePage;
class SyncService;
class SyncIndicator;

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
  SyncService* sync() const { return sync_; }
  Outbox* outbox() const { return outbox_; }
  SyncIndicator* syncIndicator() const { return indicator_; }
  QWidget* currentPage() const;
  /// Adds the data lead's console (built outside this library, see main.cpp). It is offered
  /// (View menu, Ctrl+L) only to data leads and admins once they have logged in.
  void setLeadConsole(QWidget* console);
  QWidget* leadConsole() const { return leadConsole_; }
  /// Shows the console (data leads and admins only); returns false for anyone else.
  bool showLeadConsole();

 private:
  void onLoggedIn(const QString& username);
  void openCase(qint64 caseId);
  void onSubmitted(qint64 caseId);
  void goToNextCase(qint64 after);
  void resolve(const QString& key);
  void showQueue();
  void updateLeadAccess();

  ApiClient* api_;
  Outbox* outbox_;
  SyncService* sync_;
  SyncIndicator* indicator_;
  AssignmentModel* assignments_;
  QStackedWidget* pages_;
  LoginPage* login_;
  QueuePage* queue_;
  CasePage* case_;
  QLabel* userLabel_;
  QLabel* activity_;
  QWidget* leadConsole_ = nullptr;
  QAction* leadAction_ = nullptr;
  QAction* queueAction_ = nullptr;
  bool isLead_ = false;
};

}  // namespace concord::app
