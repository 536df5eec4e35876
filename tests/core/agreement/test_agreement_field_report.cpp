// fieldReport, the server's entry point: the statistic per field kind, interval, breakdowns
// and warnings, checked against the statistics computed directly.
#include <QtTest>

#include "concord/agreement/agreement_error.h"
#include "concord/agreement/alpha.h"
#include "concord/agreement/field_report.h"
#include "concord/agreement/kappa.h"

using namespace concord;
using namespace concord::agreement;

namespace {

double alphaOf(const std::vector<Rating>& ratings, Level level = Level::Nominal) {
    EncodeOptions options;
    options.level = level;
    return *krippendorffAlpha(encodeRatings(ratings, options)).alpha;
}

// 40 cases, coders A and B and (on every other case) C; A always gives the gold answer;
// cases alternate between two specialties; every fourth case is gold, every fifth adjudicated.
std::vector<Rating> choiceRatings() {
    const char* labels[] = {"normal", "benign", "malignant"};
    std::vector<Rating> ratings;
    for (int u = 0; u < 40; ++u) {
        const std::string truth = labels[u % 3];
        const std::string unit = "case-" + std::to_string(u);
        auto add = [&](const std::string& coder, const std::string& value) {
            Rating r(unit, coder, value);
            r.specialty = u % 2 ? "radiology" : "dermatology";
            r.isGold = u % 4 == 0;
            if (r.isGold) r.goldValue = truth;
            if (u % 5 == 0) r.adjudicatedValue = truth;
            ratings.push_back(r);
        };
        add("A", truth);
        add("B", u % 7 == 0 ? labels[(u + 1) % 3] : truth);
        if (u % 2 == 0) add("C", u % 3 == 0 ? labels[(u + 2) % 3] : truth);
    }
    return ratings;
}

const Json* findBy(const Json& list, const char* key, const std::string& value) {
    for (const auto& entry : list)
        if (entry[key] == value) return &entry;
    return nullptr;
}

bool hasWarning(const Json& report, const std::string& code) {
    for (const auto& w : report["warnings"])
        if (w["code"] == code) return true;
    return false;
}

}  // namespace

class TestAgreementFieldReport : public QObject {
    Q_OBJECT
private slots:
    void singleChoice_statisticIntervalAndBreakdowns() {
        const auto ratings = choiceRatings();
        ReportOptions options;
        options.bootstrapResamples = 500;
        options.seed = 5;
        const Json report = fieldReport(ratings, options);
        QCOMPARE(report["field_kind"].get<std::string>(), std::string("single_choice"));
        QCOMPARE(report["statistic"].get<std::string>(), std::string("alpha"));
        QCOMPARE(report["level"].get<std::string>(), std::string("nominal"));
        QVERIFY(std::fabs(report["value"].get<double>() - alphaOf(ratings)) < 1e-12);
        QCOMPARE(report["n_units"].get<int>(), 40);
        QCOMPARE(report["n_coders"].get<int>(), 3);
        QVERIFY(report["interval"]["ci_low"].get<double>() <= report["value"].get<double>());
        QVERIFY(report["interval"]["p_below"].contains("0.667"));
        QVERIFY(report["ac1"].is_number());

        QCOMPARE(report["per_label"].size(), std::size_t(3));
        QVERIFY(findBy(report["per_label"], "label", "malignant"));

        // Pair matrix: symmetric, null diagonal, A-B equals alpha on A and B alone.
        const Json& pairs = report["pairs"];
        QCOMPARE(pairs["coders"], Json({"A", "B", "C"}));
        QVERIFY(pairs["alpha"][0][0].is_null());
        QCOMPARE(pairs["alpha"][0][1], pairs["alpha"][1][0]);
        std::vector<Rating> ab;
        for (const auto& r : ratings)
            if (r.coder != "C") ab.push_back(r);
        QVERIFY(std::fabs(pairs["alpha"][0][1].get<double>() - alphaOf(ab)) < 1e-12);
        QCOMPARE(pairs["n_units"][0][1].get<int>(), 40);
        QCOMPARE(pairs["n_units"][0][2].get<int>(), 20);

        // A always gives the gold answer; B departs on case 28 (gold, multiple of 7).
        const Json* goldA = findBy(report["vs_gold"], "coder", "A");
        const Json* goldB = findBy(report["vs_gold"], "coder", "B");
        QVERIFY(goldA && goldB);
        QCOMPARE((*goldA)["n_units"].get<int>(), 10);
        QCOMPARE((*goldA)["agreement"].get<double>(), 1.0);
        QCOMPARE((*goldB)["agreement"].get<double>(), 0.8);  // cases 0 and 28 differ of 10
        QCOMPARE(findBy(report["vs_adjudicated"], "coder", "A")->at("n_units").get<int>(), 8);

        QCOMPARE(report["per_specialty"].size(), std::size_t(2));
        const Json* radiology = findBy(report["per_specialty"], "specialty", "radiology");
        QVERIFY(radiology && (*radiology)["n_units"].get<int>() == 20);
    }

