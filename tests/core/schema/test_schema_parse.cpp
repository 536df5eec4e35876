// Unit tests of AnnotationSchema::parse, toJson, schemaFingerprint and the field-kind names.
#include <QtTest>

#include "concord/schema/annotation_schema.h"
#include "schema_fixtures.h"

using namespace concord;

class SchemaParseTest : public QObject {
  Q_OBJECT
 private slots:
  void kindNamesRoundTrip() {
    const FieldKind kinds[] = {FieldKind::SingleChoice, FieldKind::MultiChoice,     FieldKind::Ordinal,
                               FieldKind::Number,       FieldKind::Spans,           FieldKind::Regions,
                               FieldKind::FreeText,     FieldKind::Preference,      FieldKind::RubricAuthoring,
                               FieldKind::RubricGrading};
    for (FieldKind kind : kinds) QCOMPARE(parseFieldKind(fieldKindName(kind)), std::optional<FieldKind>(kind));
    QCOMPARE(fieldKindName(FieldKind::RubricGrading), std::string_view("rubric_grading"));
    QVERIFY(!parseFieldKind("Single_Choice"));
    QVERIFY(!parseFieldKind(""));
  }

  void parsesEveryKind() {
    const auto schema = AnnotationSchema::parse(test::allKindsSchemaDocument());
    QCOMPARE(schema.version(), 3);
    QCOMPARE(schema.fields().size(), std::size_t(10));
    const FieldSpec* triage = schema.field("triage");
    QVERIFY(triage);
    QCOMPARE(triage->kind, FieldKind::SingleChoice);
    QCOMPARE(triage->label, std::string("Triage"));
    QVERIFY(triage->required);
    QCOMPARE(triage->options.size(), std::size_t(2));
    QCOMPARE(triage->options[1].key, std::string("r"));
    const FieldSpec* findings = schema.field("findings");
    QCOMPARE(findings->label, std::string("findings"));  // label defaults to the id
    QCOMPARE(findings->options[0].label, std::string("a"));  // option label defaults to the value
    QCOMPARE(*findings->min, 1.0);
    QCOMPARE(*findings->max, 2.0);
    QCOMPARE(schema.field("severity")->options[2].value, Json(3));
    const FieldSpec* dose = schema.field("dose_mg");
    QVERIFY(dose->integer);
    QVERIFY(!dose->ratio);
    QCOMPARE(dose->unit, std::string("mg"));
    QCOMPARE(schema.field("lesions")->shapes, (std::vector<std::string>{"rect", "polygon"}));
    QCOMPARE(schema.field("summary")->help, std::string("One sentence."));
    QCOMPARE(schema.field("pref")->strengthLevels, 3);
    QCOMPARE(schema.field("rubric")->axes.size(), std::size_t(2));
    QCOMPARE(schema.field("grading")->kind, FieldKind::RubricGrading);
    QVERIFY(schema.field("nope") == nullptr);
  }

