// Random datasets, with missing ratings, checked against independent implementations:
// nltk (alpha, Scott's pi), sklearn (Cohen's kappa with weights), statsmodels (Fleiss' kappa),
// a pair-by-pair coincidence-matrix alpha, and Gwet's AC1 formula written out in Python.
#include <QtTest>

#include "concord/agreement/alpha.h"
#include "concord/agreement/kappa.h"
#include "oracle_runner.h"

using namespace concord;
using namespace concord::agreement;

namespace {

constexpr double kTolerance = 1e-9;

void expectSame(double ours, const Json& theirs, const char* what) {
    QVERIFY2(theirs.is_number(), what);
    QVERIFY2(std::fabs(ours - theirs.get<double>()) < kTolerance,
             qPrintable(QString("%1: ours %2, oracle %3").arg(what).arg(ours, 0, 'g', 15).arg(theirs.get<double>(), 0, 'g', 15)));
}

std::vector<Json> numbers(int count) {
    std::vector<Json> values;
    for (int i = 1; i <= count; ++i) values.push_back(i);
    return values;
}

ReliabilityData encode(const std::vector<Rating>& ratings, Level level, std::vector<std::string> categories = {}) {
    EncodeOptions options;
    options.level = level;
    options.categories = std::move(categories);
    return encodeRatings(ratings, options);
}

}  // namespace

class TestAgreementOracles : public QObject {
    Q_OBJECT
private slots:
    void nominalAlpha_vsNltkAndBruteForce() {
        for (std::uint32_t seed = 1; seed <= 4; ++seed) {
            auto data = oracle::randomCategorical(seed, 120, 3 + static_cast<int>(seed % 3), {"absent", "mild", "severe", "n/a"},
                                                  0.3, 0.6);
            data.request["level"] = "nominal";
            data.request["tasks"] = {"alpha_nltk", "alpha_bruteforce"};
            Json oracle = oracle::run(data.request);
            AlphaResult ours = krippendorffAlpha(encode(data.ratings, Level::Nominal));
            QVERIFY(ours.alpha);
            expectSame(*ours.alpha, oracle["alpha_nltk"], "nominal alpha vs nltk");
            expectSame(*ours.alpha, oracle["alpha_bruteforce"], "nominal alpha vs coincidence matrix");
        }
    }

    void intervalAndRatioAlpha_vsNltk() {
        for (std::uint32_t seed = 11; seed <= 13; ++seed) {
            auto data = oracle::randomNumeric(seed, 150, 4, 0.25, 1.0, 40.0);
            for (const char* level : {"interval", "ratio"}) {
                data.request["level"] = level;
                data.request["tasks"] = {"alpha_nltk", "alpha_bruteforce"};
                Json oracle = oracle::run(data.request);
                AlphaResult ours = krippendorffAlpha(encode(data.ratings, *parseLevel(level)));
                QVERIFY(ours.alpha);
                expectSame(*ours.alpha, oracle["alpha_nltk"], level);
                expectSame(*ours.alpha, oracle["alpha_bruteforce"], level);
            }
        }
    }

    void ordinalAlpha_vsBruteForce() {
        // nltk has no ordinal difference function: the pair-by-pair definition is the oracle.
        for (std::uint32_t seed = 21; seed <= 23; ++seed) {
            auto data = oracle::randomCategorical(seed, 100, 4, numbers(6), 0.3, 0.5);
            data.request["level"] = "ordinal";
            data.request["categories"] = {1, 2, 3, 4, 5, 6, 7};  // 7 unused: must not matter
            data.request["tasks"] = {"alpha_bruteforce"};
            Json oracle = oracle::run(data.request);
            AlphaResult ours = krippendorffAlpha(encode(data.ratings, Level::Ordinal, {"1", "2", "3", "4", "5", "6", "7"}));
            QVERIFY(ours.alpha);
            expectSame(*ours.alpha, oracle["alpha_bruteforce"], "ordinal alpha");
        }
    }

    void cohen_vsSklearn_allWeights() {
        for (std::uint32_t seed = 31; seed <= 33; ++seed) {
            auto data = oracle::randomCategorical(seed, 200, 2, numbers(4), 0.15, 0.55);
            data.request["categories"] = {1, 2, 3, 4, 5};
            data.request["tasks"] = {"cohen_none", "cohen_linear", "cohen_quadratic"};
            Json oracle = oracle::run(data.request);
            auto encoded = encode(data.ratings, Level::Nominal, {"1", "2", "3", "4", "5"});
            expectSame(*cohenKappa(encoded, KappaWeights::None).value, oracle["cohen_none"], "cohen");
            expectSame(*cohenKappa(encoded, KappaWeights::Linear).value, oracle["cohen_linear"], "cohen linear");
            expectSame(*cohenKappa(encoded, KappaWeights::Quadratic).value, oracle["cohen_quadratic"], "cohen quadratic");
        }
    }

    void scottPi_vsNltk() {
        auto data = oracle::randomCategorical(41, 200, 2, {"a", "b", "c"}, 0.1, 0.6);
        data.request["tasks"] = {"scott_nltk"};
        Json oracle = oracle::run(data.request);
        expectSame(*scottPi(encode(data.ratings, Level::Nominal)).value, oracle["scott_nltk"], "scott pi");
    }

    void fleiss_vsStatsmodels() {
        for (std::uint32_t seed = 51; seed <= 53; ++seed) {
            auto data = oracle::randomCategorical(seed, 80, 5, {"x", "y", "z"}, 0.0, 0.5);
            data.request["tasks"] = {"fleiss_statsmodels"};
            Json oracle = oracle::run(data.request);
            expectSame(*fleissKappa(encode(data.ratings, Level::Nominal)).value, oracle["fleiss_statsmodels"], "fleiss");
        }
    }

    void fleissEqualsScottForTwoCoders() {
        auto data = oracle::randomCategorical(61, 150, 2, {"a", "b", "c"}, 0.0, 0.6);
        auto encoded = encode(data.ratings, Level::Nominal);
        QVERIFY(std::fabs(*fleissKappa(encoded).value - *scottPi(encoded).value) < 1e-12);
    }

    void ac1AndPercent_vsGwetFormula() {
        for (std::uint32_t seed = 71; seed <= 73; ++seed) {
            auto data = oracle::randomCategorical(seed, 150, 4, {"a", "b", "c"}, 0.35, 0.8);
            data.request["categories"] = {"a", "b", "c", "d"};  // q counts the unused category
            data.request["tasks"] = {"ac1"};
            Json oracle = oracle::run(data.request);
            auto encoded = encode(data.ratings, Level::Nominal, {"a", "b", "c", "d"});
            expectSame(*gwetAc1(encoded).value, oracle["ac1"], "ac1");
            expectSame(*percentAgreement(encoded).value, oracle["percent"], "percent agreement");
        }
    }
};

QTEST_MAIN(TestAgreementOracles)
#include "test_agreement_oracles.moc"
