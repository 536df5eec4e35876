// Span F1 and region IoU-F1: one-to-one matching, symmetry, labels, pairwise accumulation.
#include <QtTest>

#include "concord/agreement/agreement_error.h"
#include "concord/agreement/region_agreement.h"
#include "concord/agreement/span_agreement.h"

using namespace concord;
using namespace concord::agreement;

namespace {

const SpanMatchOptions kExactLabelled{SpanMatching::Exact, true};
const SpanMatchOptions kOverlapLabelled{SpanMatching::Overlap, true};
const SpanMatchOptions kOverlapAnyLabel{SpanMatching::Overlap, false};

}  // namespace

class TestAgreementSpansRegions : public QObject {
    Q_OBJECT
private slots:
    void exactSpans_handWorked() {
        std::vector<Span> a{{0, 5, "drug"}, {10, 20, "dose"}, {30, 35, "drug"}};
        std::vector<Span> b{{0, 5, "drug"}, {10, 21, "dose"}};
        MatchCounts counts = matchSpans(a, b, kExactLabelled);
        QCOMPARE(counts.matched, std::size_t(1));
        QCOMPARE(*counts.f1(), 2.0 * 1 / 5);
        QCOMPARE(matchSpans(a, b, kOverlapLabelled).matched, std::size_t(2));
    }

    void labelsMatterOnlyWhenRequired() {
        std::vector<Span> a{{0, 5, "drug"}};
        std::vector<Span> b{{0, 5, "dose"}};
        QCOMPARE(matchSpans(a, b, kExactLabelled).matched, std::size_t(0));
        QCOMPARE(matchSpans(a, b, SpanMatchOptions{SpanMatching::Exact, false}).matched, std::size_t(1));
    }

    void touchingSpansDoNotOverlap() {
        // Half-open offsets: [0, 5) and [5, 9) share no character.
        QCOMPARE(matchSpans({{0, 5, "x"}}, {{5, 9, "x"}}, kOverlapLabelled).matched, std::size_t(0));
    }

    void overlapIsOneToOne_andSymmetric() {
        // One long span against two short ones inside it: one match, not two.
        std::vector<Span> a{{0, 100, "finding"}};
        std::vector<Span> b{{10, 20, "finding"}, {50, 60, "finding"}};
        MatchCounts ab = matchSpans(a, b, kOverlapLabelled);
        MatchCounts ba = matchSpans(b, a, kOverlapLabelled);
        QCOMPARE(ab.matched, std::size_t(1));
        QCOMPARE(*ab.f1(), *ba.f1());
        QCOMPARE(*ab.f1(), 2.0 / 3.0);
    }

    void matchingIsMaximumNotGreedy() {
        // A greedy pass pairing a0 with b0 would leave a1 alone; the maximum pairs both.
        std::vector<Span> a{{0, 10, "x"}, {8, 12, "x"}};
        std::vector<Span> b{{5, 9, "x"}, {0, 4, "x"}};
        QCOMPARE(matchSpans(a, b, kOverlapLabelled).matched, std::size_t(2));
        QCOMPARE(matchSpans(b, a, kOverlapLabelled).matched, std::size_t(2));
    }

    void nothingMarkedByEither_isNoFigure() {
        QVERIFY(!matchSpans({}, {}, kExactLabelled).f1());
    }

