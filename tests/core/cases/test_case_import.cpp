// Unit tests of parseCaseLine: a full valid line, every refusal with its line and field, media
// signatures and limits, unicode and hostile input.
#include <QtTest>

#include "concord/cases/case_record.h"
#include "concord/cases/media_type.h"
#include "concord/core/hashing.h"
#include "concord/schema/utf8.h"

using namespace concord;

namespace {

const std::string kPng = std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
const std::string kJpeg = "\xFF\xD8\xFF\xE0\x00\x10JFIF";
const std::string kWav = std::string("RIFF\x24\0\0\0WAVEfmt ", 16);
const std::string kMp3 = "ID3\x03\x00\x00\x00";
const std::string kMp3Frame = "\xFF\xFB\x90\x64";
const std::string kOgg = std::string("OggS\0\x02", 6);

Json validCase() {
  Json line = Json::parse(R"({
    "external_id": "c-001", "patient_key": "pt-7f3a", "specialty": "cardiology",
    "note": "Patient on aspirin 75 mg daily.", "is_gold": true, "gold_answer": {"triage": "urgent"},
    "conversation": {"messages": [{"role": "system", "content": "You are a careful clinician."},
                                  {"role": "user", "content": "Should I keep taking aspirin?"}],
                     "responses": [{"model": "model-x", "content": "Yes, at 75 mg."},
                                   {"model": "model-y", "content": "Ask your doctor."}]},
    "rubric_criteria": [{"id": "c1", "text": "Mentions aspirin dose", "points": 5, "tags": ["axis:accuracy"]},
                        {"id": "c2", "text": "Invents a dose", "points": -8}]
  })");
  line["images"] = {{{"mime_type", "image/png"}, {"data_base64", base64Encode(kPng)}},
                    {{"mime_type", "image/jpeg"}, {"data_base64", base64Encode(kJpeg)}}};
  line["audio"] = {{{"mime_type", "audio/wav"}, {"data_base64", base64Encode(kWav)}}};
  return line;
}

CaseImportError refusal(const std::string& line, std::size_t number = 7) {
  try {
    parseCaseLine(line, number);
  } catch (const CaseImportError& e) {
    return e;
  }
  return CaseImportError(0, "", "accepted");
}

Json minimalCase() { return {{"external_id", "c-1"}, {"patient_key", "p-1"}, {"note", "x"}}; }

// `base` with `value` placed at JSON pointer `pointer` (created when missing).
std::string lineWith(Json base, const std::string& pointer, const Json& value) {
  base[Json::json_pointer(pointer)] = value;
  return base.dump();
}

}  // namespace

class CaseImportTest : public QObject {
  Q_OBJECT
 private slots:
  void parsesFullLine() {
    const CaseRecord record = parseCaseLine(validCase().dump(), 3);
    QCOMPARE(record.lineNumber, std::size_t(3));
    QCOMPARE(record.externalId, std::string("c-001"));
    QCOMPARE(record.patientKey, std::string("pt-7f3a"));
    QCOMPARE(record.specialty, std::string("cardiology"));
    QCOMPARE(record.note, std::string("Patient on aspirin 75 mg daily."));
    QVERIFY(record.isGold);
    QCOMPARE(*record.goldAnswer, Json({{"triage", "urgent"}}));
    QCOMPARE(record.images.size(), std::size_t(2));
    QCOMPARE(record.images[0].bytes, kPng);
    QCOMPARE(record.images[0].sha256, sha256Hex(kPng));
    QCOMPARE(record.images[1].mimeType, std::string("image/jpeg"));
    QCOMPARE(record.audio.size(), std::size_t(1));
    QCOMPARE(record.audio[0].bytes, kWav);
    QVERIFY(record.conversation);
    QCOMPARE(record.conversation->messages.size(), std::size_t(2));
    QCOMPARE(record.conversation->messages[1].role, std::string("user"));
    QCOMPARE(record.conversation->responses[1].model, std::string("model-y"));
    QCOMPARE(record.rubricCriteria.size(), std::size_t(2));
    QCOMPARE(record.rubricCriteria[1].points, -8);
    QCOMPARE(record.rubricCriteria[0].tags, std::vector<std::string>{"axis:accuracy"});
  }

