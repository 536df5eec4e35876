// Unit tests of AnnotationSchema::validate: every field kind valid and invalid, drafts versus
// submissions, a table of bad payloads with the exact error path, unicode and invalid UTF-8.
#include <QtTest>

#include "concord/schema/annotation_schema.h"
#include "schema_fixtures.h"

using namespace concord;
using test::hasError;

namespace {

const AnnotationSchema& schema() {
  static const AnnotationSchema parsed = AnnotationSchema::parse(test::allKindsSchemaDocument());
  return parsed;
}

std::vector<FieldError> validate(const Json& payload, PayloadStage stage = PayloadStage::Submitted) {
  return schema().validate(payload, test::allKindsContext(), stage);
}

// The valid payload with some top-level fields replaced.
Json patched(const Json& patch) {
  Json payload = test::allKindsValidPayload();
  payload.update(patch);
  return payload;
}

// Errors must reach people through JSON, so paths and messages must always serialise.
bool serialisable(const std::vector<FieldError>& errors) {
  try {
    for (const auto& e : errors) (void)Json({{"path", e.path}, {"message", e.message}}).dump();
    return true;
  } catch (const Json::exception&) {
    return false;
  }
}

}  // namespace

class PayloadValidationTest : public QObject {
  Q_OBJECT
 private slots:
  void validPayloadPasses() {
    const auto errors = validate(test::allKindsValidPayload());
    QVERIFY2(errors.empty(), qPrintable(test::describe(errors)));
    QVERIFY(validate(test::allKindsValidPayload(), PayloadStage::Draft).empty());
  }

  void optionalFieldsMayBeOmitted() {
    const Json payload = {{"triage", "routine"}};
    QVERIFY2(validate(payload).empty(), qPrintable(test::describe(validate(payload))));
  }

  void acceptsEdgeValues() {
    const Json payload = patched(Json::parse(R"({
      "dose_mg": 1000.0, "severity": 3.0,
      "entities": [{"start": 0, "end": 40, "label": "drug"}, {"start": 0, "end": 40, "label": "dose"},
                   {"start": 39, "end": 40, "label": "drug"}],
      "pref": {"choice": "tie"},
      "rubric": [{"criterion": "x", "points": -10, "tags": []}, {"criterion": "y", "points": 10}],
      "grading": [{"criterion_id": "c2", "met": false}, {"criterion_id": "c1", "met": true}]
    })"));
    // Nested different labels are fine; [0,40) and [39,40) of one label overlap, so drop that.
    Json fine = payload;
    fine["entities"].erase(2);
    QVERIFY2(validate(fine).empty(), qPrintable(test::describe(validate(fine))));
    QVERIFY(hasError(validate(payload), "/entities/2", "overlaps span 0"));
  }