    void pairwiseSpans_acrossCoders_withMissingAndEmpty() {
        Json drug = Json::array({{{"start", 0}, {"end", 4}, {"label", "drug"}}});
        Json drugAndDose = Json::array({{{"start", 0}, {"end", 4}, {"label", "drug"}}, {{"start", 6}, {"end", 9}, {"label", "dose"}}});
        std::vector<Rating> ratings{
            {"note1", "A", drug},
            {"note1", "B", drugAndDose},
            {"note1", "C", nullptr},  // not annotated: no pair
            {"note2", "A", Json::array()},
            {"note2", "C", drug},  // A marked nothing, C one span
            {"note3", "B", drug},  // alone: no pair
        };
        PairwiseMatchResult result = pairwiseSpanF1(ratings, kExactLabelled);
        QCOMPARE(result.units, std::size_t(2));
        QCOMPARE(result.coders, std::size_t(3));
        QCOMPARE(result.total.matched, std::size_t(1));
        QCOMPARE(result.total.first + result.total.second, std::size_t(1 + 2 + 0 + 1));
        QCOMPARE(result.pairs.size(), std::size_t(2));
        QCOMPARE(result.pairs[0].coderA, std::string("A"));
        QCOMPARE(result.pairs[0].coderB, std::string("B"));
        QCOMPARE(*result.pairs[0].counts.f1(), 2.0 / 3.0);
        QCOMPARE(*result.pairs[1].counts.f1(), 0.0);
    }

    void malformedSpan_namesTheRating() {
        std::vector<Rating> ratings{{"n1", "A", Json::array()}, {"n1", "B", Json::array({{{"start", 5}, {"end", 2}}})}};
        try {
            pairwiseSpanF1(ratings, kExactLabelled);
            QFAIL("expected AgreementError");
        } catch (const AgreementError& error) {
            QCOMPARE(error.ratingIndex().value_or(9), std::size_t(1));
        }
        QVERIFY_THROWS_EXCEPTION(AgreementError, spansFromJson(Json("drug")));
    }

    void iou_handWorked() {
        Region a{0, 0, 10, 10, "lesion"};
        Region b{5, 0, 10, 10, "lesion"};  // overlap 5x10 = 50, union 150
        QCOMPARE(intersectionOverUnion(a, b), 50.0 / 150.0);
        QCOMPARE(intersectionOverUnion(a, a), 1.0);
        QCOMPARE(intersectionOverUnion(a, Region{20, 20, 5, 5, ""}), 0.0);
    }

    void regionsMatchAtThreshold_oneToOne() {
        std::vector<Region> a{{0, 0, 10, 10, "lesion"}, {100, 100, 10, 10, "lesion"}};
        std::vector<Region> b{{1, 1, 10, 10, "lesion"}, {0, 0, 10, 10, "lesion"}, {103, 100, 10, 10, "nodule"}};
        RegionMatchOptions options;
        MatchCounts labelled = matchRegions(a, b, options);
        QCOMPARE(labelled.matched, std::size_t(1));  // two candidates for a0, a0 takes one
        options.requireSameLabel = false;
        QCOMPARE(matchRegions(a, b, options).matched, std::size_t(2));  // IoU 70/130 >= .5
        options.iouThreshold = 0.6;
        QCOMPARE(matchRegions(a, b, options).matched, std::size_t(1));
        QCOMPARE(matchRegions(b, a, options).matched, std::size_t(1));
    }

    void pairwiseRegions_fromJson() {
        Json box = Json::array({{{"x", 0}, {"y", 0}, {"width", 10}, {"height", 10}, {"label", "lesion"}}});
        Json shifted = Json::array({{{"x", 2}, {"y", 0}, {"width", 10}, {"height", 10}, {"label", "lesion"}}});
        std::vector<Rating> ratings{{"img1", "A", box}, {"img1", "B", shifted}, {"img1", "C", Json::array()}};
        PairwiseMatchResult result = pairwiseRegionF1(ratings, RegionMatchOptions{});
        QCOMPARE(result.pairs.size(), std::size_t(3));
        QCOMPARE(result.total.matched, std::size_t(1));  // A-B (IoU 80/120), none with C
        QCOMPARE(*result.total.f1(), 2.0 * 1 / 4);
        QVERIFY_THROWS_EXCEPTION(AgreementError, regionsFromJson(Json::array({{{"x", 0}}})));
    }
};

QTEST_APPLESS_MAIN(TestAgreementSpansRegions)
#include "test_agreement_spans_regions.moc"