  void contentJsonHoldsConversationAndCriteriaButNoMedia() {
    const Json content = parseCaseLine(validCase().dump(), 1).contentJson();
    QCOMPARE(content["conversation"]["responses"][0], Json({{"model", "model-x"}, {"content", "Yes, at 75 mg."}}));
    QCOMPARE(content["conversation"]["messages"].size(), std::size_t(2));
    QCOMPARE(content["rubric_criteria"][0],
             Json({{"id", "c1"}, {"text", "Mentions aspirin dose"}, {"points", 5}, {"tags", {"axis:accuracy"}}}));
    QCOMPARE(content["rubric_criteria"][1]["tags"], Json::array());
    QVERIFY(!content.contains("images"));
    QVERIFY(content.dump().find(base64Encode(kPng)) == std::string::npos);
    QCOMPARE(parseCaseLine(minimalCase().dump(), 1).contentJson(), Json::object());
  }

  void validationContextOfRecord() {
    Json line = validCase();
    line["note"] = "Fièvre 😀";
    const ValidationContext context = parseCaseLine(line.dump(), 1).validationContext();
    QCOMPARE(context.textLength, std::optional<std::size_t>(8));
    QCOMPARE(context.imageCount, std::size_t(2));
    QCOMPARE(context.rubricCriterionIds, (std::vector<std::string>{"c1", "c2"}));
  }

  void validationContextOfStoredCase() {
    const Json content = parseCaseLine(validCase().dump(), 1).contentJson();
    ValidationContext context = caseValidationContext("日本語", content, 3);
    QCOMPARE(context.textLength, std::optional<std::size_t>(3));
    QCOMPARE(context.imageCount, std::size_t(3));
    QCOMPARE(context.rubricCriterionIds, (std::vector<std::string>{"c1", "c2"}));
    context = caseValidationContext("", Json::parse(R"({"rubric_criteria": [1, {"id": 2}, {"id": "ok"}]})"), 0);
    QCOMPARE(context.rubricCriterionIds, std::vector<std::string>{"ok"});
    QVERIFY(caseValidationContext("", Json("x"), 0).rubricCriterionIds.empty());
    QVERIFY(caseValidationContext("", Json::parse(R"({"rubric_criteria": {}})"), 0).rubricCriterionIds.empty());
  }

