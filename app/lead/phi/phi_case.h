#pragma once
// One quarantined case as the PHI review page shows it, parsed from an item of
// GET /projects/{slug}/quarantine and kept apart from the widgets so it can be tested alone.
// The texts a finding may point into (the note, conversation messages and responses, rubric
// criteria) are laid out one after another in a single read-only document; each finding with
// offsets gets its UTF-16 range in that document, so the view can highlight and select it.
#include <QString>
#include <QStringList>
#include <vector>

#include "concord/core/json.h"

namespace concord::app {

struct PhiFinding {
  qint64 id = 0;
  QString source;    // import | clinician_flag | export_scan
  QString field;     // note_text, conversation/messages/0/content, annotations/<pseudonym>, messages/0, case …
  int start = -1;    // code points into the field's text; -1 when the server sent null
  int end = -1;
  QString category;  // name, phone, date … ("flagged" for a clinician's flag)
  QString status;

  bool hasOffsets() const { return start >= 0 && end >= start; }
};

/// One text of the case inside the shown document.
struct PhiSection {
  QString field;  // as findings name it
  QString title;  // what the lead reads above it
  QString text;
  int documentStart = 0;  // UTF-16 position of the text in PhiCase::document
};

/// Where a finding is in the document (UTF-16, [start, end)), or start < 0 when it is not shown.
struct PhiLocation {
  int start = -1;
  int end = -1;
  bool shown() const { return start >= 0; }
};

struct PhiCase {
  qint64 caseId = 0;
  QString externalId;
  QString quarantinedAt;  // as the server wrote it (ISO 8601)
  std::vector<PhiFinding> findings;
  std::vector<PhiSection> sections;
  QString document;  // every section, titled when there is more than one

  static PhiCase fromJson(const Json& item);

  /// Distinct sources in the lead's words ("import, export scan"), in a fixed order.
  QString sourcesText() const;
  /// Distinct categories, sorted ("name, phone").
  QString categoriesText() const;
  /// The document range of finding `i`.
  PhiLocation location(std::size_t i) const;
  /// The text the finding covers, or a sentence saying where it was found when it has no offsets.
  QString matchedText(std::size_t i) const;
};

/// "import" → "import", "clinician_flag" → "clinician flag", "export_scan" → "export scan".
QString phiSourceLabel(const QString& source);
/// A field path in the lead's words: "note_text" → "note", "conversation/messages/0/content" →
/// "conversation message 1"; unknown paths are shown as they are.
QString phiFieldLabel(const QString& field);

}  // namespace concord::app
