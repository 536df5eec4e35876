#include "ui/login_page.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

#include "net/api_client.h"

namespace concord::app {

LoginPage::LoginPage(ApiClient* api, const AppOptions& options, QWidget* parent) : QWidget(parent), api_(api) {
  setObjectName(QStringLiteral("loginPage"));
  server_ = new QLineEdit(options.server);
  server_->setObjectName(QStringLiteral("server"));
  server_->setPlaceholderText(QStringLiteral("https://concord.example.org:8443"));
  trustCa_ = new QCheckBox(tr("Trust certificate authority"));
  trustCa_->setObjectName(QStringLiteral("trustCa"));
  trustCa_->setChecked(!options.caFile.isEmpty());
  caFile_ = new QLineEdit(options.caFile);
  caFile_->setObjectName(QStringLiteral("caFile"));
  caFile_->setPlaceholderText(tr("certificate authority file (.pem)"));
  browse_ = new QPushButton(tr("Choose…"));
  user_ = new QLineEdit(options.user);
  user_->setObjectName(QStringLiteral("user"));
  password_ = new QLineEdit(options.password);
  password_->setObjectName(QStringLiteral("password"));
  password_->setEchoMode(QLineEdit::Password);
  login_ = new QPushButton(tr("Log in"));
  login_->setObjectName(QStringLiteral("loginButton"));
  login_->setDefault(true);
  progress_ = new QProgressBar;
  progress_->setRange(0, 0);  // busy indicator: a login has no measurable progress
  progress_->setVisible(false);
  error_ = new QLabel;
  error_->setObjectName(QStringLiteral("loginError"));
  error_->setWordWrap(true);
  error_->setStyleSheet(QStringLiteral("color: #a00;"));

  auto* caRow = new QHBoxLayout;
  caRow->addWidget(caFile_, 1);
  caRow->addWidget(browse_);
  auto* form = new QFormLayout;
  form->addRow(tr("Server"), server_);
  form->addRow(QString(), trustCa_);
  form->addRow(QString(), caRow);
  form->addRow(tr("User name"), user_);
  form->addRow(tr("Password"), password_);

  auto* box = new QWidget;
  box->setMaximumWidth(520);
  auto* boxLayout = new QVBoxLayout(box);
  auto* title = new QLabel(tr("<h2>Concord</h2>Log in to annotate your assigned cases."));
  boxLayout->addWidget(title);
  boxLayout->addLayout(form);
  boxLayout->addWidget(login_);
  boxLayout->addWidget(progress_);
  boxLayout->addWidget(error_);
  auto* outer = new QHBoxLayout(this);
  outer->addStretch();
  outer->addWidget(box);
  outer->addStretch();

  auto syncCa = [this]() {
    caFile_->setEnabled(trustCa_->isChecked());
    browse_->setEnabled(trustCa_->isChecked());
  };
  syncCa();
  connect(trustCa_, &QCheckBox::toggled, this, syncCa);
  connect(browse_, &QPushButton::clicked, this, &LoginPage::chooseCaFile);
  connect(login_, &QPushButton::clicked, this, &LoginPage::submit);
  connect(password_, &QLineEdit::returnPressed, this, &LoginPage::submit);
  if (!options.user.isEmpty()) password_->setFocus();
}

QString LoginPage::errorText() const { return error_->text(); }

void LoginPage::chooseCaFile() {
  // Non-blocking: the dialog is opened and its answer arrives as a signal.
  auto* dialog = new QFileDialog(this, tr("Certificate authority"), QString(), tr("Certificates (*.pem *.crt);;All files (*)"));
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->setFileMode(QFileDialog::ExistingFile);
  connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& file) { caFile_->setText(file); });
  dialog->open();
}

void LoginPage::setBusy(bool busy) {
  login_->setEnabled(!busy);
  progress_->setVisible(busy);
}

void LoginPage::showError(const QString& message) { error_->setText(message); }

void LoginPage::submit() {
  showError({});
  QUrl url = QUrl::fromUserInput(server_->text().trimmed());
  if (!url.isValid() || url.host().isEmpty()) return showError(tr("Enter the server address, e.g. https://concord.example.org:8443"));
  if (user_->text().trimmed().isEmpty() || password_->text().isEmpty()) return showError(tr("Enter your user name and password."));
  api_->setServer(url);
  QString caError;
  const QString ca = trustCa_->isChecked() ? caFile_->text().trimmed() : QString();
  if (!ca.isEmpty() && !api_->trustCaFile(ca, &caError)) return showError(caError);

  AppOptions remember;
  remember.server = server_->text().trimmed();
  remember.caFile = ca;
  remember.user = user_->text().trimmed();
  remember.remember();

  setBusy(true);
  const QString username = user_->text().trimmed();
  api_->login(username, password_->text(), this, [this, username](const ApiReply& reply) {
    setBusy(false);
    if (!reply.ok) return showError(reply.error.message);
    password_->clear();  // not kept in memory longer than needed
    emit loggedIn(username, reply.body.value("user", Json::object()));
  });
}

}  // namespace concord::app
