// concord-agree end to end: JSONL in, one JSON object out, errors that name the line.
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <fstream>

#include "concord/core/json.h"

using concord::Json;

namespace {

struct Run {
    int exitCode = -1;
    Json output;
    QString errors;
};

Run runAgree(const QStringList& args, const QByteArray& standardInput = {}) {
    QProcess process;
    process.start(QString(CONCORD_BINARY_DIR) + "/bin/concord-agree", args);
    process.write(standardInput);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(60000)) return run;
    run.exitCode = process.exitCode();
    run.output = Json::parse(process.readAllStandardOutput().toStdString(), nullptr, false);
    run.errors = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QByteArray jsonl(const std::vector<Json>& lines) {
    QByteArray text;
    for (const auto& line : lines) text += QByteArray::fromStdString(line.dump()) + "\n";
    return text;
}

// Krippendorff (2011) example C as JSONL, with null for missing values.
QByteArray exampleC() {
    const char* rows[4][12] = {{"1", "2", "3", "3", "2", "1", "4", "1", "2", ".", ".", "."},
                               {"1", "2", "3", "3", "2", "2", "4", "1", "2", "5", ".", "3"},
                               {".", "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", "."},
                               {"1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", "."}};
    std::vector<Json> lines;
    for (int c = 0; c < 4; ++c)
        for (int u = 0; u < 12; ++u) {
            Json value = std::string(rows[c][u]) == "." ? Json(nullptr) : Json(std::stoi(rows[c][u]));
            lines.push_back({{"unit", "u" + std::to_string(u + 1)}, {"coder", std::string(1, char('A' + c))}, {"value", value}});
        }
    return jsonl(lines);
}

}  // namespace

class TestAgreementCli : public QObject {
    Q_OBJECT
private slots:
    void alphaFromFile_allLevels() {
        QTemporaryDir dir;
        const QString path = dir.filePath("c.jsonl");
        {
            std::ofstream out(path.toStdString());
            out << exampleC().toStdString();
        }
        const std::pair<const char*, double> expected[] = {{"nominal", 0.743}, {"ordinal", 0.815}, {"interval", 0.849}, {"ratio", 0.797}};
        for (const auto& [level, published] : expected) {
            Run run = runAgree({"--input", path, "--level", level});
            QCOMPARE(run.exitCode, 0);
            QVERIFY(std::fabs(run.output["alpha"].get<double>() - published) < 0.0005);
            QCOMPARE(run.output["n_units"].get<int>(), 12);
            QCOMPARE(run.output["n_coders"].get<int>(), 4);
            QCOMPARE(run.output["n_pairable"].get<int>(), 40);
            QVERIFY(run.output["warnings"].is_array());
            QCOMPARE(run.output["warnings"][0]["code"].get<std::string>(), std::string("few_pairable_units"));
        }
    }

    void standardInput_andWeightedCohenWithExplicitCategories() {
        const int rater2[20] = {3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4};
        const int rater3[20] = {2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2};
        std::vector<Json> lines;
        for (int i = 0; i < 20; ++i) {
            lines.push_back({{"unit", i}, {"coder", "r2"}, {"value", rater2[i]}});
            lines.push_back({{"unit", i}, {"coder", "r3"}, {"value", rater3[i]}});
        }
        Run run = runAgree({"--metric", "cohen", "--weights", "linear", "--categories", "1,2,3,4,6"}, jsonl(lines));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(std::fabs(run.output["cohen"].get<double>() - 0.1459075) < 5e-8);
    }

    void bootstrapIsReproducible() {
        Run first = runAgree({"--level", "interval", "--bootstrap", "800", "--seed", "9"}, exampleC());
        Run second = runAgree({"--level", "interval", "--bootstrap", "800", "--seed", "9"}, exampleC());
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.output, second.output);
        QVERIFY(first.output["ci_low"].get<double>() < first.output["alpha"].get<double>());
        QVERIFY(first.output["ci_high"].get<double>() > first.output["alpha"].get<double>());
        QVERIFY(first.output["p_below"].contains("0.800"));

