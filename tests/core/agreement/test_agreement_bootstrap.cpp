// Bootstrapped interval of alpha: reproducible from a seed, sensible around alpha.
#include <QtTest>
#include <random>

#include "agreement_fixtures.h"
#include "concord/agreement/alpha.h"
#include "concord/agreement/bootstrap.h"

using namespace concord;
using namespace concord::agreement;

namespace {

ReliabilityData exampleC(Level level) {
    EncodeOptions options;
    options.level = level;
    return encodeRatings(fixtures::fromCoderRows({
                             {"A", {"1", "2", "3", "3", "2", "1", "4", "1", "2", ".", ".", "."}},
                             {"B", {"1", "2", "3", "3", "2", "2", "4", "1", "2", "5", ".", "3"}},
                             {"C", {".", "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", "."}},
                             {"D", {"1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", "."}},
                         }),
                         options);
}

}  // namespace

class TestAgreementBootstrap : public QObject {
    Q_OBJECT
private slots:
    void sameSeed_sameInterval_otherSeed_otherDraws() {
        auto data = exampleC(Level::Interval);
        BootstrapOptions options;
        options.resamples = 2000;
        options.seed = 42;
        auto first = bootstrapAlpha(data, options);
        auto second = bootstrapAlpha(data, options);
        QVERIFY(first && second);
        QCOMPARE(first->ciLow, second->ciLow);
        QCOMPARE(first->ciHigh, second->ciHigh);
        QCOMPARE(first->probabilityBelow, second->probabilityBelow);
        options.seed = 43;
        auto third = bootstrapAlpha(data, options);
        QVERIFY(third->ciLow != first->ciLow || third->ciHigh != first->ciHigh ||
                third->probabilityBelow != first->probabilityBelow);
    }

    void intervalSurroundsAlpha_andProbabilitiesAreOrdered() {
        for (Level level : {Level::Nominal, Level::Ordinal, Level::Interval, Level::Ratio}) {
            auto data = exampleC(level);
            const double alpha = *krippendorffAlpha(data).alpha;
            BootstrapOptions options;
            options.resamples = 5000;
            options.seed = 7;
            options.minimums = {0.5, 0.667, 0.8, 0.95};
            auto result = bootstrapAlpha(data, options);
            QVERIFY(result);
            QVERIFY(result->ciLow < alpha && alpha < result->ciHigh);
            QVERIFY(result->ciHigh <= 1.0);
            QCOMPARE(result->pairsPerResample, std::size_t(3 + 8 * 6 + 3 + 1));
            for (std::size_t i = 1; i < result->probabilityBelow.size(); ++i)
                QVERIFY(result->probabilityBelow[i - 1].second <= result->probabilityBelow[i].second);
            QVERIFY(result->probabilityBelow.back().second > 0.5);  // alpha < .95 here
        }
    }

    void perfectAgreement_hasADegenerateInterval() {
        std::vector<Rating> ratings;
        for (int u = 0; u < 40; ++u)
            for (const char* coder : {"A", "B", "C"}) ratings.push_back({std::to_string(u), coder, u % 3});
        auto result = bootstrapAlpha(encodeRatings(ratings, {}), {});
        QVERIFY(result);
        QCOMPARE(result->ciLow, 1.0);
        QCOMPARE(result->ciHigh, 1.0);
        QCOMPARE(result->probabilityBelow.at(1).second, 0.0);
    }

    void largerSample_narrowerInterval() {
        std::vector<Rating> small;
        std::vector<Rating> large;
        auto base = fixtures::fromCoderRows({
            {"A", {"1", "2", "3", "3", "2", "1", "4", "1", "2", ".", ".", "."}},
            {"B", {"1", "2", "3", "3", "2", "2", "4", "1", "2", "5", ".", "3"}},
        });
        for (int r = 0; r < 40; ++r)
            for (const auto& rating : base) {
                Rating copy{std::to_string(r) + rating.unit, rating.coder, rating.value};
                if (r < 2) small.push_back(copy);
                large.push_back(copy);
            }
        BootstrapOptions options;
        options.seed = 1;
        auto narrow = bootstrapAlpha(encodeRatings(large, {}), options);
        auto wide = bootstrapAlpha(encodeRatings(small, {}), options);
        QVERIFY(narrow->ciHigh - narrow->ciLow < wide->ciHigh - wide->ciLow);
    }

    void manyDistinctValues_useTheNormalLimit_andStaySensible() {
        // Continuous values: nearly every pair has its own delta², past the exact-draw limit.
        std::mt19937 random(3);
        std::normal_distribution<double> truth(50.0, 20.0);
        std::normal_distribution<double> noise(0.0, 5.0);
        std::vector<Rating> ratings;
        for (int u = 0; u < 60000; ++u) {
            const double t = truth(random);
            ratings.push_back({std::to_string(u), "A", t + noise(random)});
            ratings.push_back({std::to_string(u), "B", t + noise(random)});
        }
        EncodeOptions encode;
        encode.level = Level::Interval;
        const ReliabilityData data = encodeRatings(ratings, encode);
        const double alpha = *krippendorffAlpha(data).alpha;
        BootstrapOptions options;
        options.seed = 11;
        auto first = bootstrapAlpha(data, options);
        auto second = bootstrapAlpha(data, options);
        QVERIFY(first && second);
        QCOMPARE(first->ciLow, second->ciLow);
        QVERIFY(first->ciLow < alpha && alpha < first->ciHigh);
        QVERIFY(first->ciHigh - first->ciLow < 0.01);  // 60,000 pairs: a narrow interval
        QVERIFY(first->ciHigh - first->ciLow > 0.0);
    }

    void undefinedAlpha_hasNoInterval() {
        std::vector<Rating> ratings{{"u1", "A", 1}, {"u1", "B", 1}};
        QVERIFY(!bootstrapAlpha(encodeRatings(ratings, {}), {}));
    }
};

QTEST_APPLESS_MAIN(TestAgreementBootstrap)
#include "test_agreement_bootstrap.moc"
