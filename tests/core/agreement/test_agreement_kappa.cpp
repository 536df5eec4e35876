// Fleiss, Cohen (with weights), Scott, Gwet's AC1 and percent agreement: published examples
// and hand-worked tables.
#include <QtTest>

#include "agreement_fixtures.h"
#include "concord/agreement/agreement_error.h"
#include "concord/agreement/kappa.h"

using namespace concord;
using namespace concord::agreement;

namespace {

ReliabilityData encode(const std::vector<Rating>& ratings, std::vector<std::string> categories = {}, bool ordered = false) {
    EncodeOptions options;
    options.categories = std::move(categories);
    options.requireOrder = ordered;
    return encodeRatings(ratings, options);
}

void expectNear(const StatisticResult& result, double expected, double tolerance) {
    QVERIFY2(result.value.has_value(), result.undefinedReason.c_str());
    QVERIFY2(std::fabs(*result.value - expected) < tolerance,
             qPrintable(QString("got %1, expected %2").arg(*result.value, 0, 'f', 8).arg(expected, 0, 'f', 8)));
}

// Fleiss (1971), Table 1: 30 patients, 6 psychiatrists each, 5 diagnoses
// (1 depression, 2 personality disorder, 3 schizophrenia, 4 neurosis, 5 other).
std::vector<std::vector<std::string>> fleiss1971() {
    const int rows[30][6] = {
        {4, 4, 4, 4, 4, 4}, {2, 2, 2, 5, 5, 5}, {2, 3, 3, 3, 3, 5}, {5, 5, 5, 5, 5, 5}, {2, 2, 2, 4, 4, 4},
        {1, 1, 3, 3, 3, 3}, {3, 3, 3, 3, 5, 5}, {1, 1, 3, 3, 3, 4}, {1, 1, 4, 4, 4, 4}, {5, 5, 5, 5, 5, 5},
        {1, 4, 4, 4, 4, 4}, {1, 2, 4, 4, 4, 4}, {2, 2, 2, 3, 3, 3}, {1, 4, 4, 4, 4, 4}, {2, 2, 4, 4, 4, 5},
        {3, 3, 3, 3, 3, 5}, {1, 1, 1, 4, 5, 5}, {1, 1, 1, 1, 1, 2}, {2, 2, 4, 4, 4, 4}, {1, 3, 3, 5, 5, 5},
        {5, 5, 5, 5, 5, 5}, {2, 4, 4, 4, 4, 4}, {2, 2, 4, 5, 5, 5}, {1, 1, 4, 4, 4, 4}, {1, 4, 4, 4, 4, 5},
        {2, 2, 2, 2, 2, 4}, {1, 1, 1, 1, 5, 5}, {2, 2, 4, 4, 4, 4}, {1, 3, 3, 3, 3, 3}, {5, 5, 5, 5, 5, 5},
    };
    std::vector<std::vector<std::string>> units;
    for (const auto& row : rows) {
        units.emplace_back();
        for (int value : row) units.back().push_back(std::to_string(value));
    }
    return units;
}

// R irr's "anxiety" data, raters 2 and 3 (20 subjects): the categories used are 1,2,3,4,6.
std::vector<Rating> anxietyRaters2And3() {
    const int rater2[20] = {3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4};
    const int rater3[20] = {2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2};
    std::vector<Rating> ratings;
    for (int i = 0; i < 20; ++i) {
        ratings.push_back({"s" + std::to_string(i), "rater2", rater2[i]});
        ratings.push_back({"s" + std::to_string(i), "rater3", rater3[i]});
    }
    return ratings;
}

}  // namespace

class TestAgreementKappa : public QObject {
    Q_OBJECT
private slots:
    void fleiss1971_publishedKappa() {
        // Fleiss (1971) reports kappa = .430; R irr kappam.fleiss gives 0.4302445.
        StatisticResult result = fleissKappa(encode(fixtures::fromUnitRows(fleiss1971())));
        expectNear(result, 0.4302445, 5e-8);
        QCOMPARE(result.unitsUsed, std::size_t(30));
    }

    void fleissWikipediaExample() {
        // Wikipedia "Fleiss' kappa" worked example: 10 subjects, 14 raters, 5 categories, 0.210.
        auto ratings = fixtures::fromCountTable({{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0},
                                                 {2, 2, 8, 1, 1}, {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2},
                                                 {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}});
        expectNear(fleissKappa(encode(ratings)), 0.210, 0.0005);
    }

    void fleissRefusesUnequalRaterCounts() {
        std::vector<Rating> ratings{{"u1", "A", 1}, {"u1", "B", 1}, {"u2", "A", 1}, {"u2", "B", 2}, {"u2", "C", 2}};
        QVERIFY_THROWS_EXCEPTION(AgreementError, fleissKappa(encode(ratings)));
    }

    void cohenWikipediaExample() {
        // 50 proposals: both yes 20, A yes B no 5, A no B yes 10, both no 15: kappa = 0.4.
        auto ratings = fixtures::fromConfusionTable({{20, 5}, {10, 15}}, {"yes", "no"});
        StatisticResult result = cohenKappa(encode(ratings));
        expectNear(result, 0.4, 1e-12);
        QVERIFY(std::fabs(result.observedAgreement - 0.7) < 1e-12);
        QVERIFY(std::fabs(result.chanceAgreement - 0.5) < 1e-12);
    }

