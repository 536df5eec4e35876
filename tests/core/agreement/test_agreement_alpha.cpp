// Krippendorff's alpha: the published worked examples and the edge cases.
#include <QtTest>

#include "agreement_fixtures.h"
#include "concord/agreement/agreement_error.h"
#include "concord/agreement/alpha.h"

using namespace concord;
using namespace concord::agreement;

namespace {

AlphaResult alphaOf(const std::vector<Rating>& ratings, Level level, std::vector<std::string> categories = {}) {
    EncodeOptions options;
    options.level = level;
    options.categories = std::move(categories);
    return krippendorffAlpha(encodeRatings(ratings, options));
}

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", example C:
// four coders, twelve units, missing values.
std::vector<Rating> krippendorffC() {
    return fixtures::fromCoderRows({
        {"A", {"1", "2", "3", "3", "2", "1", "4", "1", "2", ".", ".", "."}},
        {"B", {"1", "2", "3", "3", "2", "2", "4", "1", "2", "5", ".", "3"}},
        {"C", {".", "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", "."}},
        {"D", {"1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", "."}},
    });
}

void expectPublished(const AlphaResult& result, double published) {
    QVERIFY2(result.alpha.has_value(), result.undefinedReason.c_str());
    // Published to three decimals.
    QVERIFY2(std::fabs(*result.alpha - published) < 0.0005,
             qPrintable(QString("alpha %1, published %2").arg(*result.alpha, 0, 'f', 6).arg(published)));
}

}  // namespace

class TestAgreementAlpha : public QObject {
    Q_OBJECT
private slots:
    void krippendorffExampleC_allLevels_data() {
        QTest::addColumn<int>("level");
        QTest::addColumn<double>("published");
        QTest::newRow("nominal") << int(Level::Nominal) << 0.743;
        QTest::newRow("ordinal") << int(Level::Ordinal) << 0.815;
        QTest::newRow("interval") << int(Level::Interval) << 0.849;
        QTest::newRow("ratio") << int(Level::Ratio) << 0.797;
    }
    void krippendorffExampleC_allLevels() {
        QFETCH(int, level);
        QFETCH(double, published);
        AlphaResult result = alphaOf(krippendorffC(), static_cast<Level>(level));
        expectPublished(result, published);
        QCOMPARE(result.pairableValues, std::size_t(40));  // unit 12 has one value: left out
        QCOMPARE(result.pairableUnits, std::size_t(11));
    }

    void krippendorffExampleA_binaryTwoCoders() {
        auto ratings = fixtures::fromCoderRows({
            {"A", {"0", "1", "0", "0", "0", "0", "0", "0", "1", "0"}},
            {"B", {"1", "1", "1", "0", "0", "1", "0", "0", "0", "0"}},
        });
        expectPublished(alphaOf(ratings, Level::Nominal), 0.095);
    }

    void krippendorffExampleB_nominalTwoCoders() {
        auto ratings = fixtures::fromCoderRows({
            {"A", {"a", "a", "b", "b", "d", "c", "c", "c", "e", "d", "d", "a"}},
            {"B", {"b", "a", "b", "b", "b", "c", "c", "c", "e", "d", "d", "d"}},
        });
        expectPublished(alphaOf(ratings, Level::Nominal), 0.692);
    }

    void exactValueOfExampleC() {
        // 1 - (n-1) * sum(o_ck delta) / sum(n_c n_k delta) = 1 - 39 * 4 / 606.67 = 0.74342...
        AlphaResult result = alphaOf(krippendorffC(), Level::Nominal);
        QVERIFY(std::fabs(*result.alpha - 0.743421052631579) < 1e-12);
    }

    void unusedExplicitCategoriesDoNotChangeNominalAlpha() {
        AlphaResult plain = alphaOf(krippendorffC(), Level::Nominal);
        AlphaResult widened = alphaOf(krippendorffC(), Level::Nominal, {"1", "2", "3", "4", "5", "6", "7"});
        QVERIFY(std::fabs(*plain.alpha - *widened.alpha) < 1e-12);
    }

    void numbersAndNumericStringsAreOneValueAtInterval() {
        auto ratings = krippendorffC();
        for (auto& r : ratings)
            if (r.value.is_number() && r.coder == "B") r.value = Json(r.value.dump());
        expectPublished(alphaOf(ratings, Level::Interval), 0.849);
    }

    void oneCoder_isUndefined() {
        std::vector<Rating> ratings{{"u1", "A", 1}, {"u2", "A", 2}, {"u3", "A", 1}};
        AlphaResult result = alphaOf(ratings, Level::Nominal);
        QVERIFY(!result.alpha);
        QCOMPARE(result.pairableValues, std::size_t(0));
        QVERIFY(result.undefinedReason.find("no pairable unit") != std::string::npos);
    }

    void oneUnit_withDisagreement() {
        // One unit: De comes from that unit alone, Do = De, so alpha = 0.
        std::vector<Rating> ratings{{"u1", "A", "x"}, {"u1", "B", "y"}};
        AlphaResult result = alphaOf(ratings, Level::Nominal);
        QVERIFY(result.alpha);
        QVERIFY(std::fabs(*result.alpha) < 1e-12);
    }

