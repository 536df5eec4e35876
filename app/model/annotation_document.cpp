#include "model/annotation_document.h"

#include <QUndoCommand>

namespace concord::app {

namespace {

class SetFieldCommand : public QUndoCommand {
 public:
  SetFieldCommand(AnnotationDocument* doc, std::string fieldId, Json before, Json after, const QString& text,
                  int mergeKey)
      : QUndoCommand(text), doc_(doc), fieldId_(std::move(fieldId)), before_(std::move(before)),
        after_(std::move(after)), mergeKey_(mergeKey) {}
  void undo() override { doc_->applyValue(fieldId_, before_); }
  void redo() override { doc_->applyValue(fieldId_, after_); }
  int id() const override { return mergeKey_ == 0 ? -1 : mergeKey_; }
  bool mergeWith(const QUndoCommand* other) override {
    auto* o = static_cast<const SetFieldCommand*>(other);
    if (o->fieldId_ != fieldId_) return false;
    after_ = o->after_;
    return true;
  }

 private:
  AnnotationDocument* doc_;
  std::string fieldId_;
  Json before_, after_;
  int mergeKey_;
};

class SetFlagCommand : public QUndoCommand {
 public:
  SetFlagCommand(AnnotationDocument* doc, bool flag)
      : QUndoCommand(flag ? QObject::tr("Flag contains PHI") : QObject::tr("Clear PHI flag")), doc_(doc), flag_(flag) {}
  void undo() override { doc_->applyFlagPhi(!flag_); }
  void redo() override { doc_->applyFlagPhi(flag_); }

 private:
  AnnotationDocument* doc_;
  bool flag_;
};

}  // namespace

AnnotationDocument::AnnotationDocument(AnnotationSchema schema, ValidationContext context, Json payload,
                                       QObject* parent)
    : QObject(parent), schema_(std::move(schema)), context_(std::move(context)),
      payload_(payload.is_object() ? std::move(payload) : Json::object()) {}

Json AnnotationDocument::value(const std::string& fieldId) const {
  auto it = payload_.find(fieldId);
  return it == payload_.end() ? Json() : *it;
}

void AnnotationDocument::edit(const std::string& fieldId, Json newValue, const QString& description, int mergeKey) {
  Json before = value(fieldId);
  if (before == newValue) return;  // no-op edits would only clutter the history
  undo_.push(new SetFieldCommand(this, fieldId, std::move(before), std::move(newValue), description, mergeKey));
}

void AnnotationDocument::setFlagPhi(bool flag) {
  if (flag == flagPhi_) return;
  undo_.push(new SetFlagCommand(this, flag));
}

void AnnotationDocument::applyValue(const std::string& fieldId, const Json& newValue) {
  if (newValue.is_null()) {
    payload_.erase(fieldId);
  } else {
    payload_[fieldId] = newValue;
  }
  emit fieldChanged(QString::fromStdString(fieldId));
  emit changed();
}

void AnnotationDocument::applyFlagPhi(bool flag) {
  flagPhi_ = flag;
  emit flagPhiChanged(flag);
  emit changed();
}

std::vector<FieldError> AnnotationDocument::validate(PayloadStage stage) const {
  return schema_.validate(payload_, context_, stage);
}

}  // namespace concord::app