    void cohenSasExample_unweightedAndLinear() {
        // SAS PROC FREQ example (as checked in statsmodels): kappa 0.4842, linear weighted 0.4701.
        auto ratings = fixtures::fromConfusionTable({{0, 4, 1}, {0, 8, 0}, {0, 1, 5}}, {"0", "1", "2"});
        expectNear(cohenKappa(encode(ratings)), 0.4842, 0.00005);
        expectNear(cohenKappa(encode(ratings, {}, true), KappaWeights::Linear), 0.4701, 0.00005);
    }

    void cohenIrrAnxiety_explicitCategoriesWithWeights() {
        // R irr kappa2(anxiety[, 2:3]) with weights "unweighted", "equal" (linear), "squared".
        auto ratings = anxietyRaters2And3();
        auto data = encode(ratings, {"1", "2", "3", "4", "6"});
        expectNear(cohenKappa(data, KappaWeights::None), -0.006289308, 5e-9);
        expectNear(cohenKappa(data, KappaWeights::Linear), 0.1459075, 5e-8);
        expectNear(cohenKappa(data, KappaWeights::Quadratic), 0.2520325, 5e-8);
    }

    void cohenWeightsFollowTheExplicitCategorySet() {
        // With 5 added as an unused category, 6 moves one step further away: a different value.
        auto data = encode(anxietyRaters2And3(), {"1", "2", "3", "4", "5", "6"});
        StatisticResult linear = cohenKappa(data, KappaWeights::Linear);
        QVERIFY(linear.value);
        QVERIFY(std::fabs(*linear.value - 0.1459075) > 1e-4);
    }

    void cohenNeedsExactlyTwoCoders() {
        std::vector<Rating> ratings{{"u1", "A", 1}, {"u1", "B", 1}, {"u1", "C", 2}};
        QVERIFY_THROWS_EXCEPTION(AgreementError, cohenKappa(encode(ratings)));
    }

    void cohenWithMissing_usesUnitsBothRated() {
        auto ratings = fixtures::fromConfusionTable({{20, 5}, {10, 15}}, {"yes", "no"});
        ratings.push_back({"extra1", "A", "yes"});
        ratings.push_back({"extra2", "B", "no"});
        ratings.push_back({"extra2", "A", nullptr});
        StatisticResult result = cohenKappa(encode(ratings));
        expectNear(result, 0.4, 1e-12);
        QCOMPARE(result.unitsUsed, std::size_t(50));
    }

    void scottPi_handWorked() {
        // Pooled yes = 55/100, p_e = .55² + .45² = .505, pi = (.7 - .505) / .495.
        auto ratings = fixtures::fromConfusionTable({{20, 5}, {10, 15}}, {"yes", "no"});
        expectNear(scottPi(encode(ratings)), (0.7 - 0.505) / 0.495, 1e-12);
    }

    void ac1_handWorked() {
        // pi_yes = .55, p_e = 2 * .55 * .45 / (2 - 1) = .495, AC1 = (.7 - .495) / .505.
        auto ratings = fixtures::fromConfusionTable({{20, 5}, {10, 15}}, {"yes", "no"});
        expectNear(gwetAc1(encode(ratings)), (0.7 - 0.495) / 0.505, 1e-12);
    }

    void ac1StaysHighWhereKappaCollapses() {
        // Prevalence paradox: 118 of 125 units agree on "normal", yet kappa is below zero.
        auto ratings = fixtures::fromConfusionTable({{118, 5}, {2, 0}}, {"normal", "abnormal"});
        auto data = encode(ratings);
        StatisticResult kappa = cohenKappa(data);
        StatisticResult ac1 = gwetAc1(data);
        QVERIFY(kappa.value && *kappa.value < 0.0);
        // p_a = 118/125; pi_normal = (123 + 120) / 250; p_e = 2 pi (1 - pi).
        const double pa = 118.0 / 125.0;
        const double pi = 243.0 / 250.0;
        const double pe = 2 * pi * (1 - pi);
        expectNear(ac1, (pa - pe) / (1 - pe), 1e-12);
        QVERIFY(*ac1.value > 0.9);
    }

    void percentAgreement_withThreeCoders() {
        // Unit 1: all agree (1); unit 2: one pair of three agrees (1/3); unit 3: unpairable.
        std::vector<Rating> ratings{{"u1", "A", "x"}, {"u1", "B", "x"}, {"u1", "C", "x"}, {"u2", "A", "x"},
                                    {"u2", "B", "x"}, {"u2", "C", "y"}, {"u3", "A", "y"}};
        StatisticResult result = percentAgreement(encode(ratings));
        expectNear(result, (1.0 + 1.0 / 3.0) / 2.0, 1e-12);
        QCOMPARE(result.unitsUsed, std::size_t(2));
    }

    void allOneCategory_isUndefinedNotNaN() {
        auto ratings = fixtures::fromConfusionTable({{10}}, {"x"});
        auto data = encode(ratings);
        QVERIFY(!cohenKappa(data).value);
        QVERIFY(!scottPi(data).value);
        QVERIFY(!fleissKappa(data).value);
        QVERIFY(!gwetAc1(data).value);
        expectNear(percentAgreement(data), 1.0, 1e-12);
    }
};

QTEST_APPLESS_MAIN(TestAgreementKappa)
#include "test_agreement_kappa.moc"
