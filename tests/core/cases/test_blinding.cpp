// Unit tests of the blinded presentation of pairwise-preference cases.
#include <QtTest>

#include <algorithm>
#include <set>

#include "concord/cases/blinding.h"
#include "concord/cases/case_record.h"

using namespace concord;

namespace {

Json content() {
  return Json::parse(R"({"conversation": {
    "messages": [{"role": "user", "content": "Is 75 mg aspirin safe?", "source": "ehr-42"}],
    "responses": [{"model": "model-x", "content": "Usually, yes."}, {"model": "model-y", "content": "It depends."}]},
    "rubric_criteria": []})");
}

}  // namespace

class BlindingTest : public QObject {
  Q_OBJECT
 private slots:
  void orderIsDeterministicPerSeed() {
    QCOMPARE(responseOrderFor("assignment-17:secret"), responseOrderFor("assignment-17:secret"));
    QCOMPARE(responseOrderFor("x").size(), std::size_t(2));
    QVERIFY(responseOrderFor("", 0).empty());
    QCOMPARE(responseOrderFor("x", 1), std::vector<int>{0});
    std::vector<int> five = responseOrderFor("x", 5);
    std::sort(five.begin(), five.end());
    QCOMPARE(five, (std::vector<int>{0, 1, 2, 3, 4}));
  }

  void bothOrdersOccurEvenly() {
    int swapped = 0;
    for (int i = 0; i < 2000; ++i) {
      const auto order = responseOrderFor("assignment-" + std::to_string(i));
      QVERIFY(order == (std::vector<int>{0, 1}) || order == (std::vector<int>{1, 0}));
      swapped += order[0];
    }
    QVERIFY2(swapped > 850 && swapped < 1150, qPrintable(QString::number(swapped)));
  }

  void allPermutationsOfThreeOccur() {
    std::set<std::vector<int>> seen;
    for (int i = 0; i < 200; ++i) seen.insert(responseOrderFor(std::to_string(i), 3));
    QCOMPARE(seen.size(), std::size_t(6));
  }

  void blindedConversationHidesModels() {
    const Json shown = blindedConversation(content(), {1, 0});
    QCOMPARE(shown["responses"][0], Json({{"label", "A"}, {"content", "It depends."}}));
    QCOMPARE(shown["responses"][1], Json({{"label", "B"}, {"content", "Usually, yes."}}));
    QCOMPARE(shown["messages"], Json::parse(R"([{"role": "user", "content": "Is 75 mg aspirin safe?"}])"));
    const std::string dump = shown.dump();
    QVERIFY(dump.find("model") == std::string::npos);
    QVERIFY(dump.find("ehr-42") == std::string::npos);  // only role and content of messages
    QCOMPARE(blindedConversation(content(), {0, 1})["responses"][0]["content"], Json("Usually, yes."));
  }

  void orderModelsRecordWhatLettersMeant() {
    QCOMPARE(responseOrderModels(content(), {1, 0}), Json::parse(R"(["model-y", "model-x"])"));
    QCOMPARE(responseOrderModels(Json::object(), {}), Json::array());
    QCOMPARE(responseLabel(0), std::string("A"));
    QCOMPARE(responseLabel(1), std::string("B"));
  }

  void noConversation() {
    QVERIFY(blindedConversation(Json::object(), {}).is_null());
    QVERIFY(blindedConversation(Json::parse(R"({"rubric_criteria": []})"), {0, 1}).is_null());
    const Json chat = Json::parse(R"({"conversation": {"messages": [{"role": "user", "content": "hi"}],
                                                         "responses": []}})");
    QCOMPARE(blindedConversation(chat, {})["responses"], Json::array());
  }

  void refusesBadOrders() {
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, blindedConversation(content(), {0, 0}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, blindedConversation(content(), {0}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, blindedConversation(content(), {0, 2}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, blindedConversation(content(), {-1, 0}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, blindedConversation(content(), {}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, responseOrderModels(content(), {1, 1}));
  }

  void refusesMalformedContentWithoutNlohmannExceptions() {
    const Json bad[] = {Json("x"), Json::parse(R"({"conversation": []})"),
                        Json::parse(R"({"conversation": {"responses": {}}})"),
                        Json::parse(R"({"conversation": {"messages": [1], "responses": []}})"),
                        Json::parse(R"({"conversation": {"responses": [{"model": "a"}, {"model": "b"}]}})"),
                        Json::parse(R"({"conversation": {"responses": [{"content": 1}, {"content": "b"}]}})")};
    for (const auto& c : bad) {
      QVERIFY_THROWS_EXCEPTION(std::invalid_argument, blindedConversation(c, {0, 1}));
    }
  }

  void worksOnImportedContent() {
    const std::string line = R"({"external_id": "c", "patient_key": "p", "conversation": {
      "messages": [{"role": "user", "content": "Q"}],
      "responses": [{"model": "m1", "content": "R1"}, {"model": "m2", "content": "R2"}]}})";
    const Json stored = parseCaseLine(line, 1).contentJson();
    const auto order = responseOrderFor("assignment-1");
    const Json shown = blindedConversation(stored, order);
    const Json models = responseOrderModels(stored, order);
    QCOMPARE(shown["responses"][0]["content"], Json(models[0] == "m1" ? "R1" : "R2"));
  }
};

QTEST_APPLESS_MAIN(BlindingTest)
#include "test_blinding.moc"