    void sameSeed_sameReport() {
        ReportOptions options;
        options.bootstrapResamples = 300;
        options.seed = 77;
        QCOMPARE(fieldReport(choiceRatings(), options), fieldReport(choiceRatings(), options));
    }

    void warnings_dominantLabel_sparseCoder_fewUnits() {
        std::vector<Rating> ratings;
        for (int u = 0; u < 20; ++u) {
            const std::string unit = std::to_string(u);
            ratings.push_back({unit, "A", u == 3 ? "abnormal" : "normal"});
            ratings.push_back({unit, "B", u == 5 ? "abnormal" : "normal"});
        }
        ratings.push_back({"0", "late-joiner", "normal"});
        ReportOptions options;
        options.bootstrapResamples = 0;
        const Json report = fieldReport(ratings, options);
        QVERIFY(hasWarning(report, "dominant_label"));
        QVERIFY(hasWarning(report, "sparse_coder"));
        QVERIFY(hasWarning(report, "few_pairable_units"));
        QVERIFY(report["warnings"].dump().find("AC1") != std::string::npos);
        QVERIFY(report["warnings"].dump().find("late-joiner") != std::string::npos);
        QVERIFY(report["value"].get<double>() < 0.1);  // kappa-family collapse...
        QVERIFY(report["ac1"].get<double>() > 0.8);    // ...while AC1 stays high
        QVERIFY(report["interval"].is_null());
    }

    void warningThresholds_areExact() {
        // 29 pairable units warn, 30 do not; a coder with 9 pairable ratings warns, 10 does not.
        auto report = [](int units, int ratingsOfC) {
            std::vector<Rating> ratings;
            for (int u = 0; u < units; ++u)
                for (const char* coder : {"A", "B"}) ratings.push_back({std::to_string(u), coder, u % 3});
            for (int u = 0; u < ratingsOfC; ++u) ratings.push_back({std::to_string(u), "C", u % 3});
            ratings.push_back({"lonely", "A", 1});  // unpairable: counts for nothing
            ReportOptions options;
            options.bootstrapResamples = 0;
            return fieldReport(ratings, options);
        };
        QVERIFY(hasWarning(report(29, 10), "few_pairable_units"));
        QVERIFY(!hasWarning(report(30, 10), "few_pairable_units"));
        QVERIFY(hasWarning(report(30, 9), "sparse_coder"));
        QVERIFY(!hasWarning(report(30, 10), "sparse_coder"));
    }

    void noWarnings_forAHealthyField() {
        std::vector<Rating> ratings;
        for (int u = 0; u < 60; ++u)
            for (const char* coder : {"A", "B"}) ratings.push_back({std::to_string(u), coder, u % 4});
        ReportOptions options;
        options.bootstrapResamples = 0;
        QCOMPARE(fieldReport(ratings, options)["warnings"].size(), std::size_t(0));
    }

