#include "lead/review/side_by_side_model.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include "lead/review/review_value_text.h"

namespace concord::app {

SideBySideModel::SideBySideModel(QObject* parent) : QAbstractTableModel(parent) {}

void SideBySideModel::setCase(const ReviewCase& data, const AnnotationSchema& schema, AnnotationDocument* final) {
  beginResetModel();
  if (final_) disconnect(final_, nullptr, this, nullptr);
  case_ = data;
  schema_ = schema;
  final_ = final;
  endResetModel();
  if (final_) {
    connect(final_, &AnnotationDocument::fieldChanged, this, [this](const QString& id) {
      for (int row = 0; row < rowCount(); ++row) {
        if (QString::fromStdString(fieldAt(row)->id) == id) emit dataChanged(index(row, finalColumn()), index(row, finalColumn()));
      }
    });
  }
}

void SideBySideModel::clear() {
  beginResetModel();
  if (final_) disconnect(final_, nullptr, this, nullptr);
  case_ = ReviewCase();
  schema_.reset();
  final_ = nullptr;
  endResetModel();
}

int SideBySideModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() || !schema_ ? 0 : static_cast<int>(schema_->fields().size());
}

int SideBySideModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() || !schema_ ? 0 : finalColumn() + 1;
}

const FieldSpec* SideBySideModel::fieldAt(int row) const {
  if (!schema_ || row < 0 || row >= rowCount()) return nullptr;
  return &schema_->fields()[static_cast<std::size_t>(row)];
}

Json SideBySideModel::annotatorValue(int row, int column) const {
  const FieldSpec* field = fieldAt(row);
  if (!field || !isAnnotatorColumn(column)) return Json();
  const Json& payload = case_.annotations[column].sourcePayload;
  return payload.is_object() && payload.contains(field->id) ? payload[field->id] : Json();
}

Json SideBySideModel::cellValue(int row, int column) const {
  if (column == finalColumn()) {
    const FieldSpec* field = fieldAt(row);
    return final_ && field ? final_->value(field->id) : Json();
  }
  return annotatorValue(row, column);
}

QVariant SideBySideModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const FieldSpec* field = fieldAt(index.row());
  const bool disagrees = case_.disagrees(field->id);
  switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: return reviewValueText(*field, cellValue(index.row(), index.column()), case_);
    case Qt::BackgroundRole:
      // Amber marks what the lead must decide; the final column stays plain so it reads as the answer.
      return disagrees && index.column() != finalColumn() ? QVariant(QBrush(QColor(255, 236, 179))) : QVariant();
    case Qt::FontRole: {
      if (index.column() != finalColumn()) return {};
      QFont bold;
      bold.setBold(true);
      return bold;
    }
    case DisagreesRole: return disagrees;
    case FieldIdRole: return QString::fromStdString(field->id);
    case ValueRole: return QString::fromStdString(cellValue(index.row(), index.column()).dump());
    default: return {};
  }
}

QVariant SideBySideModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation == Qt::Horizontal) {
    if (role != Qt::DisplayRole || section < 0 || section > finalColumn()) return QAbstractTableModel::headerData(section, orientation, role);
    return section == finalColumn() ? tr("Final answer") : case_.annotations[section].displayName();
  }
  const FieldSpec* field = fieldAt(section);
  if (!field) return QAbstractTableModel::headerData(section, orientation, role);
  const QString label = QString::fromStdString(field->label.empty() ? field->id : field->label);
  switch (role) {
    case Qt::DisplayRole: return case_.disagrees(field->id) ? tr("≠ %1").arg(label) : label;
    case Qt::ToolTipRole:
      return case_.disagrees(field->id) ? tr("The annotators disagree on %1: choose the final answer.").arg(label) : QVariant();
    case Qt::FontRole: {
      QFont font;
      font.setBold(case_.disagrees(field->id));
      return font;
    }
    default: return QAbstractTableModel::headerData(section, orientation, role);
  }
}

}  // namespace concord::app