        Run chosen = runAgree({"--level", "interval", "--bootstrap", "800", "--seed", "9", "--minimums", "0.7,0.9"}, exampleC());
        QCOMPARE(chosen.output["p_below"].size(), std::size_t(2));
        QVERIFY(chosen.output["p_below"]["0.700"].get<double>() <= chosen.output["p_below"]["0.900"].get<double>());
        QCOMPARE(runAgree({"--minimums", "high"}).exitCode, 2);
    }

    void undefinedAlpha_isNullWithAReason() {
        Run run = runAgree({}, jsonl({{{"unit", "u"}, {"coder", "a"}, {"value", "x"}}, {{"unit", "u"}, {"coder", "b"}, {"value", "x"}}}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.output["alpha"].is_null());
        QVERIFY(run.output["undefined_reason"].get<std::string>().find("expected disagreement is zero") != std::string::npos);
    }

    void spanF1() {
        Json a = Json::array({{{"start", 0}, {"end", 4}, {"label", "drug"}}, {{"start", 10}, {"end", 14}, {"label", "dose"}}});
        Json b = Json::array({{{"start", 0}, {"end", 4}, {"label", "drug"}}, {{"start", 11}, {"end", 14}, {"label", "dose"}}});
        QByteArray input = jsonl({{{"unit", "n1"}, {"coder", "A"}, {"value", a}}, {{"unit", "n1"}, {"coder", "B"}, {"value", b}}});
        Run exact = runAgree({"--metric", "span-f1"}, input);
        Run overlap = runAgree({"--metric", "span-f1", "--span-match", "overlap"}, input);
        QCOMPARE(exact.exitCode, 0);
        QCOMPARE(exact.output["span-f1"].get<double>(), 0.5);
        QCOMPARE(overlap.output["span-f1"].get<double>(), 1.0);
    }

    void badJsonLine_namesTheLine() {
        QByteArray input = jsonl({{{"unit", "u"}, {"coder", "a"}, {"value", 1}}}) + "\n{\"unit\": \"u\", \"coder\": \"b\", \"value\": \n";
        Run run = runAgree({}, input);
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.errors.contains("line 3"), qPrintable(run.errors));
    }

    void missingFieldAndNonNumericValue_nameTheLine() {
        Run missing = runAgree({}, jsonl({{{"unit", "u"}, {"value", 1}}}));
        QVERIFY(missing.exitCode != 0);
        QVERIFY2(missing.errors.contains("line 1") && missing.errors.contains("coder"), qPrintable(missing.errors));

        QByteArray input = jsonl({{{"unit", "u"}, {"coder", "a"}, {"value", 1}},
                                  {{"unit", "u"}, {"coder", "b"}, {"value", 2}},
                                  {{"unit", "v"}, {"coder", "a"}, {"value", "moderate"}}});
        Run run = runAgree({"--level", "interval"}, input);
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.errors.contains("line 3") && run.errors.contains("not a number"), qPrintable(run.errors));
    }

    void badOptions_exitNonZero() {
        QCOMPARE(runAgree({"--level", "fuzzy"}).exitCode, 2);
        QCOMPARE(runAgree({"--frobnicate"}).exitCode, 2);
        QCOMPARE(runAgree({"--weights", "linear"}).exitCode, 2);  // weights without cohen
        QVERIFY(runAgree({"--input", "/nonexistent/ratings.jsonl"}).exitCode != 0);
    }

    void unicodeIds_passThrough() {
        QByteArray input = jsonl({{{"unit", "случай-1"}, {"coder", "Dr. Müller 🩺"}, {"value", "ja"}},
                                  {{"unit", "случай-1"}, {"coder", "医生"}, {"value", "nein"}},
                                  {{"unit", "случай-2"}, {"coder", "Dr. Müller 🩺"}, {"value", "ja"}},
                                  {{"unit", "случай-2"}, {"coder", "医生"}, {"value", "ja"}}});
        Run run = runAgree({"--metric", "percent"}, input);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.output["percent"].get<double>(), 0.5);
        QCOMPARE(run.output["n_coders"].get<int>(), 2);
        QVERIFY(run.output["warnings"].dump().find("Dr. Müller 🩺") != std::string::npos);
    }
};

QTEST_MAIN(TestAgreementCli)
#include "test_agreement_cli.moc"