    void ordinalScale_usesExplicitOrder() {
        std::vector<Rating> ratings{{"1", "A", "mild"},   {"1", "B", "moderate"}, {"2", "A", "severe"},
                                    {"2", "B", "severe"}, {"3", "A", "mild"},     {"3", "B", "mild"}};
        ReportOptions options;
        options.kind = FieldKind::OrdinalScale;
        options.categories = {"mild", "moderate", "severe"};
        options.bootstrapResamples = 0;
        const Json report = fieldReport(ratings, options);
        QCOMPARE(report["level"].get<std::string>(), std::string("ordinal"));
        EncodeOptions encode;
        encode.level = Level::Ordinal;
        encode.categories = options.categories;
        QVERIFY(std::fabs(report["value"].get<double>() - *krippendorffAlpha(encodeRatings(ratings, encode)).alpha) < 1e-12);
        options.categories.clear();
        QVERIFY_THROWS_EXCEPTION(AgreementError, fieldReport(ratings, options));  // order unknown
    }

    void number_intervalOrRatio() {
        std::vector<Rating> ratings{{"1", "A", 10}, {"1", "B", 12}, {"2", "A", 100}, {"2", "B", 90}, {"3", "A", 1}, {"3", "B", 2}};
        ratings[0].goldValue = 11;
        ratings[0].isGold = true;
        ReportOptions options;
        options.kind = FieldKind::Number;
        options.bootstrapResamples = 0;
        const Json interval = fieldReport(ratings, options);
        QCOMPARE(interval["level"].get<std::string>(), std::string("interval"));
        QVERIFY(std::fabs(interval["value"].get<double>() - alphaOf(ratings, Level::Interval)) < 1e-12);
        QCOMPARE(findBy(interval["vs_gold"], "coder", "B")->at("mean_absolute_difference").get<double>(), 1.0);
        options.zeroIsMeaningful = true;
        const Json ratio = fieldReport(ratings, options);
        QCOMPARE(ratio["level"].get<std::string>(), std::string("ratio"));
        QVERIFY(std::fabs(ratio["value"].get<double>() - alphaOf(ratings, Level::Ratio)) < 1e-12);
    }

    void multiChoice_perLabelPresence() {
        std::vector<Rating> ratings;
        for (int u = 0; u < 30; ++u) {
            Json a = Json::array({"fever"});
            Json b = u % 3 == 0 ? Json::array({"fever", "cough"}) : Json::array({"fever"});
            if (u % 2) a.push_back("cough");
            ratings.push_back({std::to_string(u), "A", a});
            ratings.push_back({std::to_string(u), "B", b});
        }
        ReportOptions options;
        options.kind = FieldKind::MultiChoice;
        options.categories = {"fever", "cough", "rash"};
        options.bootstrapResamples = 0;
        const Json report = fieldReport(ratings, options);
        const Json& perLabel = report["per_label"];
        QCOMPARE(perLabel.size(), std::size_t(3));
        QVERIFY(perLabel[0]["alpha"].is_null());  // everyone marks fever: undefined, says so
        QVERIFY(perLabel[0].contains("undefined_reason"));
        QCOMPARE(perLabel[0]["prevalence"].get<double>(), 1.0);
        // Cough: A marks odd cases, B multiples of 3, as binary nominal data.
        std::vector<Rating> cough;
        for (int u = 0; u < 30; ++u) {
            cough.push_back({std::to_string(u), "A", u % 2 ? "present" : "absent"});
            cough.push_back({std::to_string(u), "B", u % 3 == 0 ? "present" : "absent"});
        }
        QVERIFY(std::fabs(perLabel[1]["alpha"].get<double>() - alphaOf(cough)) < 1e-12);
        QCOMPARE(report["n_units"].get<int>(), 30);
        QCOMPARE(report["n_pairable_units"].get<int>(), 90);  // 30 cases x 3 labels

        ratings.push_back({"bad", "A", "fever"});
        try {
            fieldReport(ratings, options);
            QFAIL("expected AgreementError");
        } catch (const AgreementError& error) {
            QCOMPARE(error.ratingIndex().value_or(0), ratings.size() - 1);
        }
    }

