#include "lead/agreement/agreement_filters.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>

namespace concord::app {
namespace {

// A date edit's lowest date stands for "no bound": it shows as "any date".
const QDate kAnyDate(2000, 1, 1);

QDateEdit* dateEdit(const char* name) {
  auto* edit = new QDateEdit;
  edit->setObjectName(QString::fromLatin1(name));
  edit->setCalendarPopup(true);
  edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  edit->setMinimumDate(kAnyDate);
  edit->setSpecialValueText(AgreementFilters::tr("any date"));
  edit->setDate(kAnyDate);
  return edit;
}

QLabel* buddyLabel(const QString& text, QWidget* buddy) {
  auto* label = new QLabel(text);
  label->setBuddy(buddy);
  return label;
}

}  // namespace

AgreementFilters::AgreementFilters(QWidget* parent) : QWidget(parent) {
  field_ = new QComboBox;
  field_->setObjectName(QStringLiteral("agreementField"));
  field_->setMinimumContentsLength(18);
  field_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

  specialty_ = new QLineEdit;
  specialty_->setObjectName(QStringLiteral("agreementSpecialty"));
  specialty_->setPlaceholderText(tr("every specialty"));
  specialty_->setClearButtonEnabled(true);
  specialties_ = new QStringListModel(this);
  auto* completer = new QCompleter(specialties_, this);
  completer->setCaseSensitivity(Qt::CaseInsensitive);
  specialty_->setCompleter(completer);

  annotators_ = new QLineEdit;
  annotators_->setObjectName(QStringLiteral("agreementAnnotators"));
  annotators_->setPlaceholderText(tr("everyone"));
  annotators_->setToolTip(tr("Usernames or pseudonyms separated by commas"));
  annotators_->setClearButtonEnabled(true);

  from_ = dateEdit("agreementFrom");
  from_->setToolTip(tr("Only annotations submitted on or after this day (UTC)"));
  to_ = dateEdit("agreementTo");
  to_->setToolTip(tr("Only annotations submitted on or before this day (UTC)"));
  anyDate_ = new QPushButton(tr("&Clear dates"));
  anyDate_->setObjectName(QStringLiteral("agreementAnyDate"));
  anyDate_->setToolTip(tr("Count annotations whenever they were submitted"));

  bootstrap_ = new QSpinBox;
  bootstrap_->setObjectName(QStringLiteral("agreementBootstrap"));
  bootstrap_->setRange(0, 10000);
  bootstrap_->setSingleStep(500);
  bootstrap_->setValue(1000);
  bootstrap_->setSpecialValueText(tr("no interval"));
  bootstrap_->setToolTip(tr("Bootstrap resamples for the confidence interval of alpha"));
  seed_ = new QSpinBox;
  seed_->setObjectName(QStringLiteral("agreementSeed"));
  seed_->setRange(0, 1'000'000'000);
  seed_->setValue(1);
  seed_->setToolTip(tr("The same seed and data give the same interval on every refresh"));

  refresh_ = new QPushButton(tr("&Refresh"));
  refresh_->setObjectName(QStringLiteral("agreementRefresh"));
  refresh_->setToolTip(tr("Ask the server again (F5)"));

  auto* grid = new QGridLayout(this);
  grid->setContentsMargins(0, 0, 0, 0);
  grid->addWidget(buddyLabel(tr("&Field:"), field_), 0, 0);
  grid->addWidget(field_, 0, 1);
  grid->addWidget(buddyLabel(tr("Specialt&y:"), specialty_), 0, 2);
  grid->addWidget(specialty_, 0, 3);
  grid->addWidget(buddyLabel(tr("A&nnotators:"), annotators_), 0, 4);
  grid->addWidget(annotators_, 0, 5, 1, 2);
  grid->addWidget(buddyLabel(tr("Submitted fr&om:"), from_), 1, 0);
  grid->addWidget(from_, 1, 1);
  grid->addWidget(buddyLabel(tr("&to:"), to_), 1, 2);
  grid->addWidget(to_, 1, 3);
  grid->addWidget(anyDate_, 1, 4);
  auto* interval = new QHBoxLayout;
  interval->addWidget(buddyLabel(tr("&Bootstrap:"), bootstrap_));
  interval->addWidget(bootstrap_);
  interval->addWidget(buddyLabel(tr("S&eed:"), seed_));
  interval->addWidget(seed_);
  grid->addLayout(interval, 1, 5);
  grid->addWidget(refresh_, 1, 6);
  grid->setColumnStretch(1, 1);
  grid->setColumnStretch(3, 1);
  grid->setColumnStretch(5, 1);

  setTabOrder(field_, specialty_);
  setTabOrder(specialty_, annotators_);
  setTabOrder(annotators_, from_);
  setTabOrder(from_, to_);
  setTabOrder(to_, anyDate_);
  setTabOrder(anyDate_, bootstrap_);
  setTabOrder(bootstrap_, seed_);
  setTabOrder(seed_, refresh_);

  connect(field_, &QComboBox::currentIndexChanged, this, &AgreementFilters::fieldChanged);
  // Text filters apply when the user is done with them, not on every keystroke.
  connect(specialty_, &QLineEdit::editingFinished, this, &AgreementFilters::filtersChanged);
  connect(annotators_, &QLineEdit::editingFinished, this, &AgreementFilters::filtersChanged);
  for (auto* edit : {from_, to_}) connect(edit, &QDateEdit::dateChanged, this, &AgreementFilters::filtersChanged);
  for (auto* spin : {bootstrap_, seed_}) connect(spin, &QSpinBox::valueChanged, this, &AgreementFilters::filtersChanged);
  connect(anyDate_, &QPushButton::clicked, this, &AgreementFilters::clearDates);
  connect(refresh_, &QPushButton::clicked, this, &AgreementFilters::refreshRequested);
}

void AgreementFilters::setFields(const std::vector<AgreementField>& fields) {
  const QString previous = field_->currentData().toString();
  {
    const QSignalBlocker block(field_);
    field_->clear();
    for (const auto& f : fields) {
      field_->addItem(f.label == f.id ? f.id : QStringLiteral("%1 (%2)").arg(f.label, f.id), f.id);
      field_->setItemData(field_->count() - 1, f.kind, Qt::ToolTipRole);
    }
    const int keep = field_->findData(previous);
    field_->setCurrentIndex(keep >= 0 ? keep : (fields.empty() ? -1 : 0));
  }
}

void AgreementFilters::setKnownSpecialties(const QStringList& specialties) {
  QStringList merged = specialties_->stringList();
  for (const auto& s : specialties)
    if (!s.isEmpty() && !merged.contains(s)) merged << s;
  merged.sort(Qt::CaseInsensitive);
  specialties_->setStringList(merged);
}

void AgreementFilters::forgetKnownSpecialties() { specialties_->setStringList({}); }

bool AgreementFilters::hasField() const { return field_->currentIndex() >= 0; }

void AgreementFilters::clearDates() {
  {
    const QSignalBlocker blockFrom(from_), blockTo(to_);
    from_->setDate(kAnyDate);
    to_->setDate(kAnyDate);
  }
  emit filtersChanged();
}

AgreementRequest AgreementFilters::request(const QString& project) const {
  AgreementRequest r;
  r.project = project;
  r.field = field_->currentData().toString();
  r.specialty = specialty_->text().trimmed();
  r.annotators = annotators_->text().trimmed();
  if (from_->date() != kAnyDate) r.from = from_->date();
  if (to_->date() != kAnyDate) r.to = to_->date();
  r.bootstrap = bootstrap_->value();
  r.seed = static_cast<quint32>(seed_->value());
  return r;
}

}  // namespace concord::app
