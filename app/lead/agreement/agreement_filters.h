#pragma once
// The dashboard's question: which field, and which annotations (specialty, annotators, the days
// they were submitted), with how many bootstrap resamples and which seed for the interval.
#include <QStringList>
#include <QWidget>
#include <vector>

#include "lead/agreement/agreement_request.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStringListModel;

namespace concord::app {

class AgreementFilters : public QWidget {
  Q_OBJECT
 public:
  explicit AgreementFilters(QWidget* parent = nullptr);

  /// Offers these fields; keeps the chosen one when it is still there, else the first.
  void setFields(const std::vector<AgreementField>& fields);
  /// Specialties seen in the figures, offered as completions of the specialty filter.
  void setKnownSpecialties(const QStringList& specialties);
  /// Another project: the specialties seen so far were its own.
  void forgetKnownSpecialties();
  /// The request for `project` with the current choices.
  AgreementRequest request(const QString& project) const;
  bool hasField() const;
  /// Both dates back to "any date".
  void clearDates();

  QComboBox* fieldPicker() const { return field_; }

 signals:
  /// Another field was chosen: worth asking at once.
  void fieldChanged();
  /// A filter changed (perhaps mid-typing): worth asking once the user pauses.
  void filtersChanged();
  /// Refresh was pressed.
  void refreshRequested();

 private:
  QComboBox* field_;
  QLineEdit* specialty_;
  QStringListModel* specialties_;
  QLineEdit* annotators_;
  QDateEdit* from_;
  QDateEdit* to_;
  QPushButton* anyDate_;
  QSpinBox* bootstrap_;
  QSpinBox* seed_;
  QPushButton* refresh_;
};

}  // namespace concord::app