    void rubricGrading_perCriterion() {
        std::vector<Rating> ratings;
        for (int u = 0; u < 10; ++u) {
            Json a = {{"cites_guideline", u % 2 ? "met" : "unmet"}, {"safe", "met"}};
            Json b = {{"cites_guideline", u % 2 ? "met" : "unmet"}, {"safe", u == 4 ? "unmet" : "met"}};
            ratings.push_back({std::to_string(u), "A", a});
            ratings.push_back({std::to_string(u), "B", b});
        }
        ReportOptions options;
        options.kind = FieldKind::RubricGrading;
        options.bootstrapResamples = 0;
        const Json report = fieldReport(ratings, options);
        const Json* guideline = findBy(report["per_criterion"], "criterion", "cites_guideline");
        QVERIFY(guideline);
        QCOMPARE((*guideline)["alpha"].get<double>(), 1.0);
        QCOMPARE((*findBy(report["per_criterion"], "criterion", "safe"))["percent_agreement"].get<double>(), 0.9);
    }

    void preference_isNominal() {
        std::vector<Rating> ratings{{"p1", "A", "A better"}, {"p1", "B", "A better"}, {"p2", "A", "tie"},
                                    {"p2", "B", "B better"}, {"p3", "A", "B better"}, {"p3", "B", "B better"}};
        ReportOptions options;
        options.kind = FieldKind::Preference;
        options.bootstrapResamples = 0;
        const Json report = fieldReport(ratings, options);
        QCOMPARE(report["level"].get<std::string>(), std::string("nominal"));
        QVERIFY(std::fabs(report["value"].get<double>() - alphaOf(ratings)) < 1e-12);
    }

    void spans_f1WithVariantsAndPairs() {
        Json a = Json::array({{{"start", 0}, {"end", 5}, {"label", "drug"}}, {{"start", 10}, {"end", 15}, {"label", "dose"}}});
        Json b = Json::array({{{"start", 0}, {"end", 5}, {"label", "drug"}}, {{"start", 11}, {"end", 15}, {"label", "route"}}});
        std::vector<Rating> ratings{{"n1", "A", a}, {"n1", "B", b}};
        ratings[0].isGold = true;
        ratings[0].goldValue = a;
        ReportOptions options;
        options.kind = FieldKind::Spans;
        const Json report = fieldReport(ratings, options);
        QCOMPARE(report["statistic"].get<std::string>(), std::string("span_f1"));
        QCOMPARE(report["value"].get<double>(), 0.5);  // overlap, same label (the default)
        QCOMPARE(report["variants"]["exact_same_label"].get<double>(), 0.5);
        QCOMPARE(report["variants"]["overlap_any_label"].get<double>(), 1.0);
        QCOMPARE(report["pairs"]["f1"][0][1].get<double>(), 0.5);
        QCOMPARE(findBy(report["vs_gold"], "coder", "A")->at("f1").get<double>(), 1.0);
        QVERIFY(hasWarning(report, "few_pairable_units"));
    }

    void regions_iouF1() {
        Json a = Json::array({{{"x", 0}, {"y", 0}, {"width", 10}, {"height", 10}, {"label", "lesion"}}});
        Json b = Json::array({{{"x", 3}, {"y", 0}, {"width", 10}, {"height", 10}, {"label", "lesion"}}});
        std::vector<Rating> ratings{{"img", "A", a}, {"img", "B", b}};
        ReportOptions options;
        options.kind = FieldKind::Regions;
        options.regions.iouThreshold = 0.5;  // IoU 70/130 = .54
        QCOMPARE(fieldReport(ratings, options)["value"].get<double>(), 1.0);
        options.regions.iouThreshold = 0.6;
        QCOMPARE(fieldReport(ratings, options)["value"].get<double>(), 0.0);
    }
};

QTEST_APPLESS_MAIN(TestAgreementFieldReport)
#include "test_agreement_field_report.moc"