    void allIdenticalValues_isUndefinedAndSaysWhy() {
        std::vector<Rating> ratings{{"u1", "A", 3}, {"u1", "B", 3}, {"u2", "A", 3}, {"u2", "B", 3}, {"u3", "A", 7}};
        for (Level level : {Level::Nominal, Level::Ordinal, Level::Interval, Level::Ratio}) {
            AlphaResult result = alphaOf(ratings, level);
            QVERIFY(!result.alpha);  // u3's 7 is unpairable, so it does not count as a second label
            QVERIFY(result.undefinedReason.find("expected disagreement is zero") != std::string::npos);
        }
    }

    void noPairableUnit_isUndefined() {
        std::vector<Rating> ratings{{"u1", "A", 1}, {"u2", "B", 2}, {"u3", "C", nullptr}, {"u3", "A", 3}};
        AlphaResult result = alphaOf(ratings, Level::Interval);
        QVERIFY(!result.alpha);
        QCOMPARE(result.pairableUnits, std::size_t(0));
    }

    void emptyInput_isUndefined() {
        AlphaResult result = alphaOf({}, Level::Nominal);
        QVERIFY(!result.alpha);
    }

    void nonNumericAtInterval_isAClearErrorNamingTheRating() {
        std::vector<Rating> ratings{{"u1", "A", 1}, {"u1", "B", 2}, {"u2", "A", "severe"}, {"u2", "B", 2}};
        try {
            alphaOf(ratings, Level::Interval);
            QFAIL("expected AgreementError");
        } catch (const AgreementError& error) {
            QCOMPARE(error.ratingIndex().value_or(99), std::size_t(2));
            QVERIFY(std::string(error.what()).find("not a number") != std::string::npos);
        }
    }

    void negativeAtRatio_isAnError() {
        std::vector<Rating> ratings{{"u1", "A", 1}, {"u1", "B", -2}};
        QVERIFY_THROWS_EXCEPTION(AgreementError, alphaOf(ratings, Level::Ratio));
    }

    void ordinalTextWithoutOrder_isAnError() {
        std::vector<Rating> ratings{{"u1", "A", "mild"}, {"u1", "B", "severe"}};
        QVERIFY_THROWS_EXCEPTION(AgreementError, alphaOf(ratings, Level::Ordinal));
        AlphaResult ordered = alphaOf(ratings, Level::Ordinal, {"mild", "moderate", "severe"});
        QVERIFY(ordered.alpha);
    }

    void valueOutsideExplicitCategories_isAnError() {
        std::vector<Rating> ratings{{"u1", "A", 1}, {"u1", "B", 5}};
        QVERIFY_THROWS_EXCEPTION(AgreementError, alphaOf(ratings, Level::Nominal, {"1", "2", "3"}));
    }

    void coderRatingAUnitTwice_isAnError() {
        std::vector<Rating> ratings{{"u1", "A", 1}, {"u1", "B", 1}, {"u1", "A", 2}};
        try {
            alphaOf(ratings, Level::Nominal);
            QFAIL("expected AgreementError");
        } catch (const AgreementError& error) {
            QCOMPARE(error.ratingIndex().value_or(99), std::size_t(2));
        }
    }

    void unicodeIds_areDistinctIds() {
        auto ratings = krippendorffC();
        for (auto& r : ratings) {
            r.unit = "случай-" + r.unit + "-病例";
            r.coder = "Dr. Müller-" + r.coder + "-🩺";
        }
        EncodeOptions options;
        ReliabilityData data = encodeRatings(ratings, options);
        QCOMPARE(data.coderIds.size(), std::size_t(4));
        QCOMPARE(data.unitIds.size(), std::size_t(12));
        expectPublished(krippendorffAlpha(data), 0.743);
    }

    void missingOrderOfRatings_doesNotMatter() {
        auto ratings = krippendorffC();
        std::reverse(ratings.begin(), ratings.end());
        expectPublished(alphaOf(ratings, Level::Ordinal), 0.815);
    }

    void aMillionRatings_knownAnswer() {
        // Example C repeated R times: Do is unchanged and De scales, so
        // alpha_R = 1 - (R n - 1) / (R (n - 1)) * (1 - alpha_1) with n = 40.
        const int repeats = 25000;  // 41 values per copy: 1,025,000 ratings
        auto base = krippendorffC();
        std::vector<Rating> ratings;
        ratings.reserve(base.size() * repeats);
        for (int r = 0; r < repeats; ++r)
            for (const auto& rating : base) ratings.push_back({std::to_string(r) + "/" + rating.unit, rating.coder, rating.value});
        for (Level level : {Level::Nominal, Level::Interval}) {
            const double alpha1 = *alphaOf(base, level).alpha;
            const double n = 40.0;
            const double expected = 1.0 - (repeats * n - 1.0) / (repeats * (n - 1.0)) * (1.0 - alpha1);
            AlphaResult result = alphaOf(ratings, level);
            QCOMPARE(result.pairableValues, std::size_t(40) * repeats);
            QVERIFY(std::fabs(*result.alpha - expected) < 1e-9);
        }
    }
};

QTEST_APPLESS_MAIN(TestAgreementAlpha)
#include "test_agreement_alpha.moc"