  void defaults() {
    const auto schema = AnnotationSchema::parse(Json::parse(R"({"fields": [
      {"id": "r", "kind": "regions", "options": [{"value": "x"}]},
      {"id": "p", "kind": "preference"}]})"));
    QCOMPARE(schema.version(), 1);
    QCOMPARE(schema.field("r")->shapes, (std::vector<std::string>{"rect", "polygon"}));
    QCOMPARE(schema.field("p")->strengthLevels, 0);
    QVERIFY(!schema.field("p")->required);
    QVERIFY(AnnotationSchema::parse(Json::parse(R"({"fields": []})")).fields().empty());
  }

  void toJsonRoundTrips() {
    const auto schema = AnnotationSchema::parse(test::allKindsSchemaDocument());
    const Json normalised = schema.toJson();
    const auto again = AnnotationSchema::parse(normalised);
    QCOMPARE(again.toJson(), normalised);
    QCOMPARE(normalised["fields"][3]["min"], Json(0));
    QVERIFY(normalised["fields"][3]["min"].is_number_integer());  // whole numbers stay integers
    QVERIFY(!normalised["fields"][0].contains("min"));           // only the kind's own settings
    QCOMPARE(normalised["fields"][7]["strength_levels"], Json(3));
  }

  void fingerprintIgnoresSpellingButNotMeaning() {
    const Json a = Json::parse(R"({"fields": [{"id": "n", "kind": "number", "min": 2, "label": "n"}]})");
    const Json b = Json::parse(R"({"version": 1, "fields": [{"label": "n", "min": 2.0, "kind": "number", "id": "n",
                                   "integer": false, "required": false}]})");
    const Json c = Json::parse(R"({"fields": [{"id": "n", "kind": "number", "min": 3}]})");
    const std::string fa = schemaFingerprint(AnnotationSchema::parse(a));
    QCOMPARE(fa.size(), std::size_t(64));
    QCOMPARE(fa, schemaFingerprint(AnnotationSchema::parse(b)));
    QVERIFY(fa != schemaFingerprint(AnnotationSchema::parse(c)));
  }

  void unicodeLabels() {
    const auto schema = AnnotationSchema::parse(Json::parse(R"({"fields": [{"id": "dx", "kind": "single_choice",
      "label": "Diagnóstico 診断", "options": [{"value": "naïve", "label": "😀 ok"}, {"value": "日本"}]}]})"));
    QCOMPARE(schema.field("dx")->label, std::string("Diagnóstico 診断"));
    QCOMPARE(schema.field("dx")->options[1].value, Json("日本"));
  }

  void rejectsBadSchemas_data() {
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fragment");
    auto row = [](const char* name, const char* doc, const char* path, const char* fragment) {
      QTest::newRow(name) << QByteArray(doc) << QString(path) << QString(fragment);
    };
    row("not an object", R"([])", "", "must be a JSON object");
    row("fields missing", R"({})", "/fields", "is required");
    row("fields not a list", R"({"fields": {}})", "/fields", "must be a list");
    row("unknown top-level key", R"({"fields": [], "title": "x"})", "/title", "unknown setting");
    row("version zero", R"({"version": 0, "fields": []})", "/version", "whole number");
    row("version string", R"({"version": "1", "fields": []})", "/version", "whole number");
    row("field not object", R"({"fields": [1]})", "/fields/0", "must be a JSON object");
    row("id missing", R"({"fields": [{"kind": "number"}]})", "/fields/0/id", "is required");
    row("id not string", R"({"fields": [{"id": ["x"], "kind": "number"}]})", "/fields/0/id", "must be a string");
    row("id uppercase", R"({"fields": [{"id": "Triage", "kind": "number"}]})", "/fields/0/id", "lowercase");
    row("id digit first", R"({"fields": [{"id": "1a", "kind": "number"}]})", "/fields/0/id", "lowercase");
    row("id empty", R"({"fields": [{"id": "", "kind": "number"}]})", "/fields/0/id", "lowercase");
    row("id dash", R"({"fields": [{"id": "a-b", "kind": "number"}]})", "/fields/0/id", "lowercase");
    row("id too long",
        R"({"fields": [{"id": "a1234567890123456789012345678901234567890123456789012345678901234", "kind": "number"}]})",
        "/fields/0/id", "64");
    row("duplicate id", R"({"fields": [{"id": "a", "kind": "number"}, {"id": "a", "kind": "free_text"}]})",
        "/fields/1/id", "duplicate field id");
    row("kind missing", R"({"fields": [{"id": "a"}]})", "/fields/0/kind", "is required");
    row("unknown kind", R"({"fields": [{"id": "a", "kind": "slider"}]})", "/fields/0/kind", "unknown field kind");
    row("label not string", R"({"fields": [{"id": "a", "kind": "number", "label": 5}]})", "/fields/0/label",
        "must be a string");
    row("help not string", R"({"fields": [{"id": "a", "kind": "number", "help": null}]})", "/fields/0/help",
        "must be a string");
    row("required not bool", R"({"fields": [{"id": "a", "kind": "number", "required": "yes"}]})",
        "/fields/0/required", "true or false");
    row("setting of another kind", R"({"fields": [{"id": "a", "kind": "single_choice", "min": 1,
        "options": [{"value": "a"}, {"value": "b"}]}]})", "/fields/0/min", "unknown setting");
    row("typo in setting", R"({"fields": [{"id": "a", "kind": "number", "requried": true}]})",
        "/fields/0/requried", "unknown setting");
    row("options missing", R"({"fields": [{"id": "a", "kind": "single_choice"}]})", "/fields/0/options",
        "is required");
    row("options not list", R"({"fields": [{"id": "a", "kind": "single_choice", "options": "a,b"}]})",
        "/fields/0/options", "must be a list");
    row("one option", R"({"fields": [{"id": "a", "kind": "single_choice", "options": [{"value": "a"}]}]})",
        "/fields/0/options", "at least 2 options");
    row("multi one option", R"({"fields": [{"id": "a", "kind": "multi_choice", "options": [{"value": "a"}]}]})",
        "/fields/0/options", "at least 2 options");
    row("option not object", R"({"fields": [{"id": "a", "kind": "single_choice", "options": [{"value": "a"}, "b"]}]})",
        "/fields/0/options/1", "must be a JSON object");
    row("option value missing", R"({"fields": [{"id": "a", "kind": "single_choice",
        "options": [{"label": "A"}, {"value": "b"}]}]})", "/fields/0/options/0/value", "is required");
    row("choice value number", R"({"fields": [{"id": "a", "kind": "single_choice",
        "options": [{"value": 1}, {"value": "b"}]}]})", "/fields/0/options/0/value", "must be a string");
    row("choice value empty", R"({"fields": [{"id": "a", "kind": "single_choice",
        "options": [{"value": ""}, {"value": "b"}]}]})", "/fields/0/options/0/value", "must not be empty");
    row("duplicate option", R"({"fields": [{"id": "a", "kind": "single_choice",
        "options": [{"value": "b"}, {"value": "b"}]}]})", "/fields/0/options/1/value", "duplicate option value");
    row("option unknown member", R"({"fields": [{"id": "a", "kind": "single_choice",
        "options": [{"value": "a", "colour": "red"}, {"value": "b"}]}]})", "/fields/0/options/0/colour",
        "unknown setting");
    row("shortcut too long", R"({"fields": [{"id": "a", "kind": "single_choice",
        "options": [{"value": "a", "key": "12"}, {"value": "b"}]}]})", "/fields/0/options/0/key", "one letter or digit");
    row("shortcut punctuation", R"({"fields": [{"id": "a", "kind": "single_choice",
        "options": [{"value": "a", "key": "!"}, {"value": "b"}]}]})", "/fields/0/options/0/key", "one letter or digit");
    row("shortcut reused", R"({"fields": [{"id": "a", "kind": "single_choice",
        "options": [{"value": "a", "key": "x"}, {"value": "b", "key": "X"}]}]})", "/fields/0/options/1/key",
        "already used");
    row("ordinal string level", R"({"fields": [{"id": "a", "kind": "ordinal",
        "options": [{"value": "low"}, {"value": 2}]}]})", "/fields/0/options/0/value", "finite number");
    row("ordinal duplicate level", R"({"fields": [{"id": "a", "kind": "ordinal",
        "options": [{"value": 1}, {"value": 1.0}]}]})", "/fields/0/options/1/value", "duplicate option value");
    row("ordinal out of order", R"({"fields": [{"id": "a", "kind": "ordinal",
        "options": [{"value": 1}, {"value": 3}, {"value": 2}]}]})", "/fields/0/options/2/value", "scale order");
    row("ordinal one level", R"({"fields": [{"id": "a", "kind": "ordinal", "options": [{"value": 1}]}]})",
        "/fields/0/options", "at least 2 options");
    row("number min above max", R"({"fields": [{"id": "a", "kind": "number", "min": 5, "max": 1}]})",
        "/fields/0/min", "greater than max");
    row("number min string", R"({"fields": [{"id": "a", "kind": "number", "min": "0"}]})", "/fields/0/min",
        "finite number");
    row("number integer not bool", R"({"fields": [{"id": "a", "kind": "number", "integer": 1}]})",
        "/fields/0/integer", "true or false");
    row("number unit not string", R"({"fields": [{"id": "a", "kind": "number", "unit": 5}]})", "/fields/0/unit",
        "must be a string");
    row("multi min above max", R"({"fields": [{"id": "a", "kind": "multi_choice", "min": 2, "max": 1,
        "options": [{"value": "a"}, {"value": "b"}]}]})", "/fields/0/min", "greater than max");
    row("multi min above options", R"({"fields": [{"id": "a", "kind": "multi_choice", "min": 3,
        "options": [{"value": "a"}, {"value": "b"}]}]})", "/fields/0/min", "more than the 2 options");
    row("multi min negative", R"({"fields": [{"id": "a", "kind": "multi_choice", "min": -1,
        "options": [{"value": "a"}, {"value": "b"}]}]})", "/fields/0/min", "whole number");
    row("multi max fraction", R"({"fields": [{"id": "a", "kind": "multi_choice", "max": 1.5,
        "options": [{"value": "a"}, {"value": "b"}]}]})", "/fields/0/max", "whole number");
    row("free text min above max", R"({"fields": [{"id": "a", "kind": "free_text", "min": 10, "max": 5}]})",
        "/fields/0/min", "greater than max");
    row("free text max negative", R"({"fields": [{"id": "a", "kind": "free_text", "max": -5}]})", "/fields/0/max",
        "whole number");
    row("spans without labels", R"({"fields": [{"id": "a", "kind": "spans", "options": []}]})", "/fields/0/options",
        "at least 1 option");
    row("regions unknown shape", R"({"fields": [{"id": "a", "kind": "regions", "options": [{"value": "x"}],
        "shapes": ["circle"]}]})", "/fields/0/shapes/0", "unknown shape");
    row("regions no shapes", R"({"fields": [{"id": "a", "kind": "regions", "options": [{"value": "x"}],
        "shapes": []}]})", "/fields/0/shapes", "at least one shape");
    row("regions duplicate shape", R"({"fields": [{"id": "a", "kind": "regions", "options": [{"value": "x"}],
        "shapes": ["rect", "rect"]}]})", "/fields/0/shapes/1", "duplicate");
    row("strength above 10", R"({"fields": [{"id": "a", "kind": "preference", "strength_levels": 11}]})",
        "/fields/0/strength_levels", "0 to 10");
    row("strength negative", R"({"fields": [{"id": "a", "kind": "preference", "strength_levels": -1}]})",
        "/fields/0/strength_levels", "0 to 10");
    row("strength fraction", R"({"fields": [{"id": "a", "kind": "preference", "strength_levels": 2.5}]})",
        "/fields/0/strength_levels", "0 to 10");
    row("preference with options", R"({"fields": [{"id": "a", "kind": "preference", "options": []}]})",
        "/fields/0/options", "unknown setting");
    row("axes not list", R"({"fields": [{"id": "a", "kind": "rubric_authoring", "axes": "axis:x"}]})",
        "/fields/0/axes", "must be a list");
    row("axes duplicate", R"({"fields": [{"id": "a", "kind": "rubric_authoring", "axes": ["x", "x"]}]})",
        "/fields/0/axes/1", "duplicate");
    row("axis empty", R"({"fields": [{"id": "a", "kind": "rubric_authoring", "axes": [""]}]})",
        "/fields/0/axes/0", "must not be empty");
    row("rubric min above max", R"({"fields": [{"id": "a", "kind": "rubric_authoring", "min": 4, "max": 3}]})",
        "/fields/0/min", "greater than max");
    row("grading with settings", R"({"fields": [{"id": "a", "kind": "rubric_grading", "min": 1}]})",
        "/fields/0/min", "unknown setting");
    row("second field bad", R"({"fields": [{"id": "a", "kind": "number"}, {"id": "b", "kind": "number", "max": []}]})",
        "/fields/1/max", "finite number");
  }
  void rejectsBadSchemas() {
    QFETCH(QByteArray, document);
    QFETCH(QString, path);
    QFETCH(QString, fragment);
    const Json json = Json::parse(document.toStdString());
    try {
      AnnotationSchema::parse(json);
      QFAIL("the schema was accepted");
    } catch (const SchemaError& e) {
      QCOMPARE(QString::fromStdString(e.path()), path);
      QVERIFY2(std::string(e.what()).find(fragment.toStdString()) != std::string::npos, e.what());
      QVERIFY(std::string(e.what()).rfind(path.toStdString() + ": ", 0) == 0);
    }
  }

  void rejectsInvalidUtf8BuiltInCpp() {
    Json doc = Json::parse(R"({"fields": [{"id": "a", "kind": "number"}]})");
    doc["fields"][0]["label"] = std::string("bad \xC3\x28 label");
    try {
      AnnotationSchema::parse(doc);
      QFAIL("accepted");
    } catch (const SchemaError& e) {
      QCOMPARE(e.path(), std::string("/fields/0/label"));
    }
    doc["fields"][0]["label"] = "ok";
    doc["fields"][0]["id"] = std::string("\xff");
    QVERIFY_THROWS_EXCEPTION(SchemaError, AnnotationSchema::parse(doc));
  }

  void nonFiniteNumbersBuiltInCpp() {
    Json doc = Json::parse(R"({"fields": [{"id": "a", "kind": "number"}]})");
    doc["fields"][0]["max"] = std::numeric_limits<double>::infinity();
    QVERIFY_THROWS_EXCEPTION(SchemaError, AnnotationSchema::parse(doc));
  }

  // Every member of every field replaced by every kind of wrong value: parse either accepts or
  // throws SchemaError, never a nlohmann exception or anything else.
  void neverLeaksOtherExceptions() {
    const Json original = test::allKindsSchemaDocument();
    const Json replacements[] = {nullptr, true, -1, 2.5, "x", Json::array(), Json::object(),
                                 Json::array({1, "a", nullptr}), std::string("\xff")};
    int refused = 0;
    for (std::size_t f = 0; f < original["fields"].size(); ++f) {
      for (const auto& [key, member] : original["fields"][f].items()) {
        for (const auto& replacement : replacements) {
          Json doc = original;
          doc["fields"][f][key] = replacement;
          try {
            AnnotationSchema::parse(doc);
          } catch (const SchemaError& e) {
            ++refused;
            QVERIFY2(e.path().rfind("/fields/" + std::to_string(f) + "/", 0) == 0, e.what());
          }
        }
      }
    }
    QVERIFY(refused > 100);
  }
};

QTEST_APPLESS_MAIN(SchemaParseTest)
#include "test_schema_parse.moc"
