// The exporter's hot-path JSON writer: strings come out exactly as the shared escaper writes
// them (its fast path for plain ASCII included), and records read back as written.
#include <QtTest>

#include "concord/core/json_escape.h"
#include "json_line.h"

using namespace concord;
using concord::exporters::JsonLine;

class JsonLineTest : public QObject {
  Q_OBJECT
 private slots:
  void stringsMatchTheSharedEscaper() {
    const std::string samples[] = {"",
                                   "plain ascii text 123",
                                   "quote \" and backslash \\",
                                   std::string("nul \0 byte", 10),
                                   "tab\tnewline\ncr\r",
                                   "\x7f delete",
                                   "café — ✓ 😀",
                                   "bad \xff\xfe utf-8 \xc3",
                                   "~}|{ edge of ascii",
                                   "a/b <tag> & 'x' %s"};
    for (const auto& sample : samples) {
      std::string expected;
      appendJsonString(expected, sample);
      JsonLine line;
      line.string(sample);
      QCOMPARE(line.text(), expected);
    }
  }

  void recordsReadBack() {
    JsonLine line;
    line.beginObject();
    line.key("a").integer(-3);
    line.key("b").number(0.5);
    line.key("c").number(1.0);
    line.key("d").beginArray().string("x").null().boolean(true).endArray();
    line.key("e").value(Json{{"z", 1}, {"y", Json::array({2})}});
    line.key("f").beginObject().endObject();
    line.key("g").number(1.0 / 3.0);
    line.endObject();
    QCOMPARE(line.text(), std::string(R"({"a":-3,"b":0.5,"c":1.0,"d":["x",null,true],"e":{"y":[2],"z":1},"f":{},"g":)") +
                              Json(1.0 / 3.0).dump() + "}");
    Json parsed = Json::parse(line.text());
    QCOMPARE(parsed["g"].get<double>(), 1.0 / 3.0);
  }
};

QTEST_GUILESS_MAIN(JsonLineTest)
#include "test_json_line.moc"
