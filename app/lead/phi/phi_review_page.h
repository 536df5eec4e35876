#pragma once
// Reviewing the cases quarantined for PHI (being written: see the lead console's plan in docs/app.md).
#include <QWidget>

#include "lead/lead_project.h"

namespace concord::app {

class ApiClient;

class PhiReviewPage : public QWidget {
  Q_OBJECT
 public:
  explicit PhiReviewPage(ApiClient* api, QWidget* parent = nullptr);
  /// The console chose another project: reload everything for it.
  void setProject(const LeadProject& project);

 private:
  ApiClient* api_;
  LeadProject project_;
};

}  // namespace concord::app
