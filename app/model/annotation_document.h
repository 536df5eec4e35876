#pragma once
// The annotation being written for one case: the payload (keyed by field id), the "contains PHI"
// flag, and the undo history. Every edit goes through edit()/setFlagPhi(), which push a
// QUndoCommand; editors never change the payload directly, they observe fieldChanged().
#include <QObject>
#include <QString>
#include <QUndoStack>
#include <string>
#include <vector>

#include "concord/core/json.h"
#include "concord/schema/annotation_schema.h"

namespace concord::app {

class AnnotationDocument : public QObject {
  Q_OBJECT
 public:
  AnnotationDocument(AnnotationSchema schema, ValidationContext context, Json payload, QObject* parent = nullptr);

  const AnnotationSchema& schema() const { return schema_; }
  const ValidationContext& context() const { return context_; }
  const Json& payload() const { return payload_; }
  /// The field's value, or null when the field has no answer.
  Json value(const std::string& fieldId) const;
  bool flagPhi() const { return flagPhi_; }

  /// Sets a field (null removes the answer) as one undoable step. `mergeKey` != 0 merges
  /// consecutive edits with the same key into one step (typing in a text box).
  void edit(const std::string& fieldId, Json value, const QString& description, int mergeKey = 0);
  void setFlagPhi(bool flag);

  std::vector<FieldError> validate(PayloadStage stage) const;
  QUndoStack* undoStack() { return &undo_; }
  /// True when there are edits since the last save (markSaved()).
  bool modified() const { return !undo_.isClean(); }
  void markSaved() { undo_.setClean(); }

  // Used by the undo commands only: change state and notify, without recording history.
  void applyValue(const std::string& fieldId, const Json& value);
  void applyFlagPhi(bool flag);

 signals:
  void fieldChanged(const QString& fieldId);
  void flagPhiChanged(bool flag);
  /// Any change to the payload or flag.
  void changed();

 private:
  AnnotationSchema schema_;
  ValidationContext context_;
  Json payload_;
  bool flagPhi_ = false;
  QUndoStack undo_;
};

}  // namespace concord::app