  void minimalLinesOfEachModality() {
    QVERIFY(parseCaseLine(minimalCase().dump(), 1).note == "x");
    Json imageOnly = {{"external_id", "c"}, {"patient_key", "p"},
                      {"images", {{{"mime_type", "image/png"}, {"data_base64", base64Encode(kPng)}}}}};
    QCOMPARE(parseCaseLine(imageOnly.dump(), 1).images.size(), std::size_t(1));
    for (const auto& [mime, bytes] : {std::pair{"audio/mpeg", kMp3}, std::pair{"audio/mpeg", kMp3Frame},
                                      std::pair{"audio/ogg", kOgg}, std::pair{"audio/wav", kWav}}) {
      Json audioOnly = {{"external_id", "c"}, {"patient_key", "p"},
                        {"audio", {{{"mime_type", mime}, {"data_base64", base64Encode(bytes)}}}}};
      QCOMPARE(parseCaseLine(audioOnly.dump(), 1).audio[0].mimeType, std::string(mime));
    }
    Json chatOnly = Json::parse(R"({"external_id": "c", "patient_key": "p",
      "conversation": {"messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"}]}})");
    const CaseRecord chat = parseCaseLine(chatOnly.dump(), 1);
    QVERIFY(chat.conversation->responses.empty());
    QVERIFY(!chat.isGold);
    QVERIFY(!chat.goldAnswer);
  }

  void toleratesCrlfAndUnicode() {
    Json line = minimalCase();
    line["note"] = "Température 38,5 °C — 日本語 😀";
    line["external_id"] = "cas-é-001";
    line["specialty"] = "internal medicine";
    const CaseRecord record = parseCaseLine(line.dump() + "\r", 1);
    QCOMPARE(record.note, std::string("Température 38,5 °C — 日本語 😀"));
    QCOMPARE(record.externalId, std::string("cas-é-001"));
    QCOMPARE(record.specialty, std::string("internal medicine"));
    QVERIFY(parseCaseLine("\xEF\xBB\xBF" + minimalCase().dump(), 1).externalId == "c-1");  // UTF-8 BOM
  }

  void errorNamesLineAndField() {
    const CaseImportError e = refusal(lineWith(validCase(), "/images/0/mime_type", "image/gif"), 12);
    QCOMPARE(e.line(), std::size_t(12));
    QCOMPARE(e.field(), std::string("images/0/mime_type"));
    QVERIFY(e.reason().find("\"image/gif\" is not allowed") != std::string::npos);
    QCOMPARE(std::string(e.what()), "line 12, field images/0/mime_type: " + e.reason());
    const CaseImportError whole = refusal("{", 4);
    QCOMPARE(whole.field(), std::string(""));
    QVERIFY(std::string(whole.what()).rfind("line 4: not valid JSON", 0) == 0);
  }

  void refusesBadLines_data() {
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("fragment");
    auto row = [](const char* name, const std::string& line, const char* field, const char* fragment) {
      QTest::newRow(name) << QByteArray::fromStdString(line) << QString(field) << QString(fragment);
    };
    const Json valid = validCase();
    const Json minimal = minimalCase();
    auto without = [](Json base, const char* key) {
      base.erase(key);
      return base.dump();
    };
    // the line
    row("empty", "", "", "the line is empty");
    row("blank", "  \r", "", "the line is empty");
    row("broken JSON", "{\"external_id\": ", "", "not valid JSON");
    row("two values", minimal.dump() + " {}", "", "not valid JSON");
    row("array", "[]", "", "a case line must be an object");
    row("unknown key", lineWith(minimal, "/extrenal_id", "x"), "extrenal_id", "unknown key");
    row("nothing to annotate", R"({"external_id": "c", "patient_key": "p"})", "", "nothing to annotate");
    row("empty note only", R"({"external_id": "c", "patient_key": "p", "note": ""})", "", "nothing to annotate");
    // identity
    row("external_id missing", without(minimal, "external_id"), "external_id", "is required");
    row("external_id empty", lineWith(minimal, "/external_id", ""), "external_id", "must not be empty");
    row("external_id number", lineWith(minimal, "/external_id", 1), "external_id", "must be a string");
    row("external_id too long", lineWith(minimal, "/external_id", std::string(201, 'x')), "external_id",
        "201 characters long; at most 200");
    row("external_id padded", lineWith(minimal, "/external_id", " c-1"), "external_id", "start or end with a space");
    row("external_id control", lineWith(minimal, "/external_id", "c\t1"), "external_id", "control characters");
    row("patient_key missing", without(minimal, "patient_key"), "patient_key", "is required");
    row("patient_key empty", lineWith(minimal, "/patient_key", ""), "patient_key", "must not be empty");
    row("patient_key null", lineWith(minimal, "/patient_key", nullptr), "patient_key", "must be a string, not null");
    row("specialty uppercase", lineWith(minimal, "/specialty", "Cardiology"), "specialty", "lowercase");
    row("specialty digits", lineWith(minimal, "/specialty", "icu2"), "specialty", "lowercase");
    row("specialty accent", lineWith(minimal, "/specialty", "médecine"), "specialty", "lowercase");
    row("specialty number", lineWith(minimal, "/specialty", 3), "specialty", "must be a string");
    // note
    row("note number", lineWith(minimal, "/note", 5), "note", "must be a string");
    row("note too long", lineWith(minimal, "/note", std::string(1'000'001, 'n')), "note",
        "1000001 bytes long; at most 1000000");
    row("note with NUL", lineWith(minimal, "/note", std::string("a\0b", 3)), "note", "U+0000");
    // gold
    row("is_gold string", lineWith(minimal, "/is_gold", "yes"), "is_gold", "true or false");
    row("gold without answer", lineWith(minimal, "/is_gold", true), "gold_answer", "is required for a gold case");
    row("answer without gold", lineWith(minimal, "/gold_answer", Json::object()), "gold_answer",
        "is_gold is not true");
    Json gold = minimal;
    gold["is_gold"] = true;
    row("gold answer list", lineWith(gold, "/gold_answer", Json::array()), "gold_answer",
        "must be an annotation object");
    row("gold answer NUL", lineWith(gold, "/gold_answer", {{"summary", std::string("a\0", 2)}}), "gold_answer/summary",
        "U+0000");
    row("gold answer NUL key", lineWith(gold, "/gold_answer", {{std::string("a\0", 2), 1}}),
        "gold_answer/a\xEF\xBF\xBD", "U+0000");
    std::string deep = R"({"external_id": "c", "patient_key": "p", "note": "x", "is_gold": true, "gold_answer": {"a": )";
    deep += std::string(5000, '[') + std::string(5000, ']') + "}}";
    row("gold answer deep", deep, "gold_answer", "nested more than 32 levels deep");
    // media
    row("images not list", lineWith(minimal, "/images", Json::object()), "images", "must be a list");
    row("image not object", lineWith(minimal, "/images", {"x"}), "images/0", "an image must be an object");
    row("image unknown key", lineWith(valid, "/images/0/name", "scan.png"), "images/0/name", "unknown key");
    row("image mime missing", lineWith(minimal, "/images", {{{"data_base64", base64Encode(kPng)}}}),
        "images/0/mime_type", "is required");
    row("image gif", lineWith(valid, "/images/1/mime_type", "image/gif"), "images/1/mime_type",
        "\"image/gif\" is not allowed for an image");
    row("image audio type", lineWith(valid, "/images/0/mime_type", "audio/wav"), "images/0/mime_type", "not allowed");
    row("image mime case", lineWith(valid, "/images/0/mime_type", "IMAGE/PNG"), "images/0/mime_type", "not allowed");
    row("image data missing", lineWith(minimal, "/images", {{{"mime_type", "image/png"}}}), "images/0/data_base64",
        "is required");
    row("image data number", lineWith(valid, "/images/0/data_base64", 5), "images/0/data_base64", "base64 string");
    row("image data empty", lineWith(valid, "/images/0/data_base64", ""), "images/0/data_base64", "is empty");
    row("image data not base64", lineWith(valid, "/images/0/data_base64", "iVBOR w0K"), "images/0/data_base64",
        "not valid base64");
    row("image data truncated base64", lineWith(valid, "/images/0/data_base64", "iVBORw0KG"), "images/0/data_base64",
        "not valid base64");
    row("png declared, jpeg given", lineWith(valid, "/images/0/data_base64", base64Encode(kJpeg)),
        "images/0/data_base64", "is not image/png (its content looks like image/jpeg)");
    row("jpeg declared, text given", lineWith(valid, "/images/1/data_base64", base64Encode("<html>")),
        "images/1/data_base64", "has no known signature");
    row("audio png type", lineWith(valid, "/audio/0/mime_type", "image/png"), "audio/0/mime_type",
        "not allowed for an audio recording");
    row("ogg declared, wav given", lineWith(valid, "/audio/0/mime_type", "audio/ogg"), "audio/0/data_base64",
        "looks like audio/wav");
    row("mpeg declared, png given", lineWith(valid, "/audio/0", {{"mime_type", "audio/mpeg"},
        {"data_base64", base64Encode(kPng)}}), "audio/0/data_base64", "looks like image/png");
    // conversation
    row("conversation list", lineWith(minimal, "/conversation", Json::array()), "conversation",
        "the conversation must be an object");
    row("conversation unknown key", lineWith(valid, "/conversation/model", "x"), "conversation/model", "unknown key");
    row("messages not list", lineWith(valid, "/conversation/messages", "hi"), "conversation/messages",
        "must be a list");
    row("no messages", lineWith(valid, "/conversation/messages", Json::array()), "conversation/messages",
        "responses need the messages they answer");
    row("empty conversation", lineWith(minimal, "/conversation", Json::object()), "conversation/messages",
        "at least one message");
    row("message role", lineWith(valid, "/conversation/messages/1/role", "doctor"), "conversation/messages/1/role",
        "must be \"system\", \"user\" or \"assistant\"");
    row("message content missing", lineWith(valid, "/conversation/messages/0", {{"role", "user"}}),
        "conversation/messages/0/content", "is required");
    row("message content NUL", lineWith(valid, "/conversation/messages/0/content", std::string("\0", 1)),
        "conversation/messages/0/content", "U+0000");
    row("message extra key", lineWith(valid, "/conversation/messages/0/name", "x"), "conversation/messages/0/name",
        "unknown key");
    row("one response", lineWith(valid, "/conversation/responses", {{{"model", "m"}, {"content", "c"}}}),
        "conversation/responses", "exactly 2 candidate responses (or none), not 1");
    row("three responses", lineWith(valid, "/conversation/responses/2", {{"model", "m"}, {"content", "c"}}),
        "conversation/responses", "not 3");
    row("response model empty", lineWith(valid, "/conversation/responses/0/model", ""),
        "conversation/responses/0/model", "must not be empty");
    row("response model missing", lineWith(valid, "/conversation/responses/1", {{"content", "c"}}),
        "conversation/responses/1/model", "is required");
    row("response content empty", lineWith(valid, "/conversation/responses/1/content", ""),
        "conversation/responses/1/content", "must not be empty");
    row("same model twice", lineWith(valid, "/conversation/responses/1/model", "model-x"),
        "conversation/responses/1/model", "differently named models");
    // rubric criteria
    row("criteria not list", lineWith(valid, "/rubric_criteria", "c1"), "rubric_criteria", "must be a list");
    row("criterion not object", lineWith(valid, "/rubric_criteria/0", 1), "rubric_criteria/0",
        "a rubric criterion must be an object");
    row("criterion duplicate id", lineWith(valid, "/rubric_criteria/1/id", "c1"), "rubric_criteria/1/id",
        "duplicate criterion id \"c1\"");
    row("criterion id missing", lineWith(valid, "/rubric_criteria/0", {{"text", "t"}, {"points", 1}}),
        "rubric_criteria/0/id", "is required");
    row("criterion id spaces", lineWith(valid, "/rubric_criteria/0/id", "c 1"), "rubric_criteria/0/id",
        "only letters, digits");
    row("criterion text blank", lineWith(valid, "/rubric_criteria/0/text", "  "), "rubric_criteria/0/text",
        "must not be empty");
    row("criterion text too long", lineWith(valid, "/rubric_criteria/0/text", std::string(2001, 't')),
        "rubric_criteria/0/text", "at most 2000");
    row("criterion points zero", lineWith(valid, "/rubric_criteria/0/points", 0), "rubric_criteria/0/points",
        "other than 0");
    row("criterion points high", lineWith(valid, "/rubric_criteria/0/points", 11), "rubric_criteria/0/points",
        "from -10 to 10");
    row("criterion points fraction", lineWith(valid, "/rubric_criteria/0/points", 1.5), "rubric_criteria/0/points",
        "whole number");
    row("criterion points missing", lineWith(valid, "/rubric_criteria/0", {{"id", "c9"}, {"text", "t"}}),
        "rubric_criteria/0/points", "is required");
    row("criterion duplicate tag", lineWith(valid, "/rubric_criteria/0/tags/1", "axis:accuracy"),
        "rubric_criteria/0/tags/1", "duplicate tag");
    row("criterion tag number", lineWith(valid, "/rubric_criteria/0/tags/0", 1), "rubric_criteria/0/tags/0",
        "must be a string");
    row("criterion unknown key", lineWith(valid, "/rubric_criteria/0/weight", 1), "rubric_criteria/0/weight",
        "unknown key");
  }
  void refusesBadLines() {
    QFETCH(QByteArray, line);
    QFETCH(QString, field);
    QFETCH(QString, fragment);
    const CaseImportError e = refusal(line.toStdString(), 7);
    QCOMPARE(e.line(), std::size_t(7));
    QCOMPARE(QString::fromStdString(e.field()), field);
    QVERIFY2(e.reason().find(fragment.toStdString()) != std::string::npos, e.what());
    QVERIFY(isValidUtf8(e.what()));
  }

  void mediumSizeLimit() {
    std::string largest = kPng;
    largest.resize(kMaxMediumBytes, '\0');
    Json line = minimalCase();
    line["images"] = {{{"mime_type", "image/png"}, {"data_base64", base64Encode(largest)}}};
    QCOMPARE(parseCaseLine(line.dump(), 1).images[0].bytes.size(), kMaxMediumBytes);
    largest.push_back('\0');
    line["images"][0]["data_base64"] = base64Encode(largest);
    const CaseImportError e = refusal(line.dump());
    QCOMPARE(e.field(), std::string("images/0/data_base64"));
    QVERIFY(e.reason().find("more than 20 MiB") != std::string::npos);
  }

  void invalidUtf8InLine() {
    const CaseImportError e = refusal("{\"external_id\": \"\xC3\x28\", \"patient_key\": \"p\", \"note\": \"x\"}");
    QCOMPARE(e.field(), std::string(""));
    QVERIFY(e.reason().find("not valid JSON") != std::string::npos);
    QVERIFY(isValidUtf8(e.what()));
  }

  void sniffsSignatures() {
    QCOMPARE(sniffMimeType(kPng), std::optional<std::string_view>("image/png"));
    QCOMPARE(sniffMimeType(kJpeg), std::optional<std::string_view>("image/jpeg"));
    QCOMPARE(sniffMimeType(kWav), std::optional<std::string_view>("audio/wav"));
    QCOMPARE(sniffMimeType(kMp3), std::optional<std::string_view>("audio/mpeg"));
    QCOMPARE(sniffMimeType(kMp3Frame), std::optional<std::string_view>("audio/mpeg"));
    QCOMPARE(sniffMimeType(kOgg), std::optional<std::string_view>("audio/ogg"));
    QVERIFY(!sniffMimeType(""));
    QVERIFY(!sniffMimeType("\x89PN"));
    QVERIFY(!sniffMimeType(std::string("RIFF\0\0\0\0AVI ", 12)));  // a RIFF that is not WAVE
    QVERIFY(!sniffMimeType("GIF89a"));
    QVERIFY(isAllowedMimeType(MediaKind::Image, "image/jpeg"));
    QVERIFY(!isAllowedMimeType(MediaKind::Image, "audio/ogg"));
    QVERIFY(isAllowedMimeType(MediaKind::Audio, "audio/ogg"));
    QVERIFY(!isAllowedMimeType(MediaKind::Audio, "audio/x-wav"));
  }

  // Every value of a valid line replaced by every kind of wrong value: parsing either succeeds
  // or throws CaseImportError with a readable message, never anything else.
  void neverLeaksOtherExceptions() {
    const Json original = validCase();
    const Json replacements[] = {nullptr, true, -1, 0, 2.5, "", "x", Json::array(), Json::object(),
                                 std::string("\xff"), std::string("\0", 1)};
    int refused = 0;
    const Json flat = original.flatten();
    for (const auto& [pointer, leaf] : flat.items()) {
      (void)leaf;
      for (std::string target = pointer; !target.empty(); target = target.substr(0, target.rfind('/'))) {
        for (const auto& replacement : replacements) {
          Json line = original;
          line[Json::json_pointer(target)] = replacement;
          const std::string text = line.dump(-1, ' ', false, Json::error_handler_t::ignore);
          try {
            parseCaseLine(text, 1);
          } catch (const CaseImportError& e) {
            ++refused;
            QVERIFY(isValidUtf8(e.what()));
          } catch (...) {
            QFAIL(qPrintable(QString::fromStdString("unexpected exception for " + target)));
          }
        }
      }
    }
    QVERIFY(refused > 300);
  }
};

QTEST_APPLESS_MAIN(CaseImportTest)
#include "test_case_import.moc"
