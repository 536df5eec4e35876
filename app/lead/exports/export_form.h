#pragma once
// The export options a data lead fills in, with the exporter's defaults; the field list follows
// the chosen task and the project's schema.
#include <QWidget>

#include "concord/core/json.h"
#include "lead/exports/export_request.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace concord::app {

class ExportForm : public QWidget {
  Q_OBJECT
 public:
  explicit ExportForm(QWidget* parent = nullptr);
  /// The project's annotation schema ({"fields": [...]}), for the field list.
  void setSchema(const Json& schema);
  ExportRequest request() const;

 private:
  void refillFields();

  Json schema_;
  QComboBox* task_;
  QComboBox* field_;
  QLineEdit* split_;
  QSpinBox* seed_;
  QComboBox* compression_;
  QSpinBox* shardRecords_;
  QDoubleSpinBox* minAgreement_;
  QCheckBox* adjudicatedOnly_;
  QCheckBox* includeGold_;
  QLineEdit* specialty_;
};

}  // namespace concord::app
