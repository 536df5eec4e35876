#pragma once
// The side-by-side table of one case: a row per schema field, a column per annotator
// (username and pseudonym) and a last column with the lead's final answer as it stands. Values
// are in source order and readable (review_value_text.h); rows the annotators disagree on are
// highlighted and say so in their header.
#include <QAbstractTableModel>
#include <QPointer>
#include <optional>

#include "concord/schema/annotation_schema.h"
#include "lead/review/review_case.h"
#include "model/annotation_document.h"

namespace concord::app {

class SideBySideModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Role {
    DisagreesRole = Qt::UserRole + 1,  // bool: annotators disagree on this row's field
    FieldIdRole,                       // QString
    ValueRole,                         // the cell's Json value, dumped (source order)
  };

  explicit SideBySideModel(QObject* parent = nullptr);

  /// Shows `data`; `final` (may be null) is the lead's answer, watched for changes.
  void setCase(const ReviewCase& data, const AnnotationSchema& schema, AnnotationDocument* final);
  void clear();

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  /// The column of the final answer (after every annotator).
  int finalColumn() const { return static_cast<int>(case_.annotations.size()); }
  bool isAnnotatorColumn(int column) const { return column >= 0 && column < finalColumn(); }
  const FieldSpec* fieldAt(int row) const;
  /// Annotator `column`'s value of row's field in source order (null when none).
  Json annotatorValue(int row, int column) const;

 private:
  Json cellValue(int row, int column) const;

  ReviewCase case_;
  std::optional<AnnotationSchema> schema_;
  QPointer<AnnotationDocument> final_;
};

}  // namespace concord::app
