#include "lead/exports/export_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace concord::app {

ExportForm::ExportForm(QWidget* parent) : QWidget(parent) {
  task_ = new QComboBox;
  task_->setObjectName(QStringLiteral("exportTask"));
  for (const QString& task : exportTasks()) task_->addItem(task, task);

  field_ = new QComboBox;
  field_->setObjectName(QStringLiteral("exportField"));

  split_ = new QLineEdit(ExportRequest().split);
  split_->setObjectName(QStringLiteral("exportSplit"));
  split_->setToolTip(tr("Shares of patients per split; they must add up to 1."));

  seed_ = new QSpinBox;
  seed_->setObjectName(QStringLiteral("exportSeed"));
  seed_->setRange(0, 1'000'000'000);
  seed_->setToolTip(tr("The same seed and data give the same splits and the same files."));

  compression_ = new QComboBox;
  compression_->setObjectName(QStringLiteral("exportCompression"));
  compression_->addItem(tr("zstd"), QStringLiteral("zstd"));
  compression_->addItem(tr("gzip"), QStringLiteral("gzip"));
  compression_->addItem(tr("none"), QStringLiteral("none"));

  shardRecords_ = new QSpinBox;
  shardRecords_->setObjectName(QStringLiteral("exportShardRecords"));
  shardRecords_->setRange(0, 100'000'000);
  shardRecords_->setSpecialValueText(tr("by size (256 MiB)"));

  minAgreement_ = new QDoubleSpinBox;
  minAgreement_->setObjectName(QStringLiteral("exportMinAgreement"));
  minAgreement_->setRange(0.0, 1.0);
  minAgreement_->setSingleStep(0.05);
  minAgreement_->setDecimals(2);
  minAgreement_->setSpecialValueText(tr("any"));

  adjudicatedOnly_ = new QCheckBox(tr("Ad&judicated cases only"));
  adjudicatedOnly_->setObjectName(QStringLiteral("exportAdjudicatedOnly"));
  includeGold_ = new QCheckBox(tr("Include &gold cases"));
  includeGold_->setObjectName(QStringLiteral("exportIncludeGold"));

  specialty_ = new QLineEdit;
  specialty_->setObjectName(QStringLiteral("exportSpecialty"));
  specialty_->setPlaceholderText(tr("every specialty"));

  auto* form = new QFormLayout(this);
  form->setContentsMargins(0, 0, 0, 0);
  form->addRow(tr("&Task:"), task_);
  form->addRow(tr("&Field:"), field_);
  form->addRow(tr("S&plit:"), split_);
  form->addRow(tr("S&eed:"), seed_);
  form->addRow(tr("&Compression:"), compression_);
  form->addRow(tr("&Records per shard:"), shardRecords_);
  form->addRow(tr("&Minimum agreement:"), minAgreement_);
  form->addRow(tr("Specialt&y:"), specialty_);
  form->addRow(adjudicatedOnly_);
  form->addRow(includeGold_);

  connect(task_, &QComboBox::currentIndexChanged, this, [this] {
    refillFields();
    // Tar shards are written uncompressed, so the choice does not apply to multimodal.
    compression_->setEnabled(task_->currentData().toString() != QLatin1String("multimodal"));
  });
  refillFields();
}

void ExportForm::setSchema(const Json& schema) {
  schema_ = schema;
  refillFields();
}

void ExportForm::refillFields() {
  const QString previous = field_->currentData().toString();
  field_->clear();
  const auto fields = exportableFields(schema_, task_->currentData().toString());
  for (const auto& f : fields) field_->addItem(f.label == f.id ? f.id : QStringLiteral("%1 (%2)").arg(f.label, f.id), f.id);
  if (fields.isEmpty()) field_->addItem(tr("(no field of this kind in the schema)"), QString());
  const int keep = field_->findData(previous);
  if (keep >= 0) field_->setCurrentIndex(keep);
}

ExportRequest ExportForm::request() const {
  ExportRequest r;
  r.task = task_->currentData().toString();
  r.field = field_->currentData().toString();
  r.split = split_->text();
  r.seed = static_cast<quint64>(seed_->value());
  r.compression = compression_->currentData().toString();
  r.shardRecords = static_cast<quint64>(shardRecords_->value());
  r.minAgreement = minAgreement_->value();
  r.adjudicatedOnly = adjudicatedOnly_->isChecked();
  r.includeGold = includeGold_->isChecked();
  r.specialty = specialty_->text();
  return r;
}

}  // namespace concord::app