  void adjacentSpansDoNotOverlap() {
    const Json payload = patched(Json::parse(R"({"entities": [
      {"start": 0, "end": 5, "label": "drug"}, {"start": 5, "end": 9, "label": "drug"}]})"));
    QVERIFY(validate(payload).empty());
  }

  void requiredFieldMissingOnlyMattersOnSubmission() {
    Json payload = test::allKindsValidPayload();
    payload.erase("triage");
    const auto errors = validate(payload);
    QCOMPARE(errors.size(), std::size_t(1));
    QCOMPARE(errors[0].path, std::string("/triage"));
    QVERIFY(errors[0].message.find("\"Triage\" has no answer") != std::string::npos);
    QVERIFY(validate(payload, PayloadStage::Draft).empty());
  }

  void draftsMayBeIncomplete() {
    const Json draft = Json::parse(R"({
      "findings": [],
      "summary": "ab",
      "pref": {"choice": "B"},
      "rubric": [{"criterion": "  ", "points": 2}],
      "grading": [{"criterion_id": "c2", "met": true}]
    })");
    const auto draftErrors = validate(draft, PayloadStage::Draft);
    QVERIFY2(draftErrors.empty(), qPrintable(test::describe(draftErrors)));
    const auto submitted = validate(draft);
    QVERIFY(hasError(submitted, "/triage", "is required"));
    QVERIFY(hasError(submitted, "/findings", "at least 1 selections"));
    QVERIFY(hasError(submitted, "/summary", "at least 5"));
    QVERIFY(hasError(submitted, "/pref/strength", "is required"));
    QVERIFY(hasError(submitted, "/rubric/0/criterion", "must not be empty"));
    QVERIFY(hasError(submitted, "/grading", "\"c1\" is not graded"));
    QCOMPARE(submitted.size(), std::size_t(6));
    QVERIFY(validate(Json::object(), PayloadStage::Draft).empty());
  }

  void draftsStillCheckTypes() {
    const auto errors = validate(Json::parse(R"({"triage": 3, "dose_mg": "x"})"), PayloadStage::Draft);
    QCOMPARE(errors.size(), std::size_t(2));
    QVERIFY(hasError(errors, "/triage", "must be option"));
    QVERIFY(hasError(errors, "/dose_mg", "must be a number"));
  }

  void reportsEveryError() {
    const Json payload = patched(Json::parse(R"({
      "triage": "soon", "severity": 9, "entities": [{"start": 5, "end": 2, "label": "x"}], "extra": 1})"));
    const auto errors = validate(payload);
    QCOMPARE(errors.size(), std::size_t(5));
    QVERIFY(hasError(errors, "/entities/0/end", "greater than start"));
    QVERIFY(hasError(errors, "/entities/0/label", "not a known span label"));
    QVERIFY(hasError(errors, "/extra", "unknown field"));
  }

  void badPayloads_data() {
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<bool>("draft");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fragment");
    auto row = [](const char* name, const char* patch, const char* path, const char* fragment, bool draft = false) {
      QTest::newRow(name) << QByteArray(patch) << draft << QString(path) << QString(fragment);
    };
    // envelope
    row("unknown field", R"({"extra": 1})", "/extra", "unknown field \"extra\"");
    row("pointer escaping", R"({"a/b~c": 1})", "/a~1b~0c", "unknown field");
    row("null answer", R"({"triage": null})", "/triage", "null is not an answer");
    // single_choice
    row("choice not option", R"({"triage": "soon"})", "/triage", "\"soon\" is not a known option");
    row("choice number", R"({"triage": 1})", "/triage", "must be option");
    row("choice list", R"({"triage": ["urgent"]})", "/triage", "not a list");
    row("choice case matters", R"({"triage": "Urgent"})", "/triage", "not a known option");
    // multi_choice
    row("multi not list", R"({"findings": "a"})", "/findings", "must be a list of options");
    row("multi unknown", R"({"findings": ["a", "z"]})", "/findings/1", "\"z\" is not a known option");
    row("multi non-string", R"({"findings": ["a", 2]})", "/findings/1", "must be option");
    row("multi duplicate", R"({"findings": ["a", "a"]})", "/findings/1", "selected twice (also entry 0)");
    row("multi too many", R"({"findings": ["a", "b", "c"]})", "/findings", "at most 2 selections");
    row("multi too few", R"({"findings": []})", "/findings", "at least 1 selections");
    row("multi too many draft", R"({"findings": ["a", "b", "c"]})", "/findings", "at most 2", true);
    // ordinal
    row("ordinal not level", R"({"severity": 2.5})", "/severity", "2.5 is not a level of this scale (levels: 1, 2, 3)");
    row("ordinal string", R"({"severity": "2"})", "/severity", "must be one of the scale levels");
    row("ordinal bool", R"({"severity": true})", "/severity", "not true or false");
    // number
    row("number string", R"({"dose_mg": "75"})", "/dose_mg", "must be a number, not a string");
    row("number fraction", R"({"dose_mg": 7.5})", "/dose_mg", "must be a whole number, not 7.5");
    row("number below", R"({"dose_mg": -1})", "/dose_mg", "at least 0");
    row("number above", R"({"dose_mg": 1001})", "/dose_mg", "at most 1000");
    row("number bool", R"({"dose_mg": false})", "/dose_mg", "must be a number");
    // spans
    row("spans not list", R"({"entities": {}})", "/entities", "must be a list of spans");
    row("span not object", R"({"entities": [5]})", "/entities/0", "a span must be an object");
    row("span unknown key", R"({"entities": [{"start": 0, "end": 1, "label": "drug", "text": "A"}]})",
        "/entities/0/text", "unknown key \"text\" in a span");
    row("span missing end", R"({"entities": [{"start": 0, "label": "drug"}]})", "/entities/0/end", "is required");
    row("span missing label", R"({"entities": [{"start": 0, "end": 2}]})", "/entities/0/label", "is required");
    row("span negative start", R"({"entities": [{"start": -1, "end": 2, "label": "drug"}]})", "/entities/0/start",
        "must not be negative");
    row("span fractional start", R"({"entities": [{"start": 1.5, "end": 2, "label": "drug"}]})", "/entities/0/start",
        "whole number");
    row("span string end", R"({"entities": [{"start": 1, "end": "2", "label": "drug"}]})", "/entities/0/end",
        "whole number");
    row("span empty", R"({"entities": [{"start": 3, "end": 3, "label": "drug"}]})", "/entities/0/end",
        "greater than start (3)");
    row("span reversed", R"({"entities": [{"start": 5, "end": 3, "label": "drug"}]})", "/entities/0/end",
        "greater than start");
    row("span past note", R"({"entities": [{"start": 1, "end": 41, "label": "drug"}]})", "/entities/0/end",
        "past the end of the note, which is 40 characters long");
    row("span start past note", R"({"entities": [{"start": 41, "end": 42, "label": "drug"}]})", "/entities/0/start",
        "past the end");
    row("span unknown label", R"({"entities": [{"start": 0, "end": 2, "label": "disease"}]})", "/entities/0/label",
        "\"disease\" is not a known span label");
    row("span third entry", R"({"entities": [{"start": 0, "end": 5, "label": "drug"},
        {"start": 6, "end": 8, "label": "dose"}, {"start": 9, "end": 100, "label": "drug"}]})", "/entities/2/end",
        "past the end");
    row("span duplicate", R"({"entities": [{"start": 0, "end": 5, "label": "drug"},
        {"start": 0, "end": 5, "label": "drug"}]})", "/entities/1", "duplicates span 0 with the same label \"drug\"");
    row("span overlap", R"({"entities": [{"start": 3, "end": 8, "label": "drug"},
        {"start": 0, "end": 5, "label": "drug"}]})", "/entities/0", "overlaps span 1");
    // regions
    row("regions not list", R"({"lesions": 1})", "/lesions", "must be a list of regions");
    row("region not object", R"({"lesions": ["rect"]})", "/lesions/0", "a region must be an object");
    row("region image out of range", R"({"lesions": [{"image": 2, "label": "lesion", "shape": "rect",
        "x": 0, "y": 0, "w": 1, "h": 1}]})", "/lesions/0/image", "image 2 does not exist: the case has 2 images");
    row("region image negative", R"({"lesions": [{"image": -1, "label": "lesion", "shape": "rect",
        "x": 0, "y": 0, "w": 1, "h": 1}]})", "/lesions/0/image", "does not exist");
    row("region image string", R"({"lesions": [{"image": "0", "label": "lesion", "shape": "rect",
        "x": 0, "y": 0, "w": 1, "h": 1}]})", "/lesions/0/image", "whole number");
    row("region zero width", R"({"lesions": [{"image": 0, "label": "lesion", "shape": "rect",
        "x": 0, "y": 0, "w": 0, "h": 1}]})", "/lesions/0/w", "greater than 0, not 0");
    row("region negative height", R"({"lesions": [{"image": 0, "label": "lesion", "shape": "rect",
        "x": 0, "y": 0, "w": 1, "h": -2.5}]})", "/lesions/0/h", "greater than 0, not -2.5");
    row("region x string", R"({"lesions": [{"image": 0, "label": "lesion", "shape": "rect",
        "x": "0", "y": 0, "w": 1, "h": 1}]})", "/lesions/0/x", "must be a number");
    row("region missing y", R"({"lesions": [{"image": 0, "label": "lesion", "shape": "rect",
        "x": 0, "w": 1, "h": 1}]})", "/lesions/0/y", "is required");
    row("region rect with points", R"({"lesions": [{"image": 0, "label": "lesion", "shape": "rect",
        "x": 0, "y": 0, "w": 1, "h": 1, "points": []}]})", "/lesions/0/points", "unknown key \"points\" in a rect");
    row("region unknown shape", R"({"lesions": [{"image": 0, "label": "lesion", "shape": "circle"}]})",
        "/lesions/0/shape", "shape \"circle\" is not allowed here");
    row("region shape missing", R"({"lesions": [{"image": 0, "label": "lesion"}]})", "/lesions/0/shape",
        "is required");
    row("region unknown label", R"({"lesions": [{"image": 0, "label": "mass", "shape": "rect",
        "x": 0, "y": 0, "w": 1, "h": 1}]})", "/lesions/0/label", "\"mass\" is not a known region label");
    row("polygon two points", R"({"lesions": [{"image": 0, "label": "lesion", "shape": "polygon",
        "points": [[0, 0], [1, 1]]}]})", "/lesions/0/points", "at least 3 points, got 2");
    row("polygon bad point", R"({"lesions": [{"image": 0, "label": "lesion", "shape": "polygon",
        "points": [[0, 0], [1, 1, 1], [2, 0]]}]})", "/lesions/0/points/1", "[x, y]");
    row("polygon string coordinate", R"({"lesions": [{"image": 0, "label": "lesion", "shape": "polygon",
        "points": [[0, 0], [1, 1], [2, "0"]]}]})", "/lesions/0/points/2/1", "must be a number");
    row("polygon with w", R"({"lesions": [{"image": 0, "label": "lesion", "shape": "polygon", "w": 3,
        "points": [[0, 0], [1, 1], [2, 0]]}]})", "/lesions/0/w", "unknown key");
    row("polygon points missing", R"({"lesions": [{"image": 0, "label": "lesion", "shape": "polygon"}]})",
        "/lesions/0/points", "is required");
    // free_text
    row("text number", R"({"summary": 5})", "/summary", "must be text");
    row("text too long", R"({"summary": "123456789012345678901234567890123456789012345678901"})", "/summary",
        "51 characters long; at most 50");
    row("text too short", R"({"summary": "abcd"})", "/summary", "4 characters long; at least 5");
    // preference
    row("preference not object", R"({"pref": "A"})", "/pref", "a preference must be an object");
    row("preference bad choice", R"({"pref": {"choice": "C", "strength": 1}})", "/pref/choice",
        "must be \"A\", \"B\" or \"tie\", not \"C\"");
    row("preference lowercase", R"({"pref": {"choice": "a", "strength": 1}})", "/pref/choice", "must be \"A\"");
    row("preference missing choice", R"({"pref": {"strength": 1}})", "/pref/choice", "is required");
    row("preference strength high", R"({"pref": {"choice": "A", "strength": 4}})", "/pref/strength",
        "from 1 to 3, not 4");
    row("preference strength zero", R"({"pref": {"choice": "B", "strength": 0}})", "/pref/strength", "from 1 to 3");
    row("preference strength string", R"({"pref": {"choice": "B", "strength": "2"}})", "/pref/strength",
        "whole number");
    row("preference strength missing", R"({"pref": {"choice": "B"}})", "/pref/strength", "is required");
    row("preference tie strength", R"({"pref": {"choice": "tie", "strength": 2}})", "/pref/strength",
        "a tie has no strength");
    row("preference unknown key", R"({"pref": {"choice": "A", "strength": 1, "why": "x"}})", "/pref/why",
        "unknown key");
    // rubric_authoring
    row("rubric not list", R"({"rubric": {}})", "/rubric", "must be a list of criteria");
    row("rubric too many", R"({"rubric": [{"criterion": "a", "points": 1}, {"criterion": "b", "points": 1},
        {"criterion": "c", "points": 1}, {"criterion": "d", "points": 1}]})", "/rubric", "at most 3 criteria");
    row("rubric too few", R"({"rubric": []})", "/rubric", "at least 1 criteria");
    row("rubric entry not object", R"({"rubric": ["x"]})", "/rubric/0", "a criterion must be an object");
    row("rubric empty text", R"({"rubric": [{"criterion": "", "points": 1}]})", "/rubric/0/criterion",
        "must not be empty");
    row("rubric text number", R"({"rubric": [{"criterion": 5, "points": 1}]})", "/rubric/0/criterion",
        "must be text");
    row("rubric missing points", R"({"rubric": [{"criterion": "a"}]})", "/rubric/0/points", "is required");
    row("rubric zero points", R"({"rubric": [{"criterion": "a", "points": 0}]})", "/rubric/0/points",
        "must not be 0");
    row("rubric points high", R"({"rubric": [{"criterion": "a", "points": 11}]})", "/rubric/0/points",
        "from -10 to 10, not 11");
    row("rubric points low", R"({"rubric": [{"criterion": "a", "points": -11}]})", "/rubric/0/points",
        "from -10 to 10");
    row("rubric points fraction", R"({"rubric": [{"criterion": "a", "points": 2.5}]})", "/rubric/0/points",
        "whole number, not 2.5");
    row("rubric unknown axis", R"({"rubric": [{"criterion": "a", "points": 1, "tags": ["axis:tone"]}]})",
        "/rubric/0/tags/0", "\"axis:tone\" is not one of this field's axes");
    row("rubric duplicate tag", R"({"rubric": [{"criterion": "a", "points": 1,
        "tags": ["axis:accuracy", "axis:accuracy"]}]})", "/rubric/0/tags/1", "given twice");
    row("rubric tags not list", R"({"rubric": [{"criterion": "a", "points": 1, "tags": "axis:accuracy"}]})",
        "/rubric/0/tags", "must be a list of tags");
    row("rubric tag number", R"({"rubric": [{"criterion": "a", "points": 1, "tags": [1]}]})", "/rubric/0/tags/0",
        "non-empty string");
    row("rubric repeated criterion", R"({"rubric": [{"criterion": "Same", "points": 1},
        {"criterion": " Same ", "points": 2}]})", "/rubric/1/criterion", "repeats criterion 0");
    row("rubric unknown key", R"({"rubric": [{"criterion": "a", "points": 1, "weight": 2}]})", "/rubric/0/weight",
        "unknown key");
    // rubric_grading
    row("grading not list", R"({"grading": {"c1": true}})", "/grading", "must be a list");
    row("grading unknown id", R"({"grading": [{"criterion_id": "c1", "met": true},
        {"criterion_id": "c2", "met": true}, {"criterion_id": "c9", "met": true}]})", "/grading/2/criterion_id",
        "\"c9\" is not a criterion of this case");
    row("grading duplicate", R"({"grading": [{"criterion_id": "c1", "met": true},
        {"criterion_id": "c2", "met": true}, {"criterion_id": "c1", "met": false}]})", "/grading/2/criterion_id",
        "graded twice (also entry 0)");
    row("grading met string", R"({"grading": [{"criterion_id": "c1", "met": "yes"},
        {"criterion_id": "c2", "met": true}]})", "/grading/0/met", "true or false");
    row("grading met missing", R"({"grading": [{"criterion_id": "c1"}, {"criterion_id": "c2", "met": true}]})",
        "/grading/0/met", "is required");
    row("grading id number", R"({"grading": [{"criterion_id": 1, "met": true}]})", "/grading/0/criterion_id",
        "must be a string");
    row("grading incomplete", R"({"grading": [{"criterion_id": "c1", "met": true}]})", "/grading",
        "criterion \"c2\" is not graded");
    row("grading unknown key", R"({"grading": [{"criterion_id": "c1", "met": true, "note": ""},
        {"criterion_id": "c2", "met": true}]})", "/grading/0/note", "unknown key");
    row("grading unknown id draft", R"({"grading": [{"criterion_id": "c9", "met": true}]})",
        "/grading/0/criterion_id", "not a criterion", true);
  }
  void badPayloads() {
    QFETCH(QByteArray, patch);
    QFETCH(bool, draft);
    QFETCH(QString, path);
    QFETCH(QString, fragment);
    const auto errors =
        validate(patched(Json::parse(patch.toStdString())), draft ? PayloadStage::Draft : PayloadStage::Submitted);
    QVERIFY2(hasError(errors, path.toStdString(), fragment.toStdString()), qPrintable(test::describe(errors)));
    // Only the patched field is wrong, so every error points into it.
    const std::string field = path.toStdString().substr(0, path.toStdString().find('/', 1));
    for (const auto& e : errors) QVERIFY2(e.path.rfind(field, 0) == 0, qPrintable(test::describe(errors)));
  }

  void payloadMustBeObject() {
    for (const Json& payload : {Json(nullptr), Json::array(), Json("x"), Json(1)}) {
      const auto errors = validate(payload);
      QCOMPARE(errors.size(), std::size_t(1));
      QCOMPARE(errors[0].path, std::string(""));
      QVERIFY(errors[0].message.find("must be an object keyed by field id") != std::string::npos);
    }
  }

  void unicodeTextCountsCodePoints() {
    // 50 code points of four bytes each fit a 50-character limit.
    std::string emoji;
    for (int i = 0; i < 50; ++i) emoji += "\xF0\x9F\x98\x80";
    QVERIFY(validate(patched({{"summary", emoji}})).empty());
    QVERIFY(hasError(validate(patched({{"summary", emoji + "é"}})), "/summary", "51 characters long"));
    QVERIFY(validate(patched({{"summary", "Dosis: 75 mg täglich, 日本語"}})).empty());
    QVERIFY(validate(patched({{"rubric", Json::parse(R"([{"criterion": "Erwähnt Aspirin-Dosis 💊", "points": 3}])")}}))
                .empty());
  }

  void criterionLengthLimit() {
    const std::string twoThousand(2000, 'x');
    QVERIFY(validate(patched({{"rubric", {{{"criterion", twoThousand}, {"points", 1}}}}})).empty());
    QVERIFY(hasError(validate(patched({{"rubric", {{{"criterion", twoThousand + "ü"}, {"points", 1}}}}})),
                     "/rubric/0/criterion", "2001 characters long; at most 2000"));
  }

  void invalidUtf8FromCpp() {
    const std::string bad = "caf\xC3 \xED\xA0\x80 \xF8";  // truncated, surrogate, five-byte lead
    auto errors = validate(patched({{"summary", bad}}));
    QVERIFY(hasError(errors, "/summary", "not valid UTF-8"));
    errors = validate(patched({{"rubric", {{{"criterion", bad}, {"points", 1}}}}}));
    QVERIFY(hasError(errors, "/rubric/0/criterion", "not valid UTF-8"));
    // Echoed values and keys are made displayable so the errors can be sent as JSON.
    Json payload = patched({{"triage", bad}, {"findings", {bad}}});
    payload[bad] = 1;
    errors = validate(payload);
    QCOMPARE(errors.size(), std::size_t(3));
    QVERIFY(serialisable(errors));
    QVERIFY(hasError(errors, "/caf\xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD \xEF\xBF\xBD", "unknown field"));
  }

  void nonFiniteNumbersFromCpp() {
    const double inf = std::numeric_limits<double>::infinity();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QVERIFY(hasError(validate(patched({{"dose_mg", inf}})), "/dose_mg", "finite"));
    QVERIFY(hasError(validate(patched({{"dose_mg", nan}})), "/dose_mg", "finite"));
    QVERIFY(hasError(validate(patched({{"severity", nan}})), "/severity", "scale levels"));
    Json lesions = test::allKindsValidPayload()["lesions"];
    lesions[0]["w"] = inf;
    lesions[1]["points"][2][0] = -inf;
    const auto errors = validate(patched({{"lesions", lesions}}));
    QVERIFY(hasError(errors, "/lesions/0/w", "finite"));
    QVERIFY(hasError(errors, "/lesions/1/points/2/0", "finite"));
  }

  void spansWithoutKnownNoteLengthSkipTheBound() {
    ValidationContext context = test::allKindsContext();
    context.textLength.reset();
    const Json payload = patched(Json::parse(R"({"entities": [{"start": 100, "end": 200, "label": "drug"}]})"));
    QVERIFY(schema().validate(payload, context, PayloadStage::Submitted).empty());
    context.textLength = 0;
    QVERIFY(hasError(schema().validate(payload, context, PayloadStage::Submitted), "/entities/0/start", "past the end"));
  }

  void regionsOnCaseWithoutImages() {
    ValidationContext context = test::allKindsContext();
    context.imageCount = 0;
    const auto errors = schema().validate(test::allKindsValidPayload(), context, PayloadStage::Submitted);
    QVERIFY(hasError(errors, "/lesions/0/image", "the case has 0 images"));
    QVERIFY(hasError(errors, "/lesions/1/image", "the case has 0 images"));
  }

  void gradingWithoutCriteria() {
    ValidationContext context = test::allKindsContext();
    context.rubricCriterionIds.clear();
    QVERIFY(schema().validate(patched({{"grading", Json::array()}}), context, PayloadStage::Submitted).empty());
  }

  void preferenceWithoutStrengthLevels() {
    const auto plain = AnnotationSchema::parse(Json::parse(R"({"fields": [{"id": "p", "kind": "preference"}]})"));
    const ValidationContext context;
    QVERIFY(plain.validate(Json::parse(R"({"p": {"choice": "B"}})"), context, PayloadStage::Submitted).empty());
    QVERIFY(hasError(plain.validate(Json::parse(R"({"p": {"choice": "B", "strength": 1}})"), context,
                                    PayloadStage::Submitted),
                     "/p/strength", "does not ask"));
  }

  void requiredFreeTextMustNotBeBlank() {
    const auto required = AnnotationSchema::parse(
        Json::parse(R"({"fields": [{"id": "answer", "kind": "free_text", "required": true}]})"));
    const ValidationContext context;
    QVERIFY(hasError(required.validate(Json::parse(R"({"answer": " \n "})"), context, PayloadStage::Submitted),
                     "/answer", "required but empty"));
    QVERIFY(required.validate(Json::parse(R"({"answer": " \n "})"), context, PayloadStage::Draft).empty());
    QVERIFY(required.validate(Json::parse(R"({"answer": "ok"})"), context, PayloadStage::Submitted).empty());
  }

  void rubricWithoutAxesAcceptsAnyTag() {
    const auto free = AnnotationSchema::parse(Json::parse(R"({"fields": [{"id": "r", "kind": "rubric_authoring"}]})"));
    const ValidationContext context;
    QVERIFY(free.validate(Json::parse(R"({"r": [{"criterion": "a", "points": 1, "tags": ["anything"]}]})"), context,
                          PayloadStage::Submitted)
                .empty());
  }

  void rectOnlyRegions() {
    const auto rects = AnnotationSchema::parse(Json::parse(
        R"({"fields": [{"id": "r", "kind": "regions", "options": [{"value": "x"}], "shapes": ["rect"]}]})"));
    ValidationContext context;
    context.imageCount = 1;
    const auto errors = rects.validate(
        Json::parse(R"({"r": [{"image": 0, "label": "x", "shape": "polygon", "points": [[0,0],[1,0],[0,1]]}]})"),
        context, PayloadStage::Submitted);
    QVERIFY(hasError(errors, "/r/0/shape", "allowed: \"rect\""));
  }

  // Every value anywhere in the valid payload replaced by every kind of wrong value: validation
  // never throws and its errors always serialise.
  void neverThrowsOnMutations() {
    const Json original = test::allKindsValidPayload();
    const Json flat = original.flatten();
    const Json replacements[] = {nullptr, true, -1, 0, 2.5, 1e300, "x", "", Json::array(), Json::object(),
                                 Json::array({Json::array(), nullptr}), std::string("\xff\xfe")};
    int rejected = 0;
    for (const auto& [pointer, leaf] : flat.items()) {
      (void)leaf;
      // Replace the leaf and each of its ancestors.
      for (std::string target = pointer; !target.empty(); target = target.substr(0, target.rfind('/'))) {
        for (const auto& replacement : replacements) {
          Json payload = original;
          payload[Json::json_pointer(target)] = replacement;
          for (auto stage : {PayloadStage::Draft, PayloadStage::Submitted}) {
            std::vector<FieldError> errors;
            try {
              errors = schema().validate(payload, test::allKindsContext(), stage);
            } catch (...) {
              QFAIL(qPrintable(QString::fromStdString("threw for " + target + " = " + replacement.dump(-1, ' ', false,
                  Json::error_handler_t::replace))));
            }
            QVERIFY(serialisable(errors));
            if (!errors.empty()) ++rejected;
          }
        }
      }
    }
    QVERIFY(rejected > 500);
  }
};

QTEST_APPLESS_MAIN(PayloadValidationTest)
#include "test_payload_validation.moc"
